// Clean stage: decides for every line of a page whether it is the article (a heading or a
// paragraph) or page furniture, and records each dropped line with a reason (the audit).
//
// The page is read the way a person skims it: find the headline (the heading just before the
// first real paragraph), treat what comes before it as the site's header, follow the article
// until the page turns into something else (an author box, a news feed, a row of labels), and
// judge each line in between by its shape and by its neighbours.
import { parse } from 'tldts';
import type { CleanedPage, KeptLine, PageLine, RemovalReason, RemovedLine } from '../types.ts';
import { findHeadline, headlineUnderArticle, labelledHeadline, LEAD_MIN_WORDS, withoutDanglingSeparator } from './headline.ts';
import { findArticleEnd } from './article-end.ts';
import { markAltTextAboveCaptions, markCaptionsAfterCredits, markImageTextPairs } from './image-text.ts';
import { commentsStart } from './comments.ts';
import { cutHeadlines } from './cut-headlines.ts';
import { galleryCaptions } from './gallery.ts';
import { splitGluedCredits } from './glued-credits.ts';
import { splitGluedDates } from './glued-dates.ts';
import { splitStampFields } from './stamp-fields.ts';
import { introducedList, listsInBody } from './introduced-list.ts';
import { leadPhotoCaption } from './lead-photo.ts';
import { isPullQuoteAttribution, repeatedLines, wordsSaid } from './repeated-lines.ts';
import { summaryBoxLines } from './summary-box.ts';
import { articleTables } from './tables.ts';
import { teaserListStart } from './teaser-list.ts';
import { splitGluedHeadlines } from './glued-headline.ts';
import { isBylineName } from './byline-names.ts';
import { textAdLines } from './text-ads.ts';
import { FURNITURE, normalise, type Line, type Verdict } from './line.ts';
import { asksToSignUp, SENTENCE_INSIDE, endsSentence, isPersonName, isWeatherReading, shapeOf, startsLowercase, WIRE_DATELINE_OPENING, wordCount, type Shape } from './shapes.ts';

/** Tests a line against a sidecar pattern. */
export type LinePattern = (text: string) => boolean;

export interface CleanOptions {
  /** A title the input format or the sidecar states; the line that carries it is the headline. */
  title?: string;
  /** Lines the sidecar says are article text, whatever their shape. */
  keep?: LinePattern[];
  /** Lines the sidecar says are furniture, whatever their shape. */
  drop?: LinePattern[];
  /** True for a credit line naming wire agencies ("Le Monde avec AFP"); the registry knows their names. */
  agencyCredit?: (text: string) => boolean;
}

const REASON: Partial<Record<Shape, RemovalReason>> = {
  markup: 'markup',
  'skip-link': 'navigation',
  breadcrumb: 'navigation',
  url: 'source-url',
  'colon-label': 'navigation',
  'reading-time': 'reading-time',
  newsletter: 'newsletter',
  widget: 'widget',
  'editor-initials': 'editor-initials',
  'photo-credit': 'photo-credit',
  caption: 'caption',
  'read-also': 'teaser',
  appeal: 'appeal',
  byline: 'byline',
  date: 'dateline',
  time: 'news-feed',
};

// The crawler's stamp may give a day, a month or only a year.
const CRAWLER_PREFIX = /^(date\s+\d{4}(?:-\d{2}){0,2})\s+(.*)$/;
const MAX_HEADING_WORDS = 15;
// A line in capitals this long is a headline (of another story), not a subheading.
const CAPITALS_LINK_WORDS = 8;
// A line the page's width broke holds at least this many words.
const MEND_MIN_WORDS = 6;
const STARTS_WITH_ADDRESS = /^(?:https?:\/\/|www\.)\S/iu;
// A first word with dots in it ("island.example.ca", "e.g."): a host when its suffix is a real one.
const DOTTED_FIRST_WORD = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)+(?=[\s/]|$)/u;

