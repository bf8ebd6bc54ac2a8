import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { InputError } from './types.ts';

const schema = z.strictObject({
  outlets: z.array(z.strictObject({ name: z.string(), hosts: z.array(z.string()).default([]), aliases: z.array(z.string()).default([]) })),
  // `ambiguous`: spellings that also name a person or a thing ("Bloomberg" the mayor): they stand
  // for the agency in a credit or a dateline, not in an article's running text.
  agencies: z.array(z.strictObject({ name: z.string(), aliases: z.array(z.string()).default([]), ambiguous: z.array(z.string()).default([]) })),
});

/** Known outlets and wire agencies, from content/outlets.yaml. */
export type Registry = z.infer<typeof schema>;

/** Parses content/outlets.yaml; throws an InputError saying what is wrong in one line. */
export function parseRegistry(text: string): Registry {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new InputError(`malformed outlets file: ${(error as Error).message.split('\n')[0]}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new InputError(`malformed outlets file: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

const hostIndexes = new WeakMap<Registry, Map<string, string>>();

/** Host → outlet name, built once per registry (the registry lists a few hundred outlets; every article asks). */
function hostIndex(registry: Registry): Map<string, string> {
  let index = hostIndexes.get(registry);
  if (!index) {
    index = new Map();
    for (const outlet of registry.outlets) for (const host of outlet.hosts) if (!index.has(host)) index.set(host, outlet.name);
    hostIndexes.set(registry, index);
  }
  return index;
}

/** The outlet that publishes on a URL's host (subdomains included), or null. */
export function outletForUrl(registry: Registry, url: string | null): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
  const index = hostIndex(registry);
  // The host itself, then each parent domain: news.example.com, example.com, com.
  for (let suffix = host; ; ) {
    const name = index.get(suffix);
    if (name) return name;
    const dot = suffix.indexOf('.');
    if (dot < 0) return null;
    suffix = suffix.slice(dot + 1);
  }
}

/** The canonical name of a wire agency ("Associated Press" → "AP"), or null when it is not one. */
export function agencyName(registry: Registry, name: string): string | null {
  // "The Associated Press": the article a credit may put before the name is not part of it.
  const want = name.trim().toLowerCase().replace(/^the\s+/, '');
  return registry.agencies.find((a) => [a.name, ...a.aliases].some((n) => n.toLowerCase() === want))?.name ?? null;
}
