// Following the dossier by feed: feed.xml and topics/<id>/feed.xml are well-formed Atom, list the
// newest dated sources with their dates, outlets and topics, link pages that exist (under the base
// path too), and are announced by the overview and each topic page.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { atomFeed, FEED_ENTRIES, uuidUrn, type FeedSource } from '../../src/site/feeds.ts';
import { TEST_BASE, TEST_BASE_ROOT, TEST_DIST } from '../helpers/paths.ts';
import { builtPage, builtReport, context } from '../helpers/site.ts';

const report = builtReport();
const ATOM = 'http://www.w3.org/2005/Atom';
const titles = new Map(context.topics.map((t) => [t.id, t.title]));

/** Parses XML strictly: a feed that is not well-formed fails here. */
function parseXml(xml: string): Document {
  const doc = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}

const child = (element: Element, name: string) => [...element.children].find((c) => c.localName === name && c.namespaceURI === ATOM);
const children = (element: Element, name: string) => [...element.children].filter((c) => c.localName === name && c.namespaceURI === ATOM);

/** The built file a site path leads to, under the build's folder and base path. */
function builtFile(dist: string, base: string, href: string): string {
  expect(href.startsWith(base), `${href} carries the base path ${base}`).toBe(true);
  const path = href.slice(base.length);
  return path.endsWith('/') || path === '' ? join(dist, path, 'index.html') : join(dist, path);
}

const feeds = [
  { path: 'feed.xml', page: '', sources: report.sources },
  ...context.topics.map((t) => ({ path: `topics/${t.id}/feed.xml`, page: `topics/${t.id}/`, sources: report.sources.filter((s) => s.topics.includes(t.id)) })),
];

describe.each(feeds.map((f) => [f.path, f] as const))('%s', (path, spec) => {
  const xml = readFileSync(join(TEST_DIST, path), 'utf8');
  const feed = parseXml(xml).documentElement;
  const entries = children(feed, 'entry');

  it('is an Atom feed with its id, title, updated, self and page links', () => {
    expect(feed.localName).toBe('feed');
    expect(feed.namespaceURI).toBe(ATOM);
    expect(child(feed, 'id')!.textContent).toBe(uuidUrn(`feed:${path}`));
    expect(child(feed, 'title')!.textContent).toMatch(/^Kursk dossier: /);
    const links = children(feed, 'link').map((l) => [l.getAttribute('rel'), l.getAttribute('href')]);
    expect(links).toEqual([
      ['alternate', `/${spec.page}`],
      ['self', `/${path}`],
    ]);
    for (const [, href] of links) expect(existsSync(builtFile(TEST_DIST, '/', href!)), href!).toBe(true);
  });

  it('lists the newest dated sources, newest first, each with its date, outlet, authors and topics', () => {
    const dated = spec.sources.filter((s) => s.date).sort((a, b) => b.date!.localeCompare(a.date!) || a.slug.localeCompare(b.slug));
    expect(entries.length).toBe(Math.min(FEED_ENTRIES, dated.length));
    expect(entries.length).toBeGreaterThan(0);
    entries.forEach((entry, i) => {
      const source = dated[i]!;
      expect(child(entry, 'link')!.getAttribute('href')).toBe(`/sources/${source.slug}/`);
      expect(child(entry, 'id')!.textContent).toBe(uuidUrn(`source:${source.slug}`));
      expect(child(entry, 'updated')!.textContent).toBe(`${source.date}T00:00:00.000Z`);
      expect(child(entry, 'published')?.textContent).toBe(source.published ? `${source.published}T00:00:00.000Z` : undefined);
      // Titles and summaries are HTML: the article's own words arrive escaped, as text.
      expect(new JSDOM(child(entry, 'title')!.textContent!).window.document.body.textContent).toBe(source.title);
      expect(child(entry, 'summary')!.textContent).toContain(source.outlet ?? 'Outlet not stated');
      expect(children(entry, 'category').map((c) => c.getAttribute('term'))).toEqual(source.topics);
      expect(children(entry, 'category').map((c) => c.getAttribute('label'))).toEqual(source.topics.map((id) => titles.get(id)));
      const people = source.authors.length ? source.authors : source.agencies;
      expect(children(entry, 'author').map((a) => child(a, 'name')!.textContent)).toEqual(people);
    });
    // An undated source is in no feed: an entry needs a date, and the dossier invents none.
    const undated = spec.sources.filter((s) => !s.date).map((s) => `/sources/${s.slug}/`);
    for (const entry of entries) expect(undated).not.toContain(child(entry, 'link')!.getAttribute('href'));
  });

  it('links only pages that exist in the build', () => {
    for (const entry of entries) {
      const href = child(entry, 'link')!.getAttribute('href')!;
      expect(existsSync(builtFile(TEST_DIST, '/', href)), href).toBe(true);
    }
  });

  it('under a base path, carries the base path in every link, and each resolves in that build', () => {
    const based = parseXml(readFileSync(join(TEST_BASE_ROOT, TEST_BASE, path), 'utf8')).documentElement;
    const hrefs = [...based.getElementsByTagNameNS(ATOM, 'link')].map((l) => l.getAttribute('href')!);
    expect(hrefs.length).toBe(entries.length + 2);
    for (const href of hrefs) expect(existsSync(builtFile(join(TEST_BASE_ROOT, TEST_BASE), TEST_BASE, href)), href).toBe(true);
  });

  it('is announced on the page it follows with <link rel="alternate">, and linked in its text', () => {
    const doc = builtPage(TEST_DIST, spec.page);
    const alternates = [...doc.querySelectorAll('head link[rel="alternate"][type="application/atom+xml"]')].map((l) => l.getAttribute('href'));
    expect(alternates).toEqual([`/${path}`]);
    const inText = [...doc.querySelectorAll('main a')].map((a) => new URL(a.getAttribute('href')!, `http://site/${spec.page}`).pathname);
    expect(inText).toContain(`/${path}`);
  });
});

