// Each source's saved page, byte for byte, at /sources/<slug>/original.txt (original.html.txt for
// an HTML page): what a reader checks every removed line against (src/site/originals.ts).
import type { APIRoute } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { originalName, readOriginal } from '../../../site/originals.ts';

export async function getStaticPaths() {
  const sources = await getCollection('sources');
  return sources.map((entry) => ({ params: { slug: entry.id, original: originalName(entry.data.format) }, props: { entry } }));
}

export const GET: APIRoute<{ entry: CollectionEntry<'sources'> }> = ({ props: { entry } }) =>
  new Response(new Uint8Array(readOriginal(entry.data.file, entry.data.sha256)), { headers: { 'content-type': 'text/plain' } });
