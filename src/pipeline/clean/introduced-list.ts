// Introduced-list pass: an article can hold a list its paragraph announces with a colon
// ("Ingredients for four:", "Innovations in the new engine include:"), a line an item, none of a
// sentence's length. Its items read like a menu's or a teaser list's lines; the introduction
// tells them apart. Inside an extractor's main text the list may end the article; on a page read
// whole (a text dump) it must stand above the article's last paragraph, and its introduction must
// be a phrase ("Related stories:" and "Read more:" introduce other pages).
import { isParagraph } from './headline.ts';
import type { Line } from './line.ts';
import { FURNITURE } from './line.ts';
import { LIST_BULLET, wordCount } from './shapes.ts';

// A list has at least this many items, each no longer than a short sentence.
const LIST_MIN_ITEMS = 2;
const ITEM_MAX_WORDS = 20;
// An introduction is a short line; a long one ending in a colon is a paragraph quoting what follows.
const INTRO_MAX_WORDS = 15;
// On a page read whole, an introduction is a phrase, longer than a section's label.
const WHOLE_PAGE_INTRO_MIN_WORDS = 6;

/** A line that stands as text, not as a link: most of its letters outside links. */
const isText = (l: Line) => (l.linked ?? 0) < 0.5;

/** True for a line no rule has judged that ends in a colon and is short enough to introduce a list. */
const isIntroduction = (l: Line, minWords: number) => {
  const words = wordCount(l.text);
  return !l.verdict && isText(l) && !FURNITURE.has(l.shape) && /:$/u.test(l.text) && words >= minWords && words <= INTRO_MAX_WORDS;
};

/** The items under an introduction at `intro`, before `end`: text lines of a short sentence at most, until a line that is none. */
function itemsUnder(lines: Line[], intro: number, end: number): number[] {
  const items: number[] = [];
  for (let k = intro + 1; k < end; k++) {
    const item = lines[k]!;
    // An item ending in a colon is a form's label ("Choose a password:"): a form, not a list.
    // A date or a time is a stamp (a comment's, a post's) more often than an item.
    if (item.verdict || item.heading || !isText(item) || FURNITURE.has(item.shape) || item.shape === 'date' || item.shape === 'time' || wordCount(item.text) > ITEM_MAX_WORDS || /:$/u.test(item.text)) break;
    items.push(k);
  }
  return items.length >= LIST_MIN_ITEMS ? items : [];
}

/**
 * The introduction and items of a list right after the article's last paragraph (`lastProse`),
 * before `end`, in an extractor's main text. Empty when no such list stands there.
 */
export function introducedList(lines: Line[], lastProse: number, end: number): number[] {
  const intro = lastProse + 1;
  if (intro >= end || !isIntroduction(lines[intro]!, 1)) return [];
  const items = itemsUnder(lines, intro, end);
  return items.length ? [intro, ...items] : [];
}

// A sentence's enumeration set out as a list: each item behind a bullet, the items closed by a
// semicolon or a comma ("• 37 drones over the region;"), as no menu, teaser or link is. Its
// introduction may be a whole paragraph, and it may end the page (an excerpt cut inside it).
const ENUMERATED = /[;,]$/u;
const ENUMERATION_INTRO_MAX_WORDS = 80;

/** The items of an enumeration under a paragraph at `intro` ending in a colon, before `end`; empty when none stands there. */
function enumerationUnder(lines: Line[], intro: number, end: number): number[] {
  const line = lines[intro]!;
  if (line.verdict || !isText(line) || !/:$/u.test(line.text) || wordCount(line.text) > ENUMERATION_INTRO_MAX_WORDS) return [];
  const items: number[] = [];
  for (let k = intro + 1; k < end && LIST_BULLET.test(lines[k]!.text) && !lines[k]!.verdict && !lines[k]!.heading && isText(lines[k]!) && wordCount(lines[k]!.text) <= ITEM_MAX_WORDS; k++) items.push(k);
  // Every item but the last (which closes the sentence, or where the excerpt was cut) is closed so.
  return items.length >= LIST_MIN_ITEMS && items.slice(0, -1).every((k) => ENUMERATED.test(lines[k]!.text)) ? items : [];
}

/** True for a bulleted line under a bulleted item closed as an enumeration's are ("• 37 drones over the region;"): the next item. */
export function continuesEnumeration(lines: Line[], i: number): boolean {
  const above = lines[i - 1];
  return LIST_BULLET.test(lines[i]!.text) && !!above && LIST_BULLET.test(above.text) && ENUMERATED.test(above.text);
}

/** The introductions and items of the lists in lines [start, end) of a page read whole that stand above its last paragraph, or enumerate. */
export function listsInBody(lines: Line[], start: number, end: number): number[] {
  let last = end - 1;
  while (last >= start && !isParagraph(lines[last]!)) last--;
  const found: number[] = [];
  for (let i = start; i < end; i++) {
    const enumeration = enumerationUnder(lines, i, end);
    if (enumeration.length) {
      found.push(...enumeration);
      i = enumeration.at(-1)!;
      continue;
    }
    if (i >= last || !isIntroduction(lines[i]!, WHOLE_PAGE_INTRO_MIN_WORDS)) continue;
    const items = itemsUnder(lines, i, last);
    if (!items.length) continue;
    // The article goes on under the list: a paragraph, or the next list's introduction.
    const after = lines[items.at(-1)! + 1];
    if (!after || !(isParagraph(after) || isIntroduction(after, WHOLE_PAGE_INTRO_MIN_WORDS))) continue;
    found.push(i, ...items);
    i = items.at(-1)!;
  }
  return found;
}
