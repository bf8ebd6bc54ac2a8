// Which lines of the page are the article: Mozilla Readability's choice of the main content,
// matched back to the page's own lines so that what it set aside reaches the audit.
import { isThreadLabel, THREAD_STAMPS } from '../../clean/comments.ts';
import { isPostedStamp } from '../../clean/shapes.ts';
import type { PageLine } from '../../types.ts';
import { collectBlocks } from './blocks.ts';

type ReadabilityClass = typeof import('@mozilla/readability').Readability;

/** Readability's main content as lines, with its title and byline; null when it finds no article. */
export function readabilityLines(document: Document, Readability: ReadabilityClass): { lines: PageLine[]; title?: string; byline?: string } | null {
  // Readability takes the page apart as it reads it; it works on a copy. Its serializer hands back
  // the content element itself, so the text is walked once more but never parsed again.
  const article = new Readability(document.cloneNode(true) as Document, { serializer: (el: Node) => el }).parse() as
    | { content?: unknown; title?: string | null; byline?: string | null }
    | null;
  const content = article?.content as Element | undefined;
  if (!content || typeof content !== 'object') return null;
  const lines = collectBlocks(content).lines;
  if (lines.length === 0) return null;
  return { lines, ...(article?.title ? { title: article.title } : {}), ...(article?.byline ? { byline: article.byline } : {}) };
}

/**
 * The whole page's lines, each marked by whether the extractor kept it. Main lines are matched to
 * page lines in reading order, so a repeat of a line elsewhere on the page (a headline in a list of
 * links) stays outside. A main line the page does not hold as such (the extractor split or joined
 * it) goes in where the match left off; when most of them are missing, the extractor's lines stand
 * first as they are and the whole page follows as outside.
 */
export function markOutsideArticle(pageLines: PageLine[], mainLines: PageLine[]): PageLine[] {
  if (mainLines.length === 0) return pageLines;
  const positions = new Map<string, number[]>();
  pageLines.forEach((l, i) => {
    const list = positions.get(l.text);
    if (list) list.push(i);
    else positions.set(l.text, [i]);
  });
  const inside = new Set<number>();
  const inserted = new Map<number, PageLine[]>(); // page index after which unmatched main lines go
  let at = 0;
  let missing = 0;
  for (const main of mainLines) {
    const found = positions.get(main.text)?.find((p) => p >= at);
    if (found === undefined) {
      missing++;
      const list = inserted.get(at - 1) ?? [];
      list.push(main);
      inserted.set(at - 1, list);
      continue;
    }
    inside.add(found);
    at = found + 1;
  }
  const outside = (l: PageLine): PageLine => ({ ...l, outsideArticle: true });
  if (missing > mainLines.length / 2) return [...mainLines, ...pageLines.map(outside)];
  const out: PageLine[] = [...(inserted.get(-1) ?? [])];
  pageLines.forEach((l, i) => {
    out.push(inside.has(i) ? l : outside(l));
    out.push(...(inserted.get(i) ?? []));
  });
  return out;
}

/**
 * True when the extractor took the readers' comments for the article: its part starts right under
 * the page's heading of the thread ("Comments", "12 Comments") and holds their stamps. On a blog
 * whose thread is longer than the post, the thread is the page's longest run of prose; the post
 * itself stands above it, outside the part.
 */
export function partIsCommentThread(lines: PageLine[]): boolean {
  const first = lines.findIndex((l) => !l.outsideArticle);
  if (first < 1 || !isThreadLabel(lines[first - 1]!.text)) return false;
  let stamps = 0;
  for (let i = first; i < lines.length && stamps < THREAD_STAMPS; i++) if (!lines[i]!.outsideArticle && isPostedStamp(lines[i]!.text)) stamps++;
  return stamps >= THREAD_STAMPS;
}
