import type { Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { InputError, type MetadataHints, type PageLine } from '../types.ts';
import { foldWhitespace } from './lines.ts';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

// The Markdown parser's time grows with the cube of how deeply lists and quotes nest: 400 levels
// took 2 s and 2,000 did not finish in 5 minutes. No article nests anywhere near this deep.
export const MAX_MARKDOWN_NESTING = 32;
// What can open a level at the start of a line: a quote marker, a list marker (each with the one
// space that belongs to it), or two columns of indentation.
const CONTAINER_TOKEN = /(?:>[ ]?|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))|( {1,2}|\t)/y;

/** Reads a Markdown article: front matter becomes hints, each block becomes a line. */
export function readMarkdown(text: string): { lines: PageLine[]; hints: MetadataHints } {
  const depth = deepestNesting(text);
  if (depth > MAX_MARKDOWN_NESTING) throw new InputError(`Markdown nested too deeply to read (a line opens ${depth} levels of lists, quotes or indentation; at most ${MAX_MARKDOWN_NESTING})`);
  const tree = parser.parse(text) as Root;
  const lines: PageLine[] = [];
  let hints: MetadataHints = {};
  for (const node of tree.children) {
    if (node.type === 'yaml') hints = frontMatterHints(node.value);
    else pushBlock(node, lines);
  }
  return { lines, hints };
}

/** The most levels any line's start could open: each quote or list marker one, every two columns of indentation one. */
export function deepestNesting(text: string): number {
  let deepest = 0;
  for (const line of text.split('\n')) {
    let levels = 0;
    CONTAINER_TOKEN.lastIndex = 0;
    for (let token = CONTAINER_TOKEN.exec(line); token; token = CONTAINER_TOKEN.exec(line)) levels += token[1] === undefined ? 1 : token[1] === '\t' ? 2 : token[1].length / 2;
    deepest = Math.max(deepest, Math.floor(levels));
  }
  return deepest;
}

function pushBlock(node: RootContent, lines: PageLine[]): void {
  const add = (text: string, extra: Partial<PageLine> = {}) => {
    const folded = foldWhitespace(text);
    if (folded) lines.push({ text: folded, blankBefore: true, ...extra });
  };
  switch (node.type) {
    case 'heading':
      return add(plain(node), { heading: node.depth });
    case 'paragraph':
      // A paragraph made only of images is a figure: its alt text is a caption.
      if (node.children.every((c) => c.type === 'image' || (c.type === 'text' && !c.value.trim())))
        return add(node.children.map((c) => (c.type === 'image' ? (c.alt ?? '') : '')).join(' '), { caption: true });
      return add(plain(node));
    case 'html':
      return add(node.value, { markup: true });
    case 'code':
      return add(node.value);
    case 'list':
    case 'blockquote':
      for (const child of node.children) {
        if (child.type === 'listItem') for (const inner of child.children) pushBlock(inner, lines);
        else pushBlock(child, lines);
      }
      return;
    case 'table':
      for (const row of node.children) add(row.children.map((cell) => plain(cell)).join(' | '));
      return;
    default:
      return;
  }
}

function plain(node: Nodes): string {
  return toString(node, { includeImageAlt: false, includeHtml: false });
}

function frontMatterHints(source: string): MetadataHints {
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch (error) {
    throw new InputError(`malformed front matter: ${(error as Error).message.split('\n')[0]}`);
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new InputError('malformed front matter: not a mapping of fields');
  const d = data as Record<string, unknown>;
  const str = (...keys: string[]) => {
    for (const k of keys) {
      const v = d[k];
      if (typeof v === 'string' && v.trim()) return v.trim();
      if (v instanceof Date) return v.toISOString().slice(0, 10);
    }
    return undefined;
  };
  const authorsValue = d.authors ?? d.author;
  const authors = Array.isArray(authorsValue)
    ? authorsValue.filter((a): a is string => typeof a === 'string')
    : typeof authorsValue === 'string'
      ? [authorsValue]
      : undefined;
  return dropUndefined({
    title: str('title', 'headline'),
    outlet: str('outlet', 'publisher', 'site', 'source'),
    authors,
    published: str('published', 'date', 'datePublished'),
    url: str('url', 'canonical', 'link'),
    language: str('language', 'lang'),
  });
}

/** Removes keys whose value is undefined, so spreading hints never erases a value. */
export function dropUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
