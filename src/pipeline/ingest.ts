// The ingest pipeline over plain data: read → clean → metadata → segment → tag → emit.
// Each article is processed on its own; a bad one becomes an error line and the rest go on.
import { createHash } from 'node:crypto';
import { cleanPage } from './clean/index.ts';
import { emitMdx } from './emit.ts';
import { analyse, type Analysis } from './analyse/index.ts';
import { emitData, type DataFile } from './emit-data.ts';
import { emitDossier, type DossierPage } from './emit-dossier/index.ts';
import { headlineOf, inferMetadata } from './metadata/index.ts';
import { citedAgencies } from './metadata/cited-agencies.ts';
import { readPage } from './read/index.ts';
import type { Registry } from './registry.ts';
import { segment } from './segment.ts';
import { linePattern, parseSidecar } from './sidecar.ts';
import { slugOf, uniqueSlugs } from './slug.ts';
import { otherSpellings, tagBlocks } from './tag.ts';
import { escapeRegExp } from './words.ts';
import { InputError, type IngestError, type IngestReport, type IngestWarning, type Source, type Topic } from './types.ts';

/** One article file as found on disk, with its sidecar if it has one. */
export interface ArticleInput {
  file: string;
  bytes: Uint8Array;
  sidecar?: { file: string; text: string };
}

/** What every article is judged against. */
export interface IngestContext {
  topics: Topic[];
  registry: Registry;
  /** The output folder as it should appear in each source's `output` field. */
  outDir: string;
  /** Called after each article with how many are done, for progress on large runs. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Articles already read, by file: one whose bytes and sidecar are unchanged is not read again
   * (`npm run dev` keeps one across runs). It holds results for these topics and registry only:
   * whoever changes them starts a new cache.
   */
  cache?: ArticleCache;
}

/** What one article gave the last time it was read, by file name (see IngestContext.cache). */
export type ArticleCache = Map<string, { key: string; textKey: string; prepared: Prepared }>;

/** A generated file: its path inside its output folder, and its full text. */
export interface Output {
  name: string;
  text: string;
}

/** An article through the per-article stages, before the slugs and the analysis across sources. */
export type Prepared = Omit<Source, 'slug' | 'output' | 'syndicatedWith' | 'syndicatedSources' | 'widelyCarried'>;

/** What a run gives: the report, the source files and the dossier pages to write. */
export interface IngestResult {
  report: IngestReport;
  outputs: Output[];
  pages: DossierPage[];
  data: DataFile[];
}

/** Runs the pipeline over a set of articles (in file-name order): the report, the source files and the dossier pages to write. */
export function ingestArticles(inputs: ArticleInput[], ctx: IngestContext): IngestResult {
  const run = startRun(ctx);
  const ordered = inFileOrder(inputs);
  for (const [index, input] of ordered.entries()) run.read(input, index, ordered.length);
  return run.finish(ordered);
}

/**
 * As ingestArticles, returning to the event loop after each article. jsdom's pages reach their
 * nodes through WeakRefs, and V8 keeps whatever a WeakRef reached alive until the current task
 * ends: in one synchronous loop no closed page was ever freed, and 900 saved HTML pages held
 * 4 GB, the whole heap. The commands (ingest, dev, eval, bench) run this one.
 */
export async function ingestArticlesInTurns(inputs: ArticleInput[], ctx: IngestContext): Promise<IngestResult> {
  const run = startRun(ctx);
  const ordered = inFileOrder(inputs);
  for (const [index, input] of ordered.entries()) {
    run.read(input, index, ordered.length);
    await nextTurn();
  }
  return run.finish(ordered);
}

/** Resolves on the event loop's next turn, after the current task has ended. */
function nextTurn(): Promise<void> {
  return new Promise((done) => setImmediate(done));
}

/** The articles in file-name order, the order every run reads them in. */
function inFileOrder(inputs: ArticleInput[]): ArticleInput[] {
  return [...inputs].sort((a, b) => a.file.localeCompare(b.file));
}

