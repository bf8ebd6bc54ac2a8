// What a reader's browser downloads from /pagefind/ for a search, on a served build: the
// loader, the WebAssembly, the index chunks and the result fragments of typical queries.
import { existsSync } from 'node:fs';
import { CHROMIUM, launchChromium } from '../site/chromium.ts';
import { serveStatic } from '../site/static-server.ts';
/** Queries a reader of this dossier would type. */
export const TYPICAL_QUERIES = ['North Korean troops', 'oil depot', 'Zelensky', 'Kursk'];

/** Average bytes transferred from /pagefind/ per query (each in a fresh browser context), or null without Chromium. */
export async function searchBytesPerQuery(dist: string, queries = TYPICAL_QUERIES): Promise<number | null> {
  if (!existsSync(CHROMIUM)) return null;
  const [site, browser] = await Promise.all([
    serveStatic(dist),
    launchChromium(),
  ]);
  try {
    let total = 0;
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(site.url(''), { waitUntil: 'networkidle' });
      total += (await page.evaluate(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        const { results } = await pagefind.search(${JSON.stringify(query)});
        await Promise.all(results.slice(0, 5).map((r) => r.data()));
        return performance.getEntriesByType('resource').filter((e) => e.name.includes('/pagefind/')).reduce((sum, e) => sum + e.encodedBodySize, 0);
      })()`)) as number;
      await context.close();
    }
    return Math.round(total / queries.length);
  } finally {
    await browser.close();
    await site.close();
  }
}
