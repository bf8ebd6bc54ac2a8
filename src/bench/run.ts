// One benchmark run: generate N articles, ingest and analyse them, build the full site and a
// bare Starlight baseline of the same text, and measure time, memory and bytes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { analyse } from '../pipeline/analyse/index.ts';
import { loadRegistry, loadTopics, syncOutputs } from '../pipeline/files.ts';
import { ingestArticlesInTurns } from '../pipeline/ingest.ts';
import { writeBaselineProject } from './baseline.ts';
import { generateArticles } from './generate.ts';
import { searchBytes } from './search-bytes.ts';

/** What `npm run bench -- --json` prints. */
export interface BenchResult {
  articles: number;
  /** How many times each site was built; times are the median, memory the largest. */
  runs: number;
  ingest: { seconds: number; perSecond: number };
  analysis: { seconds: number };
  /** A build from an empty cache (a fresh clone, CI), and the same site built again with nothing changed. */
  build: { seconds: number; peakRssMb: number; rebuildSeconds: number };
  baseline: { seconds: number; rebuildSeconds: number };
  /** (ingest + analysis + build) / baseline, both built from an empty cache. */
  ratio: number;
  /** build again / baseline again: what rebuilding costs once each site has its cache. */
  rebuildRatio: number;
  distMb: number;
  /** A source page with the stylesheets and scripts it loads, as stored and as sent compressed (gzip). */
  sourcePageKb: number;
  sourcePageGzipKb: number;
  baselinePageKb: number;
  baselinePageGzipKb: number;
  /** Bytes from /pagefind/ per typical query, averaged over one reader's session (gzip); null without Chromium. */
  searchBytesPerQuery: number | null;
  /** The first of those queries alone, which also loads Pagefind's code, WebAssembly and metadata. */
  searchFirstQueryBytes: number | null;
}