/** Clean stage: lines of a page → kept headings and paragraphs, plus the audit of dropped lines. */
export function cleanPage(input: PageLine[], options: CleanOptions = {}): CleanedPage {
  const cleaned = cleanLines(input, options);
  // An extractor can pick the wrong part of a page (a gallery's captions, a list of links), so
  // that nothing of it reads as a paragraph: the page is then read whole, as a text dump would be.
  if (cleaned.kept.some((k) => k.role === 'paragraph') || !input.some((l) => l.outsideArticle)) return cleaned;
  // The extractor's own copy of a line the page also holds is left out, so nothing is read twice.
  const onPage = new Set(input.filter((l) => l.outsideArticle).map((l) => l.text));
  const whole = cleanLines(
    input.filter((l) => l.outsideArticle || !onPage.has(l.text)).map(({ outsideArticle: _outside, ...l }) => l),
    options,
  );
  if (whole.kept.some(isSentenceParagraph)) return whole;
  // The page read whole holds no paragraph of a sentence's length either (only links and labels):
  // the extractor's part was the page's text after all, a photo with its caption, kept as such.
  const captioned = cleanLines(input, options, { captionsAlone: true });
  if (captioned.kept.some((k) => k.role === 'paragraph')) return captioned;
  return whole.kept.some((k) => k.role === 'paragraph') ? whole : cleaned;
}

/** A kept paragraph of a sentence's length, not a link's or a label's. */
function isSentenceParagraph(k: KeptLine): boolean {
  return k.role === 'paragraph' && wordCount(k.text) >= LEAD_MIN_WORDS;
}

/** How a second reading of the page differs from the first. */
interface Reading {
  /** The extractor's part holds captions and nothing else of the page's text: they are its text. */
  captionsAlone?: boolean;
}

