import { generateArticles } from './src/bench/generate.ts';
import { loadRegistry, loadTopics } from './src/pipeline/files.ts';
import { ingestArticles } from './src/pipeline/ingest.ts';
import { compareCandidates } from './src/pipeline/analyse/syndication.ts';
const ctx = { topics: loadTopics('content/topics'), registry: loadRegistry('content/outlets.yaml'), outDir: 'sources' };
for (const n of [500, 1000, 2000]) {
  const r = ingestArticles(generateArticles(n).map((a) => ({ file: a.file, bytes: new TextEncoder().encode(a.text) })), ctx);
  const t = performance.now();
  const { shared, comparisons } = compareCandidates(r.report.sources);
  const paras = r.report.sources.reduce((s, x) => s + x.blocks.length, 0);
  console.log((globalThis as any).iters, n, 'paragraphs', paras, 'comparisons', comparisons, 'passages', shared.length, 'copies', shared.reduce((s, p) => s + p.copies.length, 0), 'max', Math.max(...shared.map((p) => p.copies.length)), ((performance.now() - t) / 1000).toFixed(2), 's');
}
