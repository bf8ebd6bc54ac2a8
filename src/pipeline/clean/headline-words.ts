// Headline by its words: a headline names what the article's first paragraphs tell, so it shares
// their words, and a section label, a photo credit, a header line or a teaser for another story
// shares few of them. Used where the page's shapes leave the headline uncertain (a text dump with
// no stated title): to choose among the candidates above the lead, and to find a headline that
// stands above the article's body when the shapes found none there.
import stopwords from 'stopwords-iso' with { type: 'json' };
import { isCountedThreadLabel } from './comments.ts';
import { FURNITURE, type Line } from './line.ts';
import { wordCount } from './shapes.ts';

/** What the headline pass knows of lines, passed in so that this file and it do not import each other. */
export interface HeadlineTests {
  /** A paragraph of the article (prose of lead length, not yet decided). */
  isParagraph: (l: Line) => boolean;
  /** A line that could read as a headline (not a byline, a toolbar, a menu of links…). */
  mayHead: (text: string) => boolean;
  /** A byline or date stamp follows the line (a headline's place). */
  onStamp: (lines: Line[], i: number) => boolean;
}

// Function words of the dossier's languages (stopwords-iso): shared by any two lines, so no evidence.
const FUNCTION_WORDS = new Set(['en', 'de', 'fr', 'ru', 'uk', 'es', 'it', 'pl', 'cs'].flatMap((code) => (stopwords as Record<string, string[]>)[code] ?? []));
// Words are compared on their first letters, so "Eagles" meets "Eagle" and "Ukraine's" meets "Ukrainian".
const STEM_LETTERS = 5;
// Words shorter than this ("a", "of", "в") say nothing of what a line is about.
const MIN_WORD_LETTERS = 3;
// What a headline is compared with: the first paragraphs of the article.
const PARAGRAPHS_TOLD = 3;
// A candidate that shares this many more of its words with the lead than the shapes' pick does is the headline.
const CLEARLY_MORE = 0.3;
// The shapes' pick stands unless it shares less than this of its words with the article's first paragraphs.
const NAMES_LITTLE = 0.15;
// A headline found by its words shares more than this of them, and at least two words.
const NAMES_ENOUGH = 0.3;
const MIN_SHARED = 2;
// This many candidates naming nothing of the lead between a line and the pick are a menu.
const MENU_BETWEEN = 2;
// A headline stands within this many lines above the article's body.
const HEADLINE_REACH = 30;
// Moving the headline down drops what stands above it as page furniture: at most a teaser's prose.
const TEASER_WORDS = 100;
// A teaser stands at least this many lines (its link, the next card's headline) above the article's body.
const TEASER_GAP = 2;
// An article's byline or date stands this close above its first paragraph.
const STAMP_REACH = 4;
// A pick this long that shares nothing because all its words are common stands as the headline.
const COMMON_WORDS_HEADLINE = 5;
// A headline is three to twenty-five words long.
const HEADLINE_WORDS = { min: 3, max: 25 };

/** A line's content words, as stems: no function words, no short words. */
export function contentStems(text: string): Set<string> {
  const words = text.toLowerCase().match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  return new Set(words.filter((w) => w.length >= MIN_WORD_LETTERS && !FUNCTION_WORDS.has(w)).map((w) => w.slice(0, STEM_LETTERS)));
}

/** The content words of the first paragraphs from line `from` on: what a headline above them names. */
export function paragraphStems(lines: Line[], from: number, tests: HeadlineTests): Set<string> {
  const told = new Set<string>();
  for (let k = from, paragraphs = 0; k < lines.length && paragraphs < PARAGRAPHS_TOLD; k++) {
    if (!tests.isParagraph(lines[k]!)) continue;
    for (const w of contentStems(lines[k]!.text)) told.add(w);
    paragraphs++;
  }
  return told;
}

/** How many of a line's content words `told` holds, and what share of its words that is. */
export function sharedWith(told: Set<string>, text: string): { shared: number; share: number } {
  const words = contentStems(text);
  let shared = 0;
  for (const w of words) if (told.has(w)) shared++;
  return { shared, share: words.size ? shared / words.size : 0 };
}

