// The built site (test/.tmp/dist, built once by the global setup) shows each cleaned source.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { seeds } from '../helpers/ingest.ts';
import { TEST_DIST } from '../helpers/paths.ts';

const report = seeds();
const page = (path: string) => new JSDOM(readFileSync(join(TEST_DIST, path, 'index.html'), 'utf8')).window.document;
// Lines that carry metadata the page shows elsewhere (a date, a link, a credited name) by design.
const METADATA_REASONS = new Set(['byline', 'dateline', 'source-url', 'duplicate-title', 'crawler-prefix', 'editor-initials']);

describe.each(report.sources.map((s) => [s.file, s] as const))('source page for %s', (_file, source) => {
  const doc = page(`sources/${source.slug}`);
  const main = doc.querySelector('main')!;

  it('exists at /sources/<slug>/ with the title as its heading', () => {
    expect(existsSync(join(TEST_DIST, 'sources', source.slug, 'index.html'))).toBe(true);
    expect(doc.querySelector('h1')?.textContent?.trim()).toBe(source.title);
  });

  it('shows every paragraph under its anchor, with its topics', () => {
    for (const block of source.blocks) {
      const el = doc.getElementById(block.id);
      expect(el, block.id).not.toBeNull();
      expect(el!.textContent!.replace(/\s+/g, ' ').trim()).toBe(block.type === 'heading' ? block.text : block.text.replace(/\s+/g, ' '));
      if (block.type === 'paragraph') expect(el!.getAttribute('data-topics') ?? '').toBe(block.topics.join(' '));
    }
  });

  it('says "not stated" for what the page does not state', () => {
    const details = main.querySelector('.source-details')!.textContent!;
    if (!source.outlet) expect(details).toMatch(/Outlet\s*not stated/);
    if (!source.published) expect(details).toMatch(/Published\s*not stated/);
    expect(details).toContain(source.sha256);
    expect(details).toContain(source.file);
  });

  it('keeps removed lines only inside the collapsed, unindexed audit', () => {
    const audit = main.querySelector('details.removed-lines');
    expect(audit?.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect(audit?.hasAttribute('open')).toBe(false);
    expect(audit!.querySelectorAll('li')).toHaveLength(source.removed.length);
    const outside = main.cloneNode(true) as HTMLElement;
    outside.querySelector('details.removed-lines')!.remove();
    const visible = outside.textContent!.replace(/\s+/g, ' ');
    const names = new Set([...source.authors, ...source.agencies]);
    for (const line of source.removed) {
      if (METADATA_REASONS.has(line.reason) || names.has(line.text) || line.text.length < 12) continue;
      expect(visible.includes(line.text.replace(/\s+/g, ' ')), `${line.reason}: ${line.text}`).toBe(false);
    }
  });
});

describe('the minimal site', () => {
  it('links every source from the home page and the sources index', () => {
    for (const path of ['', 'sources']) {
      const hrefs = [...page(path).querySelectorAll('main a')].map((a) => a.getAttribute('href'));
      for (const s of report.sources) expect(hrefs).toContain(`/sources/${s.slug}/`);
    }
  });

  it('renders a live page entry with its machine-readable time', () => {
    const dw = report.sources.find((s) => s.outlet === 'DW')!;
    const times = [...page(`sources/${dw.slug}`).querySelectorAll('main .entry-time time')].map((t) => [t.getAttribute('datetime'), t.textContent]);
    expect(times).toEqual([['2024-12-14', 'December 14, 2024'], ['2024-12-14', 'December 14, 2024']]);
  });

  it('builds a Pagefind index', () => {
    expect(existsSync(join(TEST_DIST, 'pagefind', 'pagefind.js'))).toBe(true);
  });
});
