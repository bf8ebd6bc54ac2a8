// Search in a real browser, offline: Pagefind's index as built, queried through its own API and
// through the search dialog a reader uses, at the root and under a base path.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAndSite, browserAvailable, launchBrowser } from '../helpers/browser.ts';
import { TEST_BASE, TEST_BASE_ROOT, TEST_DIST } from '../helpers/paths.ts';
import { builtPage, builtReport, htmlFiles, METADATA_REASONS } from '../helpers/site.ts';
import { serveStatic, type StaticSite } from '../helpers/static-server.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const report = builtReport();
const seed = (prefix: string) => report.sources.find((s) => s.file.startsWith(prefix))!;
const sourceUrl = (prefix: string) => `/sources/${seed(prefix).slug}/`;
const seedUrls = ['000', '001', '002', '003', '004'].map(sourceUrl);

interface Hit {
  url: string;
  content: string;
  excerpt: string;
  subResults: string[];
}

/**
 * Runs a query through Pagefind's API in the page. The code goes to the browser as a string:
 * Vitest rewrites `import()` in functions it compiles.
 */
function search(page: Page, base: string, term: string | null, options: object = {}): Promise<Hit[]> {
  return page.evaluate(`(async () => {
    const pagefind = await import(${JSON.stringify(`${base}pagefind/pagefind.js`)});
    const { results } = await pagefind.search(${JSON.stringify(term)}, ${JSON.stringify(options)});
    return Promise.all(results.map(async (r) => {
      const d = await r.data();
      return { url: d.url, content: d.content, excerpt: d.excerpt, subResults: d.sub_results.map((s) => s.url) };
    }));
  })()`) as Promise<Hit[]>;
}

/** Opens a page and waits until the search dialog is ready (Pagefind's UI loads when the browser is idle). */
async function openReady(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator('#starlight__search input').waitFor({ state: 'attached' });
}

/** Hits whose indexed text really contains every word of the query (Pagefind also returns near misses). */
const containing = (hits: Hit[], term: string) =>
  hits.filter((h) => term.toLowerCase().split(' ').every((w) => h.content.toLowerCase().includes(w))).map((h) => h.url);

