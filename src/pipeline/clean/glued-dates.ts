// Glued-dates pass: a text dump loses the break between a page's date stamp and the line after
// it ("12 August, 2024 Troops crossed the border…"). A line that opens with a full printed date
// and goes on with a capitalised sentence is two lines: the date (a dateline, which the
// metadata reads) and the text. A sentence never opens on a bare date followed by a capital.
import { DATE_PREPOSITIONS, dateLine, findDates } from '../dates.ts';
import type { PageLine } from '../types.ts';
import { CLOCK_TIME, wordCount } from './shapes.ts';

// A date stamp, with its weekday and time, fits in this many characters.
const DATE_REACH = 60;
// The text after the date is a line of its own: a few words at least.
const MIN_REST_WORDS = 3;
// Only a line that starts with a digit or a word and a number, and shows a year near its start,
// can open on a full date; chrono is asked about no other.
const MAY_OPEN_ON_DATE = /^(?:\p{N}|(?:\p{L}+\.?,?\s+){1,2}\p{N})/u;
const YEAR_NEAR_START = /^.{0,30}?(?:(?<!\d)(?:1[89]|20)\d{2}(?!\d)|\d{1,2}[./-]\d{1,2}[./-]\d{2})/u;
// "On 12 August 2024 …" opens a sentence, not a stamp (chrono reads the preposition as part of the date).
const PREPOSITION = new RegExp(`^(?:${DATE_PREPOSITIONS})\\s`, 'iu');

// (chrono may read the letter as the date's own, leaving its full stop: "7 августа 2024 г" + ".В …".)
const YEAR_MARK = /^(?:\s?(?:г|р|r))?\.(?=\s?\p{Lu})/u;

/** The line split into its opening date and the text after it, or null when it opens on no full date. */
export function splitGluedDate(text: string): [string, string] | null {
  // A line that is a date stamp as a whole ("06:56, Wed, Dec 3, 2025 Updated: 07:10") stays one.
  if (!MAY_OPEN_ON_DATE.test(text) || !YEAR_NEAR_START.test(text)) return null;
  // The date opens the line: chrono reads only its start (a line may be a megabyte long).
  const [first] = findDates(text.slice(0, DATE_REACH));
  if (!first || first.index !== 0 || !first.iso || PREPOSITION.test(first.text) || dateLine(text)) return null;
  // The year's abbreviation stays with the date ("7 августа 2024 г.В Курской …": г., р., r., "year").
  const yearMark = YEAR_MARK.exec(text.slice(first.text.length))?.[0] ?? '';
  const end = first.text.length + yearMark.length;
  const rest = text.slice(end).replace(/^[\s,;|–—-]+/u, '');
  if (!/^\p{Lu}/u.test(rest) || wordCount(rest) < MIN_REST_WORDS) return null;
  return [text.slice(0, end).trim(), rest];
}

/**
 * The page's first line split into its headline and the stamp printed after it, with its clock
 * time ("Drones hit a fuel depot Saturday, December 14, 2024 9:48:00 AM"), or null. Only the first
 * line: lower down, a line ending on a stamp is a teaser's or a comment's signature.
 */
export function splitTrailingStamp(text: string): [string, string] | null {
  const tail = text.slice(-DATE_REACH);
  const found = findDates(tail).at(-1);
  if (!found?.iso || !CLOCK_TIME.test(found.text) || PREPOSITION.test(found.text)) return null;
  const start = text.length - tail.length + found.index;
  if (text.slice(start + found.text.length).trim() !== '') return null;
  const headline = text.slice(0, start).replace(/[\s,;|–—-]+$/u, '');
  // "… on Saturday, December 14, 2024 at 9:48" ends a sentence on its date: it is not a stamp.
  if (wordCount(headline) < MIN_HEADLINE_WORDS || /[.!?:]$/u.test(headline) || ENDS_ON_PREPOSITION.test(headline) || dateLine(text)) return null;
  return [headline, text.slice(start)];
}

// A headline before a stamp holds a few words at least.
const MIN_HEADLINE_WORDS = 5;
const ENDS_ON_PREPOSITION = new RegExp(`(?<!\\p{L})(?:${DATE_PREPOSITIONS})$`, 'iu');

/** The page's lines with each glued date stamp set on a line of its own, the one after the first line's headline too. */
export function splitGluedDates(lines: PageLine[]): PageLine[] {
  const first = splitLinesBy(lines.slice(0, 1), splitTrailingStamp);
  return splitLinesBy([...first, ...lines.slice(1)], splitGluedDate);
}

/** The page's lines with each text line that `split` cuts in two set as two lines (a heading or markup stays whole). */
export function splitLinesBy(lines: PageLine[], split: (text: string) => [string, string] | null): PageLine[] {
  return lines.flatMap((line) => {
    const parts = line.heading || line.markup ? null : split(line.text);
    if (!parts) return [line];
    return [
      { ...line, text: parts[0] },
      { ...line, text: parts[1], blankBefore: false },
    ];
  });
}
