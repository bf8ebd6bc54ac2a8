// Every internal link and #anchor resolves (at the root and under a base path), nothing is
// loaded from another origin, and Mermaid ships without ELK and only where a diagram is.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_BASE, TEST_BASE_ROOT, TEST_DIST } from '../helpers/paths.ts';
import { htmlFiles } from '../helpers/site.ts';
import { serveStatic, type StaticSite } from '../helpers/static-server.ts';

/** Our link-check settings: recursive, with #fragments, the open web left out. */
async function brokenLinks(site: StaticSite, start: string) {
  const result = await new LinkChecker().check({
    path: site.url(start),
    recurse: true,
    checkFragments: true,
    concurrency: 8,
    // The original articles' own URLs are on the open web, which this check does not visit.
    linksToSkip: async (link) => !link.startsWith(site.origin),
  });
  return {
    broken: result.links.filter((l) => l.state === LinkState.BROKEN).map((l) => `${l.url} (from ${l.parent}, ${l.status})`),
    pages: result.links.filter((l) => l.state === LinkState.OK && l.url.endsWith('/')).length,
  };
}

describe('the link check itself', () => {
  it('reports a link to a missing #anchor (control)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'links-'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'index.html'), '<a href="b/#present">ok</a> <a href="b/#missing">bad</a>');
    writeFileSync(join(dir, 'b', 'index.html'), '<p id="present">here</p>');
    const site = await serveStatic(dir);
    try {
      expect((await brokenLinks(site, '')).broken).toEqual([expect.stringContaining('/b/#missing')]);
    } finally {
      await site.close();
      rmSync(dir, { recursive: true });
    }
  });
});

describe.each([
  ['at the root', TEST_DIST, '/', ''],
  ['under DOSSIER_BASE=/dossier/', TEST_BASE_ROOT, '/', TEST_BASE.slice(1)],
])('link check %s', (_name, root, base, start) => {
  let site: StaticSite;
  beforeAll(async () => {
    site = await serveStatic(root, base);
  });
  afterAll(() => site.close());

  it('finds no broken link or missing #anchor (linkinator, recursive, with fragments), and reaches every page', async () => {
    const { broken, pages } = await brokenLinks(site, start);
    expect(broken).toEqual([]);
    expect(pages).toBe(htmlFiles(TEST_DIST).filter((f) => f !== '404.html').length);
  });
});

describe('assets', () => {
  const dist = TEST_DIST;
  const pages = htmlFiles(dist);

  it('loads nothing from another origin: scripts, styles, fonts, images and icons are local', () => {
    const external: string[] = [];
    for (const file of pages) {
      const doc = new JSDOM(readFileSync(join(dist, file), 'utf8')).window.document;
      for (const el of doc.querySelectorAll('script[src], img[src], iframe[src], source[src], video[src], audio[src], embed[src], link[href]')) {
        const rel = el.getAttribute('rel') ?? '';
        if (el.tagName === 'LINK' && /^(canonical|alternate|sitemap)$/.test(rel)) continue;
        const value = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
        if (/^(?:[a-z]+:)?\/\//i.test(value)) external.push(`${file}: <${el.tagName.toLowerCase()} ${value}>`);
      }
      for (const el of doc.querySelectorAll('[srcset]')) if (/\/\//.test(el.getAttribute('srcset')!)) external.push(`${file}: srcset`);
    }
    for (const css of readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.css'))) {
      const text = readFileSync(join(dist, '_astro', css), 'utf8');
      for (const m of text.matchAll(/(?:url\(\s*['"]?|@import\s+['"])((?:[a-z]+:)?\/\/[^'")\s]+)/gi)) external.push(`${css}: ${m[1]}`);
    }
    expect(external).toEqual([]);
  });

  it('ships Mermaid’s own modules under vendor/mermaid/, without its ELK layout (elkjs)', () => {
    const scripts = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => /\.m?js$/.test(f));
    expect(scripts).toContain('vendor/mermaid/mermaid.esm.min.mjs');
    expect(scripts.filter((f) => f.startsWith('vendor/mermaid/chunks/')).length).toBeGreaterThan(50);
    const withElk = scripts.filter((f) => /org\.eclipse\.elk|elkjs/.test(readFileSync(join(dist, f), 'utf8')));
    expect(withElk).toEqual([]);
    expect(scripts.filter((f) => f.startsWith('_astro/')).some((f) => readFileSync(join(dist, f), 'utf8').includes('mermaidAPI'))).toBe(false);
  });

  it('loads the diagram script exactly on the pages that hold a diagram', () => {
    const mismatched = pages.filter((file) => {
      const html = readFileSync(join(dist, file), 'utf8');
      return /<pre class="mermaid"/.test(html) !== /vendor\/mermaid\/mermaid\.esm\.min\.mjs/.test(html);
    });
    expect(mismatched).toEqual([]);
    expect(pages.filter((f) => /<pre class="mermaid"/.test(readFileSync(join(dist, f), 'utf8'))).sort()).toEqual(
      ['index.html', 'topics/kursk-incursion/index.html', 'topics/north-korean-deployment/index.html', 'topics/oil-depot-strikes/index.html'],
    );
  });

  it('ships a favicon', () => {
    const doc = new JSDOM(readFileSync(join(dist, 'index.html'), 'utf8')).window.document;
    expect(doc.querySelector('link[rel~="icon"]')?.getAttribute('href')).toBe('/favicon.svg');
    expect(readFileSync(join(dist, 'favicon.svg'), 'utf8')).toContain('<svg');
  });
});
