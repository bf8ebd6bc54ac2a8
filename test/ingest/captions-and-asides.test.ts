// Lines that look like furniture but are what the page says: a photo essay whose text is its
// captions, a paragraph that names its source at the end ("… Source: Example Society"), and a
// blogger's aside under a "RELATED:" label. Each is paired with the furniture it resembles, which
// still goes to the audit.
import { describe, expect, it } from 'vitest';
import { markAltTextAboveCaptions, markCaptionsAfterCredits, markImageTextPairs } from '../../src/pipeline/clean/image-text.ts';
import { cleanPage } from '../../src/pipeline/clean/index.ts';
import type { Line } from '../../src/pipeline/clean/line.ts';
import { shapeOf } from '../../src/pipeline/clean/shapes.ts';
import { readText } from '../../src/pipeline/read/text.ts';
import type { PageLine } from '../../src/pipeline/types.ts';
import { article, fixture, ingest } from '../helpers/ingest.ts';

const line = (text: string, more: Partial<PageLine> = {}): PageLine => ({ text, blankBefore: true, ...more });
const reasonOf = (lines: PageLine[], text: string) => cleanPage(lines).removed.find((r) => r.text === text)?.reason;
const keptTexts = (lines: PageLine[]) => cleanPage(lines).kept.map((k) => k.text);
// The menu an extractor (Readability) left out: the rest is the part it took for the article.
const MENU = line('Home News Photos Sport', { outsideArticle: true });

const CAPTIONS = [
  'Thousands of geese arrive on the marsh each November after the long flight south. Photo: Ada Rowe',
  'The warden walks the sea wall at low tide to count the birds on the mud. Photo: Ada Rowe',
  'Frost covers the samphire beds that the village once harvested every summer. Photo: Ada Rowe',
];
const STORY = [
  'The county council voted on Tuesday to buy the marsh from the estate that has owned it since the war, ending a dispute that has lasted for more than a decade.',
  'Councillors said the land would be managed as a nature reserve, with the sea wall repaired over the next two winters and the footpath along it reopened to walkers.',
  'The estate had wanted to sell the land for grazing, but a survey last year found that the marsh is home to one of the largest winter flocks of geese on the coast.',
];

describe('a photo essay', () => {
  it('reads a caption whose credit is a site\'s address ("… / Фото: example.com") as a caption, under the headline it is not', () => {
    const caption = 'На Херсонщині — знову пожежа на складі / Фото: example.com';
    const page = `Під Херсоном спалахнув склад: що відомо\n\n${caption}\n\nУ Херсонській області вночі сталася пожежа на території складу, повідомили рятувальники.\n\nПожежу загасили за кілька годин, ніхто не постраждав.\n`;
    const source = ingest([article('address-credit.txt', page)]).report.sources[0]!;
    expect(source.title).toBe('Під Херсоном спалахнув склад: що відомо');
    expect(source.removed).toContainEqual({ text: caption, reason: 'caption' });
    // A stop that ends a sentence still ends the credit's reach: this is a paragraph.
    expect(shapeOf('The photo: a fire seen from the road. Firefighters arrived later', {})).not.toBe('caption');
  });

  it('keeps its captions as its paragraphs when they outweigh the prose around them', () => {
    const { report } = ingest([article('photo-essay.html', fixture('html/photo-essay.html'))]);
    const page = report.sources[0]!;
    expect(page.title).toBe('In pictures: the salt marsh in winter');
    expect(page.blocks.map((b) => b.text.split(' ').slice(0, 3).join(' '))).toEqual([
      'Our photographer spent',
      'Thousands of brent',
      'The warden walks',
      'Frost covers the',
      'The old oyster',
    ]);
    expect(page.removed.map((r) => r.reason)).not.toContain('caption');
  });

  it('keeps captions as paragraphs in the part of the page an extractor chose, when there are three or more', () => {
    const lines = [MENU, line('In pictures: the marsh in winter', { heading: 1 }), line('A week on the marsh as the first frosts came.'), ...CAPTIONS.map((c) => line(c, { caption: true }))];
    expect(keptTexts(lines)).toEqual(lines.slice(2).map((l) => l.text));
  });

  it('still sends captions to the audit in a story whose paragraphs outweigh them', () => {
    const lines = [MENU, line('Council buys the marsh', { heading: 1 }), ...STORY.map((p) => line(p)), ...CAPTIONS.map((c) => line(c, { caption: true }))];
    expect(keptTexts(lines)).toEqual(STORY);
    expect(reasonOf(lines, CAPTIONS[0]!)).toBe('caption');
  });

  it('reads the whole page when the part an extractor chose is a slideshow of captions with no paragraph, the story being elsewhere', () => {
    const story = STORY.map((p) => line(p, { outsideArticle: true }));
    const lines = [MENU, line('Council buys the marsh', { heading: 1, outsideArticle: true }), ...story, ...CAPTIONS.map((c) => line(c, { caption: true }))];
    expect(keptTexts(lines)).toEqual(STORY);
    expect(reasonOf(lines, CAPTIONS[2]!)).toBe('caption');
  });

  it('keeps a lone photo page\'s caption as its text when the page read whole holds no sentence either, only links', () => {
    const links = ['World', 'Olympics schedule', 'Grid collapse in...', 'What would you do?', 'More headlines'].map((t) => line(t, { outsideArticle: true }));
    const caption = 'A boy climbs a painted cliff at the fair in the old town. Visitors may touch the paintings and sit in them. (Photo: Ada Rowe)';
    const lines = [MENU, ...links, line('Painted cliffs at the town fair', { heading: 1 }), line(caption, { caption: true })];
    expect(keptTexts(lines)).toEqual([caption]);
    expect(reasonOf(lines, 'Olympics schedule')).toBe('outside-article');
  });

  it('keeps its captions in a text dump too, under an introduction of a few paragraphs, not a story\'s slideshow after the story', () => {
    const dump = (paragraphs: string[]) => ['Home News Photos Sport', '', 'In pictures: the marsh in winter', '', ...paragraphs.flatMap((p) => [p, '']), ...CAPTIONS.flatMap((c) => [c, '', '']), 'More galleries'].join('\n');
    const intro = 'A week on the marsh as the first frosts came, with the warden and the last of the geese.';
    expect(cleanPage(readText(dump([intro]))).kept.map((k) => k.text)).toEqual([intro, ...CAPTIONS]);
    // Four short paragraphs, which the captions outweigh: a story with its slideshow under it.
    const story = ['The council bought the marsh on Tuesday after a long dispute.', 'The land will become a nature reserve next year.', 'The sea wall will be repaired over two winters.', 'The footpath along the wall will reopen to walkers.'];
    const slideshow = cleanPage(readText(dump(story)));
    expect(slideshow.kept.map((k) => k.text)).toEqual(story);
    expect(slideshow.removed.find((r) => r.text === CAPTIONS[0])?.reason).toBe('caption');
  });

  it('still sends two captions to the audit: a gallery is three or more', () => {
    const lines = [MENU, line('In pictures: the marsh in winter', { heading: 1 }), line('A week on the marsh as the first frosts came.'), ...CAPTIONS.slice(0, 2).map((c) => line(c, { caption: true }))];
    expect(reasonOf(lines, CAPTIONS[1]!)).toBe('caption');
  });
});

