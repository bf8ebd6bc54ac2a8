// Astro integration: after Starlight has built Pagefind's index, Pagefind's API module moves to
// pagefind/pagefind-engine.js and the dossier's own module (search/pagefind-wrapper.ts, bundled
// here with esbuild) takes its place as pagefind/pagefind.js. Starlight's search dialog loads the
// API by that path, so it lists only pages that hold the words searched for. It must come after
// Starlight in the integrations, whose own build step writes the index.
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';

/** Pagefind's own module, under the name the wrapper imports it by. */
export const PAGEFIND_ENGINE = 'pagefind-engine.js';
const WRAPPER = fileURLToPath(new URL('./search/pagefind-wrapper.ts', import.meta.url));

/** Puts the dossier's search module in place of Pagefind's in the built site. */
export function truthfulSearch(): AstroIntegration {
  return {
    name: 'dossier:truthful-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const folder = join(fileURLToPath(dir), 'pagefind');
        const api = join(folder, 'pagefind.js');
        if (!existsSync(api)) throw new Error(`${api}: Pagefind's module is missing; truthfulSearch() must follow starlight() in the integrations`);
        renameSync(api, join(folder, PAGEFIND_ENGINE));
        await build({
          entryPoints: [WRAPPER],
          outfile: api,
          bundle: true,
          format: 'esm',
          minify: true,
          target: 'es2022',
          external: [`./${PAGEFIND_ENGINE}`],
          logLevel: 'warning',
        });
        logger.info(`pagefind/pagefind.js lists only pages that hold every word searched for (Pagefind's own module: pagefind/${PAGEFIND_ENGINE})`);
      },
    },
  };
}
