// Image text: the lines that belong to a photo rather than to the article (a caption under its
// credit, an image's alt text and caption one under the other, alt text above a caption). These
// passes only reshape lines into captions; the cleaner then removes captions as such.
import { normalise, type Line } from './line.ts';
import { isPersonName, wordCount } from './shapes.ts';

// Alt text and caption of one image share at least this share of their words.
const IMAGE_TEXT_OVERLAP = 0.6;
const CUT_SHORT = /\s*(?:…|\.{3})$/u;
const STAMP_SHAPES = new Set(['date', 'time', 'byline']);

/** The unpunctuated line after a photo credit ("Getty Images") is that photo's caption. */
export function markCaptionsAfterCredits(lines: Line[]): void {
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    // A name under an avatar is not a caption: the author box rule reads it.
    if (line.verdict || line.heading || line.shape !== 'heading-like' || isPersonName(line.text)) continue;
    // A line on a byline or date is a headline (under a section name the credit rule misread, "U.S./South Region").
    if (lines[i - 1]!.shape === 'photo-credit' && !onByline(lines, i)) line.shape = 'caption';
  }
}

/** True when a byline or date stamp stands right under the line (a headline's place; never a caption's). */
function onByline(lines: Line[], i: number): boolean {
  const next = lines[i + 1];
  return !!next && (next.shape === 'byline' || next.shape === 'date');
}

/**
 * An image's alt text and its caption often stand one under the other, saying nearly the same
 * thing in slightly different words ("A view shows broken glass…" twice). Two neighbouring
 * lines that share most of their words, and that are not the same line or one the start of the
 * other (a headline and its echo), are image text.
 */
export function markImageTextPairs(lines: Line[]): void {
  // Image text stands beside an article: with fewer than two paragraphs after the pair, the pair is the article.
  const proseAfter = new Array<number>(lines.length + 1).fill(0);
  for (let k = lines.length - 1; k >= 0; k--) proseAfter[k] = proseAfter[k + 1]! + (lines[k]!.shape === 'prose' ? 1 : 0);
  let proseAbove = 0;
  for (let i = 1; i < lines.length; i++) {
    if (proseAfter[i + 1]! < 2) break;
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (lines[i - 2]?.shape === 'prose') proseAbove++;
    if (a.verdict || b.verdict || a.heading || b.heading) continue;
    // The same line twice, one right under the other, between two paragraphs, with more of the
    // article's above: an image's alt text and its caption alike, inside the article (a headline
    // and its echo stand over the article, under one paragraph at most: a teaser or a standfirst).
    const betweenParagraphs = lines[i - 2]?.shape === 'prose' && lines[i + 1]?.shape === 'prose';
    const same = sameWords(a.text, b.text);
    if (same && !b.blankBefore && betweenParagraphs && proseAbove >= 2 && a.shape === 'heading-like') {
      a.shape = b.shape = 'caption';
      continue;
    }
    // A sentence printed twice right over a photo's credit is that photo's alt text and caption;
    // so is a line of a headline's shape, under another such line (the headline, over its lead photo).
    // (With none above, the line printed twice is the headline itself, over the photo's credit.)
    if (same && (a.shape === 'prose' || (a.shape === 'heading-like' && headlineAbove(lines, i - 1))) && lines[i + 1]?.shape === 'photo-credit') {
      a.shape = b.shape = 'caption';
      continue;
    }
    // A page's stamps alike ("Published 2024.08.11 14:49" over "Updated 2024.08.11 14:49") are its dates, not a photo's text.
    if (STAMP_SHAPES.has(a.shape) || STAMP_SHAPES.has(b.shape)) continue;
    // A copy cut short with an ellipsis ("Ferry back in service after ...") over or under the whole
    // line is its start too (a headline and its shortened copy); two shortened copies stay alike.
    const oneCut = CUT_SHORT.test(a.text) !== CUT_SHORT.test(b.text);
    const na = oneCut ? normalise(a.text).replace(CUT_SHORT, '') : normalise(a.text);
    const nb = oneCut ? normalise(b.text).replace(CUT_SHORT, '') : normalise(b.text);
    // (The same words, spaced or punctuated apart — "ATTACK-VIDEO", "ATTACK -VIDEO" — are one line printed twice.)
    if (same || na === nb || na.startsWith(nb) || nb.startsWith(na) || na.endsWith(nb) || nb.endsWith(na)) continue;
    // A paragraph right under the pair means the pair is a caption above its own article's lead (the lead retold), not image text alone.
    const next = lines[i + 1];
    if (next && next.shape === 'prose' && b.shape === 'prose') continue;
    // Inside a run of paragraphs, two alike are the article repeating itself, not an image's text.
    const prev = lines[i - 2];
    if (prev && prev.shape === 'prose' && a.shape === 'prose') continue;
    if (wordOverlap(a.text, b.text) >= IMAGE_TEXT_OVERLAP) a.shape = b.shape = 'caption';
  }
}

// A headline stands within a few lines above its lead photo, and has a few words at least.
const HEADLINE_REACH = 3;
const HEADLINE_WORDS = 5;

/** True when a line of a headline's shape, other than the line's own words, stands a few lines above it. */
function headlineAbove(lines: Line[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - HEADLINE_REACH; k--) {
    const l = lines[k]!;
    if (!l.verdict && l.shape === 'heading-like' && wordCount(l.text) >= HEADLINE_WORDS && !sameWords(l.text, lines[i]!.text)) return true;
  }
  return false;
}

/** True for two lines of the same letters and figures, whatever stands between them. */
function sameWords(a: string, b: string): boolean {
  const letters = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return letters(a) === letters(b);
}

/** Shared words over all words of the two lines (Jaccard), for lines of six words or more: a heading and the paragraph under it share some words, two versions of a caption nearly all. */
function wordOverlap(a: string, b: string): number {
  const words = (t: string) => new Set(t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const [x, y] = [words(a), words(b)];
  if (x.size < 6 || y.size < 6) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared);
}

/** Alt text printed just above a caption belongs to the image; so does a caption's echo. */
export function markAltTextAboveCaptions(lines: Line[]): void {
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const prev = lines[i - 1]!;
    if (prev.verdict || prev.heading) continue;
    const isImageText = line.shape === 'caption' || line.shape === 'photo-credit';
    if (isImageText && !line.blankBefore && (prev.shape === 'heading-like' || line.text.startsWith(prev.text))) prev.shape = 'caption';
  }
}