describe('a paragraph that names its source at the end', () => {
  const sourced =
    'The society counted more than four thousand geese on the marsh this winter, the most since its records began. Its volunteers walk the sea wall at every low tide in November and December. Source: Coastal Bird Society';

  it('is kept whole, with its source', () => {
    const lines = [line('Record count of geese on the marsh', { heading: 1 }), ...STORY.slice(0, 2).map((p) => line(p)), line(sourced)];
    expect(keptTexts(lines)).toEqual([...STORY.slice(0, 2), sourced]);
  });

  it('is a caption when the text before "Source:" is a short label, not a paragraph', () => {
    const credit = 'Geese over the marsh at dawn. Source: Coastal Bird Society';
    const lines = [line('Record count of geese on the marsh', { heading: 1 }), ...STORY.map((p) => line(p)), line(credit)];
    expect(reasonOf(lines, credit)).toBe('caption');
  });
});

describe('a "RELATED:" label', () => {
  const aside =
    'RELATED: The candidates the party endorsed last spring fared badly in the marsh villages. Only one of the five kept a seat, and she had spoken against the grazing plan from the start.';

  it('over a paragraph of the post\'s own is kept as that paragraph', () => {
    const lines = [line('What the marsh vote means for the council', { heading: 1 }), ...STORY.map((p) => line(p)), line(aside)];
    expect(keptTexts(lines)).toEqual([...STORY, aside]);
  });

  it('over a headline is a link to another story, sent to the audit', () => {
    const teaser = 'RELATED: Council to vote on marsh purchase';
    const lines = [line('What the marsh vote means for the council', { heading: 1 }), ...STORY.map((p) => line(p)), line(teaser)];
    expect(keptTexts(lines)).toEqual(STORY);
    expect(reasonOf(lines, teaser)).toBe('teaser');
  });
});