/** Runs the whole benchmark in `workDir` (emptied first), building each site `runs` times. */
export async function runBenchmark(articles: number, repoRoot: string, workDir: string, runs = 1): Promise<BenchResult> {
  rmSync(workDir, { recursive: true, force: true });
  const ctx = { topics: loadTopics(join(repoRoot, 'content/topics')), registry: loadRegistry(join(repoRoot, 'content/outlets.yaml')), outDir: 'sources' };
  const inputs = generateArticles(articles).map((a) => ({ file: a.file, bytes: new TextEncoder().encode(a.text) }));

  let started = performance.now();
  const { report, outputs, pages, data } = await ingestArticlesInTurns(inputs, ctx);
  const pipelineSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  analyse(report.sources, ctx.topics);
  const analysisSeconds = (performance.now() - started) / 1000;
  const content = join(workDir, 'content');
  // The site serves each source's saved page byte for byte (src/site/originals.ts), so the
  // generated articles are written where the build reads them, as a user's would be.
  const articlesDir = join(workDir, 'articles');
  mkdirSync(articlesDir, { recursive: true });
  for (const input of inputs) writeFileSync(join(articlesDir, input.file), input.bytes);
  const failed = [
    ...syncOutputs(join(content, 'sources'), outputs).failed,
    ...syncOutputs(join(content, 'dossier'), [...pages.map((p) => ({ name: p.file, text: p.text })), ...data.map((d) => ({ name: `data/${d.name}`, text: d.text }))]).failed,
  ];
  // A benchmark of a site with missing pages would measure the wrong thing.
  if (failed.length) throw new Error(`writing the benchmark's content failed: ${failed.map((f) => `${f.name}: ${f.error}`).join('; ')}`);

  const dist = join(workDir, 'dist');
  const baselineRoot = join(workDir, 'baseline');
  writeBaselineProject(baselineRoot, repoRoot, report.sources);
  const baselineDist = join(workDir, 'baseline-dist');
  // Each site keeps Astro's content store in a folder of its own (they share node_modules, where
  // Astro would keep both in one file, each build clearing the other's). A run builds each site
  // from an empty cache, then again with nothing changed; the sites alternate, so that a slow
  // spell of the machine falls on both.
  const dossierCache = join(workDir, 'cache/dossier');
  const baselineCache = join(workDir, 'cache/baseline');
  const dossierEnv = { DOSSIER_CONTENT: content, DOSSIER_ARTICLES: articlesDir };
  const builds: { seconds: number; peakRssMb: number }[] = [];
  const rebuilds: { seconds: number; peakRssMb: number }[] = [];
  const baselines: { seconds: number; peakRssMb: number }[] = [];
  const baselineRebuilds: { seconds: number; peakRssMb: number }[] = [];
  for (let run = 0; run < runs; run++) {
    rmSync(dossierCache, { recursive: true, force: true });
    rmSync(baselineCache, { recursive: true, force: true });
    builds.push(buildIn(repoRoot, repoRoot, dist, dossierCache, dossierEnv));
    baselines.push(buildIn(repoRoot, baselineRoot, baselineDist, baselineCache, {}));
    rebuilds.push(buildIn(repoRoot, repoRoot, dist, dossierCache, dossierEnv));
    baselineRebuilds.push(buildIn(repoRoot, baselineRoot, baselineDist, baselineCache, {}));
  }
  const seconds = (list: { seconds: number }[]) => median(list.map((b) => b.seconds));
  const build = { seconds: seconds(builds), peakRssMb: Math.max(...[...builds, ...rebuilds].map((b) => b.peakRssMb)), rebuildSeconds: seconds(rebuilds) };
  const baseline = { seconds: seconds(baselines), rebuildSeconds: seconds(baselineRebuilds) };

  const sample = report.sources[0]!.slug;
  const search = await searchBytes(dist);
  return {
    articles,
    runs,
    ingest: { seconds: round(pipelineSeconds - analysisSeconds), perSecond: Math.round(articles / (pipelineSeconds - analysisSeconds)) },
    analysis: { seconds: round(analysisSeconds) },
    build: { seconds: round(build.seconds), peakRssMb: Math.round(build.peakRssMb), rebuildSeconds: round(build.rebuildSeconds) },
    baseline: { seconds: round(baseline.seconds), rebuildSeconds: round(baseline.rebuildSeconds) },
    ratio: round((pipelineSeconds + build.seconds) / baseline.seconds),
    rebuildRatio: round(build.rebuildSeconds / baseline.rebuildSeconds),
    distMb: round(folderBytes(dist) / 1048576),
    sourcePageKb: round(pageBytes(dist, `sources/${sample}/index.html`) / 1024),
    sourcePageGzipKb: round(pageBytes(dist, `sources/${sample}/index.html`, true) / 1024),
    baselinePageKb: round(pageBytes(baselineDist, `${sample}/index.html`) / 1024),
    baselinePageGzipKb: round(pageBytes(baselineDist, `${sample}/index.html`, true) / 1024),
    searchBytesPerQuery: search?.perQuery ?? null,
    searchFirstQueryBytes: search?.firstQuery ?? null,
  };
}

/** Builds a site in a child process, keeping Astro's cache in `cacheDir`; its own peak memory is measured there. */
function buildIn(repoRoot: string, root: string, outDir: string, cacheDir: string, env: Record<string, string>): { seconds: number; peakRssMb: number } {
  const out = execFileSync(process.execPath, [join(repoRoot, 'src/bench/build-child.ts'), root, outDir, cacheDir], {
    cwd: root,
    env: { ...process.env, ...env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split('\n').at(-1)!);
}

/** An HTML page plus the stylesheets and scripts it loads: what a reader downloads for it, as stored or gzipped (as a host sends it). */
export function pageBytes(dist: string, page: string, gzip = false): number {
  const html = readFileSync(join(dist, page));
  const assets = [...html.toString('utf8').matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"/g)].map((m) => m[1]!);
  const files = [html, ...[...new Set(assets)].filter((a) => existsSync(join(dist, a))).map((a) => readFileSync(join(dist, a)))];
  return files.reduce((sum, bytes) => sum + (gzip ? gzipSync(bytes).length : bytes.length), 0);
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, f) => {
    const s = statSync(join(dir, f));
    return s.isFile() ? sum + s.size : sum;
  }, 0);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
