// Which words of a query a page really holds. Pagefind answers a word that no page holds with the
// pages holding the longest prefix of it that some page does ("Tsurkan" finds every "t…"): a
// result list is a claim that a source says this, so the dossier checks each word against the
// text Pagefind returns for the page. Pure functions over plain strings, used in the browser.
import { distance } from 'fastest-levenshtein';

/** Turns a lower-case word into its stem (the same family of stemmer Pagefind indexes with). */
export type Stem = (word: string) => string;

// Pagefind's own folding of a word: lower case, accents off (but not the kana voicing marks).
const MARKS = /(?![\u3099\u309A])\p{M}/gu;
// Punctuation, as Pagefind strips it from a query.
const PUNCTUATION = /[\p{P}\p{S}]+/gu;

/** A word as Pagefind compares it: lower case, accents and punctuation off. */
export function foldWord(word: string): string {
  return word.toLocaleLowerCase().normalize('NFD').replace(MARKS, '').normalize('NFC').replace(PUNCTUATION, '');
}

/** The words of a query, folded; empty pieces (a lone dash) are no words. */
export function queryWords(term: string): string[] {
  return term
    .split(/\s+/)
    .map(foldWord)
    .filter((w) => w.length > 0);
}

/**
 * The words of a page's text, folded: "North-Korean" counts as "north", "korean" and
 * "northkorean", as Pagefind indexes a hyphenated word under its parts and the whole.
 */
export function pageWords(content: string): Set<string> {
  const words = new Set<string>();
  for (const token of content.split(/\s+/)) {
    const whole = foldWord(token);
    if (!whole) continue;
    words.add(whole);
    const parts = token.split(PUNCTUATION);
    if (parts.length > 1) for (const part of parts) if (part) words.add(foldWord(part));
  }
  return words;
}

/**
 * True when one of the page's words is the query word, begins with it (the reader is still
 * typing), or shares its stem ("strikes" for "striking"), or begins with its stem as Pagefind's
 * own prefix search on stems does ("strikers" for "striking").
 */
export function holdsWord(words: Set<string>, query: string, stem: Stem): boolean {
  if (words.has(query)) return true;
  const root = stem(query);
  for (const word of words) if (word.startsWith(query) || word.startsWith(root) || stem(word) === root) return true;
  return false;
}

/** The query words the page does not hold; empty when it holds them all. */
export function missingWords(content: string, query: string[], stem: Stem): string[] {
  const words = pageWords(content);
  return query.filter((q) => !holdsWord(words, q, stem));
}

// A suggestion differs from the word typed by a typo or two (one in a word of four letters),
// never in a word shorter than that.
const editsAllowed = (letters: number) => (letters < 4 ? 0 : letters === 4 ? 1 : 2);
const MIN_SUGGESTION_LETTERS = 3;

/**
 * The nearest words that the pages do hold, for a word none holds: at most two letters off (one
 * in a word of four), closest first, then most frequent; each as the page writes it ("Klychkov").
 */
export function nearestWords(query: string, written: Iterable<string>, limit = 5): string[] {
  const found = new Map<string, { shown: string; edits: number; count: number }>();
  const allowed = editsAllowed(query.length);
  if (allowed < 1) return [];
  for (const token of written) {
    const shown = token.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');
    const folded = foldWord(shown);
    if (folded.length < MIN_SUGGESTION_LETTERS || folded === query) continue;
    const seen = found.get(folded);
    if (seen) {
      seen.count++;
      continue;
    }
    if (Math.abs(folded.length - query.length) > allowed) continue;
    const edits = distance(query, folded);
    if (edits <= allowed) found.set(folded, { shown, edits, count: 1 });
  }
  return [...found.values()]
    .sort((a, b) => a.edits - b.edits || b.count - a.count || a.shown.localeCompare(b.shown))
    .slice(0, limit)
    .map((f) => f.shown);
}
