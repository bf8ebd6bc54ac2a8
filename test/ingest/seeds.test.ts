// The five seeds: metadata a careful reader writes, every junk line gone, every body paragraph kept.
import { describe, expect, it } from 'vitest';
import expected from '../fixtures/seeds.expected.json' with { type: 'json' };
import { seeds } from '../helpers/ingest.ts';

const report = seeds();
const bySeed = (prefix: string) => {
  const source = report.sources.find((s) => s.file.startsWith(prefix));
  if (!source) throw new Error(`seed ${prefix} was not ingested`);
  return source;
};

describe('seed metadata (the table in issue 2)', () => {
  it.each([
    ['000', 'Russia Using N. Korean Troops in Bid to Reclaim Kursk – Zelensky', 'The Moscow Times', [], ['AFP'], '2024-12-15', '2024-12-15',
      'https://www.themoscowtimes.com/2024/12/15/russia-using-n-korean-troops-in-bid-to-reclaim-kursk-zelensky-a87337'],
    ['001', 'Ukraine updates: North Koreans in action in Kursk, Kyiv says', 'DW', [], ['AP', 'AFP', 'dpa', 'Reuters'], '2024-12-14', '2024-12-14',
      'https://p.dw.com/p/4o9eC'],
    ['002', 'North Korean troops joining Russian assaults in Kursk, Zelensky says', 'The Kyiv Independent', ['Abbey Fenbert'], [], '2024-12-14', '2024-12-14', null],
    ['003', 'Russia using "significant" number of North Korean troops against Ukraine, Zelensky claims', null, [], [], null, null, null],
    ['004', "North Korean soldiers 'brought in again' to fight in Kursk Oblast, Zelensky says", 'The Kyiv Independent', ['Kateryna Denisova'], [], null, '2025-02-07', null],
  ])('%s', (seed, title, outlet, authors, agencies, published, date, url) => {
    const s = bySeed(seed);
    expect({ title: s.title, outlet: s.outlet, authors: s.authors, agencies: s.agencies, published: s.published, date: s.date, url: s.url })
      .toEqual({ title, outlet, authors, agencies, published, date, url });
    expect(s.language).toBe('en');
    expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names the agencies each text cites as its source, apart from those it credits', () => {
    const cited = Object.fromEntries(['000', '001', '002', '003', '004'].map((seed) => [seed, bySeed(seed).citedAgencies.map((a) => a.name)]));
    // 000: "Russia's Interfax news agency reported …"; 003: "A Ukrainian army source told AFP …".
    expect(cited).toEqual({ '000': ['Interfax'], '001': [], '002': [], '003': ['AFP'], '004': [] });
  });

  it('says how an inferred date was reached, and "not stated" where nothing supports one', () => {
    expect(bySeed('004').dateBasis).toMatch(/inferred from "Feb\. 7" in the first paragraph/);
    expect(bySeed('003').dateBasis).toBe('not stated');
    expect(bySeed('000').dateBasis).toMatch(/^published/);
  });

  it('says what each outlet rests on', () => {
    expect(bySeed('000').outletBasis).toMatch(/^content\/outlets\.yaml lists the address's host \(themoscowtimes\.com\)/);
    expect(bySeed('002').outletBasis).toMatch(/^the page names itself \("/);
    expect(bySeed('003').outletBasis).toBe('not stated');
  });

  it('reads the seeds byte-identical to the user’s corpus (sha256 of shared/seeds)', () => {
    expect(Object.fromEntries(report.sources.map((s) => [s.file, s.sha256]))).toEqual({
      '000_f3d79c33339327a7.txt': '8abd6c620300902f41e1d74cfb704a96fad3a22c835e313fd04d1bb6a6e12fb0',
      '001_99405d8647efe3c7.txt': '316f48e4ceb776d3591b466c2be85f0bc1eef023bd186855cd74f74e6417e9ba',
      '002_38d8672d9c594a14.txt': 'e7079f916cb95cc801dd1e4a775c204e6d8fb4406fce36f46ed8a0a1a422d198',
      '003_3d6b6fc75f30831d.txt': '042157b720d8d8ed5fa40d015919e11b1abbe3ea8db19cdf0a4c52ab504c1290',
      '004_c20c6f5e01426b56.txt': '01ea9cd2ab69bd422825b8a6034386c78e3cc2aa922f97a23a6df769e0e557c2',
    });
  });

  it('ingests all five seeds with no errors or warnings', () => {
    expect(report.sources).toHaveLength(5);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
  });
});

describe('seed topics', () => {
  it.each([
    ['000', ['kursk-incursion', 'north-korean-deployment', 'oil-depot-strikes']],
    ['001', ['kursk-incursion', 'north-korean-deployment', 'oil-depot-strikes']],
    ['002', ['kursk-incursion', 'north-korean-deployment']],
    ['003', ['kursk-incursion', 'north-korean-deployment']],
    ['004', ['kursk-incursion', 'north-korean-deployment']],
  ])('%s carries %j', (seed, topics) => {
    expect(bySeed(seed).topics).toEqual(topics);
  });

  it('leaves the Belgorod paragraph in the source, untagged', () => {
    const belgorod = bySeed('000').blocks.find((b) => b.text.includes('Belgorod'));
    expect(belgorod?.topics).toEqual([]);
  });

  it('tags a paragraph only for what it states, not for a passing mention', () => {
    const oryolKursk = bySeed('001').blocks.find((b) => b.text.startsWith('The Oryol region borders'));
    expect(oryolKursk?.topics).toEqual(['kursk-incursion']);
  });
});

describe.each(Object.entries(expected))('seed %s body', (file, want) => {
  const source = report.sources.find((s) => s.file === file)!;

  it('keeps every body paragraph, in order', () => {
    const paragraphs = source.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text);
    expect(paragraphs).toHaveLength(want.paragraphs.length);
    paragraphs.forEach((text, i) => expect(text.startsWith(want.paragraphs[i]!)).toBe(true));
  });

  it('keeps the subheadings, with live-entry times', () => {
    const headings = source.blocks.filter((b) => b.type === 'heading').map((b) => (b.time ? [b.text, b.time] : b.text));
    expect(headings).toEqual(want.headings);
  });

  it('drops every junk line, each with its reason, and none of them reaches the body', () => {
    expect(source.removed.map((r) => [r.reason, r.text])).toEqual(want.removed);
    const body = source.blocks.map((b) => b.text).join('\n');
    for (const [, text] of want.removed) expect(body.includes(text as string)).toBe(false);
  });
});

describe('the article’s own words', () => {
  it('keeps the typos', () => {
    expect(bySeed('001').blocks.some((b) => b.text.includes('thatmore than 10,000'))).toBe(true);
    expect(bySeed('002').blocks.some((b) => b.text.startsWith('Ukrainain forces launched'))).toBe(true);
  });

  it('mends a line broken mid-sentence', () => {
    expect(bySeed('000').blocks.some((b) => b.text.endsWith('the roof partially torn off.'))).toBe(true);
  });

  it('keeps quotes and the self-reference that names the outlet', () => {
    expect(bySeed('002').blocks.some((b) => b.text.startsWith('"And if this is not escalation'))).toBe(true);
    expect(bySeed('004').blocks.some((b) => b.text === 'The Kyiv Independent could not verify these claims.')).toBe(true);
  });

  it('gives every block a unique, stable anchor', () => {
    for (const s of report.sources) {
      const ids = s.blocks.map((b) => b.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const b of s.blocks) if (b.type === 'paragraph') expect(b.id).toMatch(/^p-[0-9a-f]{8}(?:-\d+)?$/);
    }
    expect(seeds().sources.map((s) => s.blocks.map((b) => b.id))).toEqual(report.sources.map((s) => s.blocks.map((b) => b.id)));
  });
});