function cleanLines(input: PageLine[], options: CleanOptions, reading: Reading = {}): CleanedPage {
  const prefix: RemovedLine[] = [];
  const shape = (l: PageLine) => shapeOf(l.text, { ...l, agencyCredit: options.agencyCredit });
  const all = mendBrokenLines(splitStampFields(splitGluedCredits(splitGluedDates(splitGluedHeadlines(splitCrawlerPrefix(input, prefix))))), shape).map((l): Line => ({ ...l, shape: shape(l) }));
  for (const line of all) if (line.outsideArticle) line.verdict = { kind: 'removed', reason: 'outside-article' };
  applySidecar(all, options);
  // When an extractor has bounded the article, the lines it left out are neither the headline nor
  // neighbours of the article's lines: the article is read on its own, and the page's end rules
  // (an author box, a row of labels) and teaser cards, which find that boundary in a text dump, stay out of it.
  const lines = all.filter((l) => !l.outsideArticle);
  const bounded = lines.length < all.length;
  markSplitBreadcrumbs(lines);
  // Before the caption rules: a paragraph the excerpt cut off under a photo's credit is no caption.
  markCutOffEnd(lines, !bounded);
  markCaptionsAfterCredits(lines);
  markImageTextPairs(lines);
  markAppeals(lines);
  for (const i of summaryBoxLines(lines)) decide(lines[i]!, 'summary-box');
  for (const i of textAdLines(lines)) decide(lines[i]!, 'advert');
  for (const i of cutHeadlines(lines)) decide(lines[i]!, 'teaser');

  const titleIndex = findHeadline(lines, options.title);
  // A headline printed under the article heads it all the same; the article starts at the page's top.
  const under = titleIndex < 0 && options.title === undefined ? headlineUnderArticle(lines) : -1;
  const headed = titleIndex >= 0 ? titleIndex : under;
  const title = headed >= 0 ? lines[headed]!.text : (options.title ?? null);
  if (headed >= 0) lines[headed]!.verdict = { kind: 'title' };
  else markOutsideHeadline(all, options.title);
  markAltTextAboveCaptions(lines);
  if (bounded) for (const i of galleryCaptions(lines, titleIndex + 1, lines.length, { alone: reading.captionsAlone })) lines[i]!.verdict = { kind: 'paragraph' };
  markEchoTeasers(lines);
  markTitleCopies(lines, title);
  markSourceLinks(lines);
  // A credit: a credit label, or a source named in brackets ("(Associated Press)").
  const isCredit = (l: Line) => l.shape === 'photo-credit' || (l.shape === 'byline' && /^\(.+\)$/u.test(l.text));
  const leadPhoto = leadPhotoCaption(lines, titleIndex, isCredit);
  if (leadPhoto) {
    for (const i of leadPhoto.caption) decide(lines[i]!, 'caption');
    decide(lines[leadPhoto.credit]!, 'photo-credit');
  }

  markHeaderDateBars(lines, titleIndex);
  const tables = articleTables(lines, titleIndex + 1);
  for (const i of tables.rows) lines[i]!.verdict = { kind: 'paragraph' };
  for (const i of tables.titles) lines[i]!.verdict = { kind: 'heading' };
  for (let i = 0; i < titleIndex; i++) decide(lines[i]!, REASON[lines[i]!.shape] ?? 'navigation');
  const { end: articleEnd, authorBox } = bounded ? { end: lines.length, authorBox: null } : findArticleEnd(lines, titleIndex + 1);
  if (authorBox) for (let k = authorBox.from; k <= authorBox.to; k++) decide(lines[k]!, REASON[lines[k]!.shape] ?? 'author-bio');
  // Read whole, a photo essay's captions are its text too, from its headline to the page's end rules.
  if (!bounded) for (const i of galleryCaptions(lines, titleIndex + 1, articleEnd, { wholePage: true })) lines[i]!.verdict = { kind: 'paragraph' };
  // Readers' comments begin after the article's first paragraph, and end it if no other rule has.
  const firstParagraph = lines.findIndex((l, i) => i > titleIndex && l.shape === 'prose' && wordCount(l.text) >= LEAD_MIN_WORDS);
  const comments = firstParagraph < 0 ? -1 : bounded ? threadAcrossPart(all, lines, firstParagraph) : commentsStart(lines, firstParagraph + 1);
  const teasers = firstParagraph < 0 || bounded ? -1 : teaserListStart(lines, firstParagraph + 1);
  let end = articleEnd;
  if (teasers >= 0 && teasers < end) end = teasers;
  if (comments >= 0 && comments < end) end = comments;
  // All of a thread is comments, its stamps too: their names and dates are no byline of the article.
  for (let i = end; i < articleEnd; i++) decide(lines[i]!, i >= comments && comments >= 0 ? 'comments' : 'teaser');
  if (!bounded) for (const i of listsInBody(lines, titleIndex + 1, end)) lines[i]!.verdict = { kind: 'paragraph' };
  markRepeatedLines(lines, titleIndex + 1, end);
  const lastProse = lines.findLastIndex(isBodySentence);
  if (bounded) for (const i of introducedList(lines, lastProse, end)) lines[i]!.verdict = { kind: 'paragraph' };
  judgeBody(lines, titleIndex + 1, end, { cardsPossible: !bounded && blankSeparated(lines), bounded, lastProse });
  for (let i = end; i < lines.length; i++) decide(lines[i]!, REASON[lines[i]!.shape] ?? 'after-article');

  // A page may print its headline under a label ("Title: “…”"): the label goes to the audit.
  const labelled = title === null ? null : labelledHeadline(title);
  if (labelled) prefix.push({ text: labelled.label, reason: 'navigation' });
  const headline = labelled?.headline ?? title;
  return collect(all, headline === null ? null : withoutDanglingSeparator(headline), prefix);
}

/**
 * Where the readers' comments begin among the extractor's lines. An extractor may keep the
 * comments' text and drop their stamps ("Posted by: NAME | DATE", set in a footer), so the thread
 * is looked for on the whole page, from the article's first paragraph on: the comments begin at
 * the first of the extractor's lines at or after the thread's start. -1 when there is no thread.
 */
function threadAcrossPart(all: Line[], lines: Line[], firstParagraph: number): number {
  const from = all.indexOf(lines[firstParagraph]!);
  const start = commentsStart(all, from + 1);
  if (start < 0) return -1;
  // The extractor's lines keep the page's order: the first of them from the thread's start on.
  const after = new Set(all.slice(start));
  return lines.findIndex((l, i) => i > firstParagraph && after.has(l));
}

// A short sentence that ends in a full stop or a colon can close a body or introduce its list
// ("The dates are as follows."); a short question at the end is more often a teaser's headline.
const CLOSES_STATEMENT = /[.:]$/u;

/** A line of prose no earlier rule has judged, as long as a lead or ending as a statement: the body's, wherever it stands. */
function isBodySentence(l: Line): boolean {
  return l.shape === 'prose' && !l.verdict && (wordCount(l.text) >= LEAD_MIN_WORDS || CLOSES_STATEMENT.test(l.text));
}

