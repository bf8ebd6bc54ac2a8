// A sidecar NAME.meta.yaml beside NAME.txt|md|html corrects one article: any metadata field it
// sets wins over what was extracted, and its keep:/drop: patterns overrule the cleaner for the
// lines they match. Sidecars are inputs, so their corrections survive every re-ingest.
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { LinePattern } from './clean/index.ts';
import { InputError, type Sidecar } from './types.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const schema = z.strictObject({
  title: z.string().min(1).optional(),
  outlet: z.string().min(1).nullable().optional(),
  authors: z.array(z.string().min(1)).optional(),
  agencies: z.array(z.string().min(1)).optional(),
  published: day.nullable().optional(),
  date: day.nullable().optional(),
  url: z.url().nullable().optional(),
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'expected a language code such as "en"').nullable().optional(),
  keep: z.array(z.string().min(1)).default([]),
  drop: z.array(z.string().min(1)).default([]),
});

/** Parses a sidecar; throws an InputError naming the sidecar file and the problem. */
export function parseSidecar(file: string, text: string): Sidecar {
  let data: unknown;
  try {
    data = parseYaml(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(`malformed sidecar ${file}: ${(error as Error).message.split('\n')[0]}`);
  }
  const parsed = schema.safeParse(data ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
    throw new InputError(`malformed sidecar ${file}: ${problems}`);
  }
  const { keep, drop, ...fields } = parsed.data;
  for (const pattern of [...keep, ...drop]) linePattern(file, pattern);
  return { file, fields, keep, drop };
}

/** A sidecar pattern as a test: "/regex/flags", or else a piece of text the line contains. */
export function linePattern(file: string, pattern: string): LinePattern {
  const regex = /^\/(.+)\/([a-z]*)$/.exec(pattern);
  if (!regex) return (text) => text.includes(pattern);
  try {
    const re = new RegExp(regex[1]!, regex[2]!.replace(/[gy]/g, ''));
    return (text) => re.test(text);
  } catch (error) {
    throw new InputError(`malformed sidecar ${file}: bad pattern ${pattern}: ${(error as Error).message}`);
  }
}
