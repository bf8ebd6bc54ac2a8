// A box of text advertisements ("Sponsored Links": title, sales copy, the advertiser's address)
// between a headline's block and the article, in hand-made page dumps.
import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../src/pipeline/clean/index.ts';
import { readText } from '../../src/pipeline/read/text.ts';

const header = ['Home', 'News', 'Sport', 'News Story', '21 January 2024 01:37 GMT', 'Depot fire burns for a second night in the border town', 'Friday, 19 Jan 2024 13:47'];
const ads = [
  'Sponsored Links',
  'Solar Panels - Free Quote',
  'Cut your energy bills with panels fitted by our own engineers. Nationwide coverage. Free survey and advice.',
  '',
  'www.example-solar.co.uk',
  'Thinking of a New Phone?',
  'Latest Models, Lower Prices. Compare all networks.',
  '',
  'Phones.CompareExample.info',
];
const article = [
  'A fuel depot in the border town was still burning on Saturday, a day after drones struck two of its tanks, the regional governor said.',
  '',
  'Firefighters worked through the night to keep the blaze from spreading to the rest of the site, and nobody was hurt, the emergency services said.',
];

describe('a box of text advertisements', () => {
  it('is dropped as adverts, label and all, and the headline above it is found over the article', () => {
    const cleaned = cleanPage(readText([...header, ...ads, ...article].join('\n')));
    expect(cleaned.title).toBe('Depot fire burns for a second night in the border town');
    const adverts = cleaned.removed.filter((r) => r.reason === 'advert').map((r) => r.text);
    expect(adverts).toEqual(ads.filter(Boolean));
    expect(cleaned.kept.filter((k) => k.role === 'paragraph').map((k) => k.text)).toEqual(article.filter(Boolean));
  });

  it('is never a label over no advertisement, nor an address under article text with no label', () => {
    // The label alone (the saved page lost the box's contents) is left to the other rules.
    const empty = cleanPage(readText([...header, 'Sponsored Links', ...article].join('\n')));
    expect(empty.removed.some((r) => r.reason === 'advert')).toBe(false);
    // An article that ends with a short line and an address it names keeps them for the other rules to judge.
    const named = cleanPage(readText([...header, ...article, '', 'The governor posted a video of the fire.', 'www.example-region.gov'].join('\n')));
    expect(named.removed.some((r) => r.reason === 'advert')).toBe(false);
  });
});
