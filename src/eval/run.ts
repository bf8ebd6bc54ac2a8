// Runs the real ingest over a labelled corpus, in a temporary folder, and scores every page.
// The pages go through exactly what `npm run ingest` does (read, clean, metadata, segment, tag,
// analyse, emit, atomic writes), so a page that would stop or break a user's run does here too.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syncOutputs } from '../pipeline/files.ts';
import { ingestArticlesInTurns, type ArticleInput } from '../pipeline/ingest.ts';
import type { Registry } from '../pipeline/registry.ts';
import type { Source, Topic } from '../pipeline/types.ts';
import type { Corpus, LabelledPage } from './corpus.ts';
import { scorePage, type PageScore, type Predicted } from './score.ts';

export interface EvalOptions {
  topics: Topic[];
  registry: Registry;
  /** Give each page the URL its label records, as a crawler's sidecar would (default true). */
  urls?: boolean;
  onProgress?: (done: number, total: number) => void;
}

/** Pages with what eval made of them. `writeError` is set when writing the outputs failed. */
export interface EvalRun {
  scores: PageScore[];
  writeError: string | null;
}

/** A file name for a page inside the ingest's input set: unique, with the page's own extension. */
function inputName(page: LabelledPage, index: number): string {
  const ext = /\.[A-Za-z0-9]+$/.exec(page.file)?.[0] ?? '.txt';
  return `${String(index).padStart(5, '0')}${ext}`;
}

/** Reads a corpus's page files; a missing file is reported as that page's rejection. */
function loadInputs(corpus: Corpus, urls: boolean): { inputs: ArticleInput[]; missing: Map<string, string> } {
  const inputs: ArticleInput[] = [];
  const missing = new Map<string, string>();
  corpus.pages.forEach((page, i) => {
    const file = inputName(page, i);
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(corpus.root, page.file));
    } catch (error) {
      missing.set(file, `cannot read ${join(corpus.root, page.file)} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      return;
    }
    const sidecar = urls && page.url ? { file: file.replace(/\.[^.]+$/, '.meta.yaml'), text: `url: ${JSON.stringify(page.url)}\n` } : undefined;
    inputs.push({ file, bytes, ...(sidecar ? { sidecar } : {}) });
  });
  return { inputs, missing };
}

function predicted(source: Source, registry: Registry): Predicted {
  return {
    title: source.title,
    body: source.blocks.map((b) => b.text),
    outlet: source.outlet,
    outletAliases: registry.outlets.find((o) => o.name === source.outlet)?.aliases ?? [],
    authors: source.authors,
    // The corpora label an agency the article credits and one it names as a source alike.
    agencies: [...new Set([...source.agencies, ...source.citedAgencies.map((a) => a.name)])],
    agencyAliases: Object.fromEntries(registry.agencies.map((a) => [a.name, a.aliases])),
    published: source.published,
    language: source.language,
    topics: source.topics,
    removed: source.removed.map((r) => r.text),
  };
}

/** Ingests every page of the corpus into a temporary folder (removed afterwards) and scores each. */
export async function evaluate(corpus: Corpus, options: EvalOptions): Promise<EvalRun> {
  const { inputs, missing } = loadInputs(corpus, options.urls ?? true);
  const { report, outputs, pages, data } = await ingestArticlesInTurns(inputs, {
    topics: options.topics,
    registry: options.registry,
    outDir: 'sources',
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const work = mkdtempSync(join(tmpdir(), 'dossier-eval-'));
  let writeError: string | null = null;
  try {
    const failed = [
      ...syncOutputs(join(work, 'sources'), outputs).failed,
      ...syncOutputs(join(work, 'dossier'), [...pages.map((p) => ({ name: p.file, text: p.text })), ...data.map((d) => ({ name: `data/${d.name}`, text: d.text }))]).failed,
    ];
    if (failed.length) writeError = failed.map((f) => `${f.name}: ${f.error}`).join('; ');
  } catch (error) {
    writeError = (error as Error).message;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  const byFile = new Map(report.sources.map((s) => [s.file, s]));
  const errors = new Map(report.errors.map((e) => [e.file, e.error]));
  // An exact duplicate of an earlier page is ingested once: it reads as that page.
  for (const w of report.warnings) {
    const first = /^exact duplicate of (.+); ingested once$/.exec(w.warning)?.[1];
    const source = first && byFile.get(first);
    if (source) byFile.set(w.file, source);
  }
  const scores = corpus.pages.map((page, i) => {
    const file = inputName(page, i);
    const source = byFile.get(file);
    const rejected = missing.get(file) ?? errors.get(file) ?? (source ? null : 'not ingested');
    return scorePage(page.id, page.gold, source ? predicted(source, options.registry) : null, rejected);
  });
  return { scores, writeError };
}
