// One ingest run over folders: read the articles, run the pipeline, write the sources, the dossier
// pages and the data files, and report what could not be written as rejected. `npm run ingest`
// runs it once; `npm run dev` runs it again on every change, with a cache of unchanged articles.
import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { loadArticles, loadRegistry, loadTopics, syncOutputs, type SyncResult } from './files.ts';
import { ingestArticlesInTurns, type IngestContext } from './ingest.ts';
import type { Registry } from './registry.ts';
import type { IngestReport, Topic } from './types.ts';

/** Where a run reads and writes. */
export interface IngestFolders {
  /** The articles and their sidecars. */
  articles: string;
  /** The source MDX files. */
  sources: string;
  /** The dossier's pages and data files. */
  pages: string;
}

/** What one run did: the report (write failures among its errors) and what the writes changed. */
export interface FolderRun {
  report: IngestReport;
  sync: SyncResult;
  pagesSync: SyncResult;
  /** How many articles were read this time, rather than taken from the cache. */
  read: number;
}

/** Ingests the folder `articles` into `sources` and `pages`. */
export async function ingestFolder(folders: IngestFolders, ctx: Omit<IngestContext, 'outDir'>): Promise<FolderRun> {
  const { inputs, warnings } = loadArticles(folders.articles);
  const cached = ctx.cache ? new Map(ctx.cache) : undefined;
  const outDir = relative(process.cwd(), resolve(folders.sources)) || '.';
  const { report, outputs, pages, data } = await ingestArticlesInTurns(inputs, { ...ctx, outDir });
  report.warnings.unshift(...warnings);
  const sync = syncOutputs(folders.sources, outputs);
  const pagesSync = syncOutputs(folders.pages, [...pages.map((p) => ({ name: p.file, text: p.text })), ...data.map((d) => ({ name: `data/${d.name}`, text: d.text }))]);
  // A file that could not be written is reported like a rejected article, naming the output.
  for (const [folder, { failed }] of [[folders.sources, sync], [folders.pages, pagesSync]] as const) {
    for (const f of failed) report.errors.push({ file: relative(process.cwd(), resolve(folder, f.name)) || '.', error: f.error });
  }
  const read = cached ? inputs.filter((input) => cached.get(input.file) !== ctx.cache!.get(input.file)).length : inputs.length;
  return { report, sync, pagesSync, read };
}

/** The first of the input folders (articles, topics) and the outlets file that is missing, as "--flag PATH: no such folder", or null. */
export function missingInput(inputs: { articles: string; topics: string; outlets: string }): string | null {
  for (const [flag, path, kind] of [['--in', inputs.articles, 'dir'], ['--topics', inputs.topics, 'dir'], ['--outlets', inputs.outlets, 'file']] as const) {
    if (!existsSync(path) || statSync(path).isDirectory() !== (kind === 'dir')) return `${flag} ${path}: no such ${kind === 'dir' ? 'folder' : 'file'}`;
  }
  return null;
}

/** The topics and the registry, or a one-line message naming the flag and the problem. */
export function loadConfig(topics: string, outlets: string): { topics: Topic[]; registry: Registry } | string {
  let loaded: Topic[];
  try {
    loaded = loadTopics(topics);
  } catch (error) {
    return `--topics ${topics}: ${firstLine(error)}`;
  }
  try {
    return { topics: loaded, registry: loadRegistry(outlets) };
  } catch (error) {
    return `--outlets ${outlets}: ${firstLine(error)}`;
  }
}

/** An error's message as one line, for a terminal or a log. */
function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0]!;
}
