// Analyse stage, syndication: passages two sources share (wire copy run by several outlets).
// Paragraphs become sets of word 3-shingles, summarised by MinHash signatures; locality-
// sensitive hashing (bands of the signature) proposes candidate pairs, and only candidates are
// compared. The cost grows with the number of paragraphs, not with its square.
import type { Source } from '../types.ts';

/** A passage several sources carry: one paragraph per copy, from at least two sources. */
export interface SharedPassage {
  /** The first copy's `source#paragraph`: stable while that copy exists. */
  id: string;
  copies: { source: string; paragraph: string }[];
}

const SHINGLE = 3;
const HASHES = 64;
const BANDS = 16; // 16 bands of 4 rows: pairs above ~0.5 similarity almost always collide.
const ROWS = HASHES / BANDS;
/** Paragraphs this similar are the same passage, edited at most lightly. */
export const SHARED_THRESHOLD = 0.5;
const MIN_WORDS = 8;

// Fixed, seeded hash parameters: the same input always gives the same passages.
const SEEDS = Array.from({ length: HASHES }, (_, i) => [(Math.imul(i + 1, 0x9e3779b1) | 1) >>> 0, Math.imul(i + 7, 0x85ebca6b) >>> 0] as const);

/** Passages shared between different sources, in the order of their first copy. */
export function findSharedPassages(sources: Source[]): SharedPassage[] {
  return compareCandidates(sources).shared;
}

/**
 * The shared passages, and how many paragraph pairs were compared (for the scale tests).
 * Copies are gathered into one passage as they are found (union-find), and a paragraph is
 * compared with one paragraph of each passage already in its bucket, not with every copy: a
 * paragraph that 250 sources carry costs 250 comparisons, not 31,000, and is stored once.
 */
export function compareCandidates(sources: Source[]): { shared: SharedPassage[]; comparisons: number } {
  const items: { source: string; paragraph: string; shingles: Set<number>; figures: string }[] = [];
  const buckets = new Map<string, number[]>();
  for (const source of sources) {
    for (const block of source.blocks) {
      if (block.type !== 'paragraph') continue;
      const shingles = shinglesOf(block.text);
      if (shingles.size + SHINGLE - 1 < MIN_WORDS) continue;
      // Two reports that give different figures are not copies of one passage, however alike
      // their wording ("downed 88 drones" / "downed 108 drones"): the figures join the bucket key.
      const figures = (block.text.match(/\d+(?:[.,]\d+)*/g) ?? []).join(' ');
      const index = items.push({ source: source.slug, paragraph: block.id, shingles, figures }) - 1;
      const signature = minhash(shingles);
      for (let band = 0; band < BANDS; band++) {
        const key = `${band}:${figures}:${signature.subarray(band * ROWS, band * ROWS + ROWS).join(',')}`;
        const bucket = buckets.get(key);
        if (bucket) bucket.push(index);
        else buckets.set(key, [index]);
      }
    }
  }
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const compared = new Set<number>();
  let comparisons = 0;
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    // One representative per passage met so far in this bucket.
    const representatives: number[] = [bucket[0]!];
    for (const y of bucket.slice(1)) {
      const met = new Set<number>();
      for (const x of representatives) {
        const root = find(x);
        if (met.has(root)) continue;
        met.add(root);
        if (root === find(y)) continue;
        const key = x * items.length + y;
        if (compared.has(key)) continue;
        compared.add(key);
        comparisons++;
        if (items[x]!.source !== items[y]!.source && jaccard(items[x]!.shingles, items[y]!.shingles) >= SHARED_THRESHOLD) parent[find(y)] = root;
      }
      if (!met.has(find(y))) representatives.push(y);
    }
  }
  const byRoot = new Map<number, number[]>();
  items.forEach((_, i) => {
    const members = byRoot.get(find(i));
    if (members) members.push(i);
    else byRoot.set(find(i), [i]);
  });
  const shared: SharedPassage[] = [];
  for (const members of byRoot.values()) {
    const copies = members.map((i) => ({ source: items[i]!.source, paragraph: items[i]!.paragraph }));
    if (new Set(copies.map((c) => c.source)).size < 2) continue;
    shared.push({ id: `${copies[0]!.source}#${copies[0]!.paragraph}`, copies });
  }
  return { shared, comparisons };
}

/** What a source shares: the sources it shares most with (at most `limit`), and how many sources in all. */
export interface Syndication {
  with: { source: string; paragraphs: number }[];
  sources: number;
}

/** For each source, the other sources it shares passages with and how many of its paragraphs. */
export function syndicationBySource(shared: SharedPassage[], limit = 10): Map<string, Syndication> {
  const counts = new Map<string, Map<string, number>>();
  for (const passage of shared) {
    const sources = new Set(passage.copies.map((c) => c.source));
    for (const copy of passage.copies) {
      const bySource = counts.get(copy.source) ?? new Map<string, number>();
      counts.set(copy.source, bySource);
      for (const other of sources) if (other !== copy.source) bySource.set(other, (bySource.get(other) ?? 0) + 1);
    }
  }
  return new Map(
    [...counts].map(([source, others]) => [
      source,
      {
        with: [...others]
          .map(([other, paragraphs]) => ({ source: other, paragraphs }))
          .sort((a, b) => b.paragraphs - a.paragraphs || a.source.localeCompare(b.source))
          .slice(0, limit),
        sources: others.size,
      },
    ]),
  );
}

/** Words, lower-cased, with quotes and punctuation folded away, as hashed 3-word shingles. */
function shinglesOf(text: string): Set<number> {
  const words = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(fnv1a(words.slice(i, i + SHINGLE).join(' ')));
  return out;
}

function minhash(shingles: Set<number>): Uint32Array {
  const signature = new Uint32Array(HASHES).fill(0xffffffff);
  for (const s of shingles) {
    for (let h = 0; h < HASHES; h++) {
      const [a, b] = SEEDS[h]!;
      const v = (Math.imul(s ^ b, a) ^ (s >>> 15)) >>> 0;
      if (v < signature[h]!) signature[h] = v;
    }
  }
  return signature;
}

function jaccard(a: Set<number>, b: Set<number>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
