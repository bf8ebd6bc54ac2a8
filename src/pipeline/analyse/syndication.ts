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
const MULTIPLIERS = Uint32Array.from({ length: HASHES }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) | 1) >>> 0);
const XORS = Uint32Array.from({ length: HASHES }, (_, i) => Math.imul(i + 7, 0x85ebca6b) >>> 0);

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
  const buckets = new Map<number, number[]>();
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
      const figuresHash = fnv1a(figures);
      for (let band = 0; band < BANDS; band++) {
        // A 32-bit key: a rare collision only adds a comparison, which checks the figures itself.
        let key = Math.imul(figuresHash ^ band, 0x01000193);
        for (let row = band * ROWS; row < band * ROWS + ROWS; row++) key = Math.imul(key ^ signature[row]!, 0x01000193);
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
    // One representative per passage met so far in this bucket, by the passage's root; roots
    // that have since joined another passage are dropped, so the list stays one per passage.
    // They are filed by the representative's source, and a paragraph is never compared with its
    // own source's: copies come from different sources. A page repeating one paragraph 5,000
    // times had made 12 million comparisons here; now it makes none.
    const representatives = new Map<number, number>();
    const rootsBySource = new Map<string, Set<number>>();
    const file = (root: number, x: number) => {
      representatives.set(root, x);
      const source = items[x]!.source;
      const roots = rootsBySource.get(source);
      if (roots) roots.add(root);
      else rootsBySource.set(source, new Set([root]));
    };
    file(find(bucket[0]!), bucket[0]!);
    for (const y of bucket.slice(1)) {
      for (const [source, roots] of rootsBySource) {
        if (source === items[y]!.source) continue;
        for (const root of roots) {
          const x = representatives.get(root)!;
          if (find(root) !== root) {
            representatives.delete(root);
            roots.delete(root);
            if (!representatives.has(find(root))) file(find(root), x);
            continue;
          }
          if (root === find(y)) continue;
          const key = x * items.length + y;
          if (compared.has(key)) continue;
          compared.add(key);
          comparisons++;
          const [a, b] = [items[x]!, items[y]!];
          if (a.figures === b.figures && jaccard(a.shingles, b.shingles) >= SHARED_THRESHOLD) parent[find(y)] = root;
        }
      }
      if (!representatives.has(find(y))) file(find(y), y);
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

/** What a source shares: the sources it shares most with (at most `limit`), how many sources in all, and its widely carried paragraphs. */
export interface Syndication {
  with: { source: string; paragraphs: number }[];
  sources: number;
  /** Paragraphs of this source that more than `WIDELY_CARRIED` sources carry (not counted above). */
  widely: number;
}

/**
 * A passage more sources than this carry is boilerplate wire copy or a formula: it says little
 * about which two sources run the same story, and counting it for every pair of its sources
 * would grow with the square of its copies.
 */
export const WIDELY_CARRIED = 100;

/** For each source, the other sources it shares passages with and how many of its paragraphs. */
export function syndicationBySource(shared: SharedPassage[], limit = 10): Map<string, Syndication> {
  const counts = new Map<string, Map<string, number>>();
  const widely = new Map<string, number>();
  for (const passage of shared) {
    const sources = new Set(passage.copies.map((c) => c.source));
    for (const copy of passage.copies) {
      const bySource = counts.get(copy.source) ?? new Map<string, number>();
      counts.set(copy.source, bySource);
      if (sources.size > WIDELY_CARRIED) {
        widely.set(copy.source, (widely.get(copy.source) ?? 0) + 1);
        continue;
      }
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
        widely: widely.get(source) ?? 0,
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
      const v = (Math.imul(s ^ XORS[h]!, MULTIPLIERS[h]!) ^ (s >>> 15)) >>> 0;
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
