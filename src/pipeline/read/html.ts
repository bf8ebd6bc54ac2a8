import { createRequire } from 'node:module';
import type { MetadataHints, PageLine } from '../types.ts';
import { foldWhitespace } from './lines.ts';
import { dropUndefined } from './markdown.ts';

// jsdom takes about 0.4 s to load and only HTML inputs need it, so it is loaded on first use.
const require = createRequire(import.meta.url);
let libraries: { JSDOM: typeof import('jsdom').JSDOM; Readability: typeof import('@mozilla/readability').Readability } | undefined;
function domLibraries() {
  libraries ??= { JSDOM: require('jsdom').JSDOM, Readability: require('@mozilla/readability').Readability };
  return libraries;
}

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TR', 'TD', 'TH', 'DT', 'DD', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'FORM', 'BODY']);
// Not page text: code, styles, and what only a script would show.
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Reads a saved HTML page: metadata from JSON-LD, OpenGraph and meta tags; the main text via
 * Mozilla Readability. jsdom runs no scripts and loads no resources unless asked, and we never ask.
 */
export function readHtml(html: string): { lines: PageLine[]; hints: MetadataHints } {
  const { JSDOM, Readability } = domLibraries();
  const { document } = new JSDOM(html).window;
  const hints = htmlHints(document);
  const article = new Readability(document.cloneNode(true) as Document).parse();
  const pageLines: PageLine[] = [];
  if (document.body) collectBlocks(document.body, pageLines);
  const mainLines: PageLine[] = [];
  if (article?.content) collectBlocks(new JSDOM(article.content).window.document.body, mainLines);
  const lines = markOutsideArticle(pageLines, mainLines);
  if (!hints.title && article?.title) hints.title = foldWhitespace(article.title);
  if (!hints.authors && article?.byline) hints.authors = [foldWhitespace(article.byline)];
  return { lines, hints };
}

/**
 * The whole page's lines, each marked by whether Readability kept it, so that what it set aside
 * (menus, asides, footers) reaches the audit instead of vanishing. When Readability restructured
 * the text so that its lines cannot be found on the page, its own lines are used as they are.
 */
function markOutsideArticle(pageLines: PageLine[], mainLines: PageLine[]): PageLine[] {
  if (mainLines.length === 0) return pageLines;
  const main = new Set(mainLines.map((l) => l.text));
  const found = pageLines.filter((l) => main.has(l.text)).length;
  if (found < mainLines.length / 2) return [...mainLines, ...pageLines.filter((l) => !main.has(l.text)).map((l) => ({ ...l, outsideArticle: true }))];
  return pageLines.map((l) => (main.has(l.text) ? l : { ...l, outsideArticle: true }));
}

/** Walks the DOM in reading order; each block element, and each run of inline text between blocks, is one line. */
function collectBlocks(element: Element, lines: PageLine[]): void {
  let inline = '';
  const flush = () => {
    const text = foldWhitespace(inline);
    if (text) lines.push({ text, blankBefore: true });
    inline = '';
  };
  for (const node of Array.from(element.childNodes)) {
    if (node.nodeType === TEXT_NODE) {
      inline += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const child = node as Element;
    if (SKIPPED.has(child.tagName)) continue;
    if (child.tagName === 'BR') {
      flush();
      continue;
    }
    const hasBlockChild = Array.from(child.querySelectorAll('*')).some((d) => BLOCKS.has(d.tagName));
    if (!BLOCKS.has(child.tagName) && !hasBlockChild) {
      inline += ` ${child.textContent ?? ''} `;
      continue;
    }
    flush();
    if (hasBlockChild) {
      collectBlocks(child, lines);
      continue;
    }
    const text = foldWhitespace(child.textContent ?? '');
    if (!text) continue;
    const level = /^H([1-6])$/.exec(child.tagName);
    lines.push({
      text,
      blankBefore: true,
      ...(level ? { heading: Number(level[1]) } : {}),
      ...(child.tagName === 'FIGCAPTION' ? { caption: true } : {}),
    });
  }
  flush();
}

function htmlHints(doc: Document): MetadataHints {
  const meta = (...names: string[]) => {
    for (const name of names) {
      const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
      const value = el?.getAttribute('content');
      if (value?.trim()) return foldWhitespace(value);
    }
    return undefined;
  };
  const ld = jsonLdArticle(doc);
  const ldAuthors = ld ? names(ld.author) : [];
  const metaAuthor = meta('author', 'article:author', 'byl');
  return dropUndefined({
    title: text(ld?.headline) ?? meta('og:title', 'twitter:title') ?? (foldWhitespace(doc.title) || undefined),
    outlet: text(name(ld?.publisher)) ?? meta('og:site_name', 'application-name'),
    authors: ldAuthors.length ? ldAuthors : metaAuthor && !/^https?:/.test(metaAuthor) ? [metaAuthor] : undefined,
    published: text(ld?.datePublished) ?? meta('article:published_time', 'date', 'pubdate', 'publish-date', 'dc.date'),
    url: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('og:url') ?? text(ld?.url),
    language: doc.documentElement.getAttribute('lang') ?? text(ld?.inLanguage),
  });
}

type Json = Record<string, unknown>;

/** Finds the first schema.org Article-like object in the page's JSON-LD, also inside @graph. */
function jsonLdArticle(doc: Document): Json | undefined {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // A broken JSON-LD block is common on real pages; the other sources still count.
    }
    const queue: unknown[] = [data];
    while (queue.length) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const obj = item as Json;
        const types = ([] as unknown[]).concat(obj['@type'] ?? []);
        if (types.some((t) => typeof t === 'string' && /Article|Posting|Report/.test(t))) return obj;
        if (obj['@graph']) queue.push(obj['@graph']);
      }
    }
  }
  return undefined;
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? foldWhitespace(v) : undefined;
}

function name(v: unknown): unknown {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Json).name : v;
}

function names(v: unknown): string[] {
  return ([] as unknown[])
    .concat(v ?? [])
    .map((a) => text(name(a)))
    .filter((a): a is string => !!a);
}