/** A paragraph the article says again at more length (a standfirst, a pull quote) is a repeat; so is the name under a pull quote. */
function markRepeatedLines(lines: Line[], start: number, end: number): void {
  const candidates: number[] = [];
  for (let i = start; i < end; i++) if (!lines[i]!.verdict && !lines[i]!.heading && lines[i]!.shape === 'prose') candidates.push(i);
  const repeats = repeatedLines(lines, candidates);
  if (repeats.length === 0) return;
  const said = wordsSaid(candidates.map((i) => lines[i]!.text));
  for (const i of repeats) {
    if (isPullQuoteAttribution(lines, i, said)) decide(lines[i + 1]!, 'repeat');
    decide(lines[i]!, 'repeat');
  }
}

// The date bar stands this close to the weather.
const DATE_BAR_REACH = 2;

/**
 * Today's date beside the weather in the site's header ("61.9 F", "Los Angeles", "Thursday,
 * January 22, 2026"), or over the breadcrumb that leads to the article, is the day the page was
 * saved, not the article's date: navigation, so the metadata never takes it for the publication date.
 */
function markHeaderDateBars(lines: Line[], titleIndex: number): void {
  const isWeather = (k: number) => k >= 0 && k < titleIndex && isWeatherReading(lines[k]!.text);
  for (let i = 0; i < titleIndex; i++) {
    if (lines[i]!.shape !== 'date') continue;
    for (let k = i - DATE_BAR_REACH; k <= i + DATE_BAR_REACH; k++) if (k !== i && isWeather(k)) decide(lines[i]!, 'navigation');
    // So is a date over the breadcrumb that leads to the article: the header's, above the page's own.
    if (i + 1 < titleIndex && lines[i + 1]!.shape === 'breadcrumb') decide(lines[i]!, 'navigation');
  }
}

/** Sets a removal verdict unless an earlier rule (sidecar, title) already decided the line. */
function decide(line: Line, reason: RemovalReason): void {
  line.verdict ??= { kind: 'removed', reason };
}

/** True for a line that starts with a site's address, written with a scheme or "www." or as a bare host ("island.example.ca"). */
function startsWithHost(text: string): boolean {
  if (STARTS_WITH_ADDRESS.test(text)) return true;
  const first = DOTTED_FIRST_WORD.exec(text)?.[0];
  return first !== undefined && parse(first).isIcann === true;
}

/** Some crawlers put " date YYYY-MM-DD" before the first line of the page. */
function splitCrawlerPrefix(lines: PageLine[], removed: RemovedLine[]): PageLine[] {
  const first = lines[0];
  const match = first && CRAWLER_PREFIX.exec(first.text);
  if (!first || !match) return lines;
  removed.push({ text: match[1]!, reason: 'crawler-prefix' });
  return [{ ...first, text: match[2]! }, ...lines.slice(1)];
}

/** True for a line that may go on in the next one: as long as a line the page's width broke, or ending on a comma, a semicolon or a dash. */
function runsOn(text: string): boolean {
  return wordCount(text) >= MEND_MIN_WORDS || /[,;:–—-]$/u.test(text);
}

/** Joins a line broken mid-sentence ("…the roof partially" / "torn off.") back into one. */
function mendBrokenLines(lines: PageLine[], shape: (l: PageLine) => Shape): PageLine[] {
  const out: PageLine[] = [];
  let previousInput: PageLine | undefined;
  for (const [at, line] of lines.entries()) {
    // A line broken by the page's width is long; a short one ends on a comma or a semicolon, or
    // the sentence ends on the next. Short lower-case lines that do none of these ("home and
    // garden", "travel") are a menu. (Judged on the input line, not on what was mended so far.)
    // The tail of a broken sentence ends it, or runs on (it is long, or ends on a comma, or the next
    // line follows it with no blank line between): a short lower-case line that does none of these
    // under a headline is a section label ("people and celebrities"), not the headline's last words.
    const next = lines[at + 1];
    const tail = endsSentence(line.text) || runsOn(line.text) || (!!next && !next.blankBefore);
    const broken = tail && !!previousInput && (runsOn(previousInput.text) || endsSentence(line.text));
    previousInput = line;
    const prev = out.at(-1);
    // A dateline may start in lower case ("le 28 octobre 2024"): it is never a sentence's tail.
    // Nor is a line that starts with a site's address ("www.example.cn 2007-11-24 Print", "island.example.ca").
    const canJoin = (l: PageLine) => !l.heading && !l.markup && !l.caption && !FURNITURE.has(shape(l)) && shape(l) !== 'date' && shape(l) !== 'time' && !startsWithHost(l.text);
    if (prev && !!prev.outsideArticle === !!line.outsideArticle && startsLowercase(line.text) && !endsSentence(prev.text) && wordCount(prev.text) >= 3 && broken && canJoin(prev) && canJoin(line)) {
      out[out.length - 1] = { ...prev, text: `${prev.text} ${line.text}` };
    } else {
      out.push(line);
    }
  }
  return out;
}

