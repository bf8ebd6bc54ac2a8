// Reads a saved HTML page: what the page states about itself (JSON-LD, OpenGraph, meta tags),
// its text as lines, which of them Mozilla Readability takes for the article, and the headline.
// The page is parsed once, by jsdom, which runs no scripts and loads no resources.
import { createRequire } from 'node:module';
import { InputError, type MetadataHints, type PageLine } from '../../types.ts';
import { foldWhitespace } from '../lines.ts';
import { collectBlocks } from './blocks.ts';
import { flattenMarkup, MAX_MARKUP_DEPTH, markupDepth } from './flatten.ts';
import { chooseHeadline } from './headline.ts';
import { htmlHints } from './hints.ts';
import { markOutsideArticle, partIsCommentThread, readabilityLines } from './main-content.ts';

// jsdom takes about 0.4 s to load and only HTML inputs need it, so it is loaded on first use.
const require = createRequire(import.meta.url);
type Libraries = {
  JSDOM: typeof import('jsdom').JSDOM;
  VirtualConsole: typeof import('jsdom').VirtualConsole;
  Readability: typeof import('@mozilla/readability').Readability;
};
let libraries: Libraries | undefined;
function domLibraries(): Libraries {
  libraries ??= { ...require('jsdom'), Readability: require('@mozilla/readability').Readability };
  return libraries!;
}

// Readability's scoring walks up and clones the tree recursively, and slows down sharply with
// depth; real articles nest a few dozen elements deep. Deeper pages are read without it.
export const MAX_EXTRACTOR_DEPTH = 200;

/** Reads a saved HTML page into lines (marked inside or outside the article) and what it states about itself. */
export function readHtml(html: string): { lines: PageLine[]; hints: MetadataHints } {
  const { JSDOM, VirtualConsole, Readability } = domLibraries();
  // A virtual console of its own keeps jsdom's complaints about the page's CSS off the terminal.
  const source = closeUnclosedTitle(html);
  const dom = parsePage(JSDOM, markupDepth(source) > MAX_MARKUP_DEPTH ? flattenMarkup(source) : source, new VirtualConsole());
  try {
    const { document } = dom.window;
    const { hints, statedTitles, siteNames } = htmlHints(document);
    const page = document.body ? collectBlocks(document.body) : { lines: [], depth: 0 };
    const extracted = page.depth <= MAX_EXTRACTOR_DEPTH ? mainContent(document, Readability) : null;
    const marked = extracted ? markOutsideArticle(page.lines, extracted.lines) : page.lines;
    // The readers' comments taken for the article: the page is read whole, as a text dump is, and
    // what the extractor said of it (title, byline) is not taken.
    const main = extracted && !partIsCommentThread(marked) ? extracted : null;
    const lines = main ? marked : page.lines;
    if (main?.title) statedTitles.push(foldWhitespace(main.title));
    const headline = chooseHeadline({ stated: statedTitles, siteNames, lines });
    if (headline) hints.title = headline;
    if (!hints.authors && main?.byline) hints.authors = [foldWhitespace(main.byline)];
    return { lines, hints };
  } finally {
    dom.window.close();
  }
}

/** The parsed page; a page the parser cannot take (its stack overflows) is rejected by name, and the run goes on. */
function parsePage(JSDOM: Libraries['JSDOM'], html: string, virtualConsole: InstanceType<Libraries['VirtualConsole']>): InstanceType<Libraries['JSDOM']> {
  try {
    return new JSDOM(html, { virtualConsole });
  } catch (error) {
    if (error instanceof RangeError) throw new InputError(`HTML page too deeply nested for the parser (${error.message})`);
    throw error;
  }
}

/** Readability's main content; null when it finds none, or when the page is too much for it (a recursion too deep). */
function mainContent(document: Document, Readability: Libraries['Readability']): ReturnType<typeof readabilityLines> {
  try {
    return readabilityLines(document, Readability);
  } catch (error) {
    // The page's own lines are still there: the cleaner reads them without the extractor's help.
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/**
 * A <title> that is never closed holds the rest of the page as its text (it is raw text to a
 * parser), and the page reads as empty. Closing it where its first line of text ends gives the
 * page back its body; a browser shows such a page empty, but the text is all there.
 */
export function closeUnclosedTitle(html: string): string {
  const open = /<title\b[^>]*>/i.exec(html);
  if (!open || /<\/title\s*>/i.test(html)) return html;
  const start = open.index + open[0].length;
  const end = html.slice(start).search(/<|\n/);
  const at = end < 0 ? html.length : start + end;
  return `${html.slice(0, at)}</title>${html.slice(at)}`;
}
