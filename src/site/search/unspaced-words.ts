// Words a search can find inside Chinese and Japanese text. Pagefind splits a page's text into
// words by the page's language, English on every page of the site, and under English rules a run
// of Chinese or Japanese characters up to a space or a punctuation mark is one word: "无人机" inside
// "乌克兰无人机夜间袭击了…" was found by no search. Pagefind matches a query word against the
// beginnings of indexed words, so the page also gives it, out of sight, the run from each of its
// words onwards ("无人机夜间袭击了俄罗斯…", "夜间袭击了俄罗斯…"): a query that starts where a word
// starts is the beginning of one of them. Pure functions: the pieces are written when pages are
// rendered, and a result's excerpt is rebuilt in the browser (truthful-results.ts).
import { hasUnspacedLetters, UNSPACED_LETTERS } from '../../pipeline/words.ts';
import { escapeHtml } from '../escape-html.ts';

// How much of the text after each word start is indexed: longer queries are rare, and each run of
// n words costs n such pieces.
const PIECE_CHARACTERS = 16;
// Only a paragraph's opening this long gets pieces (a real one is shorter): the pieces run to
// several times the text, and a page of one huge paragraph must not make a page many times its size.
const MAX_TEXT_CHARACTERS = 5000;
const UNSPACED_RUN = new RegExp(`[${UNSPACED_LETTERS}\\p{N}]+`, 'gu');

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(language: string | undefined): Intl.Segmenter {
  const key = language ?? '';
  let segmenter = segmenters.get(key);
  if (!segmenter) segmenters.set(key, (segmenter = new Intl.Segmenter(language, { granularity: 'word' })));
  return segmenter;
}

/**
 * The pieces of a text's Chinese and Japanese runs that a search should find, space-separated:
 * from each word's start (as the language's dictionary segments it) to the run's end, at most
 * PIECE_CHARACTERS long, over the text's first MAX_TEXT_CHARACTERS; null for a text with no such run, which Pagefind reads well as it is.
 */
export function unspacedSearchWords(text: string, language?: string): string | null {
  if (!hasUnspacedLetters(text)) return null;
  const pieces: string[] = [];
  for (const run of text.slice(0, MAX_TEXT_CHARACTERS).match(UNSPACED_RUN) ?? []) {
    for (const word of segmenterFor(language).segment(run)) {
      if (word.isWordLike) pieces.push(run.slice(word.index, word.index + PIECE_CHARACTERS));
    }
  }
  return pieces.length ? pieces.join(' ') : null;
}

// A result's excerpt: the sentence around the match, cut at its end marks, at most this many characters on either side.
const EXCERPT_REACH = 40;
const SENTENCE_END = /[。！？.!?]/u;

/**
 * The excerpt of a result for a query in Chinese or Japanese: the sentence of the page's text
 * that holds the query's first such word, the word marked, as Pagefind marks its own excerpts.
 * Pagefind's excerpt would show the hidden pieces the word was found in, not the sentence. Null
 * when the query holds no such word or the text does not hold it (Pagefind's excerpt stands).
 */
export function unspacedExcerpt(content: string, query: string[]): string | null {
  const word = query.find((w) => hasUnspacedLetters(w));
  const at = word ? content.indexOf(word) : -1;
  if (!word || at < 0) return null;
  let start = Math.max(0, at - EXCERPT_REACH);
  for (let i = at - 1; i >= start; i--) if (SENTENCE_END.test(content[i]!)) { start = i + 1; break; }
  let end = Math.min(content.length, at + word.length + EXCERPT_REACH);
  for (let i = at + word.length; i < end; i++) if (SENTENCE_END.test(content[i]!)) { end = i + 1; break; }
  const text = (from: number, to: number) => escapeHtml(content.slice(from, to));
  return `${text(start, at).trimStart()}<mark>${text(at, at + word.length)}</mark>${text(at + word.length, end).trimEnd()}`;
}
