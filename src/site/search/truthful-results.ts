// A Pagefind search response, less the results that stand on a substituted word.
//
// Pagefind looks each query word up by prefix, and only when no indexed word begins with it does
// it substitute the longest prefix that is an indexed word ("Avatar" → "a"; Pagefind PR #315).
// So for each word either every result holds it or none does: the first few results, checked
// against their own text, tell which, without fetching the data of every result. Those checked
// that miss a word are dropped as well.
import { missingWords, nearestWords, queryWords, type Stem } from './held-words.ts';
import { unspacedExcerpt } from './unspaced-words.ts';

/** The part of a Pagefind result's data that the check reads. */
export interface ResultData {
  url: string;
  content: string;
  excerpt?: string;
}

/** A Pagefind result: its data is fetched on demand. */
export interface SearchResult {
  id: string;
  data: () => Promise<ResultData>;
  [key: string]: unknown;
}

/** A Pagefind search response, as its search() returns it. */
export interface PagefindResponse {
  results: SearchResult[];
  unfilteredResultCount?: number;
  filters?: Record<string, Record<string, number>>;
  totalFilters?: Record<string, Record<string, number>>;
}

/** The response, plus what the dossier found out about the words. */
export interface SearchResponse extends PagefindResponse {
  /** Query words that no page holds, as typed. */
  missingWords: string[];
  /** For each missing word (as typed), the nearest words that the pages checked do hold, as written there. */
  nearestWords: Record<string, string[]>;
}

// How many results are checked: enough to tell a real word from a substitute, few enough that a
// common word does not fetch the data of every page.
export const CHECKED_RESULTS = 5;

/** Runs Pagefind's search for one word (with the same filters). */
export type LookUp = (word: string) => Promise<Pick<PagefindResponse, 'results'>>;

/**
 * The response with results only where every query word is held; a filter-only search passes as
 * it is. For a query of several words, a word the results lack is looked up alone, since pages
 * may hold each word but none all of them.
 */
export async function truthfulResults(term: string | null, response: PagefindResponse, stem: Stem, lookUp?: LookUp): Promise<SearchResponse> {
  const typed = (term ?? '').split(/\s+/).filter((w) => queryWords(w).length);
  const query = typed.map((w) => queryWords(w).join(''));
  const results = onceEach(response.results, query);
  if (!query.length) return { ...response, results, missingWords: [], nearestWords: {} };

  const checked = await Promise.all(results.slice(0, CHECKED_RESULTS).map((r) => r.data()));
  const misses = checked.map((d) => missingWords(d.content, query, stem));
  let missing = query.filter((q) => misses.every((m) => m.includes(q)));
  const written = checked.flatMap((d) => d.content.split(/\s+/));
  if (missing.length && query.length > 1 && lookUp) {
    const alone = await Promise.all(missing.map(async (q) => {
      const data = await Promise.all(onceEach((await lookUp(q)).results).slice(0, CHECKED_RESULTS).map((r) => r.data()));
      written.push(...data.flatMap((d) => d.content.split(/\s+/)));
      return data.some((d) => missingWords(d.content, [q], stem).length === 0);
    }));
    missing = missing.filter((_, i) => !alone[i]);
  }
  if (missing.length || !checked.length) {
    // Both are told as the reader typed the word ("Tsurkan"), not as it was compared ("tsurkan").
    const asTyped = (q: string) => typed[query.indexOf(q)]!;
    const nearest = Object.fromEntries(await Promise.all(missing.map(async (q) => [asTyped(q), await nearestHeld(q, written, stem, lookUp)] as const)));
    return { ...response, results: [], unfilteredResultCount: 0, filters: zeroed(response.filters), missingWords: missing.map(asTyped), nearestWords: nearest };
  }
  const dropped = new Set(misses.flatMap((m, i) => (m.length ? [results[i]!.id] : [])));
  return { ...response, results: results.filter((r) => !dropped.has(r.id)), missingWords: [], nearestWords: {} };
}

// A word misspelt near its end ("Sumi" for "Sumy") shares its first letters with the right one:
// the pages holding words that begin as it does hold the candidates.
const MIN_PREFIX = 3;
const PREFIXES_TRIED = 3;

/** The nearest words the pages hold: among the words already fetched, else among pages holding a word that begins as this one does. */
async function nearestHeld(word: string, written: string[], stem: Stem, lookUp?: LookUp): Promise<string[]> {
  const near = nearestWords(word, written);
  if (near.length || !lookUp) return near;
  for (let length = word.length - 1; length >= Math.max(MIN_PREFIX, word.length - PREFIXES_TRIED); length--) {
    const prefix = word.slice(0, length);
    const data = await Promise.all(onceEach((await lookUp(prefix)).results).slice(0, CHECKED_RESULTS).map((r) => r.data()));
    // Only pages that really hold a word beginning with the prefix, not Pagefind's substitutes.
    const holding = data.filter((d) => missingWords(d.content, [prefix], stem).length === 0);
    const found = nearestWords(word, holding.flatMap((d) => d.content.split(/\s+/)));
    if (found.length) return found;
  }
  return [];
}

/**
 * The results with each one's data fetched at most once: the search dialog reuses what the check
 * fetched. For a query in Chinese or Japanese, the excerpt is the sentence that holds it
 * (unspaced-words.ts), not the hidden pieces Pagefind found it in.
 */
function onceEach(results: SearchResult[], query: string[] = []): SearchResult[] {
  return results.map((r) => {
    let data: Promise<ResultData> | undefined;
    const withExcerpt = async () => {
      const d = await r.data();
      const excerpt = unspacedExcerpt(d.content, query);
      return excerpt === null ? d : { ...d, excerpt };
    };
    return { ...r, data: () => (data ??= withExcerpt()) };
  });
}

/** Filter counts with every value at 0: no page is left to count. */
function zeroed(filters: SearchResponse['filters']): SearchResponse['filters'] {
  if (!filters) return filters;
  return Object.fromEntries(Object.entries(filters).map(([name, values]) => [name, Object.fromEntries(Object.keys(values).map((v) => [v, 0]))]));
}
