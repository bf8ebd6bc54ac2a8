// What a reader's browser downloads from /pagefind/ for searches on a served build (gzip, as
// static hosts serve text): the loader, the WebAssembly and metadata on the first search, then
// the index chunks and the result fragments (top five) of each query.
import { existsSync } from 'node:fs';
import { CHROMIUM, launchChromium } from '../site/chromium.ts';
import { serveStatic } from '../site/static-server.ts';

/** Queries a reader of this dossier would type. */
export const TYPICAL_QUERIES = ['North Korean troops', 'oil depot', 'Zelensky', 'Kursk'];

/** Bytes from /pagefind/ for a reader's session of typical queries. */
export interface SearchBytes {
  /** The session's bytes divided by its queries: what one search costs on average. */
  perQuery: number;
  /** The first query alone, in a fresh browser: it also loads Pagefind itself. */
  firstQuery: number;
  /** Each query's own bytes, in order. */
  queries: { query: string; bytes: number }[];
}

/** Runs the typical queries one after another in one fresh browser context; null without Chromium. */
export async function searchBytes(dist: string, queries = TYPICAL_QUERIES): Promise<SearchBytes | null> {
  if (!existsSync(CHROMIUM)) return null;
  const [site, browser] = await Promise.all([serveStatic(dist), launchChromium()]);
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url(''), { waitUntil: 'networkidle' });
    // Pagefind fetches its index from a web worker, whose requests the page's resource timing
    // does not list; the browser's own network events see them all.
    let sizes: Promise<number>[] = [];
    context.on('requestfinished', (request) => {
      if (new URL(request.url()).pathname.includes('/pagefind/')) sizes.push(request.sizes().then((s) => s.responseBodySize));
    });
    const measured: { query: string; bytes: number }[] = [];
    for (const query of queries) {
      await page.evaluate(`(async () => {
        const pagefind = await import(${JSON.stringify(site.url('pagefind/pagefind.js'))});
        const { results } = await pagefind.search(${JSON.stringify(query)});
        await Promise.all(results.slice(0, 5).map((r) => r.data()));
      })()`);
      await page.waitForLoadState('networkidle');
      measured.push({ query, bytes: (await Promise.all(sizes)).reduce((sum, n) => sum + n, 0) });
      sizes = [];
    }
    await context.close();
    const total = measured.reduce((sum, q) => sum + q.bytes, 0);
    return { perQuery: Math.round(total / measured.length), firstQuery: measured[0]!.bytes, queries: measured };
  } finally {
    await browser.close();
    await site.close();
  }
}
