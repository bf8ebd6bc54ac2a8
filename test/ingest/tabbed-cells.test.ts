// Tab-parted cells of a browser text dump: boxes that stood side by side are read as lines of their own; a table's rows stay whole,
// and a table of figures between two paragraphs is the article's.
import { describe, expect, it } from 'vitest';
import { splitTabbedCells } from '../../src/pipeline/read/cells.ts';
import { cleanPage } from '../../src/pipeline/clean/index.ts';
import { readText } from '../../src/pipeline/read/text.ts';

const LEAD = 'A fuel depot in the border region caught fire overnight after an attack by drones, the regional governor said on Monday.';
const NEXT = 'Firefighters worked for several hours to contain the blaze, and nobody was hurt, according to the emergency services.';
const LAST = 'The governor said the depot would stay closed while investigators examined the damage to its tanks.';
const TABLE = ['Region\tDepots hit\tChange on year', 'North\t4\t+2', 'South\t1\t-1'];
const texts = (raw: string[]) => splitTabbedCells(raw).map((l) => l.raw);

describe('tabbed cells', () => {
  it('splits a headline from the toolbar printed beside it, and a commenter from the time of the comment', () => {
    expect(texts(['Depot burns after drone strike\tSave Email Print', LEAD])).toEqual(['Depot burns after drone strike', 'Save Email Print', LEAD]);
    expect(texts(['Jane Example says:\tMarch 4, 2024 at 7:42 pm', ''])).toEqual(['Jane Example says:', 'March 4, 2024 at 7:42 pm', '']);
  });

  it("keeps a table's rows (marked as such), a row of short tool links and a line with no tab whole", () => {
    expect(splitTabbedCells(TABLE)).toEqual(TABLE.map((raw) => ({ raw, tableRow: true })));
    expect(splitTabbedCells(['Print\t Save\t E-mail\t Write to editor'])).toEqual([{ raw: 'Print\t Save\t E-mail\t Write to editor' }]);
    expect(texts([LEAD, '', '\t \t'])).toEqual([LEAD, '', '\t \t']);
  });

  it('gives the headline without its toolbar', () => {
    const cleaned = cleanPage(readText(['Depot burns after drone strike\tSave Email Print', 'Posted: 6:12 PM Mar 4, 2024', LEAD, NEXT].join('\n')));
    expect(cleaned.title).toBe('Depot burns after drone strike');
    expect(cleaned.removed.map((r) => r.text)).toContain('Save Email Print');
    expect(cleaned.kept.map((k) => k.text)).toEqual([LEAD, NEXT]);
  });

  it("keeps a table of figures between the article's paragraphs, under its title, and the article goes on below it", () => {
    const page = ['Depot burns after drone strike', 'Posted: 6:12 PM Mar 4, 2024', LEAD, 'Depots hit so far this year', ...TABLE, NEXT, LAST].join('\n');
    const kept = cleanPage(readText(page)).kept.map((k) => k.text);
    expect(kept).toEqual([LEAD, 'Depots hit so far this year', 'Region Depots hit Change on year', 'North 4 +2', 'South 1 -1', NEXT, LAST]);
  });

  it('drops a grid of share links between paragraphs, and a box of figures among the footer lines after the article', () => {
    const shareGrid = ['Digg\tReddit', 'Newsvine\tGoogle', 'Delicious\tYahoo!'];
    const box = ['Fuel prices\t1.52\t1.49', 'Gas prices\t0.61\t0.60'];
    const footer = ['More from the region', ...box, 'Example Media Group', 'Privacy policy | Terms of use', 'Compare prices at Example Shop', 'Compare energy deals for your home and your business with our partners today.'];
    const cleaned = cleanPage(readText(['Depot burns after drone strike', LEAD, 'Save/Share Story', ...shareGrid, NEXT, LAST, ...footer].join('\n')));
    const kept = cleaned.kept.map((k) => k.text);
    expect(kept).toEqual(expect.arrayContaining([LEAD, NEXT, LAST]));
    // (A row of the grid is a share widget by its words; as a table row it would have been kept.)
    expect(kept).not.toContain('Digg Reddit');
    expect(kept).not.toContain('Fuel prices 1.52 1.49');
  });
});
