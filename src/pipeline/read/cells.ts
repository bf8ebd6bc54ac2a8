// Browser text dumps keep a table's cells and a page's side-by-side boxes on one line, parted by
// tabs: a headline with its toolbar ("… Season Finale<TAB>Save Email Print"), a commenter's name
// with the date of the comment. Those are separate lines of the page; a table's rows are not.

/** A raw line of the dump, and whether it is a row of a table. */
export interface RawLine {
  raw: string;
  tableRow?: boolean;
}

/** The raw lines with each tab-parted line split into its cells, except the rows of a table and a row of short tool links. */
export function splitTabbedCells(rawLines: string[]): RawLine[] {
  const cells = rawLines.map((line) => line.split(TAB).filter((cell) => cell.trim() !== ''));
  return rawLines.flatMap((raw, i): RawLine[] => {
    if (cells[i]!.length < 2) return [{ raw }];
    if (inTable(cells, i)) return [{ raw, tableRow: true }];
    return cells[i]!.some(isLong) ? cells[i]!.map((cell) => ({ raw: cell })) : [{ raw }];
  });
}

const TAB = /\t+/;
// A row of short cells ("Print", "Save", "E-mail") is one toolbar, read as one line.
const isLong = (cell: string) => cell.trim().split(/\s+/).length >= LONG_CELL_WORDS;
const LONG_CELL_WORDS = 4;

/** True when a neighbouring line has as many cells (two or more): rows of one table. */
function inTable(cells: string[][], i: number): boolean {
  const count = cells[i]!.length;
  return [cells[i - 1], cells[i + 1]].some((row) => row?.length === count);
}