describe('the image-text passes on their own', () => {
  const lines = (texts: string[]): Line[] => texts.map((text) => ({ text, blankBefore: true, shape: shapeOf(text, {}) }));
  const lead = 'The island ferry returned to service on Monday after four months of winter repairs in the shipyard, the harbour authority said.';
  const second = 'Engineers replaced both engines and repainted the hull, and the first crossing of the day left the quay ten minutes early.';

  it('reads a caption closed by its credit written out behind a dash ("… - Copyright AFP -") as a caption, not a sentence', () => {
    expect(shapeOf("A photograph from the governor's channel shows the damaged tank at the depot - Copyright Example Agency -", {})).toBe('caption');
    expect(shapeOf('The burnt-out tank at the depot on Monday | Copyright Example Agency', {})).toBe('caption');
    expect(shapeOf('The dispute went to court - Copyright Act cases take years to settle.', {})).toBe('prose');
  });

  it('reads the alternative text of the site\'s logo ("Site icon …") as the page\'s picture, and an illustrative photo\'s label with its source as a credit', () => {
    expect(shapeOf('Site icon Example News Lakeside Business Daily', {})).toBe('markup');
    expect(shapeOf('Site logo: a ferry in the harbour at dawn', {})).not.toBe('markup');
    expect(shapeOf('Ілюстративне фото (Example Agency)', {})).toBe('photo-credit');
  });

  it('reads a caption closed by its bracketed credit as a caption when a bar from its box follows the credit', () => {
    expect(shapeOf('The missile launched on 18 February, seen from the coast (photo: Example Agency/Example Wire) |', {})).toBe('caption');
  });

  it('reads a credit written as a phrase ("Photo courtesy of …", "Photo by …") as a credit, and a caption it closes as a caption', () => {
    expect(shapeOf('Photo courtesy of the Lakeside city government', {})).toBe('photo-credit');
    expect(shapeOf('A fireball rises above a burning refinery unit. - Photo courtesy of the Lakeside city government', {})).toBe('caption');
    expect(shapeOf('Smoke rises over the depot at dawn. Photo by Jane Example', {})).toBe('caption');
    expect(shapeOf('The mayor thanked the firefighters, photo courtesy of the city', {})).toBe('heading-like');
  });

  it('reads the line under a photo credit as its caption, unless it names a person or stands on a byline', () => {
    const page = lines(['Getty Images', 'Ferry at the quay in the morning', lead]);
    markCaptionsAfterCredits(page);
    expect(page[1]!.shape).toBe('caption');
    const named = lines(['Getty Images', 'Jane Roe', lead]);
    markCaptionsAfterCredits(named);
    expect(named[1]!.shape).toBe('heading-like');
    const headline = lines(['Getty Images', 'Ferry back after winter repairs', 'By Jane Roe', lead]);
    markCaptionsAfterCredits(headline);
    expect(headline[1]!.shape).toBe('heading-like');
  });

  it('reads two neighbouring lines that say nearly the same as an image’s alt text and caption, above an article that goes on', () => {
    const alt = 'A view shows the island ferry at the harbour quay after its winter repairs';
    const caption = 'The island ferry at the harbour quay after its winter repairs, on Monday';
    const page = lines([alt, caption, lead, second]);
    markImageTextPairs(page);
    expect(page.slice(0, 2).map((l) => l.shape)).toEqual(['caption', 'caption']);
    // With no article after them, the pair is the page's own text.
    const alone = lines([alt, caption, lead]);
    markImageTextPairs(alone);
    expect(alone.slice(0, 2).map((l) => l.shape)).toEqual(['heading-like', 'heading-like']);
  });

  it('reads the same line twice, one right under the other, between paragraphs of the article as an image\'s alt text and caption, never its headline', () => {
    const caption = 'The island ferry in the shipyard during its repairs';
    const third = 'Passengers waiting on the quay said the old timetable was back, with the last boat leaving the island at nine.';
    const fourth = 'The harbour authority said the ferry would be inspected again in the autumn, before the winter storms.';
    const text = [lead, '', 'Background', '', second, '', caption, caption, '', third, '', fourth, '', lead.replace('Monday', 'Tuesday')].join('\n');
    const cleaned = cleanPage(readText(text));
    expect(cleaned.title).toBe(null);
    expect(cleaned.removed.filter((r) => r.text === caption).map((r) => r.reason)).toEqual(['caption', 'caption']);
    // Over the article (under one paragraph at most, a standfirst), the line twice is its headline and the echo.
    const headed = cleanPage(readText([lead, '', caption, caption, '', third, '', fourth, '', second].join('\n')));
    expect(headed.title).toBe(caption);
  });

  it('reads a headline under its copy cut short as a headline, not image text; two shortened copies stay image text', () => {
    const headline = 'Island ferry company to cut 40 jobs despite a strong summer';
    const page = lines(['Island ferry company to cut 40 jobs ...', headline, lead, second]);
    markImageTextPairs(page);
    expect(page.slice(0, 2).map((l) => l.shape)).toEqual(['prose', 'heading-like']);
    const copies = lines(['Also see', 'Island ferry company to cut 40 jobs despite a strong...', 'Island ferry company to cut 40 jobs despite...', 'Enlarge photo', lead, second]);
    markImageTextPairs(copies);
    expect(copies.slice(1, 3).map((l) => l.shape)).toEqual(['caption', 'caption']);
    const cleaned = cleanPage(readText(['Ferries', 'Island ferry company to cut 40 jobs ...', headline, '', lead, '', second].join('\n')));
    expect(cleaned.title).toBe(headline);
  });

  it('reads a short line right above a caption, with no blank line between, as the image’s alt text', () => {
    const page: Line[] = [
      { text: 'Ferry at the quay', blankBefore: true, shape: 'heading-like' },
      { text: 'The ferry at the quay on Monday. Photo: Jane Roe', blankBefore: false, shape: 'caption' },
    ];
    markAltTextAboveCaptions(page);
    expect(page[0]!.shape).toBe('caption');
  });
});
