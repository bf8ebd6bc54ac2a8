// Labelled corpora for `npm run eval`, in the two formats of shared/corpora/README.md:
// - DIR/gold.jsonl: {"id","title","body"} a line; the page is DIR/html/ID.html or DIR/text/ID.txt.
// - DIR/manifest.jsonl: one page a line with `file` (under --files, default DIR) and any of
//   title, outlet, authors, agencies, published, language, topics, junk_examples, body_start, body_end, url.
// A label that is absent is not scored; a label that is null means "the page states none".
import { z } from 'zod';

/** What a careful reader says one page contains. Undefined: not labelled. Null: the page has none. */
export interface Gold {
  title?: string | null;
  body?: string;
  outlet?: string | null;
  authors?: string[];
  agencies?: string[];
  published?: string | null;
  language?: string | null;
  topics?: string[];
  junk?: string[];
  bodyStart?: string;
  bodyEnd?: string;
}

/** One labelled page: where its file is (relative to the corpus's page folder) and its labels. */
export interface LabelledPage {
  id: string;
  /** The page's path under `root`. */
  file: string;
  url?: string;
  gold: Gold;
}

/** A labelled corpus: the folder its pages are under, and the pages. */
export interface Corpus {
  root: string;
  pages: LabelledPage[];
}

const goldLine = z.object({ id: z.string().min(1), title: z.string().nullable().optional(), body: z.string() });
const manifestLine = z.object({
  file: z.string().min(1),
  url: z.string().optional(),
  title: z.string().nullable().optional(),
  outlet: z.string().nullable().optional(),
  authors: z.array(z.string()).optional(),
  agencies: z.array(z.string()).optional(),
  published: z.string().nullable().optional(),
  language: z.string().nullable().optional(),
  topics: z.array(z.string()).optional(),
  junk_examples: z.array(z.string()).optional(),
  body_start: z.string().optional(),
  body_end: z.string().optional(),
});

/** Parses JSON lines, naming the file and line of the first bad one. */
function jsonLines<T>(name: string, text: string, schema: z.ZodType<T>): T[] {
  return text
    .split('\n')
    .map((line, i) => [line, i + 1] as const)
    .filter(([line]) => line.trim())
    .map(([line, n]) => {
      let data: unknown;
      try {
        data = JSON.parse(line);
      } catch (error) {
        throw new Error(`${name} line ${n}: not JSON (${(error as Error).message})`);
      }
      const parsed = schema.safeParse(data);
      if (!parsed.success) throw new Error(`${name} line ${n}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ')}`);
      return parsed.data;
    });
}

/** Pages of a gold.jsonl corpus, in the format asked for. */
export function parseGoldJsonl(name: string, text: string, format: 'html' | 'txt'): LabelledPage[] {
  return jsonLines(name, text, goldLine).map((g) => ({
    id: g.id,
    file: format === 'html' ? `html/${g.id}.html` : `text/${g.id}.txt`,
    gold: { body: g.body, ...(g.title !== undefined && g.title !== null ? { title: g.title } : {}) },
  }));
}

/** Pages of a manifest.jsonl corpus. */
export function parseManifestJsonl(name: string, text: string): LabelledPage[] {
  return jsonLines(name, text, manifestLine).map((m) => {
    const gold: Gold = {};
    if (m.title !== undefined) gold.title = m.title;
    if (m.outlet !== undefined) gold.outlet = m.outlet;
    if (m.authors) gold.authors = m.authors;
    if (m.agencies) gold.agencies = m.agencies;
    if (m.published !== undefined) gold.published = m.published;
    if (m.language !== undefined) gold.language = m.language;
    if (m.topics) gold.topics = m.topics;
    if (m.junk_examples) gold.junk = m.junk_examples;
    if (m.body_start) gold.bodyStart = m.body_start;
    if (m.body_end) gold.bodyEnd = m.body_end;
    return { id: m.file, file: m.file, ...(m.url ? { url: m.url } : {}), gold };
  });
}
