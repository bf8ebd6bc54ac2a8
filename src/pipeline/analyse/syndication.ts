// Analyse stage, syndication: passages two sources share (wire copy run by several outlets).
// Paragraphs become sets of word 3-shingles, summarised by MinHash signatures; locality-
// sensitive hashing (bands of the signature) proposes candidate pairs, and only candidates are
// compared. The cost grows with the number of paragraphs, not with its square.
import type { Source } from '../types.ts';

/** Two paragraphs of different sources that carry the same text, near enough. */
export interface SharedPassage {
  a: { source: string; paragraph: string };
  b: { source: string; paragraph: string };
  /** Estimated Jaccard similarity of their word 3-shingles, 0–1. */
  similarity: number;
}

const SHINGLE = 3;
const HASHES = 64;
const BANDS = 16; // 16 bands of 4 rows: pairs above ~0.5 similarity almost always collide.
const ROWS = HASHES / BANDS;
/** Paragraphs this similar are the same passage, edited at most lightly. */
export const SHARED_THRESHOLD = 0.5;
const MIN_WORDS = 8;

// Fixed, seeded hash parameters: the same input always gives the same pairs.
const SEEDS = Array.from({ length: HASHES }, (_, i) => [(Math.imul(i + 1, 0x9e3779b1) | 1) >>> 0, Math.imul(i + 7, 0x85ebca6b) >>> 0] as const);

/** Paragraphs shared between different sources, most similar first within each pair of sources. */
export function findSharedPassages(sources: Source[]): SharedPassage[] {
  return compareCandidates(sources).shared;
}

/** The shared passages, and how many paragraph pairs were actually compared (for the scale test). */
export function compareCandidates(sources: Source[]): { shared: SharedPassage[]; comparisons: number } {
  const items: { source: string; paragraph: string; shingles: Set<number>; signature: Uint32Array }[] = [];
  for (const source of sources) {
    for (const block of source.blocks) {
      if (block.type !== 'paragraph') continue;
      const shingles = shinglesOf(block.text);
      if (shingles.size + SHINGLE - 1 < MIN_WORDS) continue;
      items.push({ source: source.slug, paragraph: block.id, shingles, signature: minhash(shingles) });
    }
  }
  const buckets = new Map<string, number[]>();
  items.forEach((item, index) => {
    for (let band = 0; band < BANDS; band++) {
      const key = `${band}:${item.signature.subarray(band * ROWS, band * ROWS + ROWS).join(',')}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(index);
      else buckets.set(key, [index]);
    }
  });
  const seen = new Set<string>();
  const shared: SharedPassage[] = [];
  let comparisons = 0;
  for (const bucket of buckets.values()) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const [x, y] = [items[bucket[i]!]!, items[bucket[j]!]!];
        const key = `${bucket[i]}-${bucket[j]}`;
        if (x.source === y.source || seen.has(key)) continue;
        seen.add(key);
        comparisons++;
        const similarity = jaccard(x.shingles, y.shingles);
        if (similarity >= SHARED_THRESHOLD) {
          shared.push({ a: { source: x.source, paragraph: x.paragraph }, b: { source: y.source, paragraph: y.paragraph }, similarity: Math.round(similarity * 100) / 100 });
        }
      }
    }
  }
  shared.sort((p, q) => p.a.source.localeCompare(q.a.source) || p.b.source.localeCompare(q.b.source) || q.similarity - p.similarity);
  return { shared, comparisons };
}

/** For each source, the other sources it shares passages with and how many of its paragraphs. */
export function syndicationBySource(shared: SharedPassage[]): Map<string, { source: string; paragraphs: number }[]> {
  const counts = new Map<string, Map<string, Set<string>>>();
  const add = (from: { source: string; paragraph: string }, to: string) => {
    const bySource = counts.get(from.source) ?? new Map<string, Set<string>>();
    counts.set(from.source, bySource);
    bySource.set(to, (bySource.get(to) ?? new Set()).add(from.paragraph));
  };
  for (const pair of shared) {
    add(pair.a, pair.b.source);
    add(pair.b, pair.a.source);
  }
  return new Map([...counts].map(([source, others]) => [source, [...others].map(([other, ids]) => ({ source: other, paragraphs: ids.size })).sort((a, b) => b.paragraphs - a.paragraphs || a.source.localeCompare(b.source))]));
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
