// "Cite this paragraph" in the built site: every source paragraph and every quoted passage carries
// its citation in the page (no JavaScript needed), in two styles, naming outlet, authors or
// agencies, title, date or n.d., the original URL, the paragraph's link, the access date and the
// SHA-256 of the page as saved; and citation text from a hostile page stays text.
import { toHtml } from 'hast-util-to-html';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { citeControl, citeControls } from '../../src/site/citations/controls.ts';
import { formatCitations, paragraphCitations } from '../../src/site/citations/index.ts';
import { TEST_BASE, TEST_BASE_ROOT, TEST_CONTENT, TEST_DIST } from '../helpers/paths.ts';
import { builtPage, builtReport, context } from '../helpers/site.ts';

const report = builtReport();
const today = new Date().toISOString().slice(0, 10);
const longDate = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
/** Citation styles set quotation marks their own way: compare words. */
const words = (text: string) => text.replace(/[“”‘’"'.,:]/g, ' ').replace(/\s+/g, ' ').trim();
const resolve = (pagePath: string, href: string) => {
  const url = new URL(href, `http://site/${pagePath}`);
  return `${url.pathname}${url.hash}`;
};

type Source = (typeof report.sources)[number];

/** What both styles of a source's citation must hold, wherever it is shown. */
function expectCitationOf(details: Element, source: Source, paragraphId: string, number: number, from: string) {
  expect(details.hasAttribute('open')).toBe(false);
  expect(details.hasAttribute('data-pagefind-ignore')).toBe(true);
  expect(details.querySelector('summary')!.textContent).toBe(`Cite paragraph ${number}`);
  const styles = [...details.querySelectorAll('dt')].map((dt) => dt.textContent);
  expect(styles).toEqual(['Author-date', 'APA']);
  for (const dd of details.querySelectorAll('dd')) {
    const text = dd.textContent!;
    const style = dd.previousElementSibling!.textContent;
    expect(words(text), style!).toContain(words(source.title));
    if (source.outlet) expect(text, style!).toContain(source.outlet);
    for (const name of source.authors.length ? source.authors : source.agencies) expect(text, style!).toContain(name.split(' ').at(-1)!);
    if (source.published) expect(text).toContain(source.published.slice(0, 4));
    else expect(text, `${style}: no date is invented`).toContain('n.d.');
    if (source.url) expect(text, style!).toContain(source.url);
    const link = dd.querySelector('a')!;
    expect(resolve(from, link.getAttribute('href')!)).toBe(`/sources/${source.slug}/#${paragraphId}`);
    expect(link.textContent).toBe(link.getAttribute('href'));
    expect(text).toContain(`paragraph ${number}, ${link.textContent}`);
  }
  const authorDate = details.querySelector('dd')!.textContent!;
  expect(authorDate).toContain(`Accessed ${longDate(today)}`);
  expect(authorDate).toContain(`SHA-256 of the saved page: ${source.sha256}`);
}

describe.each(report.sources.map((s) => [s.file, s] as const))('Cite on the source page of %s', (_file, source) => {
  const path = `sources/${source.slug}/`;
  const doc = builtPage(TEST_DIST, path);
  const paragraphs = source.blocks.filter((b) => b.type === 'paragraph');

  it('gives every paragraph one closed "Cite" disclosure with its own citation in both styles', () => {
    const shown = [...doc.querySelectorAll('.source-paragraph')];
    expect(shown.map((p) => p.id)).toEqual(paragraphs.map((p) => p.id));
    shown.forEach((p, i) => {
      const cites = p.querySelectorAll('details.cite');
      expect(cites).toHaveLength(1);
      expectCitationOf(cites[0]!, source, p.id, i + 1, path);
    });
  });
});

describe.each(context.topics.map((t) => [t.id] as const))('Cite on the topic page %s', (id) => {
  const path = `topics/${id}/`;
  const doc = builtPage(TEST_DIST, path);

  it('gives every quoted passage the citation of the paragraph it quotes', () => {
    const quotes = [...doc.querySelectorAll('main blockquote')];
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      const [slug, paragraphId] = resolve(path, quote.querySelector(':scope > p a')!.getAttribute('href')!).replace(/^\/sources\//, '').split('/#') as [string, string];
      const source = report.sources.find((s) => s.slug === slug)!;
      const number = source.blocks.filter((b) => b.type === 'paragraph').findIndex((b) => b.id === paragraphId) + 1;
      expect(quote.querySelectorAll('details.cite')).toHaveLength(1);
      expectCitationOf(quote.querySelector('details.cite')!, source, paragraphId, number, path);
    }
  });
});

describe('Cite under a base path and with the site’s address', () => {
  it('links the paragraph under the base path', () => {
    const source = report.sources[0]!;
    const doc = builtPage(`${TEST_BASE_ROOT}${TEST_BASE}`, `sources/${source.slug}/`);
    const link = doc.querySelector('details.cite a')!;
    expect(link.getAttribute('href')).toBe(`${TEST_BASE}sources/${source.slug}/#${source.blocks.find((b) => b.type === 'paragraph')!.id}`);
  });

  it('writes an absolute link when the site’s URL is known (DOSSIER_SITE)', () => {
    const source = report.sources[0]!;
    const controls = citeControls({ sourcesDir: `${TEST_CONTENT}/sources`, base: '/dossier/', site: 'https://example.org', accessed: '2026-01-02' });
    const html = toHtml(controls.quoted(source.slug, 'p-00000000', 3));
    expect(html).toContain(`paragraph 3, <a href="https://example.org/dossier/sources/${source.slug}/#p-00000000">`);
    expect(html).toContain('Accessed January 2, 2026');
  });

  it('names the quoted source that has no file, rather than citing nothing', () => {
    const controls = citeControls({ sourcesDir: `${TEST_CONTENT}/sources`, base: '/', accessed: today });
    expect(() => controls.quoted('no-such-source', 'p-1', 1)).toThrow(/quotes the source no-such-source, whose file cannot be read \(ENOENT\)/);
  });
});

describe('a citation of hostile metadata', () => {
  const hostile = {
    slug: 'hostile',
    title: '<script>alert(1)</script> {x} & <img src=x onerror=alert(2)>',
    outlet: '<b>Outlet</b>',
    authors: ['<i>Eve</i> Example'],
    agencies: [],
    published: null,
    url: 'javascript:alert(3)',
    language: 'en',
    sha256: 'f'.repeat(64),
  };

  it('is text in the page: no element, handler or script comes from the source', () => {
    const html = toHtml(citeControl(paragraphCitations(formatCitations(hostile, today), '1', '/sources/hostile/#p-1'), 1));
    const body = new JSDOM(html).window.document.body;
    const elements = [...body.querySelectorAll('*')];
    expect(new Set(elements.map((e) => e.localName))).toEqual(new Set(['details', 'summary', 'span', 'dl', 'dt', 'dd', 'a']));
    expect(elements.flatMap((e) => e.getAttributeNames()).filter((a) => a.startsWith('on'))).toEqual([]);
    expect([...body.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['/sources/hostile/#p-1', '/sources/hostile/#p-1']);
    expect(body.textContent).toContain('alert(1)');
    expect(body.textContent).toContain('n.d.');
  });
});
