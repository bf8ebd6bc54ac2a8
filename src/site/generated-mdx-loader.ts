// Content loader for the ingest's MDX files (content/sources, content/dossier). Each file is
// rendered once, when content syncs, into the data store as HTML (see generated-mdx.ts); pages
// then only place that HTML. Astro's glob loader would instead make every .mdx file a
// JavaScript module for Vite to compile and bundle.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { renderGeneratedMdx, type RenderOptions } from './generated-mdx.ts';

/** Loads every `.mdx` file under `base` (subfolders too); an entry's id is its path without `.mdx`. */
export function generatedMdxLoader(options: { base: string } & RenderOptions): Loader {
  // What this process has rendered, by id: the digest of the file it rendered. Astro keeps the
  // data store between builds, but the HTML also depends on the renderer and the topic titles,
  // which the store's digest does not see; so every process renders each file once, and only a
  // re-sync in the same process (astro dev) skips the files that did not change.
  const rendered = new Map<string, string>();
  return {
    name: 'generated-mdx',
    load: async (context) => {
      const base = resolve(options.base);
      await syncFolder(base, options, rendered, context);
      context.watcher?.add(base);
      context.watcher?.on('all', (_event, path) => {
        // In `astro dev` a broken file is reported and the server goes on with the others' last good state.
        if (path.startsWith(base + sep) && path.endsWith('.mdx')) syncFolder(base, options, rendered, context).catch((error: Error) => context.logger.error(error.message));
      });
    },
  };
}

async function syncFolder(base: string, options: RenderOptions, rendered: Map<string, string>, { store, parseData, generateDigest, logger }: LoaderContext): Promise<void> {
  const files = listMdx(base);
  const seen = new Set<string>();
  for (const file of files) {
    const id = relative(base, file).split(sep).join('/').replace(/\.mdx$/, '');
    seen.add(id);
    const text = readFileSync(file, 'utf8');
    const digest = generateDigest(text);
    if (rendered.get(id) === digest && store.has(id)) continue;
    let page;
    try {
      page = renderGeneratedMdx(text, options, id);
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`);
    }
    const data = await parseData({ id, data: page.data, filePath: file });
    // Astro ignores a write whose digest it already holds; the new HTML must replace the old.
    store.delete(id);
    store.set({ id, data, digest, filePath: relative(process.cwd(), file), rendered: { html: page.html, metadata: { headings: page.headings } } });
    rendered.set(id, digest);
  }
  for (const id of store.keys()) {
    if (seen.has(id)) continue;
    store.delete(id);
    rendered.delete(id);
  }
  logger.debug(`${files.length} files under ${base}`);
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