/** A run under way: each article is read on its own (a bad one becomes an error line and the rest go on), then the run is finished across them. */
function startRun(ctx: IngestContext) {
  const errors: IngestError[] = [];
  const warnings: IngestWarning[] = [];
  const prepared: Prepared[] = [];
  const firstWithText = new Map<string, string>();

  const read = (input: ArticleInput, index: number, total: number) => {
    ctx.onProgress?.(index, total);
    try {
      const claimText = (textKey: string) => {
        const first = firstWithText.get(textKey);
        if (first) return first;
        firstWithText.set(textKey, input.file);
        return null;
      };
      const source = ctx.cache ? cachedArticle(input, ctx, ctx.cache, claimText) : prepareArticle(input, ctx, claimText);
      if (typeof source === 'string') warnings.push({ file: input.file, warning: `exact duplicate of ${source}; ingested once` });
      else prepared.push(source);
    } catch (error) {
      errors.push({ file: input.file, error: failureMessage(error) });
    }
  };

  const finish = (ordered: ArticleInput[]): IngestResult => {
    // Files gone since the last run leave the cache with them.
    if (ctx.cache) {
      const present = new Set(ordered.map((input) => input.file));
      for (const file of ctx.cache.keys()) if (!present.has(file)) ctx.cache.delete(file);
    }

    const slugs = uniqueSlugs(prepared.map((p) => slugOf(p.date, p.outlet, p.title)));
    const unanalysed = prepared.map((p, i): Source => ({ ...p, slug: slugs[i]!, syndicatedWith: [], syndicatedSources: 0, widelyCarried: 0, output: `${ctx.outDir}/${slugs[i]}.mdx` }));
    const analysis = analyse(unanalysed, ctx.topics);
    const sources = unanalysed.map((s) => ({
      ...s,
      syndicatedWith: analysis.syndication.get(s.slug)?.with ?? [],
      syndicatedSources: analysis.syndication.get(s.slug)?.sources ?? 0,
      widelyCarried: analysis.syndication.get(s.slug)?.widely ?? 0,
      alsoSpelled: [...new Set([...s.alsoSpelled, ...entitySpellingsMissing(s, analysis.entities)])],
    }));
    return {
      report: { sources, errors, warnings },
      outputs: sources.map((s) => ({ name: `${s.slug}.mdx`, text: emitMdx(s) })),
      pages: emitDossier(sources, ctx.topics, analysis),
      data: emitData(sources, analysis),
    };
  };

  return { read, finish };
}

/**
 * Why an article was not ingested, in one line: an InputError says it for the user; anything else
 * is a fault the page provoked, said as plainly as it can be (a stack overflow comes from a page
 * nested too deeply, a message of several lines is cut to its first).
 */
export function failureMessage(error: unknown): string {
  const message = String(error instanceof Error ? error.message : error).split('\n')[0]!.trim();
  if (error instanceof InputError) return message;
  if (error instanceof RangeError && /call stack/i.test(message)) return `could not be ingested (too deeply nested or too complex to read: ${message})`;
  return `could not be ingested (${message || (error as Error)?.name || 'unknown error'})`;
}

/** An article from the cache when its bytes and sidecar are those read last time, else read again and kept. */
function cachedArticle(input: ArticleInput, ctx: IngestContext, cache: ArticleCache, claimText: (key: string) => string | null): Prepared | string {
  const key = createHash('sha256').update(input.bytes).update(`\0${input.sidecar?.file ?? ''}\0${input.sidecar?.text ?? ''}`).digest('hex');
  const hit = cache.get(input.file);
  if (hit?.key === key) return claimText(hit.textKey) ?? hit.prepared;
  cache.delete(input.file);
  let textKey = '';
  const result = prepareArticle(input, ctx, (k) => claimText((textKey = k)));
  if (typeof result !== 'string') cache.set(input.file, { key, textKey, prepared: result });
  return result;
}

