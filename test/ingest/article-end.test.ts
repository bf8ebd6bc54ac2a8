// Where the article ends on hand-made page dumps: an end marker (a label over a label or a
// widget) counts only once most of the article's prose stands above it.
import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../src/pipeline/clean/index.ts';
import { readText } from '../../src/pipeline/read/text.ts';

const paragraphs = (page: string) => cleanPage(readText(page)).kept.filter((k) => k.role === 'paragraph').map((k) => k.text);

const post = [
  'The island ferry returned to service on Monday after four months of winter repairs in the shipyard, the harbour authority said.',
  'Engineers replaced both engines and repainted the hull, and the first crossing of the day left the quay ten minutes early.',
  'About 300 passengers a day are expected in summer, when the ferry is the only link between the islands in bad weather.',
];
// A blogroll: one line per blog, its name and its tagline, with no blank line between them.
const blogroll = Array.from(
  { length: 12 },
  (_, n) => `Harbour Notes ${n + 1} A blog about boats, tides, shipyards and the people who work on the water, written since ${2001 + n}.`,
);

describe('the end of a short post over a long sidebar', () => {
  it('is the label over the sidebar when the post sets its paragraphs apart and the sidebar\'s lines are not', () => {
    const page = ['Ferry back in service', 'March 3, 2024', '', post[0], '', post[1], '', post[2], '', 'Blogroll', 'Recent posts', ...blogroll].join('\n');
    expect(paragraphs(page)).toEqual(post);
  });

  it('is not yet the label when the article\'s own paragraphs go on below it, set apart like those above', () => {
    const more = post.map((p) => p.replace('ferry', 'boat'));
    const page = ['Ferry back in service', 'March 3, 2024', '', post[0], '', post[1], '', 'Blogroll', 'Recent posts', '', post[2], ...more.flatMap((p) => ['', p])].join('\n');
    expect(paragraphs(page)).toEqual(expect.arrayContaining([post[2], ...more]));
  });
});

describe('a sentence broken by an advertisement\'s slot', () => {
  it('does not end the article, though it stands over a widget like a label', () => {
    const page = ['Ferry back in service', 'March 3, 2024', '', post[0], '', post[1], '', post[2], '', 'Only two crossings', 'Advertisement', 'were cancelled in the first week.', '', post[0].replace('Monday', 'Tuesday')].join('\n');
    expect(paragraphs(page)).toContain(post[0].replace('Monday', 'Tuesday'));
  });
});
