// Each source's raw input, byte for byte as it was saved, served beside its page as plain text.
// An HTML page keeps ".html" in its name but ends in ".txt": every static host then serves it as
// text/plain, so no script of the saved page can run on the dossier's origin.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the build finds the articles the ingest read (DOSSIER_ARTICLES, by default content/articles). */
export const ARTICLES_DIR = process.env.DOSSIER_ARTICLES ?? 'content/articles';

/** The file name of a source's saved page, beside its page: original.txt, or original.html.txt for HTML. */
export function originalName(format: 'txt' | 'md' | 'html'): string {
  return format === 'html' ? 'original.html.txt' : 'original.txt';
}

/** The raw bytes of an article, checked against the SHA-256 the source page shows; a changed file stops the build by name. */
export function readOriginal(file: string, sha256: string, dir = ARTICLES_DIR): Buffer {
  const path = join(dir, file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new Error(`${path}: the saved page of a source cannot be read (${(error as NodeJS.ErrnoException).code ?? error}); run npm run ingest on the folder it came from, or set DOSSIER_ARTICLES`);
  }
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== sha256) throw new Error(`${path}: changed since it was ingested (SHA-256 ${actual}, the source page says ${sha256}); run npm run ingest`);
  return bytes;
}
