// Live editing: `npm run dev` on loopback with Astro's own flags passed through. Adding an article
// re-ingests it alone, lists it on /sources/, serves its page, and reloads the page a reader has
// open; a sidecar's correction shows the same way. The server is stopped by its process id.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../helpers/browser.ts';
import { ROOT, TEST_TMP } from '../helpers/paths.ts';

const DIR = join(TEST_TMP, 'dev');
const ARTICLES = join(DIR, 'articles');
const CONTENT = join(DIR, 'content');
/** An article of our own, new to the dossier; its slug is known from its headline and date. */
const NEW_ARTICLE = 'pages/wire-style.txt';
const NEW_SLUG = '2024-12-18-ukraine-hits-oil-depot-in-russias-bryansk-region';

/** A free port on loopback. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    const value = await probe().catch((error) => void (last = error));
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? ` (${(last as Error).message}: ${(last as Error & { cause?: Error }).cause?.message})` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(!browserAvailable())('npm run dev', () => {
  let server: ChildProcess;
  let browser: Browser;
  let origin: string;
  const log: string[] = [];

  beforeAll(async () => {
    rmSync(DIR, { recursive: true, force: true });
    mkdirSync(DIR, { recursive: true });
    cpSync(join(ROOT, 'content/articles'), ARTICLES, { recursive: true });
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    // Our own flags, then Astro's, as a reader types them after `npm run dev --`.
    server = spawn(process.execPath, ['scripts/dev.ts', '--in', ARTICLES, '--content', CONTENT, '--port', String(port), '--host', '127.0.0.1'], {
      cwd: ROOT,
      // As a reader's shell starts it: without the test runner's variables (with VITEST set, Vite does not listen).
      env: { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(?:VITEST|TEST$|NODE_ENV$)/.test(key))), ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [server.stdout!, server.stderr!]) stream.on('data', (chunk: Buffer) => log.push(chunk.toString()));
    browser = await launchBrowser();
    await until('the dev server', async () => (await fetch(`${origin}/sources/`)).ok, 120_000).catch((error) => {
      throw new Error(`${error.message}:\n${log.join('')}`);
    });
    // Vite optimises the client's dependencies on the first visit and reloads that page once.
    const warm = await browser.newPage();
    await warm.goto(`${origin}/sources/`, { waitUntil: 'networkidle' });
    await warm.waitForTimeout(2000);
    await warm.close();
  });

  afterAll(async () => {
    await browser?.close();
    if (server?.pid && server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      process.kill(server.pid, 'SIGTERM');
      await exited;
    }
  });

  it('ingested the seeds into the folders it was given and serves them on the port Astro was given', async () => {
    const index = await (await fetch(`${origin}/sources/`)).text();
    expect(index).toContain('2024-12-14-dw-ukraine-updates-north-koreans-in-action-in-kursk');
    expect(log.join('')).toMatch(/dev: start: 5 of 5 articles read/);
  });

  it('re-ingests an added article alone, lists it on /sources/, serves its page, and reloads the open page', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/sources/`, { waitUntil: 'networkidle' });
    await page.evaluate(() => ((window as unknown as { openedBefore: boolean }).openedBefore = true));
    expect(await page.locator(`a[href$="/${NEW_SLUG}/"]`).count()).toBe(0);

    const added = performance.now();
    copyFileSync(join(ROOT, 'test/fixtures', NEW_ARTICLE), join(ARTICLES, 'new-wire.txt'));
    // The page reloads by itself: the new document no longer carries the mark set on the old one.
    await page.waitForFunction(() => !(window as unknown as { openedBefore?: boolean }).openedBefore, undefined, { timeout: 30_000 });
    await page.locator(`a[href$="/${NEW_SLUG}/"]`).first().waitFor({ timeout: 30_000 });
    console.info(`npm run dev: the open /sources/ page showed the added article ${Math.round(performance.now() - added)} ms after it was saved`);
    expect(log.join('')).toMatch(/dev: new-wire\.txt changed: 1 of 6 articles read/);

    const response = await fetch(`${origin}/sources/${NEW_SLUG}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Ukraine hits oil depot in Russia');
    await page.close();
  });

  it('shows a sidecar’s correction on the article’s open page', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/sources/${NEW_SLUG}/`, { waitUntil: 'networkidle' });
    // A correction that leaves the slug (date, outlet, headline) as it was, so the open page stays.
    writeFileSync(join(ARTICLES, 'new-wire.meta.yaml'), 'authors: [Corrected Author Name]\n');
    await page.locator('.source-details', { hasText: 'Corrected Author Name' }).waitFor({ timeout: 30_000 });
    await page.close();
  });

  it('stops, with the server it started, when its process is stopped by id', async () => {
    const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
    process.kill(server.pid!, 'SIGTERM');
    await exited;
    await until('the port to close', async () => !(await fetch(`${origin}/`).then(() => true, () => false)), 10_000);
  });
});
