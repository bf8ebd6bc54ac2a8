// A guard for the parser. jsdom builds a tree of any depth, but the time it takes grows much
// faster than the depth (5,000 nested elements take seconds, 20,000 over a minute), and a page
// nested that deep is damage or an attack, never an article's layout. Such a page is flattened
// before it is parsed: its text and its paragraph breaks are kept, its nesting is not.

// The parser closes these by itself when the next one opens, so they never nest deeply.
const SELF_CLOSING = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'rt', 'rp']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// Tags kept when a page is flattened: the page's head, its paragraphs, headings and line breaks.
const KEPT = new Set(['html', 'head', 'title', 'meta', 'link', 'script', 'style', 'body', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'li']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>/g;

/** Past this many open elements the page is flattened before it is parsed. */
export const MAX_MARKUP_DEPTH = 2000;

/** How deep the page's elements nest, by counting its tags (an estimate: it knows no implied end tags but the common ones). */
export function markupDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const [, close, name] of html.matchAll(TAG)) {
    const tag = name!.toLowerCase();
    if (VOID.has(tag) || SELF_CLOSING.has(tag)) continue;
    depth = close ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
}

/** The page with every tag but the head's, paragraphs, headings and line breaks taken out; a removed tag leaves a line break. */
export function flattenMarkup(html: string): string {
  return html.replace(TAG, (tag, _close: string, name: string) => (KEPT.has(name.toLowerCase()) ? tag : '<br>'));
}
