// The dossier's own pages in the built site: overview, topic pages, indexes.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { TEST_BASE, TEST_BASE_ROOT, TEST_DIST } from '../helpers/paths.ts';
import { builtPage, builtReport, context } from '../helpers/site.ts';

const report = builtReport();
const topics = context.topics;
const resolve = (pagePath: string, href: string) => {
  const url = new URL(href, `http://site/${pagePath}`);
  return `${url.pathname}${url.hash}`;
};
const links = (path: string, selector = 'main a') =>
  [...builtPage(TEST_DIST, path).querySelectorAll(selector)].map((a) => resolve(path, a.getAttribute('href')!));

describe.each(topics.map((t) => [t.id, t] as const))('topic page %s', (id, topic) => {
  const path = `topics/${id}/`;
  const doc = builtPage(TEST_DIST, path);
  const tagged = report.sources.filter((s) => s.topics.includes(id));
  const untagged = report.sources.filter((s) => !s.topics.includes(id));

  it('states the topic and its summary', () => {
    expect(doc.querySelector('h1')!.textContent!.trim()).toBe(topic.title);
    expect(doc.querySelector('main')!.textContent).toContain(topic.summary);
  });

  it('deep-links every passage tagged with the topic, quoting each text once (shared copies under the first)', () => {
    const quotes = [...doc.querySelectorAll('main blockquote')];
    // The quote's own links; its "Cite" control links the same paragraph again (tested below).
    const linked = quotes.flatMap((q) => [...q.querySelectorAll(':scope > p a')].map((a) => resolve(path, a.getAttribute('href')!)));
    const expected = tagged.flatMap((s) => s.blocks.filter((b) => b.topics.includes(id)).map((b) => ({ text: b.text, href: `/sources/${s.slug}/#${b.id}` })));
    expect(linked.sort()).toEqual(expected.map((e) => e.href).sort());
    const texts = quotes.map((q) => q.querySelector('p')!.textContent!.trim());
    for (const t of texts) expect(expected.map((e) => e.text)).toContain(t);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('links every source tagged with it and no source that is not', () => {
    const linked = new Set(links(path).filter((l) => /^\/sources\/[^/]+\//.test(l)).map((l) => l.replace(/#.*$/, '')));
    expect([...linked].sort()).toEqual(tagged.map((s) => `/sources/${s.slug}/`).sort());
    for (const s of untagged) expect(linked.has(`/sources/${s.slug}/`)).toBe(false);
  });

  it('names outlet, date and author for each source it quotes', () => {
    const main = doc.querySelector('main')!.textContent!;
    for (const s of tagged) {
      expect(main).toContain(`${s.outlet ?? 'Outlet not stated'}, ${s.date ?? 'undated'}`);
      for (const a of s.authors) expect(main).toContain(a);
    }
  });

  it('links its related topics and carries an accessible diagram', () => {
    const related = topics.filter((t) => t.id !== id && report.sources.some((s) => s.topics.includes(id) && s.topics.includes(t.id)));
    const topicLinks = links(path).filter((l) => l.startsWith('/topics/') && l !== `/${path}`);
    for (const t of related) expect(topicLinks).toContain(`/topics/${t.id}/`);
    const diagram = doc.querySelector('main pre.mermaid')!;
    expect(diagram.getAttribute('role')).toBe('img');
    expect(diagram.getAttribute('aria-label')).toContain(topic.title);
    expect(diagram.textContent).toMatch(/^flowchart LR/);
  });
});

describe('the overview', () => {
  const doc = builtPage(TEST_DIST, '');

  it('lists the three topics with their counts', () => {
    for (const t of topics) {
      const item = [...doc.querySelectorAll('main li')].find((li) => li.querySelector('a')?.textContent === t.title)!;
      const sources = report.sources.filter((s) => s.topics.includes(t.id)).length;
      const passages = report.sources.flatMap((s) => s.blocks).filter((b) => b.topics.includes(t.id)).length;
      expect(item.textContent).toContain(`${sources} sources, ${passages} passages`);
    }
  });

  it('has a coverage matrix of sources × topics with paragraph counts', () => {
    const table = doc.querySelector('main table')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).toEqual(['Date', 'Source', ...topics.map((t) => t.title)]);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(report.sources.length);
    for (const s of report.sources) {
      const row = rows.find((r) => resolve('', r.querySelector('a')!.getAttribute('href')!) === `/sources/${s.slug}/`)!;
      const counts = [...row.querySelectorAll('td')].slice(2).map((td) => Number(td.textContent));
      expect(counts).toEqual(topics.map((t) => s.blocks.filter((b) => b.topics.includes(t.id)).length));
    }
  });

  it('has a diagram of topics and sources, and the newest sources', () => {
    expect(doc.querySelector('main pre.mermaid')?.textContent).toMatch(/^flowchart LR/);
    const newest = [...doc.querySelectorAll('main h2')].find((h) => h.textContent === 'Newest sources')!;
    expect(newest.nextElementSibling!.querySelector('a')!.textContent).toBe([...report.sources].filter((s) => s.date).sort((a, b) => b.date!.localeCompare(a.date!))[0]!.title);
  });
});

describe('the indexes', () => {
  it('/sources/ lists every source with date, outlet, title and topics', () => {
    const rows = [...builtPage(TEST_DIST, 'sources/').querySelectorAll('main tbody tr')];
    expect(rows).toHaveLength(report.sources.length);
    expect([...builtPage(TEST_DIST, 'sources/').querySelectorAll('main thead th')].map((th) => th.textContent)).toEqual(['Date', 'Outlet', 'Title', 'Topics']);
  });

  it('/topics/ lists every topic', () => {
    expect(links('topics/')).toEqual(expect.arrayContaining(topics.map((t) => `/topics/${t.id}/`)));
  });

  it('has a 404 page whose links work from any URL, under the base path too', () => {
    for (const [dist, base] of [[TEST_DIST, '/'], [`${TEST_BASE_ROOT}${TEST_BASE}`, TEST_BASE]] as const) {
      const notFound = new JSDOM(readFileSync(`${dist}/404.html`, 'utf8')).window.document;
      expect(notFound.querySelector('h1')!.textContent).toContain('Page not found');
      expect([...notFound.querySelectorAll('main a')].map((a) => a.getAttribute('href'))).toEqual([base, `${base}topics/`, `${base}sources/`]);
    }
  });
});
