import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { MAX_NAME_BYTES } from './slug.ts';
import { InputError, type Topic } from './types.ts';

const termGroup = z.array(z.string().min(1)).min(1);
const frontMatter = z.object({
  title: z.string().min(1),
  summary: z.string().min(1),
  // Terms per language, keyed by ISO 639-1 code ("en", "uk"); a language is added by adding its terms.
  match: z
    .record(z.string(), z.array(termGroup).min(1))
    .superRefine((m, ctx) => {
      for (const key of Object.keys(m)) if (!/^[a-z]{2}$/.test(key)) ctx.addIssue({ code: 'custom', message: `${key}: not a language code such as en or uk` });
      if (!('en' in m)) ctx.addIssue({ code: 'custom', message: 'needs English terms (en), used for languages without terms of their own' });
    }),
  variants: z.array(termGroup).default([]),
  // Terms in any language that put a paragraph off the topic (another event of the same name).
  unless: z.array(z.string().min(1)).default([]),
});

/** Parses a topic file (content/topics/<id>.md): YAML front matter holds the title, summary and match rules. */
export function parseTopic(id: string, text: string): Topic {
  // The id names the topic's pages (topics/<id>.mdx), so it is held to the bound of every page name.
  if (Buffer.byteLength(id) > MAX_NAME_BYTES) throw new InputError(`topic ${id.slice(0, 40)}…: file name too long for a page name (${Buffer.byteLength(id)} bytes; at most ${MAX_NAME_BYTES})`);
  const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  if (!yaml) throw new InputError(`topic ${id}: no front matter`);
  const parsed = frontMatter.safeParse(parseYaml(yaml));
  if (!parsed.success) throw new InputError(`topic ${id}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const { title, summary, match, variants, unless } = parsed.data;
  return { id, title, summary, match, variants, unless };
}