/** A line that may stand between two paragraphs of one run: furniture (credits, share buttons) or a short label ("Details"). */
export function standsBetweenParagraphs(l: Line): boolean {
  return FURNITURE.has(l.shape) || (l.shape === 'heading-like' && wordCount(l.text) <= 3);
}

/**
 * Among the candidates around the shapes' pick (a label, a ticker or a header line was picked),
 * the one that shares clearly more of its words with the lead. Below the pick, only a line that
 * stands on a byline or date: captions stand below a headline too, and describe the same event
 * in the same words, but no stamp follows them.
 */
export function candidateNamingTheLead(lines: Line[], block: number[], lead: number, pick: number, tests: HeadlineTests): number | undefined {
  const told = paragraphStems(lines, lead, tests);
  let best: number | undefined;
  const pickShare = sharedWith(told, lines[pick]!.text).share;
  // A pick that names nothing of the lead is a header line (a menu, the site's name): then the
  // headline may stand below it, right on the lead, where it must name the lead well.
  const pickNamesNothing = pickShare < NAMES_LITTLE;
  let bestShare = pickShare + CLEARLY_MORE;
  const sharedBy = new Map(block.map((k) => [k, sharedWith(told, lines[k]!.text)]));
  const namingNothing = block.filter((k) => sharedBy.get(k)!.shared === 0);
  for (const i of block) {
    if (i === pick || wordCount(lines[i]!.text) < HEADLINE_WORDS.min) continue;
    const { shared, share } = sharedBy.get(i)!;
    const below = i > pick && !tests.onStamp(lines, i);
    if (below && !(pickNamesNothing && shared >= MIN_SHARED && share > NAMES_ENOUGH)) continue;
    // Above the pick, two candidates or more that name nothing of the lead are a menu's items: what
    // stands above them is the menu's too ("Place a classified ad" shares "class" with "Classic").
    if (i < pick && namingNothing.filter((k) => k > i && k < pick).length >= MENU_BETWEEN) continue;
    if (share >= bestShare) [best, bestShare] = [i, share];
  }
  return best;
}

/**
 * A headline above the article's body found by its words, where the shapes' pick (`found`, -1
 * for none) names little of the body: on portal pages the lead the shapes find may be a teaser,
 * and the headline a line of the header's shape. The body is the page's longest run of
 * paragraphs. A candidate right under a paragraph of the same story is a subheading of it;
 * and the headline never moves down past more than a teaser's prose.
 */
export function headlineNamingTheBody(lines: Line[], found: number, tests: HeadlineTests): number | undefined {
  const body = longestRunOfParagraphs(lines, tests);
  if (body < 0) return undefined;
  const told = paragraphStems(lines, body, tests);
  // (A pick below the body's start is compared with the paragraphs under it.)
  const toldUnderFound = found < body ? told : paragraphStems(lines, found + 1, tests);
  // A pick of headline length whose words are all common ones ("EU opens new cases against
  // Microsoft": the function word list holds "opens", "cases" and "Microsoft") says nothing either
  // way: it stands. (A short one, "What are these?", is a help link as often as not.)
  if (found >= 0 && wordCount(lines[found]!.text) >= COMMON_WORDS_HEADLINE && contentStems(lines[found]!.text).size === 0) return undefined;
  if (found >= 0 && sharedWith(toldUnderFound, lines[found]!.text).share >= NAMES_LITTLE) return undefined;
  let best: number | undefined;
  let bestShare = NAMES_ENOUGH;
  for (let i = body - 1; i >= 0 && i >= body - HEADLINE_REACH; i--) {
    const l = lines[i]!;
    // Only furniture and short lines stand between a headline and its body.
    if (tests.isParagraph(l)) break;
    if (!mayBeHeadline(l, tests) || subheading(lines, i, told, tests)) continue;
    const { shared, share } = sharedWith(told, l.text);
    if (shared >= MIN_SHARED && share > bestShare) [best, bestShare] = [i, share];
  }
  if (best === undefined || best <= found) return best;
  let dropped = 0;
  for (let k = found + 1; k < best; k++) if (lines[k]!.shape === 'prose' && !lines[k]!.verdict) dropped += wordCount(lines[k]!.text);
  return dropped > TEASER_WORDS ? undefined : best;
}

