// The cache `npm run dev` keeps between runs: an unchanged article is not read again, and a run
// with the cache writes exactly what a run without it writes.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/pipeline/files.ts';
import { ingestArticles, type ArticleCache } from '../../src/pipeline/ingest.ts';
import { article, context } from '../helpers/ingest.ts';
import { ROOT } from '../helpers/paths.ts';

const seeds = loadArticles(join(ROOT, 'content/articles')).inputs;
const everything = (run: ReturnType<typeof ingestArticles>) => ({ outputs: run.outputs, pages: run.pages, data: run.data, errors: run.report.errors, warnings: run.report.warnings });

describe('ingest with a cache of unchanged articles', () => {
  it('reads again only the changed article, and writes what a fresh run writes', () => {
    const cache: ArticleCache = new Map();
    ingestArticles(seeds, { ...context, cache });
    const before = new Map(cache);
    const changed = [...seeds.slice(0, -1), { ...seeds.at(-1)!, sidecar: { file: 'x.meta.yaml', text: 'authors: [Someone Else]\n' } }];

    const cached = ingestArticles(changed, { ...context, cache });
    const reread = [...cache].filter(([file, entry]) => before.get(file) !== entry).map(([file]) => file);
    expect(reread).toEqual([seeds.at(-1)!.file]);
    expect(everything(cached)).toEqual(everything(ingestArticles(changed, context)));
    expect(cached.report.sources.find((s) => s.file === seeds.at(-1)!.file)!.authors).toEqual(['Someone Else']);
  });

  it('still finds an exact duplicate whose original came from the cache, and forgets removed files', () => {
    const cache: ArticleCache = new Map();
    const original = article('a.txt', 'Headline of our own\n\nA paragraph of the article that is long enough to be kept as the body of the page.\n');
    ingestArticles([original], { ...context, cache });
    const copy = { ...original, file: 'b.txt' };
    const run = ingestArticles([original, copy], { ...context, cache });
    expect(run.report.warnings).toEqual([{ file: 'b.txt', warning: 'exact duplicate of a.txt; ingested once' }]);
    ingestArticles([copy], { ...context, cache });
    expect([...cache.keys()]).toEqual(['b.txt']);
  });
});
