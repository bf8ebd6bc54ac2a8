// `npm run dev`: the ingest kept live. Every change to the articles, their sidecars, the topics or
// the outlet registry re-ingests, reading again only the articles that changed (the rest come from
// a cache) and writing only the files whose text changed; Astro's dev server sees those files
// change (src/site/generated-mdx-loader.ts) and reloads the open page.
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { ArticleCache } from '../pipeline/ingest.ts';
import { ingestFolder, loadConfig, type IngestFolders } from '../pipeline/ingest-folder.ts';
import { oneAtATime } from './one-at-a-time.ts';

/** What the live ingest reads and writes. */
export interface LiveFolders extends IngestFolders {
  topics: string;
  outlets: string;
}

/** A running live ingest. */
export interface LiveIngest {
  /** Runs the ingest now (the first run, or after a change), once any run under way has ended. */
  run(reason: string): Promise<void>;
  /** Stops watching. */
  close(): void;
}

/** How long a burst of file events is waited out before one run: an editor's save is several. */
const SETTLE_MS = 100;

/**
 * Watches the folders and re-ingests on change. `log` gets one line per run; `onConfigChange` is
 * called after a run that read changed topics or outlets (the site's sidebar and topic titles are
 * read when Astro starts).
 */
export function liveIngest(folders: LiveFolders, log: (line: string) => void, onConfigChange: () => void): LiveIngest {
  const first = loadConfig(folders.topics, folders.outlets);
  if (typeof first === 'string') throw new Error(first);
  let config = first;
  let cache: ArticleCache = new Map();
  let timer: NodeJS.Timeout | undefined;
  let configChanged = false;
  const reasons = new Set<string>();

  const ingestOnce = async (reason: string) => {
    const started = performance.now();
    if (configChanged) {
      const next = loadConfig(folders.topics, folders.outlets);
      // A broken topic file or registry is reported; the dossier stays as the last good one made it.
      if (typeof next === 'string') return log(`dev: not re-ingested: ${next}`);
      config = next;
      // Every article is judged against the topics and the registry: none is taken from the cache.
      cache = new Map();
    }
    const { report, sync, pagesSync, read } = await ingestFolder(folders, { ...config, cache });
    const changed = sync.written + sync.removed.length + pagesSync.written + pagesSync.removed.length;
    log(`dev: ${reason}: ${read} of ${report.sources.length + report.errors.length} articles read, ${changed} files changed, ${Math.round(performance.now() - started)} ms`);
    for (const e of report.errors) log(`dev: rejected ${e.file}: ${e.error}`);
    if (configChanged) {
      configChanged = false;
      onConfigChange();
    }
  };
  const run = oneAtATime(ingestOnce);

  const changed = (what: string) => {
    reasons.add(what);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const reason = [...reasons].join(', ');
      reasons.clear();
      run(`${reason} changed`).catch((error: unknown) => log(`dev: the ingest failed: ${(error as Error).message}`));
    }, SETTLE_MS);
  };

  const watchers: FSWatcher[] = [
    watch(folders.articles, (_event, name) => name && !name.startsWith('.') && changed(name)),
    watch(folders.topics, (_event, name) => {
      if (!name?.endsWith('.md')) return;
      configChanged = true;
      changed(`topics/${name}`);
    }),
    // The registry's folder, not the file: an editor saves by replacing the file.
    watch(dirname(resolve(folders.outlets)), (_event, name) => {
      if (name !== basename(folders.outlets)) return;
      configChanged = true;
      changed(name);
    }),
  ];
  return {
    run,
    close: () => {
      clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}
