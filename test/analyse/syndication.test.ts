// Shared passages: the AFP copy in two seeds, and our own cases (exact copies, light edits,
// look-alikes that are not copies), plus a check that the method does not compare all pairs.
import { describe, expect, it } from 'vitest';
import { compareCandidates, findSharedPassages, syndicationBySource } from '../../src/pipeline/analyse/syndication.ts';
import type { Source } from '../../src/pipeline/types.ts';
import { seeds } from '../helpers/ingest.ts';

const report = seeds();
const slug = (prefix: string) => report.sources.find((s) => s.file.startsWith(prefix))!.slug;

/** A minimal source holding the given paragraphs. */
function source(name: string, paragraphs: string[]): Source {
  return {
    slug: name,
    blocks: paragraphs.map((text, i) => ({ id: `p${i}`, type: 'paragraph', text, topics: [] })),
  } as unknown as Source;
}

describe('shared passages in the seeds', () => {
  const bySource = syndicationBySource(findSharedPassages(report.sources));

  it('finds the AFP text that The Moscow Times (000) and 003 both carry, on both sides', () => {
    expect(bySource.get(slug('000'))!.with).toContainEqual({ source: slug('003'), paragraphs: 4 });
    expect(bySource.get(slug('003'))).toEqual({ with: [{ source: slug('000'), paragraphs: 4 }], sources: 1, widely: 0 });
  });

  it('sees the same quote translation in 000 and 002, and DW’s other translation as no copy', () => {
    expect(bySource.get(slug('002'))).toEqual({ with: [{ source: slug('000'), paragraphs: 2 }], sources: 1, widely: 0 });
    expect(bySource.get(slug('001'))).toBeUndefined();
  });

  it('puts the shared sources on the ingest report', () => {
    const s003 = report.sources.find((s) => s.slug === slug('003'))!;
    expect(s003.syndicatedWith).toEqual([{ source: slug('000'), paragraphs: 4 }]);
    expect(s003.syndicatedSources).toBe(1);
  });
});

describe('our own cases', () => {
  const wire = 'Firefighters battled a large blaze at the fuel depot through the night, officials said, adding that no one was hurt in the attack.';
  const edited = 'Firefighters battled a large blaze at the fuel depot through the night, regional officials said, adding that nobody was hurt in the attack.';
  const alike = 'Firefighters battled a small blaze at a grain silo on Tuesday, and the regional governor said the cause was not yet known to anyone.';

  it('gathers exact copies across three sources and a light edit into one passage, but not a look-alike', () => {
    const shared = findSharedPassages([source('a', [wire]), source('b', [wire]), source('c', [edited]), source('d', [alike])]);
    expect(shared).toEqual([{ id: 'a#p0', copies: ['a', 'b', 'c'].map((s) => ({ source: s, paragraph: 'p0' })) }]);
  });

  it('keeps apart two reports in the same words that give different figures', () => {
    const downed = (n: number) => `Air defences downed ${n} drones overnight over the region, the defence ministry said, adding that there were no casualties.`;
    expect(findSharedPassages([source('a', [downed(88)]), source('b', [downed(108)]), source('c', [downed(88)])]).map((p) => p.copies.map((c) => c.source))).toEqual([['a', 'c']]);
  });

  it('stores a paragraph that 300 sources carry once, at a cost that grows with the copies, not their square', () => {
    const sources = Array.from({ length: 300 }, (_, i) => source(`s${String(i).padStart(3, '0')}`, [wire, `${i} unrelated words about something else entirely, number ${i * 7}, in a paragraph of its own.`]));
    const { shared, comparisons } = compareCandidates(sources);
    expect(shared).toHaveLength(1);
    expect(shared[0]!.copies).toHaveLength(300);
    expect(comparisons).toBeLessThan(300 * 2);
    // Carried by 300 sources, it is boilerplate: counted as widely carried, not for every pair.
    expect(syndicationBySource(shared).get('s000')).toEqual({ with: [], sources: 0, widely: 1 });
  });

  it('names the ten sources a source shares most with, and how many share anything', () => {
    const other = 'Emergency crews spent the whole night containing the fire at the oil terminal, according to the regional emergencies ministry.';
    const sources = Array.from({ length: 40 }, (_, i) => source(`s${String(i).padStart(2, '0')}`, i < 3 ? [wire, other] : [wire]));
    const s00 = syndicationBySource(findSharedPassages(sources)).get('s00')!;
    expect(s00.with.slice(0, 2)).toEqual([{ source: 's01', paragraphs: 2 }, { source: 's02', paragraphs: 2 }]);
    expect(s00.with).toHaveLength(10);
    expect(s00).toMatchObject({ sources: 39, widely: 0 });
  });

  it('never pairs paragraphs of the same source, nor very short ones', () => {
    expect(findSharedPassages([source('a', [wire, wire]), source('b', ['Short line.', 'Short line.'])])).toEqual([]);
  });

  it('never compares a paragraph with its own source, so a page repeating one paragraph 5,000 times costs what its copies do, not their square', () => {
    const repeated = source('a', Array.from({ length: 5000 }, () => wire));
    expect(compareCandidates([repeated]).comparisons).toBe(0);
    const { shared, comparisons } = compareCandidates([repeated, source('b', [wire, wire]), source('c', ['Another paragraph entirely, about a bridge and a river and the road to the north.'])]);
    expect(comparisons).toBeLessThan(5000 + 100);
    expect(shared).toHaveLength(1);
    expect(shared[0]!.copies.map((c) => c.source)).toEqual([...Array.from({ length: 5000 }, () => 'a'), 'b', 'b']);
  });

  it('compares far fewer pairs than all of them (locality-sensitive hashing, not all pairs)', () => {
    const words = 'drone depot oil fire region governor troops border attack night army force strike city village river bridge road port ship'.split(' ');
    // mulberry32: integer arithmetic, so the sequence does not decay into a short cycle.
    let seed = 7;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const paragraph = () => Array.from({ length: 30 }, () => words[Math.floor(random() * words.length)] + String(Math.floor(random() * 50))).join(' ');
    const sources = Array.from({ length: 200 }, (_, i) => source(`s${i}`, Array.from({ length: 10 }, paragraph)));
    // Ten copies planted among 2,000 unrelated paragraphs must still be found.
    for (let k = 0; k < 10; k++) (sources[k * 19 + 5]!.blocks[k % 10] as { text: string }).text = (sources[k * 7]!.blocks[3] as { text: string }).text;
    const { shared, comparisons } = compareCandidates(sources);
    const allPairs = (2000 * 1999) / 2;
    expect(shared).toHaveLength(10);
    expect(comparisons).toBeLessThan(allPairs / 100);
  });
});
