import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import type { MetadataHints, PageLine } from '../types.ts';
import { foldWhitespace } from './lines.ts';
import { dropUndefined } from './markdown.ts';

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'TD', 'TH', 'DT', 'DD', 'DIV', 'SECTION', 'ARTICLE']);

/**
 * Reads a saved HTML page: metadata from JSON-LD, OpenGraph and meta tags; the main text via
 * Mozilla Readability. jsdom runs no scripts and loads no resources unless asked, and we never ask.
 */
export function readHtml(html: string): { lines: PageLine[]; hints: MetadataHints } {
  const { document } = new JSDOM(html).window;
  const hints = htmlHints(document);
  const article = new Readability(document.cloneNode(true) as Document).parse();
  const root = article?.content ? new JSDOM(article.content).window.document.body : document.body;
  const lines: PageLine[] = [];
  if (root) collectBlocks(root, lines);
  if (!hints.title && article?.title) hints.title = foldWhitespace(article.title);
  if (!hints.authors && article?.byline) hints.authors = [foldWhitespace(article.byline)];
  return { lines, hints };
}

function collectBlocks(element: Element, lines: PageLine[]): void {
  for (const child of Array.from(element.children)) {
    if (child.tagName === 'SCRIPT' || child.tagName === 'STYLE' || child.tagName === 'NOSCRIPT' || child.tagName === 'TEMPLATE') continue;
    const hasBlockChild = Array.from(child.querySelectorAll('*')).some((d) => BLOCKS.has(d.tagName));
    if (BLOCKS.has(child.tagName) && !hasBlockChild) {
      const text = foldWhitespace(child.textContent ?? '');
      if (!text) continue;
      const level = /^H([1-6])$/.exec(child.tagName);
      lines.push({
        text,
        blankBefore: true,
        ...(level ? { heading: Number(level[1]) } : {}),
        ...(child.tagName === 'FIGCAPTION' ? { caption: true } : {}),
      });
    } else {
      collectBlocks(child, lines);
    }
  }
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