/** One article through every stage; returns the earlier file's name instead when it is an exact duplicate. */
function prepareArticle(input: ArticleInput, ctx: IngestContext, claimText: (key: string) => string | null): Prepared | string {
  const sidecar = input.sidecar ? parseSidecar(input.sidecar.file, input.sidecar.text) : undefined;
  const page = readPage(input.file, input.bytes);
  const duplicateOf = claimText(createHash('sha256').update(JSON.stringify(page.lines)).digest('hex'));
  if (duplicateOf) return duplicateOf;

  const cleaned = cleanPage(page.lines, {
    title: page.hints.title,
    keep: sidecar?.keep.map((p) => linePattern(sidecar.file, p)),
    drop: sidecar?.drop.map((p) => linePattern(sidecar.file, p)),
    agencyCredit: agencyCreditTest(ctx.registry),
  });
  if (!cleaned.kept.some((k) => k.role === 'paragraph')) {
    throw new InputError(`no article body left after cleaning (${page.lines.length} lines, all page furniture)`);
  }
  const metadata = inferMetadata(cleaned, page.hints, ctx.registry, sidecar?.fields);
  // A summary box's bullets say what the article is about, as its headline does.
  const headlines = [headlineOf(cleaned, page.hints, sidecar?.fields), ...cleaned.removed.filter((r) => r.reason === 'summary-box').map((r) => r.text)];
  const { blocks, topics } = tagBlocks(segment(cleaned.kept), ctx.topics, metadata.language, headlines.filter((h): h is string => !!h));
  return {
    file: input.file,
    format: page.format,
    encoding: page.encoding,
    ...metadata,
    words: countWords(blocks.map((b) => b.text).join('\n')),
    sha256: page.sha256,
    topics,
    citedAgencies: citedAgencies(blocks, ctx.registry, metadata.agencies),
    alsoSpelled: otherSpellings([metadata.title, ...blocks.map((b) => b.text)].join('\n'), ctx.topics),
    blocks,
    removed: cleaned.removed,
  };
}

/** Spellings of the entities a source names that the source itself does not use (for search). */
function entitySpellingsMissing(source: Source, entities: Analysis['entities']): string[] {
  const text = source.blocks.map((b) => b.text).join('\n');
  return entities
    .filter((e) => e.aliases.length && e.mentions.some((m) => m.source === source.slug))
    .flatMap((e) => [e.name, ...e.aliases])
    .filter((spelling) => !text.includes(spelling));
}

const agencyCreditTests = new WeakMap<Registry, (text: string) => boolean>();

/** A test for credit lines that name wire agencies: "Le Monde avec AFP", "AP, AFP, dpa". */
function agencyCreditTest(registry: Registry): (text: string) => boolean {
  let test = agencyCreditTests.get(registry);
  if (!test) {
    const names = registry.agencies
      .flatMap((a) => [a.name, ...a.aliases])
      .map(escapeRegExp)
      .join('|');
    const joiner = String.raw`(?:\s*[,/&+]\s*|\s+(?:and|et|und|y|и|з)\s+)`;
    // "来源：新华社", "출처: 연합뉴스": a Chinese or Korean page names the copy's source under a label.
    const sourceLabel = String.raw`(?:(?:来源|來源|稿源|출처)\s*[：:]\s*)?`;
    // "Von dpa", "Par AFP": an agency under a byline's word, spelt as the agency spells itself.
    const byWord = String.raw`(?:(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Оо]т|[Вв]ід)\s*:?\s+)?`;
    const credit = new RegExp(String.raw`^${sourceLabel}${byWord}(?:[\p{L}0-9 .'’&-]{1,40}?\s(?:with|avec|mit|con|и|з|w\/)\s)?(?:[Tt]he\s+)?(?:${names})(?:${joiner}(?:${names}))*$`, 'u');
    test = (text: string) => text.length <= 60 && credit.test(text);
    agencyCreditTests.set(registry, test);
  }
  return test;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Counts words the way the language does (works for scripts without spaces too). */
export function countWords(text: string): number {
  let n = 0;
  for (const s of segmenter.segment(text)) if (s.isWordLike) n++;
  return n;
}
