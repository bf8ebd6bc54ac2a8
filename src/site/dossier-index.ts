// Lookups the site's pages share, built once per build from the collections: asking every page
// to scan every source would make the build grow with the square of the dossier.
import { getCollection, type CollectionEntry } from 'astro:content';
import { siteLink } from './site-link.ts';

type SourceEntry = CollectionEntry<'sources'>;

interface DossierIndex {
  topicTitles: Map<string, string>;
  byTopic: Map<string, SourceEntry[]>;
  sources: Map<string, SourceEntry>;
}

let index: Promise<DossierIndex> | undefined;

function load(): Promise<DossierIndex> {
  index ??= (async () => {
    const [topics, sources] = await Promise.all([getCollection('topics'), getCollection('sources')]);
    const byTopic = new Map<string, SourceEntry[]>(topics.map((t) => [t.id, []]));
    for (const source of sources) for (const id of source.data.topics) byTopic.get(id)?.push(source);
    return { topicTitles: new Map(topics.map((t) => [t.id, t.data.title])), byTopic, sources: new Map(sources.map((s) => [s.id, s])) };
  })();
  return index;
}

/** The title of each topic, by id. */
export async function topicTitles(): Promise<Map<string, string>> {
  return (await load()).topicTitles;
}

/** Other sources that share topics with this one: most shared topics first, then newest. */
export async function sourcesSharingTopics(source: SourceEntry, limit = 8): Promise<{ entry: SourceEntry; shared: string[] }[]> {
  const ranked = await rankedForTopics(source.data.topics, limit + 1);
  return ranked.filter((r) => r.entry.id !== source.id).slice(0, limit);
}

// The ranking depends only on a source's set of topics, and a dossier has few distinct sets:
// it is computed once per set, not once per page (which made the build grow with the square
// of the number of sources).
const rankings = new Map<string, Promise<{ entry: SourceEntry; shared: string[] }[]>>();

function rankedForTopics(topics: string[], count: number): Promise<{ entry: SourceEntry; shared: string[] }[]> {
  const sorted = [...topics].sort();
  const key = `${sorted.join(' ')}|${count}`;
  let ranking = rankings.get(key);
  if (!ranking) {
    ranking = (async () => {
      const { byTopic } = await load();
      const shared = new Map<SourceEntry, string[]>();
      for (const id of sorted) {
        for (const other of byTopic.get(id) ?? []) {
          const ids = shared.get(other);
          if (ids) ids.push(id);
          else shared.set(other, [id]);
        }
      }
      return [...shared]
        .map(([entry, ids]) => ({ entry, shared: ids }))
        .sort((a, b) => b.shared.length - a.shared.length || (b.entry.data.date ?? '').localeCompare(a.entry.data.date ?? '') || a.entry.id.localeCompare(b.entry.id))
        .slice(0, count);
    })();
    rankings.set(key, ranking);
  }
  return ranking;
}

/** A source by its slug. */
export async function sourceEntry(slug: string): Promise<SourceEntry | undefined> {
  return (await load()).sources.get(slug);
}

/** A path inside the site, under the base it is built for. */
export function sitePath(path: string): string {
  return siteLink({ base: import.meta.env.BASE_URL }, path);
}