function applySidecar(lines: Line[], { keep = [], drop = [] }: CleanOptions): void {
  for (const line of lines) {
    if (drop.some((p) => p(line.text))) line.verdict = { kind: 'removed', reason: 'sidecar-drop' };
    else if (keep.some((p) => p(line.text))) line.verdict = line.heading ? { kind: 'heading' } : { kind: 'paragraph' };
  }
}

/** The headline often stands above the extractor's main text (an <h1> over the article body): it is the title, not a removed line. */
function markOutsideHeadline(lines: Line[], stated: string | undefined): void {
  if (!stated) return;
  const want = normalise(stated);
  const headline = lines.find((l) => l.outsideArticle && l.verdict?.kind === 'removed' && normalise(l.text) === want);
  if (headline) headline.verdict = { kind: 'title' };
}


// A breadcrumb printed one step a line: each step but the last ends in its separator.
const BREADCRUMB_STEP = /\s[/>»|]$/u;
const BREADCRUMB_STEP_WORDS = 4;

/**
 * "Home /", "News /", "World /", "Latin America/Caribbean": a breadcrumb a text dump printed one
 * step a line. Its steps and the step after them are navigation (the last one, with a slash
 * inside, is no "Name/Agency" photo credit).
 */
function markSplitBreadcrumbs(lines: Line[]): void {
  const step = (k: number) => !lines[k]!.verdict && !lines[k]!.heading && wordCount(lines[k]!.text) <= BREADCRUMB_STEP_WORDS;
  for (let i = 0; i + 2 < lines.length; i++) {
    if (!(step(i) && step(i + 1) && BREADCRUMB_STEP.test(lines[i]!.text) && BREADCRUMB_STEP.test(lines[i + 1]!.text))) continue;
    let k = i;
    while (k < lines.length && step(k) && BREADCRUMB_STEP.test(lines[k]!.text)) lines[k++]!.shape = 'breadcrumb';
    if (k < lines.length && step(k) && lines[k]!.shape !== 'prose') lines[k]!.shape = 'breadcrumb';
    i = k;
  }
}

// An appeal runs a few lines from its salutation ("Dear readers," … "we need your help").
const APPEAL_LINES = 6;

/** A salutation to the readers opens an appeal (for money, for subscriptions): it and the lines after it, up to a heading or a blank-separated break, are not the article. */
function markAppeals(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.shape !== 'appeal' || lines[i]!.verdict) continue;
    for (let k = i + 1; k < lines.length && k <= i + APPEAL_LINES; k++) {
      const l = lines[k]!;
      if (l.verdict || l.heading || (l.shape !== 'prose' && l.shape !== 'heading-like')) break;
      decide(l, 'appeal');
    }
  }
}

// A cut-off last line that holds a whole sentence before the cut is a paragraph, not a caption
// or a subheading's label (those are shorter), unless it asks the reader to sign up ("…Close").
const CUT_OFF_PARAGRAPH_WORDS = 15;

/**
 * A saved excerpt may stop mid-sentence ("…Higgs said the Richmond refinery i"): a last line
 * that does not end a sentence is a paragraph's cut-off text, not a label, when it follows a
 * paragraph, or when it holds a sentence before the cut (under a photo's credit, say).
 */
function markCutOffEnd(lines: Line[], unbounded: boolean): void {
  const last = lines.at(-1);
  const before = lines.at(-2);
  if (!last || !before || last.verdict || last.heading || last.shape !== 'heading-like') return;
  const afterParagraph = before.shape === 'prose' && !before.verdict && wordCount(before.text) >= 8 && wordCount(last.text) >= 3;
  // Only a saved text is cut off; the end of an extractor's article is where the article ends.
  const holdsSentence = unbounded && wordCount(last.text) >= CUT_OFF_PARAGRAPH_WORDS && SENTENCE_INSIDE.test(last.text) && !asksToSignUp(last.text);
  if (afterParagraph || holdsSentence) last.shape = 'prose';
}

