// The site's Pagefind API, served as /pagefind/pagefind.js in place of Pagefind's own module, which
// the build moves beside it as pagefind-engine.js (src/site/truthful-search.ts). It is Pagefind's
// API unchanged, except that a search lists only pages that hold every word of the query
// (held-words.ts). Starlight's search dialog and anything else on the site import it by the usual
// path, so no part of the site can show a result that stands on a substituted word.
import { stemmer } from '@orama/stemmers/english';
// @ts-expect-error: Pagefind's module, resolved in the browser beside this one.
import * as engine from './pagefind-engine.js';
import { truthfulResults, type SearchResponse } from './truthful-results.ts';

// @ts-expect-error: Pagefind's module, resolved in the browser beside this one.
export * from './pagefind-engine.js';

// Pagefind finds its index from its own file's address; under its new name it is told instead.
const basePath = new URL('./', import.meta.url).pathname;
await engine.options({ basePath });

/** Pagefind's options, always with the index's own folder. */
export function options(overrides: object): Promise<void> {
  return engine.options({ basePath, ...overrides });
}

// A search loads only the filter indexes its own filters need, and counts only the filters loaded:
// run before the dialog's first call to filters() has loaded them all, its counts lack some
// filters, and the dialog, which takes the filters it shows from the first search, showed only
// some of its filter groups until the reader typed again. So every search waits until all are loaded.
let allFilters: Promise<unknown> | undefined;
/** Loads every filter index, once; if that fails, the search goes on and meets the failure itself. */
const filtersLoaded = () => (allFilters ??= engine.filters().catch(() => undefined));

/** Pagefind's search, less the pages that do not hold every word of the query. */
export async function search(term: string | null, searchOptions?: object): Promise<SearchResponse> {
  await filtersLoaded();
  return announce(term, await truthfulResults(term, await engine.search(term, searchOptions), stemmer, (word) => engine.search(word, searchOptions)));
}

/** Pagefind's debounced search (null when a newer search superseded it), checked the same way. */
export async function debouncedSearch(term: string | null, searchOptions?: object, debounceMs?: number): Promise<SearchResponse | null> {
  await filtersLoaded();
  const response = await engine.debouncedSearch(term, searchOptions, debounceMs);
  return response && announce(term, await truthfulResults(term, response, stemmer, (word) => engine.search(word, searchOptions)));
}

/** Tells the page which words no source holds, and the nearest words that some do (DossierSearch.astro shows them). */
function announce(term: string | null, response: SearchResponse): SearchResponse {
  if (typeof window !== 'undefined') {
    const detail = { term: term ?? '', missingWords: response.missingWords, nearestWords: response.nearestWords };
    window.dispatchEvent(new CustomEvent('dossier:search', { detail }));
  }
  return response;
}
