// A Pagefind response, less the results that stand on a substituted word. The responses are
// shaped as Pagefind's search() returns them; the browser tests run the same on the built index.
import { stemmer } from '@orama/stemmers/english';
import { describe, expect, it } from 'vitest';
import { CHECKED_RESULTS, truthfulResults, type PagefindResponse, type SearchResult } from '../../src/site/search/truthful-results.ts';

const PAGES: Record<string, string> = {
  a: 'Governor Andrei Klychkov said a fire broke out at the Stalnoi Kon oil terminal in Oryol.',
  b: 'North Korean troops took part in assaults in the Kursk region, a Ukrainian spokesman said.',
  c: 'Drone strikes hit an oil depot; the governor said the fire was put out.',
};

/** Pagefind's answer naming these pages, and how often each page's data was fetched. */
function response(ids: string[], filters?: PagefindResponse['filters']): { response: PagefindResponse; fetched: Map<string, number> } {
  const fetched = new Map<string, number>();
  const results: SearchResult[] = ids.map((id) => ({
    id,
    score: 1,
    data: async () => {
      fetched.set(id, (fetched.get(id) ?? 0) + 1);
      return { url: `/sources/${id}/`, content: PAGES[id] ?? `Page ${id} says governor.` };
    },
  }));
  return { response: { results, unfilteredResultCount: ids.length, ...(filters ? { filters } : {}) }, fetched };
}

/** What Pagefind answers for one word alone, for the look-up of a word the results lack. */
const lookUp = (holders: Record<string, string[]>) => async (word: string) => response(holders[word] ?? []).response;

describe('truthfulResults', () => {
  it('keeps every result when each holds the words, and fetches each page’s data once', async () => {
    const { response: r, fetched } = response(['a', 'c']);
    const out = await truthfulResults('governor said', r, stemmer);
    expect(out.results.map((x) => x.id)).toEqual(['a', 'c']);
    expect(out.missingWords).toEqual([]);
    await Promise.all(out.results.map((x) => x.data()));
    expect([...fetched.values()]).toEqual([1, 1]);
  });

  it('lists nothing for a word that Pagefind answered with a substitute ("Avatar" → "a"), and says which word', async () => {
    const { response: r } = response(['a', 'b', 'c'], { outlet: { DW: 2, Reuters: 1 } });
    const out = await truthfulResults('Avatar', r, stemmer);
    expect(out.results).toEqual([]);
    expect(out.unfilteredResultCount).toBe(0);
    expect(out.filters).toEqual({ outlet: { DW: 0, Reuters: 0 } });
    expect(out.missingWords).toEqual(['Avatar']);
  });

  it('offers the nearest words the checked pages hold, as they write them', async () => {
    const { response: r } = response(['a', 'c']);
    const out = await truthfulResults('Klychkova', r, stemmer);
    expect(out.nearestWords).toEqual({ Klychkova: ['Klychkov'] });
  });

  it('looks for nearest words among pages that hold a word beginning as the typed one does', async () => {
    // Pagefind found nothing for "Orylo", so the word's first letters are looked up.
    const { response: r } = response([]);
    const out = await truthfulResults('Orylo', r, stemmer, lookUp({ ory: ['a'], oryl: ['b'] }));
    // "oryl" comes back with page b, which holds no "oryl…" word: a substitute, not a candidate.
    expect(out.nearestWords).toEqual({ Orylo: ['Oryol'] });
  });

  it('in a query of several words, names only the word no page holds', async () => {
    // Pagefind found pages for "Kursk Tsurkan" on a substitute for "Tsurkan".
    const { response: r } = response(['b']);
    const out = await truthfulResults('Kursk Tsurkan', r, stemmer, lookUp({ kursk: ['b'], tsurkan: ['c'] }));
    expect(out.results).toEqual([]);
    expect(out.missingWords).toEqual(['Tsurkan']);
  });

  it('names no word when each is held but by different pages', async () => {
    const { response: r } = response([]);
    const out = await truthfulResults('Klychkov Kursk', r, stemmer, lookUp({ klychkov: ['a'], kursk: ['b'] }));
    expect(out.results).toEqual([]);
    expect(out.missingWords).toEqual([]);
  });

  it('drops a checked result that misses a word, and trusts the rest Pagefind found the same way', async () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const { response: r, fetched } = response(ids);
    const out = await truthfulResults('said', r, stemmer);
    // Page d..g say "says", which holds "said" by neither beginning nor stem; only d and e are checked.
    expect(out.results.map((x) => x.id)).toEqual(['a', 'b', 'c', 'f', 'g']);
    expect(fetched.size).toBe(CHECKED_RESULTS);
  });

  it('passes a search by filters alone as it is', async () => {
    const { response: r, fetched } = response(['a', 'b']);
    const out = await truthfulResults(null, r, stemmer);
    expect(out.results.map((x) => x.id)).toEqual(['a', 'b']);
    expect(fetched.size).toBe(0);
  });
});
