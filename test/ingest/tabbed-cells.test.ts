// Tab-parted cells of a browser text dump: boxes that stood side by side are read as lines of their own; a table's rows stay whole.
import { describe, expect, it } from 'vitest';
import { splitTabbedCells } from '../../src/pipeline/read/cells.ts';
import { cleanPage } from '../../src/pipeline/clean/index.ts';
import { readText } from '../../src/pipeline/read/text.ts';

const LEAD = 'A fuel depot in the border region caught fire overnight after an attack by drones, the regional governor said on Monday.';
const NEXT = 'Firefighters worked for several hours to contain the blaze, and nobody was hurt, according to the emergency services.';

describe('tabbed cells', () => {
  it('splits a headline from the toolbar printed beside it, and a commenter from the time of the comment', () => {
    expect(splitTabbedCells(['Depot burns after drone strike\tSave Email Print', LEAD])).toEqual(['Depot burns after drone strike', 'Save Email Print', LEAD]);
    expect(splitTabbedCells(['Jane Example says:\tMarch 4, 2024 at 7:42 pm', ''])).toEqual(['Jane Example says:', 'March 4, 2024 at 7:42 pm', '']);
  });

  it("keeps a table's rows, a row of short tool links and a line with no tab whole", () => {
    const table = ['Region\tDepots hit\tChange on year', 'North\t4\t+2', 'South\t1\t-1'];
    expect(splitTabbedCells(table)).toEqual(table);
    expect(splitTabbedCells(['Print\t Save\t E-mail\t Write to editor'])).toEqual(['Print\t Save\t E-mail\t Write to editor']);
    expect(splitTabbedCells([LEAD, '', '\t \t'])).toEqual([LEAD, '', '\t \t']);
  });

  it('gives the headline without its toolbar; a table row is read as one line', () => {
    const page = ['Depot burns after drone strike\tSave Email Print', 'Posted: 6:12 PM Mar 4, 2024', LEAD, NEXT].join('\n');
    const cleaned = cleanPage(readText(page));
    expect(cleaned.title).toBe('Depot burns after drone strike');
    expect(cleaned.removed.map((r) => r.text)).toContain('Save Email Print');
    expect(cleaned.kept.map((k) => k.text)).toEqual([LEAD, NEXT]);
    expect(readText(['Region\tDepots hit\tChange on year', 'North\t4\t+2'].join('\n')).map((l) => l.text)).toEqual(['Region Depots hit Change on year', 'North 4 +2']);
  });
});
