// Lines a page dump should never hold, 100,000 characters of one pattern: each is read in time
// that grows with its length, not its square, and the ordinary cases read as before.
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/pipeline/read/text.ts';
import { article, ingest } from '../helpers/ingest.ts';

const N = 100_000;
const para = 'The council said on Monday that the depot near the river had burned overnight and that forty people had left.';

describe("the text reader's inline Markdown", () => {
  it('still strips headings, links, autolinks and emphasis', () => {
    expect(readText('## Oil depot attacks ##\n# C# in the news\n#   Spaced   #  \nRead [AFP](#) and [the report](https://x.example/a "Title") at <https://x.example/b>.\nA **bold** and __strong__ claim.').map((l) => [l.heading, l.text])).toEqual([
      [2, 'Oil depot attacks'],
      [1, 'C# in the news'],
      [1, 'Spaced'],
      [undefined, 'Read AFP and the report at https://x.example/b.'],
      [undefined, 'A bold and strong claim.'],
    ]);
  });

  it('reads an image alone on a line as the page\'s picture, and an address with brackets in it whole', () => {
    const image = '![Depot burns after drone strike](https://img.example/800x400/filters:format(webp)/https%3A%2F%2Fmedia.example%2Fdepot.jpg)';
    expect(readText(`${image}\nSee [the map](https://x.example/map_(east)) and ![a chart](https://x.example/c.png) here.`)).toEqual([
      expect.objectContaining({ text: image, markup: true }),
      expect.objectContaining({ text: 'See the map and a chart here.' }),
    ]);
  });

  it.each([
    ['brackets', '['.repeat(N)],
    ['unclosed images', '![a](x('.repeat(N / 7)],
    ['brackets in an unclosed address', `[a](${'x('.repeat(N / 2)}`],
    ['unclosed links', '[a](x'.repeat(N / 5)],
    ['unclosed link titles', '[a](x "'.repeat(N / 7)],
    ['unclosed emphasis', '**x '.repeat(N / 4)],
    ['a heading of hashes', `# ${'#'.repeat(N)}x`],
  ])('reads a line of %s in linear time', (_, line) => {
    const [read] = readText(line);
    expect(read!.text.length).toBeGreaterThan(N / 2);
  });
});

describe('the pipeline on long lines of one pattern', () => {
  it.each([
    ['capitals before a slash', `${'REUTERS '.repeat(N / 8)}/x`],
    ['words in capitals', 'AB '.repeat(N / 3)],
    ['figures with units', '5 km '.repeat(N / 5)],
    ['percentages', '5% '.repeat(N / 3)],
    ['figures of drones', '12 drones '.repeat(N / 10)],
  ])('ingests a page with a line of %s in seconds, not minutes', (_, line) => {
    const { report } = ingest([article('long.txt', `A page with one long line\n\n${para}\n\n${line}\n\n${para} Again.\n`)]);
    expect(report.errors).toEqual([]);
  });
});
