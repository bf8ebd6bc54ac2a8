// A table inside an article (a text dump's rows of tab-parted cells) holds the article's figures:
// its short rows are no menu and no list of other stories, and the article goes on under it.
import { LEAD_MIN_WORDS } from './headline.ts';
import { FURNITURE, type Line } from './line.ts';
import { wordCount } from './shapes.ts';

// A table's title above it ("Median prices by area") or its source note below ("Source: …"): at most one line.
const TABLE_NOTES = 1;

/** The rows of each table that stands between two paragraphs of the article, from line `from` on, and the titles over them. */
export function articleTables(lines: Line[], from: number): { rows: number[]; titles: number[] } {
  const rows: number[] = [];
  const titles: number[] = [];
  for (let i = Math.max(from, 0); i < lines.length; ) {
    if (!lines[i]!.tableRow || lines[i]!.verdict) {
      i++;
      continue;
    }
    let end = i;
    while (end < lines.length && lines[end]!.tableRow) end++;
    if (holdsFigures(lines, i, end) && paragraphNear(lines, i - 1, -1) && paragraphNear(lines, end, 1)) {
      for (let k = i; k < end; k++) rows.push(k);
      const above = lines[i - 1]!;
      if (!above.verdict && above.shape === 'heading-like') titles.push(i - 1);
    }
    i = end;
  }
  return { rows, titles };
}

/** True when most of the rows hold a figure: a grid of share links ("digg | reddit") holds none. */
function holdsFigures(lines: Line[], from: number, to: number): boolean {
  let withFigures = 0;
  for (let k = from; k < to; k++) if (/\p{N}/u.test(lines[k]!.text)) withFigures++;
  return withFigures * 2 >= to - from;
}

/** True when, walking from line `start` in `step` past furniture and a table's title or notes, the first line is an undecided paragraph (prose of a lead's length). */
function paragraphNear(lines: Line[], start: number, step: 1 | -1): boolean {
  let notes = 0;
  for (let k = start; k >= 0 && k < lines.length; k += step) {
    const l = lines[k]!;
    if (l.verdict || FURNITURE.has(l.shape)) continue;
    if (l.shape === 'prose' && wordCount(l.text) >= LEAD_MIN_WORDS) return true;
    if (++notes > TABLE_NOTES) return false;
  }
  return false;
}
