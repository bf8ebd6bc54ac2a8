import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
// Where the ingest wrote its output; tests point this at a build of their own.
const generated = process.env.DOSSIER_CONTENT ?? './content';

/** Front matter the ingest writes into content/sources/<slug>.mdx (see src/pipeline/emit.ts). */
const sources = defineCollection({
  loader: glob({ base: `${generated}/sources`, pattern: '*.mdx' }),
  schema: z.object({
    title: z.string(),
    outlet: z.string().nullable(),
    authors: z.array(z.string()),
    agencies: z.array(z.string()),
    published: day.nullable(),
    date: day.nullable(),
    dateBasis: z.string(),
    url: z.string().nullable(),
    language: z.string().nullable(),
    words: z.number(),
    topics: z.array(z.string()),
    alsoSpelled: z.array(z.string()).default([]),
    syndicatedWith: z.array(z.object({ source: z.string(), paragraphs: z.number() })).default([]),
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
    match: z.object({ all: z.array(z.array(z.string())) }),
    variants: z.array(z.array(z.string())).default([]),
  }),
});

/** The dossier's own pages (overview, topic pages, indexes), which the ingest writes as MDX. */
const dossier = defineCollection({
  loader: glob({ base: `${generated}/dossier`, pattern: '**/*.mdx' }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
    kind: z.enum(['overview', 'topics', 'topic', 'sources', 'timeline', 'entities', 'entity']),
    path: z.string(),
    topic: z.string().optional(),
    diagram: z.boolean().default(false),
    alsoSpelled: z.array(z.string()).default([]),
  }),
});

export const collections = {
  dossier,
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  sources,
  topics,
};
