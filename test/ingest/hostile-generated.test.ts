// The generated hostile battery: pages made in code (test/helpers/hostile-pages.ts) that are
// huge, one line long, runs of capitals, only emoji or invisible characters, broken encodings,
// NUL bytes, fifty thousand tiny lines, five thousand levels of HTML or Markdown, one paragraph
// over and over, thousands of events on one day or people on one page, lines of one pattern,
// long quotes and very long titles, all run together through the real CLI as the site build
// runs it. Nothing may stop the run: every
// file is ingested or rejected in one line naming it, every file written has a name the file
// system accepts, nothing is left half-written, and every MDX file reads as the site reads it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_NAME_BYTES } from '../../src/pipeline/slug.ts';
import type { IngestReport } from '../../src/pipeline/types.ts';
import { renderGeneratedMdx } from '../../src/site/generated-mdx.ts';
import { hostilePages, paragraph, random } from '../helpers/hostile-pages.ts';
import { ROOT } from '../helpers/paths.ts';

/** The longest a run of the battery may take: far above its usual time, so only a hang fails it. */
const RUN_TIMEOUT_MS = 180_000;

const pages: Record<string, Buffer> = {
  ...hostilePages(),
  // An ordinary HTML page read after the deep one: one page's failure must not break the reader for the next.
  'plain-after-deep.html': Buffer.from(`<!doctype html><html lang="en"><head><title>An ordinary page after the deep one</title></head><body><article><h1>An ordinary page after the deep one</h1><p>${paragraph(random(7), 4)}</p></article></body></html>`),
};

let dir: string;
let run: { code: number | null; signal: string | null; stdout: string; stderr: string; error?: Error };
let report: IngestReport;
let written: string[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hostile-generated-'));
  mkdirSync(join(dir, 'articles'));
  for (const [name, bytes] of Object.entries(pages)) writeFileSync(join(dir, 'articles', name), bytes);
  const args = ['--in', join(dir, 'articles'), '--out', join(dir, 'sources'), '--pages', join(dir, 'pages'), '--json', '--allow-rejected', '--topics', join(ROOT, 'content/topics'), '--outlets', join(ROOT, 'content/outlets.yaml')];
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/ingest.ts'), ...args], { cwd: dir, encoding: 'utf8', timeout: RUN_TIMEOUT_MS, maxBuffer: 1 << 30, env: { ...process.env, FORCE_COLOR: '0' } });
  run = { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr, ...(result.error ? { error: result.error } : {}) };
  report = run.code === 0 ? JSON.parse(run.stdout) : { sources: [], errors: [], warnings: [] };
  // A run that crashed may not have made its folders; the tests below then say what went wrong.
  written = ['sources', 'pages'].flatMap((folder) => (existsSync(join(dir, folder)) ? readdirSync(join(dir, folder), { recursive: true, encoding: 'utf8' }).map((name) => join(folder, name)) : []));
}, RUN_TIMEOUT_MS + 30_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const source = (file: string) => {
  const s = report.sources.find((x) => x.file === file);
  if (!s) throw new Error(`${file} was not ingested: ${JSON.stringify(report.errors.find((e) => e.file === file))}`);
  return s;
};
const error = (file: string) => report.errors.find((e) => e.file === file)?.error;

