// Introduced-list pass: an article can end on a list its last paragraph announces with a colon
// ("Ingredients for four:", "The candidates are:"), a line an item, none of a sentence's length.
// Inside an extractor's main text such a list is the article's; a page's own lists after an
// article (related stories, tags, share buttons) are links, or have no introduction.
import type { Line } from './line.ts';
import { FURNITURE } from './line.ts';
import { wordCount } from './shapes.ts';

// A list has at least this many items, each no longer than a short sentence.
const LIST_MIN_ITEMS = 2;
const ITEM_MAX_WORDS = 20;
// An introduction is a short line; a long one ending in a colon is a paragraph quoting what follows.
const INTRO_MAX_WORDS = 15;

/** A line that stands as text, not as a link: most of its letters outside links. */
const isText = (l: Line) => (l.linked ?? 0) < 0.5;

/**
 * The introduction and items of a list right after the article's last paragraph (`lastProse`),
 * before `end`: the line under it ends in a colon and is followed by items, text and not links.
 * Empty when no such list stands there.
 */
export function introducedList(lines: Line[], lastProse: number, end: number): number[] {
  const intro = lastProse + 1;
  const line = lines[intro];
  if (!line || intro >= end || line.verdict || !isText(line) || !/:$/u.test(line.text) || wordCount(line.text) > INTRO_MAX_WORDS) return [];
  const items: number[] = [];
  for (let k = intro + 1; k < end; k++) {
    const item = lines[k]!;
    // An item ending in a colon is a form's label ("Choose a password:"): a form, not a list.
    if (item.verdict || item.heading || !isText(item) || FURNITURE.has(item.shape) || wordCount(item.text) > ITEM_MAX_WORDS || /:$/u.test(item.text)) break;
    items.push(k);
  }
  return items.length >= LIST_MIN_ITEMS ? [intro, ...items] : [];
}
