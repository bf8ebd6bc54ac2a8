// What any line's text shows: where its sentences end, its capitals, its script, code or ids left in it.
import { wordCount } from '../../words.ts';

/** The character (a whole code point) that ends just before index `i`, or '' at the start. */
/** A list item's mark at a line's start, a space after it: "• ", "- ", "– ", "▪ ". */
export const LIST_BULLET = /^[·•▪►●◦‣∙*–-]\s/u;

export function charBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const low = text.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && i >= 2 && /[\ud800-\udbff]/.test(text[i - 2]!) ? text.slice(i - 2, i) : text[i - 1]!;
}

/** True when the line ends a sentence: . ! ? … possibly inside closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  return /[.!?…。！？]["'”’»)\]]*$/u.test(text);
}

/** True when every word outside brackets starts with a capital: a name ("Former President Jane Roe (left)"), or a headline in title case. */
export function capitalisedThroughout(text: string): boolean {
  const words = text.replace(/\([^()]*\)/gu, ' ').match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * True for a line in title case, the small words aside ("Putin and Kim Sign Mutual Defense
 * Pact."): a headline, even where the page closes it with a full stop. A sentence of the article
 * has its verbs and common nouns in lower case.
 */
export function inTitleCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  const significant = words.filter((w, i) => i === 0 || !TITLE_SMALL_WORDS.has(w));
  return significant.length >= TITLE_CASE_MIN_WORDS && significant.every((w) => /^\p{Lu}/u.test(w)) && words.some((w) => /\p{Ll}/u.test(w));
}
// The words a headline in title case leaves in lower case.
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'nor', 'of', 'off', 'on', 'onto', 'or', 'over', 'per', 'so', 'than', 'the', 'to', 'up', 'upon', 'via', 'vs', 'with', 'yet']);
// Fewer capitalised words than this are as often a photo's caption ("View of Astoria from The Hotel Elliott.").
const TITLE_CASE_MIN_WORDS = 6;

/** True for a line in title case that ends on a clock time ("Celtics At Nets, 7:30 P.m."): a headline, whose last full stop is the abbreviation's. */
export function isHeadlineOnClockTime(text: string): boolean {
  return CLOCK_TIME_END.test(text) && capitalisedThroughout(text.replace(CLOCK_TIME_END, ''));
}

/** True when the line starts with a lower-case letter: the tail of a sentence broken across lines. */
export function startsLowercase(text: string): boolean {
  return LOWERCASE_START.test(text);
}

/**
 * A line that opens on a small letter. Georgian's everyday letters (Mkhedruli) are small letters
 * to Unicode, which has its capitals (Mtavruli) too; but Georgian writes none, and a Georgian
 * headline or sentence opens on one of them.
 */
const LOWERCASE_START = /^(?![\u10D0-\u10FF])\p{Ll}/u;

