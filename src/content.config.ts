import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { readdirSync, readFileSync } from 'node:fs';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parseTopic } from './pipeline/topics.ts';
import { citeControls } from './site/citations/controls.ts';
import { generatedMdxLoader } from './site/generated-mdx-loader.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
// Where the ingest wrote its output; tests point this at a build of their own.
const generated = process.env.DOSSIER_CONTENT ?? './content';
const topicTitles = new Map(
  readdirSync('content/topics')
    .filter((name) => name.endsWith('.md'))
    .map((name) => parseTopic(name.slice(0, -3), readFileSync(`content/topics/${name}`, 'utf8')))
    .map((topic) => [topic.id, topic.title]),
);
// Every source paragraph and every quoted passage can be cited: a link to the paragraph on this
// site (DOSSIER_BASE, DOSSIER_SITE as astro.config.mjs reads them) and the day the site was built.
const cite = citeControls({
  sourcesDir: `${generated}/sources`,
  base: process.env.DOSSIER_BASE || '/',
  site: process.env.DOSSIER_SITE || undefined,
  accessed: new Date().toISOString().slice(0, 10),
});

/** Front matter the ingest writes into content/sources/<slug>.mdx (see src/pipeline/emit.ts). */
const sources = defineCollection({
  // Source pages live at /sources/<slug>/, so a topic page is two folders up.
  loader: generatedMdxLoader({ base: `${generated}/sources`, topicTitles, topicHref: (id) => `../../topics/${id}/`, cite }),
  schema: z.object({
    title: z.string(),
    outlet: z.string().nullable(),
    outletBasis: z.string().default('not stated'),
    authors: z.array(z.string()),
    agencies: z.array(z.string()),
    citedAgencies: z.array(z.object({ name: z.string(), paragraph: z.string() })).default([]),
    published: day.nullable(),
    date: day.nullable(),
    dateBasis: z.string(),
    url: z.string().nullable(),
    language: z.string().nullable(),
    words: z.number(),
    topics: z.array(z.string()),
    alsoSpelled: z.array(z.string()).default([]),
    syndicatedWith: z.array(z.object({ source: z.string(), paragraphs: z.number() })).default([]),
    syndicatedSources: z.number().default(0),
    widelyCarried: z.number().default(0),
    file: z.string(),
    format: z.enum(['txt', 'md', 'html']),
    encoding: z.string(),
    sha256: z.string(),
    removed: z.array(z.object({ text: z.string(), reason: z.string() })),
  }),
});

/** Topic definitions, content/topics/<id>.md (match rules are read by the ingest). */
const topics = defineCollection({
  loader: glob({ base: './content/topics', pattern: '*.md' }),
  schema: z.object({
    title: z.string(),
    summary: z.string(),
    match: z.record(z.string(), z.array(z.array(z.string()))),
    variants: z.array(z.array(z.string())).default([]),
  }),
});

/** The dossier's own pages (overview, topic pages, indexes), which the ingest writes as MDX. */
const dossier = defineCollection({
  loader: generatedMdxLoader({
    base: `${generated}/dossier`,
    topicTitles,
    topicHref: () => {
      throw new Error('a source paragraph outside content/sources');
    },
    cite,
    quotes: `${generated}/sources`,
  }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
    kind: z.enum(['overview', 'topics', 'topic', 'passages', 'sources', 'month', 'timeline', 'entities', 'entity']),
    path: z.string(),
    topic: z.string().optional(),
    diagram: z.boolean().default(false),
    alsoSpelled: z.array(z.string()).default([]),
  }),
});

export const collections = {
  dossier,
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  // The dossier's own wording of Starlight's and Pagefind's labels (src/content/i18n/en.json).
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  sources,
  topics,
};
