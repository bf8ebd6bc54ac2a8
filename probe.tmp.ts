import { generateArticles } from './src/bench/generate.ts';
import * as chrono from 'chrono-node';
const orig = chrono.en.casual.parse.bind(chrono.en.casual);
let calls = 0; const seen = new Map<string, number>();
for (const l of [chrono.en, chrono.de, chrono.fr, chrono.es, chrono.pt, chrono.it, chrono.nl, chrono.ru, chrono.uk, chrono.sv]) {
  const p = l.casual.parse.bind(l.casual); const name = l === chrono.en ? "en" : "x";
  l.casual.parse = (t: string, ...a: any[]) => { calls++; if (t.length <= 80) seen.set(name + ":" + t.slice(0, 60), (seen.get(name + ":" + t.slice(0, 60)) ?? 0) + 1); return p(t, ...a); };
}
const { ingestArticles } = await import('./src/pipeline/ingest.ts');
const { loadRegistry, loadTopics } = await import('./src/pipeline/files.ts');
const ctx = { topics: loadTopics('content/topics'), registry: loadRegistry('content/outlets.yaml'), outDir: 'sources' };
const inputs = generateArticles(100).map((a) => ({ file: a.file, bytes: new TextEncoder().encode(a.text) }));
ingestArticles(inputs, ctx);
console.log('calls', calls, 'distinct', seen.size);
console.log([...seen].sort((a, b) => b[1] - a[1]).slice(0, 25));
