// Content loader for the ingest's MDX files (content/sources, content/dossier). Each file is
// rendered once, when content syncs, into the data store as HTML (see generated-mdx.ts); pages
// then only place that HTML. Astro's glob loader would instead make every .mdx file a
// JavaScript module for Vite to compile and bundle.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { renderGeneratedMdx, type RenderOptions } from './generated-mdx.ts';
import { folderFingerprint, rendererFingerprint } from './render-fingerprint.ts';

/** What the loader reads: the folder of MDX files, and the folder of the sources its pages quote, if they quote any. */
export interface LoaderOptions extends RenderOptions {
  base: string;
  /** The source files whose front matter a quoted passage's citation reads (content/sources). */
  quotes?: string;
}

/** Loads every `.mdx` file under `base` (subfolders too); an entry's id is its path without `.mdx`. */
export function generatedMdxLoader(options: LoaderOptions): Loader {
  return {
    name: 'generated-mdx',
    load: async (context) => {
      const base = resolve(options.base);
      await syncFolder(base, options, context);
      context.watcher?.add(base);
      context.watcher?.on('all', (_event, path) => {
        // In `astro dev` a broken file is reported and the server goes on with the others' last good state.
        if (path.startsWith(base + sep) && path.endsWith('.mdx')) syncFolder(base, options, context).catch((error: Error) => context.logger.error(error.message));
      });
    },
  };
}

/** Everything a page's HTML depends on besides its text, as one string (see render-fingerprint.ts). */
function renderKey(options: LoaderOptions): string {
  return JSON.stringify([
    rendererFingerprint(),
    [...options.topicTitles].sort(),
    options.cite?.settings ?? null,
    options.quotes ? folderFingerprint(resolve(options.quotes), (name) => name.endsWith('.mdx')) : null,
  ]);
}

async function syncFolder(base: string, options: LoaderOptions, { store, parseData, generateDigest, logger }: LoaderContext): Promise<void> {
  const files = listMdx(base);
  const seen = new Set<string>();
  const key = renderKey(options);
  let rendered = 0;
  for (const file of files) {
    const id = relative(base, file).split(sep).join('/').replace(/\.mdx$/, '');
    seen.add(id);
    const text = readFileSync(file, 'utf8');
    // Astro keeps the store between builds: an entry whose text and dependencies are unchanged is kept as rendered.
    const digest = generateDigest(`${key}\0${text}`);
    if (store.get(id)?.digest === digest) continue;
    let page;
    try {
      page = renderGeneratedMdx(text, options, id);
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`);
    }
    const data = await parseData({ id, data: page.data, filePath: file });
    store.set({ id, data, digest, filePath: relative(process.cwd(), file), rendered: { html: page.html, metadata: { headings: page.headings } } });
    rendered++;
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
  logger.debug(`${files.length} files under ${base}, ${rendered} rendered`);
}

function listMdx(base: string): string[] {
  try {
    return readdirSync(base, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.mdx'))
      .sort()
      .map((name) => join(base, name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
