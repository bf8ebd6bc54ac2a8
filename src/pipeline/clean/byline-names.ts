// Byline-names pass: between the headline and the lead, a line of two to four capitalised words
// reads as a writer's name ("Jane Roe"), and so do a menu's links ("Top Jobs", "Local Coupons").
// The run of lines it stands in tells them apart: a menu is a run of short lines; a writer's name
// stands beside the date, or first under the headline over links to their profile.
import type { Line } from './line.ts';
import { isPersonName, wordCount, type Shape } from './shapes.ts';

// A name may keep the comma that joined it to the date below it ("Jane Roe," over "20 June 2024"),
// or the semicolon that joined it to the page's tags ("Jane Roe;").
const TRAILING_JOINER = /\s*[,;]$/u;

// A menu: a run of short lines with no blank line between them, four or more, or three of which
// two name no one. (Writers' names, one a line, run to two or three: "Jane Roe", "John Doe", "Kyiv".)
const MENU_RUN = 4;
const SHORT_MENU_RUN = 3;
const MENU_ITEM_WORDS = 6;
// What stands by a byline: its date, its "By", its label ("Author:"), the lead.
const NOT_MENU_ITEMS = new Set<Shape>(['prose', 'date', 'time', 'byline', 'colon-label']);

/** The run of short lines (link labels, names, labels; a row of links of any length) with no blank line between them that line i stands in, when it is a menu; else null. */
function menuAround(lines: Line[], i: number): Line[] | null {
  const item = (k: number) => k >= 0 && k < lines.length && (lines[k]!.shape === 'breadcrumb' || (!NOT_MENU_ITEMS.has(lines[k]!.shape) && wordCount(lines[k]!.text) <= MENU_ITEM_WORDS));
  if (!item(i)) return null;
  let from = i;
  while (!lines[from]!.blankBefore && item(from - 1)) from--;
  let to = i;
  while (item(to + 1) && !lines[to + 1]!.blankBefore) to++;
  const run = lines.slice(from, to + 1);
  return run.length >= MENU_RUN || (run.length >= SHORT_MENU_RUN && run.filter((l) => !isPersonName(l.text)).length >= 2) ? run : null;
}

const OUTLET_AFTER_NAME = /^(.+?)\s[-–—|]\s\S+(?:\s\S+){0,2}$/u;

const isDated = (l: Line | undefined) => !!l && (l.shape === 'date' || l.shape === 'time');

/**
 * True for a name-shaped line that is the article's byline: not a menu's item ("Top Jobs",
 * "Local Coupons"), unless it stands beside the date, or first under the headline (`start` past
 * it; past only dates and bylines) with no other name in the run: the writer's, over links to
 * their profile and share buttons.
 */
export function isBylineName(lines: Line[], i: number, start: number): boolean {
  const text = lines[i]!.text.replace(TRAILING_JOINER, '');
  // Right over the date, the name may carry its outlet behind a dash: "Jane Roe - Lakeside News".
  const withOutlet = OUTLET_AFTER_NAME.exec(text);
  if (withOutlet && isPersonName(withOutlet[1]!) && isDated(lines[i + 1])) return true;
  if (!isPersonName(text)) return false;
  const menu = menuAround(lines, i);
  if (!menu || isDated(lines[i - 1]) || isDated(lines[i + 1])) return true;
  const firstUnderHeadline = start > 0 && lines.slice(start, i).every((l) => isDated(l) || l.shape === 'byline');
  return firstUnderHeadline && menu.filter((l) => isPersonName(l.text)).length === 1;
}
