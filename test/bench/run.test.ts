// The benchmark harness end to end on a small corpus: it measures what it says it measures.
// (Speed targets live in `npm run bench`, never in assertions.)
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runBenchmark } from '../../src/bench/run.ts';
import { CHROMIUM } from '../helpers/browser.ts';
import { ROOT, TEST_TMP } from '../helpers/paths.ts';

describe('npm run bench', () => {
  it('ingests, analyses, builds the site and the bare baseline, and reports the documented fields', async () => {
    const work = `${TEST_TMP}/bench`;
    const result = await runBenchmark(20, ROOT, work);
    expect(Object.keys(result).sort()).toEqual(
      ['analysis', 'articles', 'baseline', 'baselinePageKb', 'build', 'distMb', 'ingest', 'ratio', 'searchBytesPerQuery', 'sourcePageKb'].sort(),
    );
    expect(result.articles).toBe(20);
    for (const n of [result.ingest.seconds, result.ingest.perSecond, result.build.seconds, result.build.peakRssMb, result.baseline.seconds, result.distMb, result.sourcePageKb, result.baselinePageKb]) {
      expect(n).toBeGreaterThan(0);
    }
    expect(result.ratio).toBeCloseTo((result.ingest.seconds + result.analysis.seconds + result.build.seconds) / result.baseline.seconds, 0);
    expect(existsSync(`${work}/dist/pagefind/pagefind.js`)).toBe(true);
    // Pagefind's loader and WebAssembly alone are tens of kilobytes; without Chromium it is null.
    if (existsSync(CHROMIUM)) expect(result.searchBytesPerQuery).toBeGreaterThan(20_000);
    else expect(result.searchBytesPerQuery).toBeNull();
    expect(existsSync(`${work}/baseline-dist/pagefind/pagefind.js`)).toBe(true);
  }, 300_000);
});
