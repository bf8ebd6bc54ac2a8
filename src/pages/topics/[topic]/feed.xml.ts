// Each topic's Atom feed: the newest sources that carry the topic (src/site/feeds.ts).
import type { APIRoute } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { topicTitles } from '../../../site/dossier-index.ts';
import { atomFeed, feedSource } from '../../../site/feeds.ts';

export async function getStaticPaths() {
  const topics = await getCollection('topics');
  return topics.map((topic) => ({ params: { topic: topic.id }, props: { topic } }));
}

export const GET: APIRoute<{ topic: CollectionEntry<'topics'> }> = async ({ props: { topic }, site }) => {
  const sources = (await getCollection('sources')).filter((s) => s.data.topics.includes(topic.id));
  const xml = atomFeed(
    {
      title: `Kursk dossier: ${topic.data.title}`,
      subtitle: topic.data.summary,
      path: `topics/${topic.id}/feed.xml`,
      page: `topics/${topic.id}/`,
      sources: sources.map(feedSource),
      topicTitles: await topicTitles(),
    },
    { base: import.meta.env.BASE_URL, site: site?.href },
  );
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
