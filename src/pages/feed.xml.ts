// The dossier's Atom feed: its newest sources (src/site/feeds.ts).
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { topicTitles } from '../site/dossier-index.ts';
import { atomFeed, feedSource } from '../site/feeds.ts';

export const GET: APIRoute = async ({ site }) => {
  const sources = await getCollection('sources');
  const xml = atomFeed(
    {
      title: 'Kursk dossier: newest sources',
      subtitle: 'Sources added to the dossier on North Korean troops in Kursk, Ukraine’s Kursk incursion and drone strikes on Russian oil depots.',
      path: 'feed.xml',
      page: '',
      sources: sources.map(feedSource),
      topicTitles: await topicTitles(),
    },
    { base: import.meta.env.BASE_URL, site: site?.href },
  );
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
