// @ts-check
import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

// DOSSIER_BASE hosts the site in a subfolder ("/dossier/"); DOSSIER_SITE is its absolute URL.
const base = process.env.DOSSIER_BASE || '/';
const site = process.env.DOSSIER_SITE || undefined;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Source text is shown exactly as published: no curly-quote or dash substitution.
  markdown: { smartypants: false },
  integrations: [
    starlight({
      title: 'Kursk dossier',
      description: 'North Korean troops in Kursk, Ukraine’s Kursk incursion and drone strikes on Russian oil depots, from the sources.',
      sidebar: [
        { label: 'Overview', link: '/' },
        { label: 'All sources', link: '/sources/' },
        { label: 'How this dossier is made', link: '/about/' },
      ],
      pagefind: true,
    }),
    mdx(),
  ],
});
