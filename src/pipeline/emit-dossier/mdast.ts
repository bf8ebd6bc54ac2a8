// The mdast builders every dossier page is made of, and the serialiser that writes a page as MDX.
// Pages are trees serialised by mdast-util-to-markdown, so quoted article text stays text.
import type { BlockContent, List, ListItem, PhrasingContent, Root, RootContent, TableRow } from 'mdast';
import { frontMatterText, GENERATED_MARK } from '../emit.ts';
import { toMdx } from '../to-mdx.ts';

/** A generated page: its path inside the site ('' is the home page) and its MDX text. */
export interface DossierPage {
  path: string;
  file: string;
  text: string;
}

/** A page of the dossier: its front matter and body serialised as MDX. */
export function page(path: string, file: string, data: Record<string, unknown>, body: RootContent[]): DossierPage {
  const yaml = frontMatterText(`${GENERATED_MARK} from the ingested sources and content/topics.`, { ...data, path });
  const tree: Root = { type: 'root', children: [{ type: 'yaml', value: yaml }, ...body] };
  return { path, file, text: toMdx(tree) };
}

/** A link from one page of the site to another, relative so that any base path works. */
export function href(from: string, to: string): string {
  const up = from.split('/').filter(Boolean).length;
  return `${'../'.repeat(up)}${to}` || './';
}

/** "1 source", "3 sources". */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** A run of text. */
export function text(value: string): PhrasingContent {
  return { type: 'text', value };
}

/** A link with text. */
export function link(url: string, value: string): PhrasingContent {
  return { type: 'link', url, children: [text(value)] };
}

/** A paragraph of the given phrasing. */
export function para(...children: PhrasingContent[]): BlockContent {
  return { type: 'paragraph', children };
}

/** A heading of text. */
export function heading(depth: 2 | 3, value: string): RootContent {
  return { type: 'heading', depth, children: [text(value)] };
}

/** A tight bulleted list, an item per block. */
export function list(items: BlockContent[]): List {
  return { type: 'list', ordered: false, spread: false, children: items.map((item): ListItem => ({ type: 'listItem', spread: false, children: [item] })) };
}

/** A Mermaid diagram as a fenced block; its title becomes its accessible name (src/site/generated-mdx.ts). */
export function mermaid(title: string, source: string): RootContent {
  return { type: 'code', lang: 'mermaid', meta: `title=${JSON.stringify(title)}`, value: source };
}

/** A table row of cells, each cell's content given. */
export function tableRow(cells: PhrasingContent[][]): TableRow {
  return { type: 'tableRow', children: cells.map((children) => ({ type: 'tableCell', children })) };
}

/** Phrasing runs joined by a separator (", "). */
export function joinPhrasing(parts: PhrasingContent[][], separator: string): PhrasingContent[] {
  return parts.flatMap((p, i) => (i ? [text(separator), ...p] : p));
}

/** A Mermaid node label: quotes, backticks and angle brackets would be syntax there. */
export function label(value: string): string {
  return value.replace(/#/g, '#35;').replace(/"/g, '#quot;').replace(/`/g, "'").replace(/</g, '#lt;').replace(/>/g, '#gt;');
}

/** The value with its first letter in capitals. */
export function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}
