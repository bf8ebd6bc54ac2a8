import type { PageLine } from '../types.ts';
import { foldWhitespace, toPageLines } from './lines.ts';

// Page dumps often keep a little Markdown from the crawler: `# Title`, `**bold**`, `[AFP](#)`, `<https://…>`.
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const LINK = /\[([^\]]*)\]\([^)\s]*(?:\s+"[^"]*")?\)/g;
const AUTOLINK = /<((?:https?|ftp):\/\/[^\s<>]+)>/g;
const EMPHASIS = /(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g;
// A line made only of tags (and what sits between them) is crawler debris, not article text.
const ONLY_MARKUP = /^<(?:!--|!\w|\/?[a-zA-Z][\w-]*(?=[\s/>]|$)).*>$/;

/** Reads a plain-text page dump into lines, stripping the crawler's inline Markdown. */
export function readText(text: string): PageLine[] {
  return toPageLines(text.split('\n'), (raw) => {
    const folded = foldWhitespace(raw);
    if (ONLY_MARKUP.test(folded)) return { text: folded, markup: true };
    const heading = HEADING.exec(folded);
    const body = heading ? heading[2]! : folded;
    const plain = foldWhitespace(body.replace(AUTOLINK, '$1').replace(LINK, '$1').replace(EMPHASIS, '$2'));
    return heading ? { text: plain, heading: heading[1]!.length } : { text: plain };
  });
}
