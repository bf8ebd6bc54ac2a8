// What a saved page states about itself in its markup: JSON-LD, OpenGraph and meta tags.
import type { MetadataHints } from '../../types.ts';
import { foldWhitespace } from '../lines.ts';
import { dropUndefined } from '../markdown.ts';

/** The page's own statements: what its JSON-LD, OpenGraph and meta tags say, and the titles it states, most trusted first. */
export function htmlHints(doc: Document): { hints: MetadataHints; statedTitles: string[]; siteNames: string[] } {
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
  const statedTitles = [text(ld?.headline), meta('og:title'), meta('twitter:title'), metaHeadline(doc), foldWhitespace(doc.title) || undefined].filter((t): t is string => !!t);
  const outlet = text(name(ld?.publisher)) ?? meta('og:site_name', 'application-name');
  const url = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('og:url') ?? text(ld?.url);
  const siteNames = [outlet, meta('og:site_name'), meta('application-name'), hostName(url)].filter((n): n is string => !!n);
  const hints = dropUndefined({
    title: statedTitles[0],
    outlet,
    authors: ldAuthors.length ? ldAuthors : metaAuthor && !/^https?:/.test(metaAuthor) ? [metaAuthor] : undefined,
    published: text(ld?.datePublished) ?? meta('article:published_time', 'date', 'pubdate', 'publish-date', 'dc.date'),
    url,
    language: doc.documentElement.getAttribute('lang') ?? text(ld?.inLanguage),
  });
  return { hints, statedTitles, siteNames };
}

// A publishing system's own meta tag for the headline: "Headline", "DCSext.ContentHeadline",
// "DCSext.articleHeadline", "icx_headline" (not a "Subheadline").
const HEADLINE_META = /(?:^|[._:-]|content|article)headline$/i;

/** The headline a page's meta tags state under a name of their own, if any. */
function metaHeadline(doc: Document): string | undefined {
  for (const el of Array.from(doc.querySelectorAll('meta[name]'))) {
    const value = el.getAttribute('content');
    if (HEADLINE_META.test(el.getAttribute('name') ?? '') && value?.trim()) return foldWhitespace(value);
  }
  return undefined;
}

/** The name in a URL's host, without "www." and the top-level domain: "perthnow" for www.perthnow.com.au. */
function hostName(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const labels = new URL(url).hostname.replace(/^www\d*\./, '').split('.');
    // The longest label before the suffix names the site ("smh" in smh.com.au, "bbc" in news.bbc.co.uk).
    const named = labels.slice(0, -1).filter((l) => !/^(?:com|co|org|net|gov|ac|edu|news)$/.test(l));
    return named.sort((a, b) => b.length - a.length)[0];
  } catch {
    return undefined;
  }
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
