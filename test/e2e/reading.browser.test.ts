// A reader in a real browser (Debian's Chromium): the pages load with no errors and no request
// to another origin, diagrams draw in the reader's colour scheme, axe finds no accessibility
// violations in light or dark, reading works without JavaScript, and a source prints with its
// metadata and links.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAndSite, browserAvailable } from '../helpers/browser.ts';
import { TEST_DIST } from '../helpers/paths.ts';
import { builtReport } from '../helpers/site.ts';
import { serveStatic } from '../helpers/static-server.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const report = builtReport();
const dw = report.sources.find((s) => s.outlet === 'DW')!;
const chinese = report.sources.find((s) => s.language === 'zh')!;
const PAGES = {
  home: '',
  topic: 'topics/north-korean-deployment/',
  source: `sources/${dw.slug}/`,
  'Chinese source': `sources/${chinese.slug}/`,
};

describe.skipIf(!browserAvailable())('reading the site in Chromium', () => {
  const running = browserAndSite(TEST_DIST, serveStatic);

  /** Opens a page, recording page errors, console errors and every request it makes. */
  async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}) {
    const context: BrowserContext = await running.browser.newContext(options);
    const page: Page = await context.newPage();
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(running.site.origin) || url.startsWith('data:')) return route.continue();
      foreign.push(url);
      return route.abort();
    });
    await page.goto(running.site.url(path), { waitUntil: 'networkidle' });
    return { page, context, errors, foreign };
  }

  describe.each(Object.entries(PAGES))('%s page', (_name, path) => {
    it.each(['light', 'dark'] as const)('in %s: no errors, nothing from another origin, no axe violations', async (scheme) => {
      const { page, context, errors, foreign } = await open(path, { colorScheme: scheme });
      if (await page.locator('pre.mermaid').count()) await page.locator('pre.mermaid svg').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(scheme);
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        // Label in name (WCAG 2.5.3) is a rule axe runs only when asked: the search button shows its shortcut.
        const result = await axe.run(document, { resultTypes: ['violations'], rules: { 'label-content-name-mismatch': { enabled: true } } });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      await context.close();
    });
  });

  it('shows a Chinese source\'s text once: the words kept for search take no space and are not in the text as read', async () => {
    const { page, context } = await open(PAGES['Chinese source']);
    const hidden = await page.evaluate(() => [...document.querySelectorAll('p.search-words')].map((p) => [getComputedStyle(p).display, p.getBoundingClientRect().height]));
    expect(hidden.length).toBe(chinese.blocks.filter((b) => b.type === 'paragraph').length);
    for (const [display, height] of hidden) expect([display, height]).toEqual(['none', 0]);
    const read = await page.evaluate(() => (document.querySelector('article.source-text') as HTMLElement).innerText);
    for (const block of chinese.blocks) expect(read.split(block.text).length - 1, block.id).toBe(1);
    await context.close();
  });

  it('draws the diagrams in the reader’s colour scheme and redraws them when it changes', async () => {
    const fill = async (page: Page) => {
      await page.locator('pre.mermaid svg').first().waitFor();
      return page.evaluate(() => getComputedStyle(document.querySelector('pre.mermaid svg .node rect, pre.mermaid svg .node path')!).fill);
    };
    const { page, context } = await open(PAGES.home, { colorScheme: 'light' });
    const light = await fill(page);
    await page.evaluate(() => {
      document.querySelector('pre.mermaid svg')!.remove();
      document.documentElement.dataset.theme = 'dark';
    });
    const dark = await fill(page);
    expect(light).not.toBe(dark);
    expect(await page.locator('pre.mermaid svg').count()).toBe(1);
    await context.close();
  });

  it('reads without JavaScript: the article, its metadata and the quotes are in the HTML', async () => {
    const { page, context } = await open(PAGES.source, { javaScriptEnabled: false });
    expect(await page.locator('.source-details').isVisible()).toBe(true);
    for (const block of dw.blocks.filter((b) => b.type === 'paragraph')) expect(await page.locator(`#${block.id}`).isVisible()).toBe(true);
    await page.goto(running.site.url(PAGES.topic));
    expect(await page.locator('main blockquote').count()).toBeGreaterThan(10);
    expect(await page.locator('main blockquote').first().isVisible()).toBe(true);
    await context.close();
  });

  it('cites a paragraph without JavaScript: "Cite" opens its citation in both styles, by keyboard too', async () => {
    const { page, context } = await open(PAGES.source, { javaScriptEnabled: false });
    const paragraph = dw.blocks.filter((b) => b.type === 'paragraph')[2]!;
    const cite = page.locator(`#${paragraph.id} details.cite`);
    expect(await cite.locator('dl').isVisible()).toBe(false);
    await cite.locator('summary').focus();
    await page.keyboard.press('Enter');
    const citations = cite.locator('dd');
    expect(await citations.count()).toBe(2);
    for (const dd of await citations.all()) {
      expect(await dd.isVisible()).toBe(true);
      expect(await dd.innerText()).toContain(`paragraph 3, /sources/${dw.slug}/#${paragraph.id}`);
    }
    expect(await cite.locator('button').count()).toBe(0);
    await context.close();
  });

  it('copies a citation with the paragraph’s absolute address where JavaScript runs, and axe finds nothing in the opened control', async () => {
    const { page, context } = await open(PAGES.topic);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: running.site.origin });
    const quote = page.locator('main blockquote').first();
    await quote.locator('details.cite summary').click();
    const copy = quote.getByRole('button', { name: 'Copy APA citation' });
    await copy.click();
    await quote.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const shown = await quote.locator('dd').nth(1).locator('a').getAttribute('href');
    expect(copied).toContain(`${running.site.origin}${shown}`);
    expect(copied).not.toContain('Copy');
    // One line, as a reference list takes it.
    expect(copied.split('\n')).toHaveLength(1);
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Element, opts: object) => Promise<{ violations: { id: string }[] }> } }).axe;
      const result = await axe.run(document.querySelector('main blockquote details.cite')!, { resultTypes: ['violations'], rules: { 'label-content-name-mismatch': { enabled: true } } });
      return result.violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    await context.close();
  });

  it('prints a source with its metadata and where its links go, without the site chrome', async () => {
    const { page, context } = await open(PAGES.source);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.source-details').isVisible()).toBe(true);
    expect(await page.locator('#starlight__sidebar').isVisible()).toBe(false);
    expect(await page.locator('header').first().isVisible()).toBe(false);
    const after = await page.evaluate(() => getComputedStyle(document.querySelector('.source-details a[href]')!, '::after').content);
    expect(after).toContain('https://p.dw.com/p/4o9eC');
    await context.close();
  });

  it('opens a paragraph from a topic page’s quote, scrolled to and marked', async () => {
    const { page, context } = await open(PAGES.topic);
    const link = page.locator(`main blockquote a[href*="${dw.slug}"]`).first();
    const fragment = new URL((await link.getAttribute('href'))!, running.site.url(PAGES.topic)).hash;
    await link.click();
    await page.waitForURL(`**/${dw.slug}/${fragment}`);
    const target = page.locator(fragment);
    await expect.poll(() => target.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await target.isVisible()).toBe(true);
    await context.close();
  });
});
