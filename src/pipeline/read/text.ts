import type { PageLine } from '../types.ts';
import { splitTabbedCells } from './cells.ts';
import { foldWhitespace, toPageLines } from './lines.ts';

// Page dumps often keep a little Markdown from the crawler: `# Title`, `**bold**`, `[AFP](#)`, `<https://…>`.
const HEADING_OPEN = /^(#{1,6})\s+/;
// Neither pattern may run past the next opening "[" or the next "**": each match attempt then
// stops there, where running to the end of the line made a line of 100,000 "[" take seconds.
// (An address may hold one level of brackets: "…/filters:format(webp)/….jpg".)
const LINK = /(?<!!)\[([^[\]]*)\]\((?:[^()\s[]|\([^()\s[]*\))*(?:\s+"[^"]*")?\)/g;
// An image, `![alt](address)`: alone on a line, it is the page's picture, not its text.
const IMAGE = /!\[([^[\]]*)\]\((?:[^()\s[]|\([^()\s[]*\))*(?:\s+"[^"]*")?\)/g;
const ONLY_IMAGE = new RegExp(`^(?:${IMAGE.source}\\s*)+$`);
const AUTOLINK = /<((?:https?|ftp):\/\/[^\s<>]+)>/g;
const EMPHASIS = /(\*\*|__)(?=\S)((?:(?!\1).)+?)(?<=\S)\1/g;
// A line made only of tags (and what sits between them) is crawler debris, not article text.
const ONLY_MARKUP = /^<(?:!--|!\w|\/?[a-zA-Z][\w-]*(?=[\s/>]|$)).*>$/;

// A dump that kept the page's block tags as text ("Headline<p>First paragraph.</p>"): each tag ends a line.
const BLOCK_TAG = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|section|article|figure|figcaption|header|footer|table|tbody|thead|tr)(?:\s[^<>]*)?\/?>/giu;

/** Reads a plain-text page dump into lines, stripping the crawler's inline Markdown. */
export function readText(text: string): PageLine[] {
  const rawLines = text.split('\n');
  // (Most dumps hold no tag at all: their lines are taken as they are.)
  return toPageLines(splitTabbedCells(text.includes('<') ? rawLines.flatMap(splitAtBlockTags) : rawLines), ({ raw, tableRow }) => {
    const folded = foldWhitespace(raw);
    if (ONLY_MARKUP.test(folded) || ONLY_IMAGE.test(folded)) return { text: folded, markup: true };
    const heading = headingOf(folded);
    const body = heading ? heading.text : folded;
    const plain = foldWhitespace(body.replace(AUTOLINK, '$1').replace(IMAGE, '$1').replace(LINK, '$1').replace(EMPHASIS, '$2'));
    return { text: plain, ...(heading && { heading: heading.level }), ...(tableRow && { tableRow }) };
  });
}

/** A raw line parted where it holds a block tag, each tag a paragraph's break; a line with none as it is. */
function splitAtBlockTags(line: string): string[] {
  const parts = line.split(BLOCK_TAG);
  return parts.length === 1 ? [line] : parts.flatMap((part, i) => (i === 0 ? [part] : ['', part]));
}

/**
 * "## Title ##" → level 2, "Title": the closing hashes and the space around them dropped. Done
 * by hand, not by one pattern ending in `\s*#*\s*$`, which took quadratic time on a long run of "#".
 */
function headingOf(line: string): { level: number; text: string } | null {
  const open = HEADING_OPEN.exec(line);
  if (!open) return null;
  const rest = line.slice(open[0].length).trimEnd();
  let end = rest.length;
  while (end > 0 && rest[end - 1] === '#') end--;
  return { level: open[1]!.length, text: rest.slice(0, end).trimEnd() };
}
