// Cross-source findings in the built site and its exports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_DIST } from '../helpers/paths.ts';
import { builtPage, builtReport } from '../helpers/site.ts';

const report = builtReport();
const slug = (prefix: string) => report.sources.find((s) => s.file.startsWith(prefix))!.slug;
const data = (file: string) => readFileSync(join(TEST_DIST, 'data', file), 'utf8');

describe('figures on topic pages', () => {
  it('sets the North Korean troop counts side by side and says the sources disagree', () => {
    const doc = builtPage(TEST_DIST, 'topics/north-korean-deployment/');
    const heading = [...doc.querySelectorAll('main h3')].find((h) => h.textContent!.startsWith('North Korean troops: deployed'))!;
    expect(heading.textContent).toContain('sources disagree');
    const table = heading.nextElementSibling!;
    expect(table.tagName).toBe('TABLE');
    const values = [...table.querySelectorAll('tbody tr td:first-child')].map((td) => td.textContent);
    expect(values).toEqual(expect.arrayContaining(['8,000', '10,000', '11,000', '12,000']));
    const links = [...table.querySelectorAll('tbody a')].map((a) => new URL(a.getAttribute('href')!, 'http://site/topics/north-korean-deployment/').pathname);
    expect(links).toContain(`/sources/${slug('004')}/`);
    // Each row names its source's language, so a figure read from a Ukrainian page says so.
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Value', 'As printed', 'Language', 'Said by', 'Refers to', 'Source']);
    expect(new Set([...table.querySelectorAll('tbody tr td:nth-child(3)')].map((td) => td.textContent))).toEqual(new Set(['en']));
  });

  it('shows the 165 km against 170 km on the oil depot page', () => {
    const doc = builtPage(TEST_DIST, 'topics/oil-depot-strikes/');
    const heading = [...doc.querySelectorAll('main h3')].find((h) => h.textContent!.startsWith('Distance'))!;
    expect(heading.textContent).toBe('Distance (km): sources disagree');
    expect([...heading.nextElementSibling!.querySelectorAll('tbody tr')].map((tr) => tr.querySelector('td')!.textContent)).toEqual(['165', '170']);
  });

  it('quotes a passage two sources share once, naming the second source under it', () => {
    const doc = builtPage(TEST_DIST, 'topics/kursk-incursion/');
    const quotes = [...doc.querySelectorAll('main blockquote')];
    const surprise = quotes.filter((q) => q.textContent!.includes('Taken by surprise by the Kursk incursion'));
    expect(surprise).toHaveLength(1);
    expect(surprise[0]!.textContent).toContain('Also carried, near word for word, by Outlet not stated');
  });
});