describe('the run', () => {
  it('finishes and exits 0 with --allow-rejected', () => {
    expect(run.error?.message ?? null, `the run did not finish in ${RUN_TIMEOUT_MS / 1000} s`).toBeNull();
    expect(run.signal).toBeNull();
    expect(run.code, run.stderr.slice(0, 2000)).toBe(0);
  });

  it('prints exactly one JSON object on stdout', () => {
    expect(run.stdout.endsWith('}\n')).toBe(true);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(Object.keys(JSON.parse(run.stdout))).toEqual(['sources', 'errors', 'warnings']);
  });

  it('has an entry for every file, as a source or as an error, and only one', () => {
    const entries = [...report.sources.map((s) => s.file), ...report.errors.map((e) => e.file)];
    expect(entries.sort()).toEqual(Object.keys(pages).sort());
  });

  it('rejects each file it rejects in one line that says why', () => {
    for (const e of report.errors) {
      expect(e.error).toMatch(/^[^\n]{10,300}$/);
      expect(e.error).not.toMatch(/\bat \S+ \(|node:internal|\.ts:\d+/);
    }
  });
});

describe('what lands on disk', () => {
  it('writes only names the file system accepts, and bounds every name made from text', () => {
    for (const path of written) for (const part of path.split('/')) expect(Buffer.byteLength(part), path).toBeLessThanOrEqual(255);
    for (const path of written) expect(Buffer.byteLength(path.split('/').at(-1)!.replace(/\.(mdx|json|csv)$/, '')), path).toBeLessThanOrEqual(MAX_NAME_BYTES);
    for (const s of report.sources) {
      expect(Buffer.byteLength(s.slug)).toBeLessThanOrEqual(MAX_NAME_BYTES);
      for (const b of s.blocks) expect(Buffer.byteLength(b.id)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    }
  });

  it('leaves no temporary file behind', () => {
    expect(written.filter((p) => p.endsWith('.tmp'))).toEqual([]);
  });

  it('writes one MDX file per source, and nothing for a rejected file', () => {
    expect(written.filter((p) => p.startsWith('sources/')).sort()).toEqual(report.sources.map((s) => `sources/${s.slug}.mdx`).sort());
  });

  it('writes MDX that the site reads: front matter, text, and only the ingest’s own components', () => {
    const options = { topicTitles: new Map<string, string>(), topicHref: (id: string) => `../topics/${id}/` };
    const mdx = written.filter((p) => p.endsWith('.mdx'));
    expect(mdx.length).toBeGreaterThan(report.sources.length);
    for (const path of mdx) {
      const text = readFileSync(join(dir, path), 'utf8');
      let page;
      try {
        page = renderGeneratedMdx(text, options);
      } catch (e) {
        throw new Error(`${path}: ${(e as Error).message}`);
      }
      expect(page.data.title, path).toEqual(expect.any(String));
    }
  });
});

describe('each hostile page', () => {
  it('a 5 MB page is ingested whole', () => {
    const s = source('huge.txt');
    expect(pages['huge.txt']!.length).toBeGreaterThan(5_000_000);
    expect(s.blocks.filter((b) => b.type === 'paragraph')).toHaveLength(10_000);
  });

  it('a page of one 1 MB line is one paragraph', () => {
    const s = source('one-line.txt');
    expect(pages['one-line.txt']!.length).toBeGreaterThan(1_000_000);
    expect(s.blocks).toHaveLength(1);
    expect(s.blocks[0]!.text.length).toBeGreaterThan(1_000_000);
  });

  it('runs of sixty and more capitalised words make no entity of more than six words', () => {
    source('capitalised-runs.txt');
    const entities = JSON.parse(readFileSync(join(dir, 'pages/data/entities.json'), 'utf8')).entities as { id: string; name: string }[];
    expect(entities.filter((e) => e.name.split(' ').length > 6)).toEqual([]);
    for (const e of entities) expect(Buffer.byteLength(e.id)).toBeLessThanOrEqual(MAX_NAME_BYTES);
  });

  it('very long titles, outlets and names give bounded slugs, still led by the date', () => {
    expect(source('long-title.txt').slug).toMatch(/^undated-[a-z]+-[0-9a-f]{8}$/);
    expect(source('long-names.md').slug).toMatch(/^2024-12-01-[a-z0-9-]+-[0-9a-f]{8}$/);
    expect(source('long-names.md').outlet!.length).toBeGreaterThan(150);
  });

  it('pages of only emoji or only invisible characters are rejected as having no article', () => {
    expect(error('emoji-only.txt')).toMatch(/^no article body left after cleaning/);
    expect(error('zero-width-only.txt')).toMatch(/^no article body left after cleaning/);
  });

  it('combining marks, right-to-left text and zero-width characters are kept as text', () => {
    expect(source('combining-marks.txt').blocks.map((b) => b.text).join(' ')).toMatch(/a\u0300\u0301\u0302\u0303/);
    expect(source('rtl.txt').blocks.map((b) => b.text).join(' ')).toMatch(/[\u05d0-\u05ea]{5}/);
    expect(source('zero-width.txt').blocks.filter((b) => b.type === 'paragraph')).toHaveLength(6);
  });

  it('NUL bytes at the start reject the file as binary; a stray one deep inside is damage, dropped before anything is written', () => {
    expect(error('nul-bytes.txt')).toBe('binary file (NUL or control bytes), not a text article');
    expect(JSON.stringify(source('late-nul-bytes.txt'))).not.toContain('\\u0000');
  });

  it('a lone surrogate rejects UTF-16 naming the encoding; an encoded one in UTF-8 is replaced, and the rest read as UTF-8', () => {
    expect(error('lone-surrogate-utf16.txt')).toBe('not valid UTF-16LE text despite its byte-order mark (a lone surrogate or a cut-off character)');
    const s = source('encoded-surrogate-utf8.txt');
    expect(s.encoding).toBe('utf-8 (1 invalid byte sequence replaced)');
    expect(s.blocks.map((b) => b.text).join(' ')).toContain('café in Київ —');
    expect(JSON.stringify(s)).not.toMatch(/Ã|Ð/);
  });

  it('fifty thousand tiny lines are read: each is judged and kept in the audit, the paragraph after them is the article', () => {
    const s = source('tiny-lines.txt');
    const lines = pages['tiny-lines.txt']!.toString('utf8').split('\n').filter((l) => l.trim());
    // The headline, the tiny lines, the paragraph: nothing is lost silently.
    expect(s.removed.length + s.blocks.length).toBeGreaterThanOrEqual(lines.length - 2);
    expect(s.removed.length).toBeGreaterThan(40_000);
    expect(s.blocks.at(-1)!.text).toBe(lines.at(-1));
    // A stop or a comma alone is no paragraph.
    expect(s.blocks.filter((b) => !/[\p{L}\p{N}]/u.test(b.text))).toEqual([]);
  });

  it('Markdown nested a thousand levels deep is rejected in one line, before the parser takes minutes over it', () => {
    expect(error('deep-list.md')).toBe('Markdown nested too deeply to read (a line opens 1000 levels of lists, quotes or indentation; at most 32)');
    expect(error('deep-quote.md')).toBe('Markdown nested too deeply to read (a line opens 5000 levels of lists, quotes or indentation; at most 32)');
  });

  it('one paragraph repeated 5,000 times is 5,000 paragraphs with their own anchors', () => {
    const ids = source('repeated-paragraph.txt').blocks.map((b) => b.id);
    expect(ids).toHaveLength(5000);
    expect(new Set(ids).size).toBe(5000);
  });

  it('5,000 different sentences about one Monday are on the timeline', () => {
    expect(source('same-day.txt').date).toBe('2024-12-14');
    const events = JSON.parse(readFileSync(join(dir, 'pages/data/timeline.json'), 'utf8')).events as { date: string }[];
    expect(events.filter((e) => e.date === '2024-12-09').length).toBeGreaterThan(4000);
  });

  it('lines of 100,000 characters of one pattern are read, and four thousand people are named', () => {
    expect(source('pattern-lines.txt').blocks.length).toBeGreaterThanOrEqual(10);
    const entities = JSON.parse(readFileSync(join(dir, 'pages/data/entities.json'), 'utf8')).entities as { type: string; mentions: { source: string }[] }[];
    const slug = source('many-people.txt').slug;
    expect(entities.filter((e) => e.type === 'person' && e.mentions.some((m) => m.source === slug)).length).toBeGreaterThan(3000);
  });

  it('two versions of a 30,000-word statement are set side by side', () => {
    const groups = JSON.parse(readFileSync(join(dir, 'pages/data/quotes.json'), 'utf8')).groups as { variants: { source: string }[] }[];
    const slugs = [source('long-quote-a.txt').slug, source('long-quote-b.txt').slug];
    expect(groups.some((g) => slugs.every((s) => g.variants.some((v) => v.source === s)))).toBe(true);
  });

  // The HTML reader is being rewritten (src/pipeline/read/html.ts). Today the 5,000-level page
  // overflows the stack in jsdom's cloneNode (html.ts clones the document for Readability) and is
  // rejected in one line within seconds. Either outcome keeps the rule; what may not happen is a
  // crash, a hang or a broken reader for the next page. Beware: Readability's time grows about
  // with the cube of the depth (1,000 levels took 10 s, 2,000 took 60 s), so a reader that no
  // longer overflows needs a depth limit of its own, or this run will exceed RUN_TIMEOUT_MS.
  it('a page nested 5,000 levels deep is ingested or rejected in one line, and the next HTML page is read', () => {
    const deep = report.sources.find((s) => s.file === 'deep.html');
    if (deep) expect(deep.blocks.map((b) => b.type)).toContain('paragraph');
    else expect(error('deep.html')).toMatch(/^could not be ingested \(too deeply nested|^[^\n]*nested[^\n]*$/);
    expect(source('plain-after-deep.html').title).toBe('An ordinary page after the deep one');
  });
});
