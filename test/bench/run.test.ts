// The benchmark harness end to end on a small corpus: it measures what it says it measures.
// (Speed targets live in `npm run bench`, never in assertions.)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runBenchmark } from '../../src/bench/run.ts';
import { CHROMIUM } from '../helpers/browser.ts';
import { ROOT, TEST_TMP } from '../helpers/paths.ts';

describe('npm run bench', () => {
  it('ingests, analyses, builds the site and the bare baseline, and reports the documented fields', async () => {
    const work = `${TEST_TMP}/bench`;
    const result = await runBenchmark(20, ROOT, work);
    expect(Object.keys(result).sort()).toEqual(
      ['analysis', 'articles', 'baseline', 'runs', 'baselinePageKb', 'baselinePageGzipKb', 'build', 'distMb', 'ingest', 'ratio', 'rebuildRatio', 'searchBytesPerQuery', 'searchFirstQueryBytes', 'sourcePageKb', 'sourcePageGzipKb'].sort(),
    );
    expect(result.articles).toBe(20);
    expect(result.runs).toBe(1);
    for (const n of [result.ingest.seconds, result.ingest.perSecond, result.build.seconds, result.build.peakRssMb, result.build.rebuildSeconds, result.baseline.seconds, result.baseline.rebuildSeconds, result.distMb, result.sourcePageKb, result.sourcePageGzipKb, result.baselinePageKb, result.baselinePageGzipKb]) {
      expect(n).toBeGreaterThan(0);
    }
    expect(result.sourcePageGzipKb).toBeLessThan(result.sourcePageKb);
    expect(result.ratio).toBeCloseTo((result.ingest.seconds + result.analysis.seconds + result.build.seconds) / result.baseline.seconds, 0);
    expect(result.rebuildRatio).toBeCloseTo(result.build.rebuildSeconds / result.baseline.rebuildSeconds, 1);
    // Each site rebuilt from a content store of its own: neither build cleared the other's.
    const store = (site: string) => readFileSync(`${work}/cache/${site}/data-store.json`, 'utf8');
    expect(store('dossier')).toContain('source-paragraph');
    expect(store('dossier')).not.toContain('\\u003Cp>Baseline.\\u003C/p>');
    expect(store('baseline')).toContain('\\u003Cp>Baseline.\\u003C/p>');
    expect(store('baseline')).not.toContain('source-paragraph');
    expect(existsSync(`${work}/dist/pagefind/pagefind.js`)).toBe(true);
    if (existsSync(CHROMIUM)) {
      // The first search loads Pagefind's WebAssembly and metadata (fetched by its web worker)
      // and at least one index chunk; later ones only chunks and fragments.
      const size = (file: string) => statSync(`${work}/dist/pagefind/${file}`).size;
      const files = readdirSync(`${work}/dist/pagefind`);
      const wasmAndMeta = size(files.find((f) => f.startsWith('wasm.en'))!) + size(files.find((f) => f.endsWith('.pf_meta'))!);
      const smallestChunk = Math.min(...readdirSync(`${work}/dist/pagefind/index`).map((f) => size(`index/${f}`)));
      expect(result.searchFirstQueryBytes).toBeGreaterThan(wasmAndMeta + smallestChunk);
      expect(result.searchBytesPerQuery).toBeLessThan(result.searchFirstQueryBytes!);
    } else {
      expect(result.searchBytesPerQuery).toBeNull();
      expect(result.searchFirstQueryBytes).toBeNull();
    }
    expect(existsSync(`${work}/baseline-dist/pagefind/pagefind.js`)).toBe(true);
  }, 300_000);
});
