// Words a search can find inside Chinese and Japanese text. Pagefind splits a page's text into
// words by the page's language, English on every page of the site, and under English rules a run
// of Chinese or Japanese characters up to a space or a punctuation mark is one word: "无人机" inside
// "乌克兰无人机夜间袭击了…" was found by no search. Pagefind matches a query word against the
// beginnings of indexed words, so the page also gives it, out of sight, the run from each of its
// words onwards ("无人机夜间袭击了俄罗斯…", "夜间袭击了俄罗斯…"): a query that starts where a word
// starts is the beginning of one of them. Pure functions, used when pages are rendered.
import { UNSPACED_LETTERS } from '../../pipeline/words.ts';

// How much of the text after each word start is indexed: longer queries are rare, and each run of
// n words costs n such pieces.
const PIECE_CHARACTERS = 16;
// Only a paragraph's opening this long gets pieces (a real one is shorter): the pieces run to
// several times the text, and a page of one huge paragraph must not make a page many times its size.
const MAX_TEXT_CHARACTERS = 5000;
const UNSPACED = new RegExp(`[${UNSPACED_LETTERS}]`, 'u');
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
  if (!UNSPACED.test(text)) return null;
  const pieces: string[] = [];
  for (const run of text.slice(0, MAX_TEXT_CHARACTERS).match(UNSPACED_RUN) ?? []) {
    for (const word of segmenterFor(language).segment(run)) {
      if (word.isWordLike) pieces.push(run.slice(word.index, word.index + PIECE_CHARACTERS));
    }
  }
  return pieces.length ? pieces.join(' ') : null;
}
