// Browser text dumps keep a table's cells and a page's side-by-side boxes on one line, parted by
// tabs: a headline with its toolbar ("… Season Finale<TAB>Save Email Print"), a commenter's name
// with the date of the comment. Those are separate lines of the page; a table's rows are not.

/** The raw lines with each tab-parted line split into its cells, except the rows of a table. */
export function splitTabbedCells(rawLines: string[]): string[] {
  const cells = rawLines.map((line) => line.split(TAB).filter((cell) => cell.trim() !== ''));
  return rawLines.flatMap((line, i) => (cells[i]!.length < 2 || inTable(cells, i) || !cells[i]!.some(isLong) ? [line] : cells[i]!));
}

// A row of short cells ("Print", "Save", "E-mail") is one toolbar, read as one line.
const isLong = (cell: string) => cell.trim().split(/\s+/).length >= LONG_CELL_WORDS;
const LONG_CELL_WORDS = 4;

const TAB = /\t+/;

/** True when a neighbouring line has as many cells (two or more): rows of one table. */
function inTable(cells: string[][], i: number): boolean {
  const count = cells[i]!.length;
  return [cells[i - 1], cells[i + 1]].some((row) => row?.length === count);
}