describe.skipIf(!browserAvailable())('search in Chromium', () => {
  let browser: Browser;
  let site: StaticSite;
  let page: Page;
  const foreign: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    [browser, site] = await Promise.all([launchBrowser(), serveStatic(TEST_DIST)]);
    page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/*', (route) => {
      if (route.request().url().startsWith(site.origin)) return route.continue();
      foreign.push(route.request().url());
      return route.abort();
    });
    await page.goto(site.url(''), { waitUntil: 'networkidle' });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('finds "North Korean" in all five seed sources', async () => {
    const hits = containing(await search(page, '/', 'North Korean', { filters: { type: 'source' } }), 'North Korean');
    expect(hits).toEqual(expect.arrayContaining(seedUrls));
  });

  it('finds the oil terminal by any spelling, in either script: "Stalnoi Kon", "Stalnoy Kon", "Стальной Конь"', async () => {
    // The two seeds write it in Latin letters, the Ukrainian page in Cyrillic («Стальной Конь»).
    for (const term of ['Stalnoi Kon', 'Stalnoy Kon', 'Стальной Конь']) {
      const hits = containing(await search(page, '/', term, { filters: { type: 'source' } }), term);
      expect(hits.sort(), term).toEqual([sourceUrl('000'), sourceUrl('001'), sourceUrl('ukrainian')].sort());
    }
  });

  it('finds the DW page that writes "Klychko" with "Klychkov", and the reverse', async () => {
    expect(containing(await search(page, '/', 'Klychkov'), 'Klychkov')).toContain(sourceUrl('001'));
    expect(containing(await search(page, '/', 'Klychko'), 'Klychko')).toContain(sourceUrl('000'));
  });

  it('finds the Ukrainian page from "Zelensky", and the English seeds from "Зеленський": a name in any script', async () => {
    // The page writes «Зеленський»; its spellings elsewhere ("Zelensky", "Зеленский") are indexed with it, and the reverse.
    expect(containing(await search(page, '/', 'Zelensky', { filters: { type: 'source' } }), 'Zelensky')).toContain(sourceUrl('ukrainian'));
    expect(containing(await search(page, '/', 'Зеленский', { filters: { type: 'source' } }), 'Зеленский')).toContain(sourceUrl('ukrainian'));
    const cyrillic = containing(await search(page, '/', 'Зеленський', { filters: { type: 'source' } }), 'Зеленський');
    expect(cyrillic).toEqual(expect.arrayContaining(['000', '002', '003', '004', 'ukrainian'].map(sourceUrl)));
  });

  it('finds a word inside Chinese text, where no space sets words apart: "无人机" in "乌克兰无人机夜间袭击了…"', async () => {
    const chinese = sourceUrl('chinese-style');
    for (const term of ['无人机', '石油库', '袭击', '消防人员']) {
      expect(containing(await search(page, '/', term, { filters: { type: 'source' } }), term), term).toEqual([chinese]);
    }
    // A run of characters that stands nowhere in the text finds nothing, though its characters do.
    expect(await search(page, '/', '机无人', { filters: { type: 'source' } })).toEqual([]);
    // The result shows a sentence of the source that holds the word (here its headline), not the hidden pieces it was found in.
    for (const term of ['无人机', '消防人员']) {
      const [hit] = await search(page, '/', term, { filters: { type: 'source' } });
      expect(hit!.excerpt).toContain(`<mark>${term}</mark>`);
      const shown = hit!.excerpt.replace(/<\/?mark>/g, '').replace(/\.$/u, '');
      const source = seed('chinese-style');
      expect([source.title, ...source.blocks.map((b) => b.text)].some((text) => text.includes(shown)), shown).toBe(true);
    }
  });

  it('finds the sources that write "Zelensky" with "Zelenskyy"', async () => {
    const hits = containing(await search(page, '/', 'Zelenskyy', { filters: { type: 'source' } }), 'Zelenskyy');
    expect(hits).toEqual(expect.arrayContaining(['000', '002', '003', '004'].map(sourceUrl)));
  });

  it('never indexes what the cleaner dropped, nor the site’s navigation', async () => {
    const pages = [...(await search(page, '/', null, { filters: { type: 'source' } })), ...(await search(page, '/', null, { filters: { type: 'topic' } }))];
    expect(pages).toHaveLength(report.sources.length + 3);
    const dropped = report.sources.flatMap((s) => s.removed).filter((r) => !METADATA_REASONS.has(r.reason) && r.text.length >= 15);
    expect(dropped.map((r) => r.text)).toEqual(expect.arrayContaining([expect.stringContaining('Naftogaz'), expect.stringContaining('Slovak'), '* indicates required']));
    for (const p of pages) {
      const credited = new Set(report.sources.flatMap((s) => [...s.authors, ...s.agencies]));
      for (const line of dropped) if (!credited.has(line.text)) expect(p.content.includes(line.text), `${p.url}: ${line.reason}: ${line.text}`).toBe(false);
      expect(p.content).not.toContain('How this dossier is made');
      expect(p.content).not.toContain('Other sources on the same topics');
    }
    for (const word of ['Naftogaz', 'Slovak', 'Fico', 'subscribe']) expect(containing(await search(page, '/', word), word), word).toEqual([]);
  });

  it('lists no page for a word no source holds, where Pagefind alone lists pages holding a prefix of it', async () => {
    // Pagefind's own module (moved beside the site's) answers "Avatar" with every page holding "a".
    const engine = async (term: string) =>
      page.evaluate(`(async () => (await (await import('/pagefind/pagefind-engine.js')).search(${JSON.stringify(term)})).results.length)()`) as Promise<number>;
    expect(await engine('Avatar')).toBeGreaterThan(0);
    for (const term of ['Tsurkan', 'Avatar', 'Naftogaz', 'Kursk Avatar', 'Klychkova']) expect(await search(page, '/', term), term).toEqual([]);
  });

  it('keeps finding Klychkov while the name is typed letter by letter', async () => {
    for (const term of ['Kly', 'Klych', 'Klychk', 'Klychko', 'Klychkov']) {
      expect((await search(page, '/', term)).map((h) => h.url), term).toContain(sourceUrl('001'));
    }
  });

  it('indexes only reading text: no diagram source, no file names or hashes', async () => {
    const indexed = await search(page, '/', null);
    expect(indexed).toHaveLength(report.sources.length + 3);
    // Every diagram the built pages draw, line by line as Mermaid reads it.
    const diagramLines = htmlFiles(TEST_DIST).filter((f) => f.endsWith('index.html')).flatMap((file) =>
      [...builtPage(TEST_DIST, file.slice(0, -'index.html'.length)).querySelectorAll('pre.mermaid')].flatMap((pre) => (pre.textContent ?? '').split('\n').map((l) => l.trim()).filter((l) => l.length > 3)),
    );
    expect(diagramLines.length).toBeGreaterThan(20);
    const MERMAID = [/\b(?:flowchart|graph)\s+(?:LR|RL|TD|TB|BT)\b/, /\b\w+\["/, /\(\["/, /\s-\.-\s/, /\bclassDef\b/, /\bsubgraph\b/];
    for (const p of indexed) {
      for (const pattern of MERMAID) expect(p.content, `${p.url}: ${pattern}`).not.toMatch(pattern);
      for (const line of diagramLines) expect(p.content.includes(line), `${p.url}: ${line}`).toBe(false);
      for (const s of report.sources) expect(p.content.includes(s.sha256.slice(0, 16)), `${p.url}: the hash of ${s.file}`).toBe(false);
    }
  });

  it('narrows results with the topic, outlet, year and type filters', async () => {
    const urls = async (filters: object) => (await search(page, '/', 'Zelensky', { filters })).map((h) => h.url).sort();
    const all = await urls({});
    expect(await urls({ outlet: 'DW' })).toEqual([sourceUrl('001')]);
    expect(await urls({ year: '2025' })).toEqual([sourceUrl('004')]);
    expect(await urls({ type: 'topic' })).toEqual(['/topics/kursk-incursion/', '/topics/north-korean-deployment/', '/topics/oil-depot-strikes/']);
    const oil = await urls({ topic: 'Ukrainian drone strikes on Russian oil depots' });
    // The Ukrainian page writes «Зеленський»: its spellings elsewhere make it a hit for "Zelensky" too.
    expect(oil).toEqual([sourceUrl('000'), sourceUrl('001'), sourceUrl('ukrainian'), '/topics/oil-depot-strikes/'].sort());
    expect(oil.length).toBeLessThan(all.length);
  });

  it('sorts by date, and gives sub-results per heading', async () => {
    const newest = await search(page, '/', 'Zelensky', { filters: { type: 'source' }, sort: { date: 'desc' } });
    expect(newest[0]!.url).toBe(sourceUrl('004'));
    const dw = (await search(page, '/', 'Oryol', { filters: { outlet: 'DW' } }))[0]!;
    expect(dw.subResults.some((u) => u.includes('#ukrainian-drones-hit-oil-terminal'))).toBe(true);
  });

  it('opens with "/" and Ctrl+K, works by keyboard alone, and marks the query on the page it opens', async () => {
    await openReady(page, site.url(''));
    const dialog = page.locator('dialog[aria-label="Search"]');
    await page.keyboard.press('/');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    await page.keyboard.press('Control+k');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');

    await page.keyboard.type('Zelenskyy');
    const first = page.locator('#starlight__search .pagefind-ui__result-link').first();
    await first.waitFor();
    await expect.poll(() => first.getAttribute('href')).toContain('pagefind-highlight=Zelenskyy');
    let focused = '';
    for (let i = 0; i < 40 && !focused.includes('pagefind-ui__result-link'); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.className ?? '');
    }
    expect(focused).toContain('pagefind-ui__result-link');
    await Promise.all([page.waitForURL(/pagefind-highlight=Zelenskyy/), page.keyboard.press('Enter')]);
    const marks = page.locator('main mark.pagefind-highlight');
    await marks.first().waitFor();
    expect((await marks.allTextContents()).every((t) => /^zelenskyy$/i.test(t))).toBe(true);
    expect(await page.locator('details.removed-lines mark').count()).toBe(0);
  });

  it('says in the dialog that no source contains a word, and offers the nearest words that some do', async () => {
    await openReady(page, site.url(''));
    await page.keyboard.press('/');
    const results = page.locator('#starlight__search .pagefind-ui__result-link');
    const message = page.locator('#starlight__search .pagefind-ui__message');
    for (const term of ['Tsurkan', 'Avatar', 'Naftogaz']) {
      await page.locator('#starlight__search input.pagefind-ui__search-input').fill(term);
      await expect.poll(() => message.textContent()).toBe(`No source contains “${term}”`);
      expect(await results.count(), term).toBe(0);
    }
    await page.locator('#starlight__search input.pagefind-ui__search-input').fill('Kursk Klychkova');
    const nearest = page.locator('.search-nearest');
    await expect.poll(() => nearest.textContent()).toContain('No source contains “Klychkova”.');
    expect(await nearest.textContent()).toContain('Nearest words to “Klychkova” that sources do contain:');
    expect(await results.count()).toBe(0);
    await nearest.getByRole('button', { name: 'Klychkov', exact: true }).click();
    await expect.poll(() => page.locator('#starlight__search input.pagefind-ui__search-input').inputValue()).toBe('Kursk Klychkov');
    await results.first().waitFor();
    expect(await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).toContain(sourceUrl('001'));
    await expect.poll(() => nearest.textContent()).toBe('');
  });

  it('keeps the dialog’s list on Klychkov while the name is typed letter by letter', async () => {
    await openReady(page, site.url(''));
    await page.keyboard.press('/');
    const results = page.locator('#starlight__search .pagefind-ui__result-link');
    for (const letters of ['Kly', 'Klych', 'Klychk', 'Klychkov']) {
      await page.locator('#starlight__search input.pagefind-ui__search-input').fill(letters);
      await expect.poll(() => page.locator('#starlight__search .pagefind-ui__message').textContent(), { message: letters }).toMatch(new RegExp(`results? for ${letters}$`));
      const urls = await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(urls, letters).toContain(sourceUrl('001'));
    }
  });

  it('shows the search shortcut on the button, and names the button by what it shows (WCAG 2.5.3)', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openReady(page, site.url(''));
    const button = page.locator('button[data-open-modal]');
    const hint = button.locator(':scope > kbd');
    expect(await hint.isVisible()).toBe(true);
    expect((await hint.innerText()).replace(/\s+/g, ' ').trim()).toBe('Ctrl K');
    expect(await button.getAttribute('aria-label')).toBe('Search Ctrl K');
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Element, o: object) => Promise<{ violations: { id: string }[] }> } }).axe;
      // label-content-name-mismatch is WCAG 2.5.3; axe runs it only when asked.
      const result = await axe.run(document.querySelector('button[data-open-modal]')!, { runOnly: ['label-content-name-mismatch', 'button-name'], resultTypes: ['violations'] });
      return result.violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
  });

  it('shows the filters in the search dialog, and a filter narrows the list', async () => {
    await openReady(page, site.url(''));
    await page.keyboard.press('/');
    await page.keyboard.type('Zelensky');
    const results = page.locator('#starlight__search .pagefind-ui__result');
    await results.first().waitFor();
    await expect.poll(() => results.count()).toBeGreaterThan(3);
    const before = await results.count();
    const filterPanel = page.locator('#starlight__search .pagefind-ui__filter-panel');
    for (const group of await filterPanel.locator('details').all()) await group.evaluate((d: HTMLDetailsElement) => (d.open = true));
    await filterPanel.getByLabel('DW', { exact: false }).first().check();
    // Pagefind's UI empties the list before it draws the filtered one: wait for the filtered list.
    await expect.poll(() => results.count()).toBeLessThan(before);
    await expect.poll(() => results.count()).toBe(1);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Element, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document.querySelector('dialog[open]')!, { resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations, `axe in the open search dialog (${scheme})`).toEqual([]);
    }
  });

  it('shows every filter group with the first results, even when filter indexes load slowly', async () => {
    // Pagefind counts only the filters whose index has loaded, and the dialog keeps the filter
    // groups of its first search: with one filter index quick and the rest slow, that search once
    // showed a single group until the reader typed again (seen in CI on a busy machine).
    const context = await browser.newContext();
    try {
      let quick = 1;
      await context.route('**/pagefind/filter/*', async (route) => {
        if (quick-- <= 0) await new Promise((resolve) => setTimeout(resolve, 3000));
        await route.continue();
      });
      const slow = await context.newPage();
      const pageErrors: string[] = [];
      slow.on('pageerror', (e) => pageErrors.push(e.message));
      await openReady(slow, site.url(''));
      await slow.keyboard.press('/');
      await slow.keyboard.type('Zelensky');
      await slow.locator('#starlight__search .pagefind-ui__result').first().waitFor();
      const groups = slow.locator('#starlight__search .pagefind-ui__filter-panel summary');
      expect(quick, 'the slow filter indexes were requested').toBeLessThan(0);
      expect((await groups.allInnerTexts()).sort()).toEqual(['Outlet', 'Topic', 'Type', 'Year']);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('made no request outside the serving host, and raised no page error', () => {
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe.skipIf(!browserAvailable())('search under DOSSIER_BASE=/dossier/', () => {
  const running = browserAndSite(TEST_BASE_ROOT, serveStatic);

  it('searches offline and links results under the base path', async () => {
    const { browser, site } = running;
    const page = await browser.newPage();
    const outside: string[] = [];
    page.on('request', (r) => !r.url().startsWith(`${site.origin}${TEST_BASE}`) && outside.push(r.url()));
    await openReady(page, site.url(TEST_BASE.slice(1)));
    await page.keyboard.press('/');
    await page.keyboard.type('Stalnoy');
    const link = page.locator('#starlight__search .pagefind-ui__result-link').first();
    await link.waitFor();
    expect(await link.getAttribute('href')).toMatch(/^\/dossier\/(sources|topics)\//);
    expect((await search(page, TEST_BASE, 'North Korean', { filters: { type: 'source' } })).length).toBe(report.sources.filter((s) => /North Korean/.test(s.blocks.map((b) => b.text).join(' '))).length);
    expect(outside).toEqual([]);
  });
});
