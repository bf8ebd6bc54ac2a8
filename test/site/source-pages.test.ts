// Source pages in the built site: the cleaned article under stable anchors, topic marks that
// link back, the metadata panel, the collapsed audit, and article text shown as text.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_DIST, TEST_TMP } from '../helpers/paths.ts';
import { builtPage, builtReport, METADATA_REASONS } from '../helpers/site.ts';

const report = builtReport();
/** Resolves a link on a page the way the browser does, to a site path with its fragment. */
const resolve = (pagePath: string, href: string) => {
  const url = new URL(href, `http://site/${pagePath}`);
  return `${url.pathname}${url.hash}`;
};

it('builds a source in Chinese among the others, so that the source pages are tested in a script without spaces', () => {
  expect(report.sources.some((s) => s.language === 'zh')).toBe(true);
});

describe.each(report.sources.map((s) => [s.file, s] as const))('source page for %s', (_file, source) => {
  const path = `sources/${source.slug}/`;
  const doc = builtPage(TEST_DIST, path);
  const main = doc.querySelector('main')!;

  it('links the page as saved, byte for byte, as plain text beside it: the SHA-256 shown is of that file', () => {
    const name = source.format === 'html' ? 'original.html.txt' : 'original.txt';
    const link = [...main.querySelectorAll<HTMLAnchorElement>('.source-details a')].find((a) => a.textContent!.startsWith(name));
    expect(link?.getAttribute('href')).toBe(name);
    const served = readFileSync(join(TEST_DIST, path, name));
    expect(served.equals(readFileSync(join(TEST_TMP, 'articles', source.file)))).toBe(true);
    expect(createHash('sha256').update(served).digest('hex')).toBe(source.sha256);
    expect(main.querySelector('.source-details')!.textContent).toContain(source.sha256);
    // Nothing else of the saved page is served: an HTML page only as text.
    expect(existsSync(join(TEST_DIST, path, source.format === 'html' ? 'original.txt' : 'original.html.txt'))).toBe(false);
  });

  it('exists at /sources/<slug>/ with the title as its heading', () => {
    expect(existsSync(join(TEST_DIST, path, 'index.html'))).toBe(true);
    expect(doc.querySelector('h1')?.textContent?.trim()).toBe(source.title);
  });

  it("marks the article's text with its language, and a headline not in English with its language named", () => {
    expect(doc.querySelector('article.source-text')?.getAttribute('lang')).toBe(source.language);
    const titleRow = [...doc.querySelectorAll('.source-details dt')].find((dt) => dt.textContent!.startsWith('Title ('));
    if (source.language === 'en') {
      expect(titleRow).toBeUndefined();
    } else {
      expect(titleRow!.textContent).toBe(`Title (${new Intl.DisplayNames(['en'], { type: 'language' }).of(source.language!)})`);
      expect(titleRow!.nextElementSibling!.getAttribute('lang')).toBe(source.language);
      expect(titleRow!.nextElementSibling!.textContent!.trim()).toBe(source.title);
    }
  });


  it('shows every block under its anchor, word for word', () => {
    for (const block of source.blocks) {
      const el = doc.getElementById(block.id);
      expect(el, block.id).not.toBeNull();
      const shown = block.type === 'heading' ? el!.textContent : el!.querySelector('p')!.textContent;
      expect(shown!.replace(/\s+/g, ' ').trim()).toBe(block.text.replace(/\s+/g, ' '));
    }
  });

  it('gives search, for Chinese and Japanese text only, a hidden line of the runs it should find, each a run of the paragraph itself', () => {
    for (const block of source.blocks.filter((b) => b.type === 'paragraph')) {
      const words = doc.getElementById(block.id)!.querySelector('p.search-words');
      if (!/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(block.text)) {
        expect(words, block.id).toBeNull();
        continue;
      }
      expect(words!.hasAttribute('hidden')).toBe(true);
      const pieces = words!.textContent!.split(' ');
      expect(pieces.length).toBeGreaterThan(1);
      for (const piece of pieces) expect(block.text).toContain(piece);
    }
  });

  it('marks each paragraph with its topics, linking to the topic pages', () => {
    for (const block of source.blocks.filter((b) => b.type === 'paragraph')) {
      const marks = [...doc.getElementById(block.id)!.querySelectorAll('.paragraph-topics a')].map((a) => resolve(path, a.getAttribute('href')!));
      expect(marks).toEqual(block.topics.map((t) => `/topics/${t}/`));
    }
  });

  it('links back to every topic it carries', () => {
    const links = [...main.querySelectorAll('.source-topics a')].map((a) => resolve(path, a.getAttribute('href')!));
    expect(links).toEqual(source.topics.map((t) => `/topics/${t}/`));
  });

  it('shows the metadata, saying "not stated" for what the page does not state', () => {
    const fields = Object.fromEntries(
      [...main.querySelectorAll('.source-details dt')].map((dt) => [dt.textContent!.trim(), dt.nextElementSibling!.textContent!.replace(/\s+/g, ' ').trim()]),
    );
    expect(fields).toMatchObject({
      Outlet: source.outlet ? `${source.outlet} (${source.outletBasis})` : 'not stated',
      Authors: source.authors.join(', ') || 'not stated',
      Agencies: source.agencies.join(', ') || 'not stated',
      Published: source.published ?? 'not stated',
      Original: source.url ?? 'not stated',
      'SHA-256': source.sha256,
    });
    expect(fields.File).toContain(source.file);
  });

  it('names the agencies the text cites, each linked to the paragraph that names it, and no row when it cites none', () => {
    const row = [...main.querySelectorAll('.source-details dt')].find((dt) => dt.textContent!.trim() === 'Cites');
    if (!source.citedAgencies.length) {
      expect(row).toBeUndefined();
      return;
    }
    const links = [...row!.nextElementSibling!.querySelectorAll('a')];
    expect(links.map((a) => a.textContent)).toEqual(source.citedAgencies.map((a) => a.name));
    for (const [i, a] of links.entries()) {
      const target = doc.getElementById(a.getAttribute('href')!.slice(1));
      expect(target?.textContent).toContain(source.citedAgencies[i]!.name);
    }
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

describe('other sources on the same topics', () => {
  it('lists, on each source page, only sources that share a topic with it', () => {
    for (const source of report.sources) {
      const path = `sources/${source.slug}/`;
      const listed = [...builtPage(TEST_DIST, path).querySelectorAll('.sources-on-same-topics a')].map((a) => resolve(path, a.getAttribute('href')!));
      const sharing = report.sources.filter((o) => o !== source && o.topics.some((t) => source.topics.includes(t)));
      expect(listed.sort()).toEqual(sharing.map((o) => `/sources/${o.slug}/`).sort());
    }
  });
});

describe('a live page', () => {
  it('renders each entry with its machine-readable time', () => {
    const dw = report.sources.find((s) => s.outlet === 'DW')!;
    const times = [...builtPage(TEST_DIST, `sources/${dw.slug}`).querySelectorAll('main .entry-time time')].map((t) => [t.getAttribute('datetime'), t.textContent]);
    expect(times).toEqual([['2024-12-14', 'December 14, 2024'], ['2024-12-14', 'December 14, 2024']]);
  });
});

describe('an article whose text looks like code', () => {
  const source = report.sources.find((s) => s.file === 'code-like-text.txt')!;
  const html = readFileSync(join(TEST_DIST, 'sources', source.slug, 'index.html'), 'utf8');
  const doc = builtPage(TEST_DIST, `sources/${source.slug}`);
  const article = doc.querySelector('article.source-text')!;

  it('shows the markup and code-like text literally', () => {
    const shown = [...article.querySelectorAll('.source-paragraph > p:first-child')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
    expect(shown).toEqual(source.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text));
    expect(shown.join('\n')).toContain('<script>alert("x")</script>');
    expect(shown.join('\n')).toContain('{props.secret}');
    expect(shown.join('\n')).toContain('<img src=x onerror=alert(1)>');
  });

  it('turns none of it into elements, handlers, links or scripts', () => {
    expect(article.querySelectorAll('script, img, iframe, [onerror], [onclick]')).toHaveLength(0);
    // The only links are the site's own: each paragraph's "Cite" control links the paragraph.
    for (const a of article.querySelectorAll('a')) expect(a.closest('details.cite'), a.outerHTML).not.toBeNull();
    expect(doc.querySelectorAll('[onerror], [onload], [onclick]')).toHaveLength(0);
    expect(html).not.toMatch(/<img src=x/i);
    expect(html).not.toContain('<script>alert');
    expect(doc.getElementById('evil')).toBeNull();
  });
});
