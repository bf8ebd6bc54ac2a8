// @ts-check
import { readdirSync, readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { parseTopic } from './src/pipeline/topics.ts';
import { mermaidVendor } from './src/site/mermaid-vendor.ts';
import { truthfulSearch } from './src/site/truthful-search.ts';

// DOSSIER_BASE hosts the site in a subfolder ("/dossier/"); DOSSIER_SITE is its absolute URL.
const base = process.env.DOSSIER_BASE || '/';
const site = process.env.DOSSIER_SITE || undefined;

const topics = readdirSync('content/topics')
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => parseTopic(name.slice(0, -3), readFileSync(`content/topics/${name}`, 'utf8')));

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Pages are built four at a time: one at a time, the build's main thread sat idle for about half
  // of its page generation (a CPU profile); timed alternately, four at a time saves about 1 s of a
  // 500-article build. The built files are the same byte for byte at 1, 4 and 8.
  build: { concurrency: 4 },
  // Hand-written Markdown (src/content/docs) keeps its straight quotes and dashes, as the
  // generated pages do (src/site/generated-mdx.ts renders those).
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  integrations: [
    starlight({
      title: 'Kursk dossier',
      description: 'North Korean troops in Kursk, Ukraine’s Kursk incursion and drone strikes on Russian oil depots, from the sources.',
      favicon: '/favicon.svg',
      customCss: ['./src/styles/dossier.css'],
      components: { Search: './src/components/DossierSearch.astro' },
      sidebar: [
        { label: 'Overview', link: '/' },
        { label: 'Topics', items: [{ label: 'All topics', link: '/topics/' }, ...topics.map((t) => ({ label: t.title, link: `/topics/${t.id}/` }))] },
        { label: 'All sources', link: '/sources/' },
        { label: 'Timeline', link: '/timeline/' },
        { label: 'People, places, organisations', link: '/entities/' },
        { label: 'How this dossier is made', link: '/about/' },
      ],
      pagefind: true,
      disable404Route: true,
    }),
    // After Starlight, whose build step writes the search index that truthfulSearch() serves.
    truthfulSearch(),
    mdx(),
    mermaidVendor(),
  ],
});
