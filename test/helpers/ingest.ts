import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadArticles, loadRegistry, loadTopics } from '../../src/pipeline/files.ts';
import { ingestArticles, type ArticleInput } from '../../src/pipeline/ingest.ts';
import { ROOT } from './paths.ts';

/** The project's own topics and registry, as every ingest run uses them. */
export const context = {
  topics: loadTopics(join(ROOT, 'content/topics')),
  registry: loadRegistry(join(ROOT, 'content/outlets.yaml')),
  outDir: 'out',
};

/** Runs the pipeline in memory over the given files. */
export function ingest(inputs: ArticleInput[]) {
  return ingestArticles(inputs, context);
}

/** An in-memory article: text is written as UTF-8 unless bytes are given. */
export function article(file: string, content: string | Uint8Array, sidecar?: string): ArticleInput {
  return {
    file,
    bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content,
    ...(sidecar !== undefined ? { sidecar: { file: file.replace(/\.[^.]+$/, '.meta.yaml'), text: sidecar } } : {}),
  };
}

/** The five seed articles, read from content/articles. */
export function seeds() {
  return ingest(loadArticles(join(ROOT, 'content/articles')).inputs).report;
}

/** A hostile fixture's bytes. */
export function fixture(name: string): Buffer {
  return readFileSync(join(ROOT, 'test/fixtures', name));
}
