// The page's text as lines, in reading order, the way a browser lays it out: every block element
// starts a new line, a line break (<br>) ends one, and inline elements flow into the line they
// stand in. The walk keeps its own stack, so no depth of nesting can overflow the call stack.
import type { PageLine } from '../../types.ts';
import { foldWhitespace } from '../lines.ts';

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BUTTON', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LEGEND', 'LI',
  'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
// Not page text: code, styles, form controls, and what only a script or a plug-in would show.
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'SELECT', 'TEXTAREA', 'HEAD', 'TITLE', 'MATH', 'CANVAS', 'AUDIO', 'VIDEO']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** What the walk found: the lines, and how deep the page's elements nest (for the extractors' sake). */
export interface PageBlocks {
  lines: PageLine[];
  depth: number;
}

/** True for an element the page hides from its readers (the `hidden` attribute, an inline display:none). */
export function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style');
  return !!style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** The heading level an element's tag gives, if it is <h1>…<h6>. */
function headingLevel(tag: string): number | undefined {
  const level = /^H([1-6])$/.exec(tag);
  return level ? Number(level[1]) : undefined;
}

/**
 * Walks a subtree and returns its lines. A line inside a heading carries the heading's level, one
 * inside a <figcaption> is a caption; a single <br> ends a line within a paragraph (blankBefore
 * false on the next), a block boundary or two <br> in a row end the paragraph.
 */
export function collectBlocks(root: Element): PageBlocks {
  const lines: PageLine[] = [];
  let inline = '';
  let linkedChars = 0; // letters and digits of the current line that stand inside a link
  let links = 0; // open <a> elements
  // The open blocks, innermost last: what the current line is inside.
  const open: { heading?: number; caption: boolean; namedCaption?: boolean; listItem: boolean }[] = [
    { caption: root.tagName === 'FIGCAPTION', listItem: root.tagName === 'LI', ...levelOf(root.tagName) },
  ];
  let breaks = 0; // <br>s since the last line: two in a row start a new paragraph
  let blockBreak = true;
  const flush = () => {
    const text = foldWhitespace(inline);
    const linked = linkedChars;
    inline = '';
    linkedChars = 0;
    if (!text) return;
    const context = open.at(-1)!;
    lines.push({
      text,
      blankBefore: blockBreak || breaks > 1,
      ...(context.heading ? { heading: context.heading } : {}),
      ...(context.caption ? { caption: true } : {}),
      ...(context.namedCaption ? { namedCaption: true } : {}),
      ...(context.listItem ? { listItem: true } : {}),
      ...(linked > 0 ? { linked: Math.min(1, linked / contentChars(text)) } : {}),
    });
    breaks = 0;
    blockBreak = false;
  };
  const blockEdge = () => {
    flush();
    blockBreak = true;
  };

  // Each entry is a node to enter, or a marker to leave an element (a block ends its line there).
  const stack: (Node | { leave: 'block' | 'inline' | 'link' })[] = [];
  const pushChildren = (node: Node) => {
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  };
  pushChildren(root);
  let depth = 1;
  let maxDepth = 1;
  while (stack.length) {
    const item = stack.pop()!;
    if ('leave' in item) {
      depth--;
      if (item.leave === 'link') links--;
      if (item.leave === 'block') {
        blockEdge();
        open.pop();
      }
      continue;
    }
    if (item.nodeType === TEXT_NODE) {
      const value = item.nodeValue ?? '';
      inline += value;
      if (links > 0) linkedChars += contentChars(value);
      continue;
    }
    if (item.nodeType !== ELEMENT_NODE) continue;
    const element = item as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIPPED.has(tag) || isHidden(element)) continue;
    if (tag === 'BR') {
      flush();
      breaks++;
      continue;
    }
    if (tag === 'IMG' || tag === 'INPUT') {
      inline += ' ';
      continue;
    }
    depth++;
    maxDepth = Math.max(maxDepth, depth);
    if (BLOCKS.has(tag)) {
      blockEdge();
      const parent = open.at(-1)!;
      const heading = headingLevel(tag) ?? parent.heading;
      // A paragraph inside a list item is still part of the list; a list inside one is its own.
      const listItem = tag === 'LI' || (parent.listItem && tag !== 'UL' && tag !== 'OL');
      const named = parent.namedCaption || namedCaption(element);
      open.push({ caption: parent.caption || tag === 'FIGCAPTION', ...(named ? { namedCaption: true } : {}), listItem, ...(heading ? { heading } : {}) });
    }
    if (tag === 'A' && element.hasAttribute('href')) links++;
    // Inline elements join their text to the line with no space added: "<b>Kur</b>sk" is one word.
    stack.push({ leave: BLOCKS.has(tag) ? 'block' : tag === 'A' && element.hasAttribute('href') ? 'link' : 'inline' });
    pushChildren(element);
  }
  blockEdge();
  return { lines, depth: maxDepth };
}

// Class names pages give a photo's caption block ("cap", "caption", "wp-caption-text", "photo-caption"),
// as Readability reads them; a paragraph "has-drop-cap" is text with a big first letter.
const CAPTION_CLASS = /^(?:cap|captions?|figcaption|(?:[\w-]*[_-])?caption(?:[_-][\w-]*)?)$/iu;

// A caption is a line or two; a block so named that holds more is a slide's or a page's whole text.
const CAPTION_MAX_CHARS = 400;

/** True for a short block the page's own class names mark as a caption. */
function namedCaption(element: Element): boolean {
  const names = element.getAttribute('class');
  if (!names || names.length > 200 || !names.split(/\s+/u).some((name) => CAPTION_CLASS.test(name))) return false;
  return (element.textContent ?? '').trim().length <= CAPTION_MAX_CHARS;
}

/** Letters and digits in a text: what a link's share of a line is measured in. */
function contentChars(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}

function levelOf(tag: string): { heading?: number } {
  const level = headingLevel(tag.toUpperCase());
  return level ? { heading: level } : {};
}