// Cyrillic letters that look Latin, as they appear inside Latin words ("Fоtо" with Cyrillic о).
const LOOKALIKES: Record<string, string> = { а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', І: 'I' };

/** A word mixing Latin and Cyrillic letters is Latin written with look-alikes: fold them, so shape rules see the word. */
export function foldLookalikes(text: string): string {
  if (!/[\u0400-\u04ff]/.test(text)) return text;
  // Word by word, so that the time stays linear in the line's length.
  return text.replace(/\p{L}+/gu, (word) =>
    /\p{Script=Latin}/u.test(word) && /\p{Script=Cyrillic}/u.test(word) ? word.replace(/./gu, (c) => LOOKALIKES[c] ?? c) : word,
  );
}

/** A clock time anywhere in a line ("15:30"): a stamp's, a schedule's. */
export const CLOCK_TIME = /\b\d{1,2}:\d{2}\b/u;
// "7:30 p.m.", "9 P.M." at the end of a line.
const CLOCK_TIME_END = /\b\d{1,2}(?:[:.]\d{2})?\s?[AaPp]\.[Mm]\.$/u;
// Stops and commas alone: a stray mark of the layout (",", "…"). Rules ("---", "* * *"), arrows
// and bullets ("»", "•") are left as they were: they mark the page's parts, which the end rules read.
export const NO_WORDS = /^[\s,.;:!?'"“”‘’…]+$/u;
/** One sentence ends and another begins inside the text. */
export const SENTENCE_INSIDE = /[.!?]["»”’]?\s+["«„“]?\p{Lu}/u;
// A paragraph of the article's own: sentences, this many words at least.
const OWN_PARAGRAPH_WORDS = 30;
/** True for paragraph text of several sentences, long enough to be the article's own. */
export function isOwnParagraph(text: string): boolean {
  return wordCount(text) >= OWN_PARAGRAPH_WORDS && SENTENCE_INSIDE.test(text);
}

// Tokens of a page's scripts that prose does not have: declarations, calls on objects, braces, operators, statement ends.
const SCRIPT_TOKEN = /\bvar\s+[\w$]+\s*=|\bfunction\s*[\w$]*\s*\(|\b(?:document|window|navigator)\.\w|[\w$\]]\.[\w$]+\s*\(|[{}]|==|!=|&&|\|\||\+\+|\+=|\/\/-->|<!--|-->|\)\s*;|;\s*$|[\w$]=[\w$'"(]/gu;
// Prose may hold one or two of them ("(see below);"); a script line holds more.
const SCRIPT_TOKENS_MIN = 3;

/**
 * True for a line of a page's script that a text dump printed as text ("var ad = …; document.write(…)").
 * A sentence that quotes code ("They tried {props.secret} …, investigators said.") ends as a sentence does.
 */
export function looksLikeScript(text: string): boolean {
  if (endsSentence(text)) return false;
  let n = 0;
  for (const _ of text.matchAll(SCRIPT_TOKEN)) if (++n >= SCRIPT_TOKENS_MIN) return true;
  return false;
}

// A wire story's dateline at a line's start: a place in capitals, perhaps its country, and the day
// ("VASYLKIV, Ukraine, June 9 …", "LONDON, Dec. 29 …", "MOSCOW, 19 April …"). A headline may open on
// an acronym and a comma ("GSK, AstraZeneca confirm …"), but no date follows it so.
export const WIRE_DATELINE_OPENING = /^\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*,\s(?:\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?,\s)?(?:\p{Lu}\p{Ll}{2,}\.?\s\d{1,2}(?!\d)|\d{1,2}\.?\s\p{Lu}\p{Ll}{2,})/u;

// A name from the page's code alone on a line ("template_bas", "ad_slot_top"): words joined by
// underscores, in lower case, as no headline or sentence is written.
export const CODE_NAME = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/u;

// A content system's placeholder left in the text, a name and its settings: "@widget type=post-embed
// id=82098", "[caption id=attachment_12 align=alignnone]", "{{embed type=video}}". No sentence is written so.
export const SHORTCODE = /^(?:@|\[|\{\{)\s*[a-z][\w-]*(?:\s+[a-z][\w-]*=\S+)+\s*(?:\]|\}\})?$/u;

// An id a page's embed leaves behind: a long run of Latin letters and digits mixed ("03df1a47ddf84aca9d4d…").
// Ids are written in ASCII; a run of Chinese or Japanese characters with a figure in it
// ("俄軍防空系統擊落至少361架無人機") is a clause, written without spaces.
const ID_TOKEN = /(?<![\p{L}\p{N}])(?=[\p{L}\p{N}]*\p{N})(?=[\p{L}\p{N}]*\p{L})[A-Za-z0-9]{16,}(?![\p{L}\p{N}])/gu;

/** True for a line whose letters are mostly such ids ("t 03df1a47… name O46E4EJB…"): residue of an embed, not text. */
export function looksLikeIds(text: string): boolean {
  // Most lines hold no run of sixteen letters and digits at all: they are passed over without the id pattern.
  if (text.length > 300 || !/[\p{L}\p{N}]{16}/u.test(text) || !/\p{N}/u.test(text)) return false;
  let inIds = 0;
  for (const m of text.matchAll(ID_TOKEN)) inIds += m[0].length;
  const all = text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  return inIds > 0 && inIds >= all / 2;
}

export function countMatches(text: string, re: RegExp): number {
  return new Set(text.toLowerCase().match(new RegExp(re.source, 'giu')) ?? []).size;
}
