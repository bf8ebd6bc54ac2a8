// Lookups the site's pages share, built once per build from the collections: asking every page
// to scan every source would make the build grow with the square of the dossier.
import { getCollection, type CollectionEntry } from 'astro:content';

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
  const { byTopic } = await load();
  const shared = new Map<SourceEntry, string[]>();
  for (const id of source.data.topics) {
    for (const other of byTopic.get(id) ?? []) {
      if (other.id !== source.id) shared.set(other, [...(shared.get(other) ?? []), id]);
    }
  }
  return [...shared]
    .map(([entry, ids]) => ({ entry, shared: ids }))
    .sort((a, b) => b.shared.length - a.shared.length || (b.entry.data.date ?? '').localeCompare(a.entry.data.date ?? ''))
    .slice(0, limit);
}

/** A source by its slug. */
export async function sourceEntry(slug: string): Promise<SourceEntry | undefined> {
  return (await load()).sources.get(slug);
}

/** A path inside the site, under the base it is built for. */
export function sitePath(path: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${path}`;
}
