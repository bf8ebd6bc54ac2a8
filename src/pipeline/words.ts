// Words in text: how many a line holds, and whole-word patterns for names and spellings, compiled
// once (they are tested against every line or sentence of every article, so building them per
// test was the cost, not the test).
import { memoised } from './memo.ts';


/**
 * Chinese characters and kana, with the marks that repeat or lengthen them (々, ー): the letters
 * of scripts written without spaces between words, as a character class's contents.
 */
export const UNSPACED_LETTERS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}々ー';
/** The letters of Thai, Lao, Khmer and Burmese, which put spaces between phrases, not words, as a character class's contents. */
export const SOUTHEAST_ASIAN_LETTERS = '\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}';
/** The letters of Chinese, Japanese and Korean (Hangul, which does part its words with spaces), as a character class's contents. */
export const EAST_ASIAN_LETTERS = `${UNSPACED_LETTERS}\\p{Script=Hangul}`;

/** The text as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern that finds `spelling` as a whole word (letters on neither side), case-sensitive. */
export function wholeWord(spelling: string): RegExp {
  return wholeWordPatterns(spelling);
}

// Spellings come from the registry and from each page's names: the patterns are kept up to a
// bound, so that a run of thousands of pages does not keep every name it ever met.
const wholeWordPatterns = memoised((spelling) => new RegExp(`(?<![\\p{L}])${escapeRegExp(spelling)}(?![\\p{L}])`, 'u'), 10_000);

/** True when a text holds Chinese characters or kana (letters of a script written without spaces). */
export function hasUnspacedLetters(text: string): boolean {
  return UNSPACED.test(text);
}

/** Counts words: runs of letters or digits (in Chinese and Japanese, about two characters a word; in Thai, Lao, Khmer and Burmese, about four). */
export function wordCount(text: string): number {
  return text.length > COUNTED_MAX_LENGTH ? countWordsIn(text) : countedWords(text);
}

// The cleaner's shapes and passes ask about the same line many times over: the counts of short
// lines are kept for the run, up to a bound.
const COUNTED_MAX_LENGTH = 400;
const countedWords = memoised(countWordsIn, 10_000);

function countWordsIn(text: string): number {
  let words = text.match(WORD)?.length ?? 0;
  // Thai, Lao, Khmer and Burmese put a space between phrases, not words: a run of their letters
  // (vowel and tone marks included) counts as one word for every four characters.
  if (SOUTHEAST_ASIAN.test(text)) for (const run of text.match(SOUTHEAST_ASIAN_RUN)!) words += Math.ceil(run.length / 4) - 1;
  if (!UNSPACED.test(text)) return words;
  // Chinese and Japanese write no spaces between words, and a word there is a character or two:
  // a run of their letters counts as one word for every two characters.
  let more = 0;
  for (const run of text.match(UNSPACED_RUN)!) more += Math.ceil(run.length / 2) - 1;
  return words + more;
}

// A word may hold combining marks after its first letter: in Devanagari and the other Indic
// scripts a vowel sign (the "ी" of "रूसी") is a mark, not a letter, and sits inside the word.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’.\-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
const UNSPACED = new RegExp(`[${UNSPACED_LETTERS}]`, 'u');
const SOUTHEAST_ASIAN = new RegExp(`[${SOUTHEAST_ASIAN_LETTERS}]`, 'u');
const SOUTHEAST_ASIAN_RUN = new RegExp(`[${SOUTHEAST_ASIAN_LETTERS}]+`, 'gu');
const UNSPACED_RUN = new RegExp(`[${UNSPACED_LETTERS}]+`, 'gu');