/** A line of headline length and shape: heading-like, or a short question or exclamation. */
function mayBeHeadline(l: Line, tests: HeadlineTests): boolean {
  if (l.verdict || !tests.mayHead(l.text)) return false;
  const words = wordCount(l.text);
  if (words < HEADLINE_WORDS.min || words > HEADLINE_WORDS.max) return false;
  return l.shape === 'heading-like' || (l.shape === 'prose' && /[?!]["'”’»]*$/u.test(l.text));
}

/**
 * True when the nearest lines above, past furniture, are paragraphs of the same article (together
 * they share words with the body): a subheading of an article already begun, whose last paragraph
 * may tell a detail in words of its own. A teaser for another story above a headline shares none.
 */
function subheading(lines: Line[], i: number, bodyStems: Set<string>, tests: HeadlineTests): boolean {
  let k = i - 1;
  while (k >= 0 && FURNITURE.has(lines[k]!.shape)) k--;
  const run: string[] = [];
  for (; k >= 0 && tests.isParagraph(lines[k]!); k--) run.push(lines[k]!.text);
  return run.length > 0 && sharedWith(bodyStems, run.join(' ')).shared >= MIN_SHARED;
}

/** Where the page's longest run of paragraphs (by words) starts: furniture and short labels may stand between them. */
function longestRunOfParagraphs(lines: Line[], tests: HeadlineTests): number {
  let best = -1;
  let bestWords = 0;
  for (let i = 0; i < lines.length; ) {
    if (!tests.isParagraph(lines[i]!)) {
      i++;
      continue;
    }
    let words = 0;
    let k = i;
    for (; k < lines.length; k++) {
      const l = lines[k]!;
      if (l.shape === 'prose' && !l.verdict) words += wordCount(l.text);
      else if (!standsBetweenParagraphs(l)) break;
    }
    if (words > bestWords) [best, bestWords] = [i, words];
    i = k + 1;
  }
  return best;
}

/**
 * The lead the headline stands over. On a portal page the first paragraphs may be teasers for
 * other stories, above the article: when the page's longest run of paragraphs starts below the
 * first lead and that lead names nothing it tells (fewer than two of its words), the run is the
 * article and its first paragraph the lead, or an earlier paragraph of the same story under a
 * byline or date. A lead of the same story (the article goes on after a box of related links)
 * shares its names with the rest.
 */
export function articleLead(lines: Line[], first: number, tests: HeadlineTests): number {
  const body = longestRunOfParagraphs(lines, tests);
  if (body <= first) return first;
  // Readers' comments below a short article may be the longest run: the lead never moves into them.
  for (let k = first + 1; k < body; k++) if (isCountedThreadLabel(lines[k]!.text)) return first;
  // The first lead's own run of paragraphs, as one text: a short lead may name the story once.
  const run: string[] = [];
  let end = first;
  for (; end < body && (tests.isParagraph(lines[end]!) || standsBetweenParagraphs(lines[end]!)); end++) if (tests.isParagraph(lines[end]!)) run.push(lines[end]!.text);
  // A line between them (a subheading, a long line of another shape): one article.
  if (body - end < TEASER_GAP) return first;
  const told = paragraphStems(lines, body, tests);
  if (sharedWith(told, run.join(' ')).shared >= MIN_SHARED) return first;
  // A paragraph of the body's story between them: the article begins there when it stands under
  // its own byline or date (its first paragraphs stand over a photo box, and the longest run
  // follows the box); else the first lead's story goes on in it.
  for (let k = end; k < body; k++) {
    if (!tests.isParagraph(lines[k]!) || sharedWith(told, lines[k]!.text).shared < MIN_SHARED) continue;
    const from = Math.max(end, k - STAMP_REACH);
    const stamp = lines.slice(from, k).findLastIndex((l) => l.shape === 'byline' || l.shape === 'date');
    if (stamp < 0 || k - end < TEASER_GAP) return first;
    // The article begins with the first paragraph under its stamp (past a line of its labels,
    // "Categories: Travel"), which may name the story in other words ("DETROIT -- …").
    for (let under = from + stamp + 1; under < k; under++) if (tests.isParagraph(lines[under]!)) return under;
    return k;
  }
  return body;
}
