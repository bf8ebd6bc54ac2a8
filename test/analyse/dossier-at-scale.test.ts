// The dossier's own pages stay bounded as the dossier grows: 300 generated articles must give
// topic pages that quote the newest 50 sources and page the rest, a bounded overview, topic
// diagrams Mermaid can draw, entity pages with a bounded list, and the sources index and the
// timeline by month, with nothing left out.
import { describe, expect, it } from 'vitest';
import { generateArticles } from '../../src/bench/generate.ts';
import { splitFrontMatter } from '../../src/site/generated-mdx.ts';
import { analyse } from '../../src/pipeline/analyse/index.ts';
import { emitDossier } from '../../src/pipeline/emit-dossier/index.ts';
import { article, context, ingest } from '../helpers/ingest.ts';

const { report, pages, data } = ingest(generateArticles(300).map((a) => article(a.file, a.text)));
const pageAt = (path: string) => pages.find((p) => p.path === path);
const sourcesLinked = (text: string) => new Set([...text.matchAll(/\]\((?:\.\.\/)+sources\/([^/)#]+)\/\)/g)].map((m) => m[1]));

describe('a dossier of 300 sources', () => {
  const topic = 'north-korean-deployment';
  const carrying = report.sources.filter((s) => s.topics.includes(topic));

  it('has enough sources on a topic to need pages of passages', () => {
    expect(carrying.length).toBeGreaterThan(100);
  });

  it('quotes the 50 newest sources on the topic page and every other source on exactly one earlier page', () => {
    const main = pageAt(`topics/${topic}/`)!.text;
    const earlier = pages.filter((p) => p.path.startsWith(`topics/${topic}/`) && /\/\d+\/$/.test(p.path));
    expect(earlier.length).toBe(Math.ceil(carrying.length / 50) - 1);
    const onMain = sourcesLinked(main);
    expect(onMain.size).toBe(50);
    const seen = new Map<string, number>();
    for (const p of [main, ...earlier.map((e) => e.text)]) for (const slug of sourcesLinked(p)) seen.set(slug, (seen.get(slug) ?? 0) + 1);
    expect([...seen.keys()].sort()).toEqual(carrying.map((s) => s.slug).sort());
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    const newest = [...carrying].filter((s) => s.date).sort((a, b) => a.date!.localeCompare(b.date!)).slice(-10);
    for (const s of newest) expect(onMain.has(s.slug)).toBe(true);
    for (const e of earlier) {
      expect(splitFrontMatter(e.text).data).toMatchObject({ kind: 'passages', topic });
      expect(e.text).toContain(`](../../../topics/${topic}/)`);
    }
  });

  it('draws the topic diagram from topics only, not one node per source', () => {
    const diagram = /```mermaid[^\n]*\n([\s\S]*?)```/.exec(pageAt(`topics/${topic}/`)!.text)![1]!;
    expect(diagram).not.toMatch(/\bs\d+\[/);
    expect(diagram).toMatch(/t ---\|"\d+ sources"\| r0/);
  });

  it('keeps the overview’s coverage table to the 50 newest sources and points to all of them', () => {
    const overview = pageAt('')!.text;
    const table = overview.slice(overview.indexOf('## Coverage'), overview.indexOf('## How the topics'));
    expect(table.split('\n').filter((l) => l.startsWith('| 20'))).toHaveLength(50);
    expect(table).toContain(`for the 50 newest of ${report.sources.length} sources`);
    expect(table).toContain('[All sources](sources/)');
  });

  it('lists at most 100 mentions on an entity page and says where the rest are', () => {
    const entityPages = pages.filter((p) => p.path.startsWith('entities/') && p.path !== 'entities/');
    const long = entityPages.find((p) => p.text.includes('mentions in date order'));
    expect(long).toBeDefined();
    expect(long!.text.split('\n').filter((l) => l.startsWith('* ')).length).toBe(100);
    for (const p of entityPages) expect(p.text.split('\n').filter((l) => l.startsWith('* ')).length).toBeLessThanOrEqual(100);
  });

  it('lists the sources and the timeline by month, every source and every event on exactly one month page', () => {
    const monthPages = pages.filter((p) => /^months\/(?:\d{4}-\d{2}|undated)\/$/.test(p.path));
    expect(monthPages.length).toBeGreaterThan(5);
    const index = pageAt('sources/')!.text;
    for (const p of monthPages) expect(index.includes(`](../${p.path})`) || !p.text.includes('## Sources')).toBe(true);
    expect(sourcesLinked(index).size).toBe(50);
    const seen = new Map<string, number>();
    for (const p of monthPages) for (const slug of sourcesLinked(p.text)) seen.set(slug, (seen.get(slug) ?? 0) + 1);
    expect([...seen.keys()].sort()).toEqual(report.sources.map((s) => s.slug).sort());
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    const events = (JSON.parse(data.find((d) => d.name === 'timeline.json')!.text) as { events: { date: string }[] }).events;
    expect(events.length).toBeGreaterThan(200);
    const listed = monthPages.reduce((n, p) => n + (p.text.split('## Events dated')[1] ?? '').split('\n').filter((l) => l.startsWith('* **')).length, 0);
    expect(listed).toBe(events.length);
    const timeline = pageAt('timeline/')!.text;
    expect(timeline.split('\n').filter((l) => l.startsWith('* **')).length).toBe(50);
    expect(timeline).toContain('](../months/');
  });

  it('shows a topic’s latest 50 dated events and points to the full timeline', () => {
    const main = pageAt('topics/oil-depot-strikes/')!.text;
    const section = main.slice(main.indexOf('## Timeline'), main.indexOf('## Related topics'));
    expect(section).toContain('[the timeline](../../timeline/)');
    expect(section).toMatch(/The latest 50 of \d+ events on this topic/);
    expect(section.split('\n').filter((l) => l.startsWith('* **'))).toHaveLength(50);
  });

  it('shows a long figures table’s 50 lowest and 50 highest values and points to the export for the rest', () => {
    const main = pageAt(`topics/${topic}/`)!.text;
    const note = /The 50 lowest and 50 highest of (\d+) figures; the (\d+) between them are in \[the figures export\]\(\.\.\/\.\.\/data\/claims\.csv\)/.exec(main);
    expect(note).not.toBeNull();
    expect(Number(note![1]) - Number(note![2])).toBe(100);
    const table = main.slice(note!.index).split('\n\n')[1]!;
    expect(table.split('\n').filter((l) => /^\|\s*[\d,.]+\s*\|/.test(l))).toHaveLength(100);
  });
});

describe('one source of 20,000 paragraphs on a topic', () => {
  it('emits its topic page in a second or two, numbering each quoted paragraph', () => {
    const [one] = ingest([article('one.txt', 'Drone strikes on oil depots all night\n\nDrones struck the oil depot overnight, officials said, and the fire burned until morning.\n')]).report.sources;
    const blocks = Array.from({ length: 20_000 }, (_, i) => ({ id: `p-${i}`, type: 'paragraph' as const, text: `Drones struck the oil depot number ${i} overnight.`, topics: ['oil-depot-strikes'] }));
    const long = { ...one!, blocks };
    const analysis = analyse([long], context.topics);
    const emitted = emitDossier([long], context.topics, analysis);
    const topic = emitted.find((p) => p.path === 'topics/oil-depot-strikes/')!.text;
    expect(topic).toContain('Paragraph 1 of 20000 in the source');
    expect(topic).toContain('Paragraph 20000 of 20000 in the source');
  });
});