describe('a feed of hostile or many sources', () => {
  const source = (i: number, extra: Partial<FeedSource> = {}): FeedSource => ({
    slug: `s-${String(i).padStart(3, '0')}`,
    title: `]]> <script>alert(${i})</script> & "quoted" <![CDATA[x]]>`,
    outlet: 'A & B <Media>',
    authors: ['Eve "<e>" Example'],
    agencies: [],
    published: null,
    date: `2024-${String((i % 12) + 1).padStart(2, '0')}-10`,
    topics: ['kursk-incursion'],
    ...extra,
  });
  const spec = { title: 'T & <t>', subtitle: 'S', path: 'feed.xml', page: '', topicTitles: new Map([['kursk-incursion', 'Kursk <incursion>']]) };

  it('stays well-formed and keeps every title as text', () => {
    const feed = parseXml(atomFeed({ ...spec, sources: [source(1)] }, { base: '/' })).documentElement;
    const entry = children(feed, 'entry')[0]!;
    expect(new JSDOM(child(entry, 'title')!.textContent!).window.document.body.textContent).toBe(source(1).title);
    expect(child(child(entry, 'author')!, 'name')!.textContent).toBe('Eve "<e>" Example');
    // A label with markup characters is left out rather than written unescaped.
    expect(child(entry, 'category')!.getAttribute('label')).toBeNull();
  });

  it(`lists only the ${FEED_ENTRIES} newest of more, and absolute links when the site's URL is known`, () => {
    const many = Array.from({ length: 120 }, (_, i) => source(i, { date: `2024-01-01`, published: '2024-01-01' }));
    many[7] = source(7, { date: '2025-06-30' });
    const feed = parseXml(atomFeed({ ...spec, sources: many }, { base: '/dossier/', site: 'https://example.org' })).documentElement;
    const entries = children(feed, 'entry');
    expect(entries).toHaveLength(FEED_ENTRIES);
    expect(child(entries[0]!, 'link')!.getAttribute('href')).toBe('https://example.org/dossier/sources/s-007/');
    expect(child(feed, 'updated')!.textContent).toBe('2025-06-30T00:00:00.000Z');
    expect(children(feed, 'link').map((l) => l.getAttribute('href'))).toEqual(['https://example.org/dossier/', 'https://example.org/dossier/feed.xml']);
  });
});