/** A headline followed at once by the same headline behind a category label is a teaser card. */
function markEchoTeasers(lines: Line[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (line.verdict || next.blankBefore || line.shape !== 'heading-like') continue;
    if (next.text.length > line.text.length && next.text.endsWith(line.text)) {
      decide(line, 'teaser');
      decide(next, 'teaser');
    }
  }
}

function markTitleCopies(lines: Line[], title: string | null): void {
  if (!title) return;
  const want = normalise(title);
  for (const line of lines) if (normalise(line.text) === want) decide(line, 'duplicate-title');
}

/** True when the page separates its paragraphs with blank lines (so a headline glued to a summary is a card). */
function blankSeparated(lines: Line[]): boolean {
  const prose = lines.filter((l) => l.shape === 'prose');
  return prose.length > 0 && prose.filter((l) => l.blankBefore).length / prose.length >= 0.6;
}

/** How the body is judged: whether a headline glued to a summary is a teaser card, whether an extractor bounded the article. */
interface BodyContext {
  cardsPossible: boolean;
  bounded: boolean;
  /** Where the body's last sentence-shaped paragraph stands. */
  lastProse: number;
}

// The lead photo's credit stands within this many lines of the headline, under a standfirst.
const LEAD_PHOTO_REACH = 4;

/** True when line i stands right under a photo's credit or caption near the top of the article (the lead photo's), or right over the article's date there. */
function underLeadPhoto(lines: Line[], i: number, start: number): boolean {
  const [above, below] = [lines[i - 1]?.shape, lines[i + 1]?.shape];
  return i - start <= LEAD_PHOTO_REACH && (above === 'photo-credit' || above === 'caption' || below === 'date');
}

function judgeBody(lines: Line[], start: number, end: number, context: BodyContext): void {
  let leadSeen = false;
  const nextContent = (i: number) => {
    for (let k = i + 1; k < end; k++) {
      const l = lines[k]!;
      if (l.verdict?.kind === 'removed' || FURNITURE.has(l.shape)) continue;
      return k;
    }
    return -1;
  };
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    if (line.verdict) {
      if (line.verdict.kind === 'paragraph') leadSeen = true;
      continue;
    }
    if (line.shape === 'prose') {
      line.verdict = { kind: 'paragraph' };
      leadSeen = true;
    } else if (line.shape === 'heading-like' && !line.heading && !leadSeen && WIRE_DATELINE_OPENING.test(line.text)) {
      // A wire story's dateline and first words, its lines broken at a fixed width ("VASYLKIV, Ukraine, June 9 A massive fire at a"): the lead.
      line.verdict = { kind: 'paragraph' };
      leadSeen = true;
    } else if (line.shape === 'heading-like' && !leadSeen && !line.heading) {
      // Between the headline and the first paragraph stand bylines and labels, not subheadings; a
      // name may keep the comma that joined it to the date below it ("Jane Roe," over "20 June 2024").
      decide(line, isBylineName(lines, i, start) ? 'byline' : 'navigation');
    } else if (line.shape === 'heading-like' && !line.heading && underLeadPhoto(lines, i, start) && (isPersonName(line.text) || isBylineName(lines, i, start))) {
      // Under the standfirst, the lead photo and its credit, then the writer's name: a byline, not a subheading.
      decide(line, 'byline');
    } else if (line.shape === 'heading-like') {
      judgeHeadingLike(lines, i, end, context, nextContent);
    } else if ((line.shape === 'date' || line.shape === 'time') && leadSeen) {
      // In a live page a date or time stands above each entry's heading.
      const k = nextContent(i);
      const heading = k >= 0 ? lines[k]! : undefined;
      if (heading && !heading.verdict && heading.shape === 'heading-like') {
        judgeHeadingLike(lines, k, end, context, nextContent);
        const verdict = heading.verdict as Verdict | undefined; // set by judgeHeadingLike just above
        if (verdict?.kind === 'heading') {
          verdict.time = line.text;
          line.verdict = { kind: 'entry-time' };
          continue;
        }
      }
      // Under a teaser's headline, the date is the teaser's story's ("headline / date / summary").
      const above = i > 0 ? lines[i - 1]!.verdict : undefined;
      decide(line, above?.kind === 'removed' && above.reason === 'teaser' ? 'teaser' : REASON[line.shape]!);
    } else if (line.shape === 'date' || line.shape === 'time') {
      decide(line, 'dateline'); // before the first paragraph: when the article was published or updated
    } else {
      decide(line, REASON[line.shape] ?? 'navigation');
    }
  }
}

