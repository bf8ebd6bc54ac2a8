// Reading the test builds: pages as DOM documents, and the ingest report they were built from.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { loadArticles } from '../../src/pipeline/files.ts';
import { context, ingest } from './ingest.ts';
import { TEST_TMP } from './paths.ts';

/** The ingest report of the test builds' articles (seeds plus extras). */
export function builtReport() {
  return ingest(loadArticles(join(TEST_TMP, 'articles')).inputs).report;
}

export { context };

/** Removal reasons whose lines carry metadata the page shows elsewhere by design (a date, a link, a credited name). */
export const METADATA_REASONS = new Set(['byline', 'dateline', 'source-url', 'duplicate-title', 'crawler-prefix', 'editor-initials']);

/** A built page as a DOM document ('' is the home page). */
export function builtPage(dist: string, path: string): Document {
  return new JSDOM(readFileSync(join(dist, path, 'index.html'), 'utf8')).window.document;
}

/** Every HTML file of a build, as paths relative to it. */
export function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
}