describe('shared text on source pages', () => {
  it('says on both pages that 000 and 003 share four paragraphs', () => {
    for (const [page, other] of [['000', '003'], ['003', '000']] as const) {
      const line = builtPage(TEST_DIST, `sources/${slug(page)}/`).querySelector('.shared-passages')!;
      expect(line.textContent).toContain('shares 4 paragraphs with');
      expect([...line.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain(`/sources/${slug(other)}/`);
    }
  });
});

describe('exports', () => {
  it('writes sources.json with the ingest fields, without blocks and removed lines, and syndicatedWith', () => {
    const { sources } = JSON.parse(data('sources.json'));
    expect(sources).toHaveLength(report.sources.length);
    const s = sources.find((x: { slug: string }) => x.slug === slug('003'));
    expect(s).not.toHaveProperty('blocks');
    expect(s).not.toHaveProperty('removed');
    expect(s).toMatchObject({ file: '003_3d6b6fc75f30831d.txt', outlet: null, syndicatedWith: [slug('000')] });
  });

  it('writes claims.json as groups of values with source, paragraph and attribution', () => {
    const { groups } = JSON.parse(data('claims.json'));
    const distance = groups.find((g: { subject: string }) => g.subject === 'distance');
    expect(distance).toMatchObject({ unit: 'km', disagree: true });
    expect(distance.values.map((v: { value: number; source: string }) => [v.value, v.source])).toEqual([[165, slug('000')], [170, slug('001')]]);
    for (const g of groups) for (const v of g.values) expect(Object.keys(v)).toEqual(expect.arrayContaining(['value', 'unit', 'text', 'source', 'paragraph', 'attribution']));
  });

  it('writes CSV for sources and claims, and links every export from the overview', () => {
    const csv = data('sources.csv').split('\n');
    expect(csv[0]).toBe('slug,file,title,outlet,outletBasis,authors,agencies,citedAgencies,published,date,dateBasis,url,language,words,sha256,topics,syndicatedWith');
    // The Moscow Times seed credits AFP and cites Interfax: two columns, not one.
    expect(csv.find((row) => row.includes('000_f3d79c33339327a7.txt'))).toMatch(/,AFP,Interfax,2024-12-15,/);
    expect(data('claims.csv')).toMatch(/^group,subject,disagree,value,unit,text,source,paragraph,attribution,when\n.*,true,/);
    const hrefs = [...builtPage(TEST_DIST, '').querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    for (const file of ['sources.json', 'sources.csv', 'claims.json', 'claims.csv']) expect(hrefs).toContain(`data/${file}`);
  });
});

describe('quote versions and the timeline', () => {
  it('shows the versions of a statement with the differing words marked', () => {
    const doc = builtPage(TEST_DIST, 'topics/north-korean-deployment/');
    const heading = [...doc.querySelectorAll('main h2')].find((h) => h.textContent === 'One statement, several versions')!;
    expect(heading).toBeDefined();
    const marks = [...doc.querySelectorAll('main li mark')].map((m) => m.textContent!.trim());
    expect(marks).toEqual(expect.arrayContaining(['significant', 'noticeable']));
  });

  it('has a /timeline/ page, oldest first, each event linking to its paragraphs', () => {
    const doc = builtPage(TEST_DIST, 'timeline/');
    const items = [...doc.querySelectorAll('main li')];
    const dates = items.map((li) => li.querySelector('strong')!.textContent!);
    expect(dates.length).toBeGreaterThan(10);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe('2022-02');
    for (const li of items) expect(li.querySelector('a')!.getAttribute('href')).toMatch(/^\.\.\/sources\/[^/]+\/#p-[0-9a-f]{8}/);
  });

  it('exports quotes.json and timeline.json in the documented shapes', () => {
    const { groups } = JSON.parse(data('quotes.json'));
    expect(Object.keys(groups[0]).sort()).toEqual(['id', 'speaker', 'variants']);
    expect(Object.keys(groups[0].variants[0]).sort()).toEqual(['paragraph', 'source', 'text']);
    const { events } = JSON.parse(data('timeline.json'));
    expect(Object.keys(events[0]).sort()).toEqual(['date', 'label', 'sources', 'topics']);
    expect(Object.keys(events[0].sources[0]).sort()).toEqual(['paragraph', 'source']);
  });
});

describe('entities', () => {
  it('lists people, places and organisations, each with a page of linked mentions', () => {
    const index = builtPage(TEST_DIST, 'entities/');
    expect([...index.querySelectorAll('main h2')].map((h) => h.textContent)).toEqual(expect.arrayContaining(['People', 'Places', 'Organisations']));
    const governor = builtPage(TEST_DIST, 'entities/andrei-klychkov/');
    expect(governor.querySelector('main')!.textContent).toContain('Also spelt: Andrei Klychko');
    const links = [...governor.querySelectorAll('main li a')].map((a) => new URL(a.getAttribute('href')!, 'http://site/entities/andrei-klychkov/').pathname);
    expect(new Set(links)).toEqual(new Set([`/sources/${slug('000')}/`, `/sources/${slug('001')}/`]));
  });

  it('exports entities.json in the documented shape', () => {
    const { entities } = JSON.parse(data('entities.json'));
    const zelensky = entities.find((e: { name: string }) => e.name === 'Volodymyr Zelensky');
    expect(Object.keys(zelensky).sort()).toEqual(['aliases', 'id', 'mentions', 'name', 'type']);
    expect(zelensky.aliases).toContain('Volodymyr Zelenskyy');
    expect(Object.keys(zelensky.mentions[0]).sort()).toEqual(['paragraph', 'source']);
  });
});
