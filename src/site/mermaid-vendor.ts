// Astro integration: the site serves Mermaid's own pre-built ES modules (node_modules/mermaid/
// dist/mermaid.esm.min.mjs and its chunks) as static files under /vendor/mermaid/, instead of
// bundling Mermaid from its sources. Bundling re-parsed and re-minified 2.6 MB of already
// minified code on every build, and was the largest fixed cost of the site build (issue 6).
// Mermaid 12's ELK layout chunk (1.6 MB) is replaced by a stub that fails loudly if a diagram
// ever asks for it: the dossier's diagrams use the dagre layout.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where the files are served, under the site's base path. */
export const MERMAID_VENDOR_PATH = 'vendor/mermaid/';
const ENTRY = 'mermaid.esm.min.mjs';
const CHUNKS = 'chunks/mermaid.esm.min';
const ELK_CHUNK = /^elk-[\w-]+\.mjs$/;
const ELK_STUB = 'export function render() { throw new Error("This site does not ship Mermaid\'s ELK layout; use the default layout."); }\n';

/** The files to serve: path under /vendor/mermaid/ → their contents. */
function mermaidVendorFiles(): Map<string, () => string | Buffer> {
  const dist = dirname(createRequire(import.meta.url).resolve('mermaid/dist/mermaid.esm.min.mjs'));
  const files = new Map<string, () => string | Buffer>([[ENTRY, () => readFileSync(join(dist, ENTRY))]]);
  for (const name of readdirSync(join(dist, CHUNKS))) {
    if (!name.endsWith('.mjs')) continue;
    files.set(`${CHUNKS}/${name}`, ELK_CHUNK.test(name) ? () => ELK_STUB : () => readFileSync(join(dist, CHUNKS, name)));
  }
  return files;
}

/** Serves the files in `astro dev` and writes them into the build. */
export function mermaidVendor(): AstroIntegration {
  return {
    name: 'dossier:mermaid-vendor',
    hooks: {
      'astro:config:setup': ({ updateConfig, config }) => {
        const prefix = `${config.base.replace(/\/?$/, '/')}${MERMAID_VENDOR_PATH}`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'dossier:mermaid-vendor-dev',
                configureServer(server) {
                  const files = mermaidVendorFiles();
                  server.middlewares.use((req, res, next) => {
                    const path = req.url?.split('?')[0] ?? '';
                    const file = path.startsWith(prefix) ? files.get(path.slice(prefix.length)) : undefined;
                    if (!file) return next();
                    res.setHeader('content-type', 'text/javascript; charset=utf-8');
                    res.end(file());
                  });
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ dir }) => {
        const out = join(fileURLToPath(dir), MERMAID_VENDOR_PATH);
        for (const [path, text] of mermaidVendorFiles()) {
          mkdirSync(dirname(join(out, path)), { recursive: true });
          writeFileSync(join(out, path), text());
        }
      },
    },
  };
}
