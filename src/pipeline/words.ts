// Whole-word patterns for names and spellings, compiled once: they are tested against every
// line or sentence of every article, so building them per test was the cost, not the test.

const cache = new Map<string, RegExp>();

/** The text as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern that finds `spelling` as a whole word (letters on neither side), case-sensitive. */
export function wholeWord(spelling: string): RegExp {
  let pattern = cache.get(spelling);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}])${escapeRegExp(spelling)}(?![\\p{L}])`, 'u');
    cache.set(spelling, pattern);
  }
  return pattern;
}
