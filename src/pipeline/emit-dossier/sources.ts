// What the dossier's pages share about the sources: their order, their passages by topic, where
// a paragraph stands in its source, and how a source is credited and labelled.
import type { Analysis } from '../analyse/index.ts';
import type { Block, Source, Topic } from '../types.ts';

/** A paragraph of a source that carries a topic. */
export interface Passage {
  source: Source;
  block: Block;
}

/** What several pages look up, computed once per run. */
export interface Lookups {
  bySlug: Map<string, Source>;
  /** Each topic's passages, by topic id, sources oldest first. */
  passages: Map<string, Passage[]>;
  /** For every copy of a shared passage (`source#paragraph`), the passage it belongs to. */
  owners: Map<string, string>;
  /** "3 of 12": where a paragraph stands in its source. */
  paragraphNumber: (slug: string, id: string) => string;
  /** A source's block by its id. */
  blockAt: (slug: string, id: string) => Block | undefined;
}

export function passagesByTopic(sources: Source[], topics: Topic[]): Map<string, Passage[]> {
  const map = new Map<string, Passage[]>(topics.map((t) => [t.id, []]));
  for (const source of sources) for (const block of source.blocks) for (const id of block.topics) map.get(id)?.push({ source, block });
  return map;
}

export function passageOwners(analysis: Analysis): Map<string, string> {
  const owners = new Map<string, string>();
  for (const passage of analysis.shared) for (const copy of passage.copies) owners.set(`${copy.source}#${copy.paragraph}`, passage.id);
  return owners;
}

/**
 * Where a paragraph stands in its source, and a block by its id: each source's blocks indexed
 * once, on first use. Searched for every passage, they made a source of 20,000 topic paragraphs
 * take 13 s to emit.
 */
export function blockLookups(bySlug: Map<string, Source>): Pick<Lookups, 'paragraphNumber' | 'blockAt'> {
  const indexes = new Map<string, { blocks: Map<string, Block>; paragraphAt: Map<string, number>; paragraphs: number }>();
  const indexOf = (slug: string) => {
    let index = indexes.get(slug);
    if (!index) {
      const blocks = bySlug.get(slug)?.blocks ?? [];
      const paragraphs = blocks.filter((b) => b.type === 'paragraph');
      index = { blocks: new Map(blocks.map((b) => [b.id, b])), paragraphAt: new Map(paragraphs.map((b, i) => [b.id, i])), paragraphs: paragraphs.length };
      indexes.set(slug, index);
    }
    return index;
  };
  return {
    paragraphNumber: (slug, id) => {
      const index = indexOf(slug);
      return `${(index.paragraphAt.get(id) ?? -1) + 1} of ${index.paragraphs}`;
    },
    blockAt: (slug, id) => indexOf(slug).blocks.get(id),
  };
}

/** The `n` newest sources in date order (undated ones only when too few are dated). */
export function newest(ordered: Source[], n: number): Source[] {
  if (ordered.length <= n) return ordered;
  const dated = ordered.filter((s) => s.date);
  return dated.length >= n ? dated.slice(-n) : [...dated, ...ordered.filter((s) => !s.date).slice(0, n - dated.length)];
}

/** Oldest first; undated last, then by title. */
export function byDate(a: Source, b: Source): number {
  return (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.title.localeCompare(b.title);
}

export function credit(s: Source): string {
  const people = s.authors.length ? ` By ${s.authors.join(', ')}.` : '';
  const wires = s.agencies.length ? ` Agencies: ${s.agencies.join(', ')}.` : '';
  return people || wires ? `.${people}${wires}` : '. Author not stated.';
}

export function sourceLabel(s: Source): string {
  return `${s.outlet ?? 'Outlet not stated'}, ${s.date ?? 'undated'}`;
}
