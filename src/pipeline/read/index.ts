import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { InputError, type DecodedPage, type InputFormat } from '../types.ts';
import { decodeBytes } from './decode.ts';
import { readHtml } from './html/index.ts';
import { readMarkdown } from './markdown.ts';
import { readText } from './text.ts';

/** The input format a file name stands for, or null for files the ingest does not read. */
export function formatOf(file: string): InputFormat | null {
  const ext = extname(file).toLowerCase();
  if (ext === '.txt') return 'txt';
  if (ext === '.md' || ext === '.markdown') return 'md';
  if (ext === '.html' || ext === '.htm') return 'html';
  return null;
}

/** Read stage: raw bytes of one article file → decoded lines and format-stated metadata. */
export function readPage(file: string, bytes: Uint8Array): DecodedPage {
  const format = formatOf(file);
  if (!format) throw new InputError(`unsupported file type "${extname(file)}" (expected .txt, .md or .html)`);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const { text, encoding } = decodeBytes(bytes);
  const { lines, hints } =
    format === 'html' ? readHtml(text) : format === 'md' ? readMarkdown(text) : { lines: readText(text), hints: {} };
  return { file, format, encoding, sha256, lines, hints };
}