/** "Original url:" / "Source:" followed by a link names where the page came from. */
function markSourceLinks(lines: Line[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i]!.shape === 'colon-label' && lines[i + 1]!.shape === 'url') decide(lines[i]!, 'source-url');
  }
}

// A teaser's summary is a sentence or two.
const TEASER_SUMMARY_WORDS = 40;

/**
 * True for a paragraph longer than a teaser's summary, of more than one sentence (a run of glued
 * headlines has none inside) and ending one (a teaser's excerpt is cut off: "… the war is showing").
 */
function isLongParagraph(text: string): boolean {
  return wordCount(text) > TEASER_SUMMARY_WORDS && SENTENCE_INSIDE.test(text) && endsSentence(text);
}

function judgeHeadingLike(lines: Line[], i: number, end: number, { cardsPossible, bounded, lastProse }: BodyContext, nextContent: (i: number) => number): void {
  const line = lines[i]!;
  if (line.verdict) return;
  const next = lines[i + 1];
  if (cardsPossible && !line.heading && next && i + 1 < end && !next.blankBefore && !next.verdict && next.shape === 'prose' && !isLongParagraph(next.text)) {
    // A headline glued to a one-paragraph summary: a teaser for another article. (Glued to a
    // paragraph of several sentences, it is a subheading the page set without a blank line.)
    decide(line, 'teaser');
    decide(next, 'teaser');
    return;
  }
  const k = nextContent(i);
  const following = k >= 0 ? lines[k]! : undefined;
  const introducesText = following?.shape === 'prose' && following.verdict?.kind !== 'removed';
  const words = wordCount(line.text);
  // In a page's markup a subheading is a block of its own: a line after a single <br> is the rest of its paragraph.
  const ownBlock = line.heading || !bounded || line.blankBefore;
  // A single word between paragraphs ("Details", "Recall") is a section label, not a subheading.
  if (introducesText && !line.heading && words === 1) decide(line, 'navigation');
  // A long line in capitals between paragraphs is a link to another story ("NORTH KOREA SENDS
  // WARNING TO …"); the article's own subheadings in capitals are a few words.
  else if (!line.heading && words >= CAPITALS_LINK_WORDS && !/\p{Ll}/u.test(line.text)) decide(line, 'teaser');
  else if (introducesText && ownBlock && (line.heading || words <= MAX_HEADING_WORDS)) line.verdict = { kind: 'heading' };
  else if (introducesText) line.verdict = { kind: 'paragraph' };
  // Inside an extractor's main text, a short line that is no link and stands between paragraphs is
  // the article's own (a list item, a table row, a date in a schedule): the menus and teaser lists
  // it stands for in a text dump were left outside. After the last paragraph it is still furniture.
  else if (bounded && !line.heading && (line.linked ?? 0) < 0.5 && i < lastProse) line.verdict = { kind: 'paragraph' };
  else decide(line, words >= 5 ? 'teaser' : 'navigation');
}

function collect(lines: Line[], title: string | null, prefix: RemovedLine[]): CleanedPage {
  const kept: KeptLine[] = [];
  const removed: RemovedLine[] = [...prefix];
  for (const line of lines) {
    const v = line.verdict;
    if (!v) removed.push({ text: line.text, reason: 'navigation' }); // unreachable by construction; never drop silently
    if (!v || v.kind === 'title' || v.kind === 'entry-time') continue;
    if (v.kind === 'removed') removed.push({ text: line.text, reason: v.reason });
    else if (v.kind === 'heading') kept.push({ text: line.text, role: 'heading', ...(v.time ? { time: v.time } : {}) });
    else kept.push({ text: line.text, role: 'paragraph' });
  }
  return { title, kept, removed };
}
