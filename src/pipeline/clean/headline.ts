// Headline pass: which line of the page is the article's headline. A person finds it above the
// first paragraph: the top of the block of short unpunctuated lines (headline, standfirst, photo
// caption, byline, date) that sits on the lead. A line the page prints twice (as headline and
// again as a caption or a card) is the headline; so is a stated title the page prints. Where the
// shapes leave it open, the words decide (headline-words.ts).
import { articleLead, candidateNamingTheLead, contentStems, paragraphStems, sharedWith, headlineNamingTheBody, standsBetweenParagraphs, type HeadlineTests } from './headline-words.ts';
import { isAboutAuthorLabel } from './article-end.ts';
import { isThreadLabel } from './comments.ts';
import { FURNITURE, normalise, type Line } from './line.ts';
import { CAPTION_MAX_WORDS as CREDITED_CAPTION_WORDS } from './lead-photo.ts';
import { BY_NAME, capitalisedThroughout, CLOCK_TIME, isCommentBox, isHeadlineOnClockTime, isLinkLabels, isWeatherReading, LIST_BULLET, mostlyControlWords, startsLowercase, WIRE_DATELINE_OPENING, wordCount } from './shapes.ts';

// The lead is the first sentence-shaped line at least this long; shorter ones may be furniture.
export const LEAD_MIN_WORDS = 8;
// A menu is a run of at least this many short lines with no blank line between them.
const MENU_RUN = 3;
// The article's prose starts where this many paragraphs follow each other.
const LEAD_RUN = 2;
// A paragraph this long may stand alone as the lead (one paragraph above a subheading).
const LONE_LEAD_WORDS = 20;
// Prose this long above the headline block is the end of something else (a promotion, a teaser).
const BLOCK_STOP_WORDS = 4;
// A headline stands within this many lines of its lead.
const BLOCK_REACH = 60;
// A headline is rarely shorter than this; labels and tickers are.
const HEADLINE_MIN_WORDS = 5;
// A headline this short is told from a section label by its words: it names the lead in at least this many.
const SHORT_HEADLINE_WORDS = 3;
const SHORT_HEADLINE_SHARED = 2;
// A headline printed twice and ending in a full stop is at most this long; a repeated paragraph is longer.
const ECHOED_HEADLINE_WORDS = 25;
// Menu items are this short.
const MENU_ITEM_WORDS = 5;
// Where the page has no blank lines, only runs of very short lines ("World", "Business") are plainly menus.
const MENU_ITEM_WORDS_UNSEPARATED = 2;

/**
 * The headline's index: the line carrying the stated title, else a level-1 heading, else the
 * candidate above the lead that the shapes and the words point to; -1 when the page prints none.
 */
export function findHeadline(lines: Line[], stated: string | undefined): number {
  const found = headlineByShape(lines, stated);
  // A stated title or a level-1 heading is the page's own word; otherwise the words have their say.
  if (stated || (found >= 0 && lines[found]!.heading === 1)) return found;
  const named = headlineNamingTheBody(lines, found, TESTS) ?? found;
  return named >= 0 && behindGluedCrumb(lines, named) ? named + 1 : named;
}

// A breadcrumb glued to the headline holds a few words.
const GLUED_CRUMB_WORDS = 4;

/**
 * True when the line is the headline with the breadcrumb glued before it ("HomeWorldDrones hit
 * …", the text dump losing the crumb's separators) and the headline itself stands right under it:
 * that line is the headline.
 */
function behindGluedCrumb(lines: Line[], i: number): boolean {
  const next = lines[i + 1];
  if (!next || next.verdict || next.shape !== 'heading-like' || wordCount(next.text) < SHORT_HEADLINE_WORDS) return false;
  const [line, headline] = [normalise(lines[i]!.text), normalise(next.text)];
  return line.length > headline.length && line.endsWith(headline) && wordCount(line.slice(0, -headline.length)) <= GLUED_CRUMB_WORDS;
}

function headlineByShape(lines: Line[], stated: string | undefined): number {
  const free = (l: Line) => !l.verdict;
  if (stated) {
    // (A headline outside the extractor's main text is marked by the cleaner itself: markOutsideHeadline.)
    const want = normalise(stated);
    const exact = lines.findIndex((l) => free(l) && normalise(l.text) === want);
    // "Headline | Site name" in <title>: the headline is the part of it that stands as a line.
    if (exact >= 0) return mostProseAbove(lines, exact) ? -1 : exact;
    const part = lines.findIndex((l) => free(l) && l.shape === 'heading-like' && wordCount(l.text) >= 4 && want.startsWith(normalise(l.text)));
    // A copy of the headline below most of the article is a teaser or a footer link, not the headline;
    // a line under the article's first paragraph that is only the title's first words is a subheading.
    const lead = lines.findIndex(isParagraph);
    return part >= 0 && (mostProseAbove(lines, part) || (lead >= 0 && lead < part)) ? -1 : part;
  }
  // A level-1 heading with no words ("#" left by a crawler) heads nothing; nor does one of a run
  // of them ("# 1 : …", "# 2 : …" is a numbered list of most-read stories) or one under most of the
  // article; nor does one that is the page's date stamp set as a heading ("# 13 March 2024 10:13").
  const isH1 = (k: number) => k >= 0 && k < lines.length && lines[k]!.heading === 1;
  const h1 = lines.findIndex((l, k) => free(l) && isH1(k) && wordCount(l.text) >= 1 && !isH1(k - 1) && !isH1(k + 1) && !mostProseAbove(lines, k) && l.shape !== 'date');
  if (h1 >= 0) return h1;
  // The lead is the first paragraph; when nothing above it can be a headline (a promotion or a
  // photo caption stood first), the lead is where the article's run of paragraphs starts.
  const firstParagraph = lines.findIndex(isParagraph);
  if (firstParagraph < 0) return -1;
  if (questionOverPhoto(lines, firstParagraph)) return firstParagraph;
  if (firstParagraph === 1 && isBulletedHeadline(lines, firstParagraph)) return 0;
  const first = leadPastTeasers(lines, firstParagraph);
  for (const lead of first > firstParagraph ? [first] : [first, findLead(lines)]) {
    const block = headlineBlock(lines, lead);
    if (!block.length) {
      const underMenu = headlineOnStamp(lines, lead);
      if (underMenu >= 0) return underMenu;
      continue;
    }
    const repeated = block.find((i) => printedAgain(lines, i));
    // Labels above the headline ("Russia Ukraine conflict", a market ticker) are shorter than headlines.
    const stamped = overStamp(lines, block, lead);
    // Over a standfirst on its stamp, the headline is told by its place, not by its words or length.
    const overDeck = stamped === undefined ? overDeckOnStamp(lines, block, lead) : undefined;
    if (overDeck !== undefined) return overDeck;
    const first = block.find((i) => wordCount(lines[i]!.text) >= HEADLINE_MIN_WORDS);
    const pick = stamped ?? repeated ?? (first !== undefined ? captionOverHeadline(lines, block, first, lead) : block[0]!);
    const named = candidateNamingTheLead(lines, block, lead, pick, TESTS);
    // A line the page prints twice is the headline against a shorter line that names more of the
    // lead, or stands above it as if over its deck: that is a section's label ("War in Ukraine").
    const printedTwice = stamped === undefined && pick === repeated;
    if (printedTwice && (named === undefined || wordCount(lines[named]!.text) < wordCount(lines[pick]!.text))) return pick;
    return headlineOverDeck(lines, block, named ?? pick, lead);
  }
  // A headline that ends in a full stop looks like prose: then it takes the lead's place, printed twice.
  // (Not when the paragraph under it is printed again under the copy: then the dump printed the text twice.)
  if (wordCount(lines[firstParagraph]!.text) <= ECHOED_HEADLINE_WORDS && printedAgain(lines, firstParagraph) && !printedTwiceWithNext(lines, firstParagraph)) return firstParagraph;
  const stamped = stampedHeadlineBelow(lines, first);
  if (stamped >= 0) return stamped;
  const repeated = headlineRepeatedOverLead(lines, firstParagraph);
  if (repeated >= 0) return repeated;
  const underCrumb = headlineUnderItsCrumb(lines);
  return underCrumb >= 0 ? underCrumb : sentenceHeadlineRetold(lines, firstParagraph);
}

/**
 * A headline written as a sentence ("Ferry line restored after four months of repairs.") reads as
 * prose; on a page that opens with it, the paragraph under it tells the same thing at length, in
 * nearly all of its words. A short lead sentence shares some of its words with the next paragraph,
 * never nearly all; a teaser that is the next paragraph's own start is that paragraph printed twice.
 */
function sentenceHeadlineRetold(lines: Line[], first: number): number {
  if (lines.slice(0, first).some((l) => !l.verdict)) return -1;
  const line = lines[first]!;
  const words = wordCount(line.text);
  // (A question opening the page may be the lead's own first sentence: questionOverPhoto reads those.)
  if (words < HEADLINE_MIN_WORDS || words > ECHOED_HEADLINE_WORDS || !/\.["'”’»]*$/u.test(line.text)) return -1;
  let next = first + 1;
  while (next < lines.length && !isParagraph(lines[next]!)) next++;
  const lead = lines[next];
  if (!lead || wordCount(lead.text) <= words || normalise(lead.text).startsWith(normalise(line.text).replace(/[.!]$/u, ''))) return -1;
  const { shared, share } = sharedWith(contentStems(lead.text), line.text);
  return shared >= RETOLD_MIN_SHARED && share >= RETOLD_SHARE ? first : -1;
}

// A headline the lead retells shares this many of its content words with it, and this share of them.
const RETOLD_MIN_SHARED = 4;
const RETOLD_SHARE = 0.75;

/**
 * A page whose first line is a single item of a list ("- Ferry back in service after four months
 * of repairs", a converter's bullet), right over the article's run of paragraphs and naming its
 * lead, opens on its headline: a menu is a run of items, not one.
 */
function isBulletedHeadline(lines: Line[], lead: number): boolean {
  const line = lines[0]!;
  const text = line.text.replace(BULLET, '');
  if (line.verdict || !BULLET.test(line.text) || wordCount(text) < HEADLINE_MIN_WORDS || !mayHead(text) || /[.!]$/u.test(text)) return false;
  return paragraphsInRun(lines, lead) >= LEAD_RUN && sharedWith(paragraphStems(lines, lead, TESTS), text).shared >= SHORT_HEADLINE_SHARED;
}

/**
 * A headline that asks a question reads as a sentence ("Can the ferry run all winter?"): the first
 * one, with only the lead photo's caption or credit between it and the article's paragraphs, heads them.
 */
function questionOverPhoto(lines: Line[], question: number): boolean {
  if (lines[question]!.shape !== 'prose' || !isCandidate(lines, question)) return false;
  let k = question + 1;
  while (k < lines.length && (lines[k]!.shape === 'caption' || lines[k]!.shape === 'photo-credit')) k++;
  return k > question + 1 && k < lines.length && isParagraph(lines[k]!) && paragraphsInRun(lines, k) >= LEAD_RUN;
}

// A breadcrumb's separators: "Home / Startups / …", "Home » Blog » …", "News > …".
const CRUMB_SEPARATOR_END = /(?:^|\s)[/»›>|→]\s*$/u;

/**
 * A blog may print a post's title right under a breadcrumb that ends with it ("Home / Startups /
 * A long wait ends on the quay"), over the post's stamp or its first paragraph: that line is the
 * headline, when the shapes found none and it stands above the article's first run of paragraphs.
 * It has four words or more, or stands over the byline: a section's page prints its own short name
 * so too, "News > Latest News" over "Latest News", but over a teaser's headline, not a byline.
 */
function headlineUnderItsCrumb(lines: Line[]): number {
  // Above the article's first run of paragraphs; where the page sets paragraphs apart, a long line
  // with no blank line above it is a menu item's blurb ("Books — the guide is out and selling!"), not the article.
  const setApart = lines.some((l) => l.blankBefore && isParagraph(l));
  const article = lines.findIndex((l, k) => isParagraph(l) && (!setApart || l.blankBefore) && paragraphsInRun(lines, k) >= LEAD_RUN);
  for (let i = 1; i < lines.length && (article < 0 || i < article); i++) {
    const l = lines[i]!;
    const crumb = lines[i - 1]!.text;
    if (l.verdict || wordCount(l.text) < SHORT_HEADLINE_UNDER_CRUMB_WORDS || !crumb.endsWith(l.text) || !CRUMB_SEPARATOR_END.test(crumb.slice(0, -l.text.length))) continue;
    if (!mayHead(l.text)) continue;
    for (let k = i + 1; k < lines.length && k <= i + 1 + STAMP_REACH; k++) {
      // A short one heads a post only over the stamp that names its writer ("Posted by: NAME").
      if (lines[k]!.shape === 'byline' || ((isStamp(lines[k]!) || isParagraph(lines[k]!)) && wordCount(l.text) >= HEADLINE_UNDER_CRUMB_WORDS)) return i;
      if (!FURNITURE.has(lines[k]!.shape)) break;
    }
  }
  return -1;
}

const HEADLINE_UNDER_CRUMB_WORDS = 4;
const SHORT_HEADLINE_UNDER_CRUMB_WORDS = 2;

/**
 * A page that opens on its article, with nothing above it, may print its headline under it (a
 * theme that sets the title after the text in the page's code): the one line of headline length
 * between the article's paragraphs and the comment form that ends the page ("Leave a reply"),
 * with no full stop, naming the article. (With no form under it, such a line is as likely the
 * start of a paragraph that a cut-off dump ends on.) -1 when the page has no such line.
 */
export function headlineUnderArticle(lines: Line[]): number {
  let k = lines.length - 1;
  while (k > 0 && isThreadLabel(lines[k]!.text)) k--;
  const line = lines[k];
  if (!line || k === 0 || k === lines.length - 1 || line.verdict || !lines.slice(0, k).every(isParagraph)) return -1;
  const words = wordCount(line.text);
  if (words < SHORT_HEADLINE_WORDS || words > HEADLINE_UNDER_ARTICLE_WORDS || /[.!?…:;,]$/u.test(line.text) || !mayHead(line.text)) return -1;
  return sharedWith(paragraphStems(lines, 0, TESTS), line.text).shared > 0 ? k : -1;
}

const HEADLINE_UNDER_ARTICLE_WORDS = 20;

/**
 * A snippet page prints the story's summary, its headline, the summary again, then the headline
 * once more over the article: a line of headline length printed twice a few lines apart near the
 * top, with nothing but paragraphs between the copies and a paragraph right under the second
 * copy, is the headline (the second copy, so that the summary above it is left out as the header's).
 */
function headlineRepeatedOverLead(lines: Line[], firstParagraph: number): number {
  const all = normalised(lines);
  for (let i = Math.max(0, firstParagraph - 1); i < lines.length && i <= firstParagraph + ECHO_REACH; i++) {
    if (!isRepeatableHeadline(lines[i]!)) continue;
    for (let j = i + 1; j < lines.length && j <= i + ECHO_REACH; j++) {
      if (all[j] === all[i] && isRepeatableHeadline(lines[j]!)) return lines[j + 1] && isParagraph(lines[j + 1]!) ? j : -1;
      if (!isParagraph(lines[j]!)) break;
    }
  }
  return -1;
}

const isRepeatableHeadline = (l: Line) => !l.verdict && l.shape === 'heading-like' && wordCount(l.text) >= HEADLINE_MIN_WORDS && mayHead(l.text);

/**
 * When nothing above the first paragraph heads it (a sidebar's blurb, a promotion printed first),
 * the article's headline may stand lower, on its own byline or date over its lead: the first
 * such headline further down, above any run of paragraphs.
 */
function stampedHeadlineBelow(lines: Line[], first: number): number {
  const dated = headlineUnderDate(lines, first);
  if (dated >= 0) return dated;
  // Past a run of paragraphs with no headline over it, the article has begun: lower stamps are its readers' comments.
  if (paragraphsInRun(lines, first) >= LEAD_RUN) return -1;
  for (let p = first + 1; p < lines.length && p <= first + BLOCK_REACH; p++) {
    if (!isParagraph(lines[p]!)) continue;
    const block = headlineBlock(lines, p);
    const stamped = block.length ? overStamp(lines, block, p) : undefined;
    if (stamped !== undefined) return stamped;
    if (paragraphsInRun(lines, p) >= LEAD_RUN) return -1;
  }
  return -1;
}

/**
 * A blog prints the day above the post's title (the date, the title, the post): a headline right
 * under a date line, right over a run of paragraphs, below the first paragraph (a blurb about the blog).
 */
function headlineUnderDate(lines: Line[], first: number): number {
  for (let p = first + 2; p < lines.length && p <= first + BLOCK_REACH; p++) {
    const day = lines[p - 2]!;
    // The day alone: a stamp with its clock time is a comment's ("Fri, 2012-11-09 15:30 — Jane").
    const dayHeader = day.shape === 'date' && !day.verdict && !CLOCK_TIME.test(day.text);
    if (dayHeader && isParagraph(lines[p]!) && isCandidate(lines, p - 1) && paragraphsInRun(lines, p) >= LEAD_RUN) return p - 1;
  }
  return -1;
}

/**
 * The first paragraph, unless it is a teaser for another story above the article (articleLead):
 * a headline standing on its byline or date over the first paragraph says that it is the article's.
 */
function leadPastTeasers(lines: Line[], firstParagraph: number): number {
  const block = headlineBlock(lines, firstParagraph);
  if (block.length && overStamp(lines, block, firstParagraph) !== undefined) return firstParagraph;
  // A headline the page's header prints again close by (a breadcrumb, "You are reading: …") is the article's too.
  if (block.some((i) => printedAgain(lines, i, ECHO_REACH))) return firstParagraph;
  // A paragraph right under a photo credit is the lead photo's caption, under the headline.
  if (lines[firstParagraph - 1]?.shape === 'photo-credit') return firstParagraph;
  // A standfirst between its headline and their byline or date is the article's too.
  if (overDeckOnStamp(lines, block, firstParagraph) !== undefined) return firstParagraph;
  // Nothing heads the first paragraph: it may be the lead photo's caption, printed over the headline.
  if (!block.length) {
    const lead = leadUnderPhotoCaptions(lines, firstParagraph);
    if (lead >= 0) return lead;
  }
  return articleLead(lines, firstParagraph, TESTS);
}

// A lead photo's captions above the headline are one or two short paragraphs (a sentence or two
// each); with no credit under them to say what they are, they are held to fewer words than a credited caption.
const CAPTIONS_OVER_HEADLINE = 2;
const UNCREDITED_CAPTION_WORDS = 25;
// A photo's own line: a caption, a credit, or a control that shows the picture ("View larger image").
const PICTURE_WORDS = /\b(?:image|photo|picture|gallery|slideshow)s?\b/iu;
const isPhotoLine = (l: Line) => l.shape === 'caption' || l.shape === 'photo-credit' || (l.shape === 'widget' && PICTURE_WORDS.test(l.text));

/**
 * A page may print the lead photo's captions first, under the photo's own line, and the headline
 * below them: one or two paragraphs that nothing heads, then a headline of full length over the
 * article's run of paragraphs (past at most a stamp or a source line). The lead is that run's
 * first paragraph; -1 when the page is not so.
 */
function leadUnderPhotoCaptions(lines: Line[], first: number): number {
  if (first < 1 || !isPhotoLine(lines[first - 1]!)) return -1;
  let k = first;
  for (; k < lines.length && isParagraph(lines[k]!); k++) if (wordCount(lines[k]!.text) > UNCREDITED_CAPTION_WORDS) return -1;
  if (k - first > CAPTIONS_OVER_HEADLINE || k >= lines.length || !isCandidate(lines, k) || wordCount(lines[k]!.text) < HEADLINE_MIN_WORDS) return -1;
  for (let q = k + 1; q < lines.length && q <= k + 1 + STAMP_REACH; q++) {
    if (isParagraph(lines[q]!)) return paragraphsInRun(lines, q) >= LEAD_RUN ? q : -1;
    if (lines[q]!.shape === 'prose' || isCandidate(lines, q)) return -1;
  }
  return -1;
}

/**
 * A headline stands over its deck, which is longer and tells the lead in more of its words (so
 * the stamp and the words both point at it): when the candidate right above the chosen line is
 * of headline length and shorter, it is the headline. A section label above a headline is
 * shorter than a headline; a headline of three or four words ("Ferry strike ends") is taken
 * over its deck only when it names the lead in two of its words, and is no name in capitals
 * throughout over a headline that is not (a photo's label, "Former President Jane Roe").
 */
function headlineOverDeck(lines: Line[], block: number[], chosen: number, lead: number): number {
  const above = chosen - 1;
  if (!block.includes(above)) return chosen;
  const upper = wordCount(lines[above]!.text);
  const words = wordCount(lines[chosen]!.text);
  // (Of two lines as long, set together with no blank line between them, the upper heads the pair.)
  if (upper > words || (upper === words && lines[chosen]!.blankBefore)) return chosen;
  // A line in capitals throughout over one that is not is a section label or a menu ("PHONES / MP3 PLAYERS").
  if (!/\p{Ll}/u.test(lines[above]!.text) && /\p{Ll}/u.test(lines[chosen]!.text)) return chosen;
  if (upper >= HEADLINE_MIN_WORDS) return above;
  if (upper < SHORT_HEADLINE_WORDS || (capitalisedThroughout(lines[above]!.text) && !capitalisedThroughout(lines[chosen]!.text))) return chosen;
  return isShortHeadlineNaming(lines, above, lead) ? above : chosen;
}

/**
 * Two lines of headline length right on the lead, with no stamp to place the headline: a photo's
 * caption above the headline is the longer of the two (a headline over its deck is the shorter,
 * see headlineOverDeck), so the shorter lower line is the headline. A lower line that credits
 * someone ("+ Posted by Jane Roe // Executive Producer") is a byline the byline rule could not read, not a headline.
 */
function captionOverHeadline(lines: Line[], block: number[], chosen: number, lead: number): number {
  const below = chosen + 1;
  if (below !== lead - 1 || !block.includes(below) || BY_NAME.test(lines[below]!.text)) return chosen;
  const words = wordCount(lines[below]!.text);
  return words >= HEADLINE_MIN_WORDS && words < wordCount(lines[chosen]!.text) ? below : chosen;
}

/**
 * The candidate right above the article's byline or date stamp: the headline sits on its stamp,
 * and candidates further up (a ticker, a "Now playing" bar, a section menu) belong to the header.
 */
function overStamp(lines: Line[], block: number[], lead: number): number | undefined {
  // The first stamp: a byline's second line (a role, "Staff and agencies") may stand between it and the next one.
  // Looked for between the block's top and the lead only: the block stands within BLOCK_REACH lines of it.
  let stamp = block[0]! + 1;
  while (stamp < lead && !isStamp(lines[stamp]!)) stamp++;
  if (stamp >= lead) return undefined;
  // A short headline right on its stamp is told from a label by its words (over a date and a deck: "Ferry strike ends").
  const nearest = block.findLast((i) => i < stamp);
  if (nearest !== undefined && isShortHeadlineNaming(lines, nearest, lead)) return nearest;
  // Over a deck in headline case on the stamp, the headline is the line the page prints again ("headline, deck, stamp, headline, photo").
  const long = (i: number) => i < stamp && wordCount(lines[i]!.text) >= HEADLINE_MIN_WORDS;
  return block.find((i) => long(i) && printedAgain(lines, i)) ?? block.findLast(long);
}

/** True for a headline of three or four words that names the lead in two of its words ("Ferry strike ends"); a label names none. */
function isShortHeadlineNaming(lines: Line[], i: number, lead: number): boolean {
  const words = wordCount(lines[i]!.text);
  if (words < SHORT_HEADLINE_WORDS || words >= HEADLINE_MIN_WORDS) return false;
  return sharedWith(paragraphStems(lines, lead, TESTS), lines[i]!.text).shared >= SHORT_HEADLINE_SHARED;
}

/**
 * The candidate right above a standfirst that stands on the article's byline or date (headline,
 * standfirst, "By Jane Roe", the date, the article): the standfirst is the article's, and so is
 * the line that heads it, whatever list of other stories stands above them.
 */
function overDeckOnStamp(lines: Line[], block: number[], lead: number): number | undefined {
  const above = block.at(-1);
  return above === lead - 1 && wordCount(lines[lead]!.text) <= DECK_MAX_WORDS && onStamp(lines, lead) ? above : undefined;
}

// A standfirst is a sentence or two; a longer paragraph over a byline is an article of its own.
const DECK_MAX_WORDS = 60;

// A stamp stands above the lead past furniture (share buttons, a caption) and at most this many tool links ("Print",
// "Text size"); its headline stands within this many lines above it.
const STAMP_TO_LEAD = 8;

/**
 * A headline printed as the last item of a run of short lines (a menu with no blank line under
 * it): found from its stamp, not from the block walk, which stops at the menu. The stamp stands
 * just above the lead; above it, past short credit lines ("The Associated Press"), the first
 * heading of headline length is the headline.
 */
function headlineOnStamp(lines: Line[], lead: number): number {
  // Between the stamp and the lead: furniture, and tool links of a word or three ("Translate", "3-Column Format").
  const tool = (k: number) => FURNITURE.has(lines[k]!.shape) || (lines[k]!.shape === 'heading-like' && wordCount(lines[k]!.text) <= 3) || inToolRow(lines, k);
  // The first paragraph may be a standfirst standing on the stamp (headline, standfirst, date, article): the stamp is under it.
  const under = wordCount(lines[lead]!.text) <= DECK_MAX_WORDS ? stampUnder(lines, lead) : -1;
  // Only the tool links count towards the reach: a share bar and a caption may take a dozen lines.
  let stamp = under >= 0 ? under : lead - 1;
  for (let links = 0; under < 0 && stamp >= 0 && stamp >= lead - BLOCK_REACH && !isStamp(lines[stamp]!) && tool(stamp); stamp--) {
    if (!FURNITURE.has(lines[stamp]!.shape) && ++links > STAMP_TO_LEAD) break;
  }
  if (stamp < 0 || !isStamp(lines[stamp]!)) return -1;
  let shortLines = 0;
  let nearest = -1;
  let deck = false;
  for (let k = stamp - 1; k >= 0 && k >= stamp - STAMP_TO_LEAD; k--) {
    const l = lines[k]!;
    // Bulleted highlights may stand between the headline and its date.
    if (isStamp(l) || FURNITURE.has(l.shape) || BULLET.test(l.text)) continue;
    // So may a standfirst of a sentence or two, right on the stamp.
    if (nearest < 0 && !deck && l.shape === 'prose' && !l.verdict && wordCount(l.text) <= DECK_MAX_WORDS) {
      deck = true;
      continue;
    }
    if (l.shape !== 'heading-like' || !mayHead(l.text)) break;
    if (wordCount(l.text) >= HEADLINE_MIN_WORDS) return k;
    if (nearest < 0) nearest = k;
    if (++shortLines > STAMP_REACH) break;
  }
  // A line right over a standfirst over the stamp heads them both, however short: headline, standfirst, byline.
  if (deck && nearest >= 0 && lines[nearest + 1]?.shape === 'prose' && wordCount(lines[nearest]!.text) >= SHORT_HEADLINE_WORDS) return nearest;
  return nearest >= 0 && isShortHeadline(lines, nearest) ? nearest : -1;
}

/**
 * True for a short line set off by a blank line right over the article's stamp ("Derby-bound",
 * "By staff writers", the date, the lead): a headline of a few words. A section label is one
 * word, set in capitals, or printed again in the page's menu.
 */
function isShortHeadline(lines: Line[], i: number): boolean {
  const { text, blankBefore } = lines[i]!;
  const words = wordCount(text);
  return blankBefore && words >= 2 && words < HEADLINE_MIN_WORDS && /\p{Ll}/u.test(text) && !printedAgain(lines, i);
}

/** A line of prose no rule has judged, of a sentence's length. */
export const isParagraph = (l: Line) => !l.verdict && l.shape === 'prose' && wordCount(l.text) >= LEAD_MIN_WORDS;
/** What headline-words.ts asks of lines. */
// (mayHead is a constant defined further down: it is looked up when called.)
const TESTS: HeadlineTests = { isParagraph, mayHead: (text) => mayHead(text), onStamp };

/**
 * The lead: the first paragraph of the article's run of prose. A promotion or a photo caption
 * above the article is prose too, but stands alone; the article's paragraphs follow each other,
 * with at most furniture (credits, share buttons) and short subheadings between them.
 */
function findLead(lines: Line[]): number {
  const runFrom = (i: number) => paragraphsInRun(lines, i);
  let first = -1;
  let best = -1;
  let bestRun = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!isParagraph(lines[i]!)) continue;
    if (first < 0) first = i;
    const run = runFrom(i);
    // A long paragraph may stand alone (a one-paragraph lead above a subheading); promotions and captions are short.
    if (run >= LEAD_RUN || wordCount(lines[i]!.text) >= LONE_LEAD_WORDS) return i;
    if (run > bestRun) [best, bestRun] = [i, run];
  }
  return bestRun > 1 ? best : first;
}

/** How many paragraphs follow each other from line i on (counted up to LEAD_RUN): an article's run, or a lone promotion. */
function paragraphsInRun(lines: Line[], i: number): number {
  let n = 0;
  for (let k = i; k < lines.length && k < i + BLOCK_REACH && n < LEAD_RUN; k++) {
    const l = lines[k]!;
    if (l.shape === 'prose' && !l.verdict) n++;
    // Subheadings ("Details") and labels stand between paragraphs; a headline or a menu ends the run.
    else if (!standsBetweenParagraphs(l)) break;
  }
  return n;
}

/** Lines that may be a headline: unpunctuated, three words or more, not in a menu; or a short question. */
function isCandidate(lines: Line[], i: number): boolean {
  const l = lines[i]!;
  if (l.verdict) return false;
  const words = wordCount(l.text);
  if (!mayHead(l.text)) return false;
  // The last line of a run of short lines, standing right on a paragraph, heads that paragraph: a headline under a menu.
  const onParagraph = lines[i + 1]?.shape === 'prose' && wordCount(lines[i + 1]!.text) >= LEAD_MIN_WORDS;
  if (l.shape === 'heading-like') return words >= 3 && (onParagraph || onStamp(lines, i) || !inMenu(lines, i));
  // A question of two words ("What's this?") is a help link; so is one set in a row of tools ("Share", "What are these?", "Print").
  return l.shape === 'prose' && words >= 3 && words <= 20 && /[?!]["'”’»]*$/u.test(l.text) && !inToolRow(lines, i);
}

/** True for a line between two tool links (share buttons, "Print") with no blank line on either side: one more of them. */
function inToolRow(lines: Line[], i: number): boolean {
  const [before, line, after] = [lines[i - 1], lines[i]!, lines[i + 1]];
  return !!before && !!after && FURNITURE.has(before.shape) && FURNITURE.has(after.shape) && !line.blankBefore && !after.blankBefore;
}

/**
 * False for lines no headline reads as: beginning in lower case ("ua en ru" is a language
 * switcher; a name such as "iTunes" aside), with "By Name" (a byline the byline rule could not read, "By Name in London"), or
 * with a bullet (an item of a list of related stories or of highlights).
 */
const beginsAsHeadline = (text: string) => (!startsLowercase(text) || BRAND_FIRST.test(text)) && !/^by\s+\p{Lu}/iu.test(text) && !BULLET.test(text) && (!STAMPED.test(text) || isHeadlineOnClockTime(text));
// A name written with a capital inside its first word ("iTunes", "eBay") may open a headline.
const BRAND_FIRST = /^\p{Ll}{1,2}\p{Lu}\p{Ll}/u;
// A clock time to the second or with am/pm, or a numeric date: a stamp ("Last Updated on1/16/2008 6:56:55 PM"), not a
// headline (unless a headline in title case ends on the time: "Celtics At Nets, 7:30 P.m.").
const STAMPED = /\d{1,2}:\d{2}(?::\d{2}|\s?[ap]\.?m\b)|(?<!\d)\d{1,2}[./]\d{1,2}[./](?:\d{2}|\d{4})(?!\d)/iu;
// A list item's mark; the geometric marks of Korean, Chinese and Japanese pages ("▲ caption", "▶ related story") need no space after them.
const BULLET = new RegExp(`${LIST_BULLET.source}|^[▲△▶▷◆◇■□●○]`, 'u');
/** False for a line no headline reads as (see beginsAsHeadline), a toolbar, link labels between separators, a "Go to …" link, or the weather. */
// (No headline ends on a semicolon: "Jane Roe;" is the first of a list of names or tags.)
// (Nor does one open on a wire's dateline: "VASYLKIV, Ukraine, June 9 A fire…" is the lead.)
const mayHead = (text: string) => !/;$/u.test(text) && !isAboutAuthorLabel(text) && !WIRE_DATELINE_OPENING.test(text) && beginsAsHeadline(text) && !mostlyControlWords(text) && !isLinkLabels(text) && !GO_TO.test(text) && !isWeatherReading(text) && !isCommentBox(text, wordCount(text)) && !EMBEDDED_POST.test(text);
// An embedded post's text carries its picture's or its own short link ("… pic.twitter.com/AbC123"), or ends on an address: no headline does.
const EMBEDDED_POST = /(?<![\p{L}\p{N}])(?:pic\.twitter\.com|t\.co)\/\w|https?:\/\/\S+$/u;
// "Go to Google News", "Back to headlines", "Return to top": a link to another page.
// ("Back to school" is a headline: "back to" only with the page it leads to.)
const GO_TO = /^(?:(?:go|return|jump|skip)\s+to\s+\S+(?:\s+\S+){0,3}|back\s+to\s+(?:the\s+)?(?:top|home|homepage|headlines|index|front page|main page|news|stories|list|search results|article)(?:\s+\S+){0,2})$/iu;

/** A byline, a date line or a relative time ("3 days ago"): what stands under a headline. */
const isStamp = (l: Line) => l.shape === 'byline' || l.shape === 'date' || l.shape === 'time';

// A byline may take a few short lines (names, a role, the outlet) before its date.
const STAMP_REACH = 3;
const STAMP_NAME_WORDS = 6;

/** True when a byline or date stamp follows the line, with at most a few short name lines between: a headline, even inside a run of short lines. */
function onStamp(lines: Line[], i: number): boolean {
  return stampUnder(lines, i) >= 0;
}

/** The byline or date stamp right under the line, past a few short name lines; -1 when there is none. */
function stampUnder(lines: Line[], i: number): number {
  for (let k = i + 1; k < lines.length && k <= i + STAMP_REACH; k++) {
    const l = lines[k]!;
    if (isStamp(l)) return k;
    if (l.shape !== 'heading-like' || wordCount(l.text) > STAMP_NAME_WORDS) return -1;
  }
  return -1;
}

/**
 * The candidates above the lead, top first: walking up from the lead past furniture (captions,
 * credits, bylines, dates) and candidates, and stopping at the first prose line above them.
 */
function headlineBlock(lines: Line[], lead: number): number[] {
  const block: number[] = [];
  const menus = blankSeparatedPage(lines);
  // A headline stands within a few dozen lines of its lead; looking further is only cost (a page of 50,000 short lines).
  for (let j = lead - 1; j >= 0 && j >= lead - BLOCK_REACH; j--) {
    const l = lines[j]!;
    // A list of other stories under its label ("Related articles") between the article's stamp
    // and its lead: its items are no headline of this page, and the walk goes on above the label.
    const label = block.every((i) => wordCount(lines[i]!.text) < HEADLINE_MIN_WORDS) ? labelOfList(lines, j) : -1;
    if (label >= 0 && [1, 2].some((d) => lines[label - d] && isStamp(lines[label - d]!))) {
      j = label;
      continue;
    }
    // A heading over a call to sign up is the sign-up box's title ("Stay informed with free updates").
    if (lines[j + 1]?.shape === 'newsletter' && l.shape === 'heading-like') continue;
    // A heading under a bare clock time is a live-page entry, not the page's headline.
    if (isCandidate(lines, j) && lines[j - 1]?.shape !== 'time') block.unshift(j);
    // A photo's caption over its credit ("Photo: Jane Roe") stands between a headline and its lead.
    else if (lines[j + 1]?.shape === 'photo-credit' && l.shape === 'prose' && wordCount(l.text) <= CREDITED_CAPTION_WORDS) continue;
    else if (l.shape === 'prose' && !l.verdict && wordCount(l.text) >= BLOCK_STOP_WORDS) break;
    // A breadcrumb or a link row above a candidate ends the site's header (below one, it is a share row).
    else if (l.shape === 'breadcrumb' && block.length) break;
    // Above a menu is the site's header, not the article's.
    if ((menus && inRun(lines, j)) || inRun(lines, j, MENU_ITEM_WORDS_UNSEPARATED)) break;
  }
  return block;
}

// A list of related stories under its label is at most this long.
const LABELLED_LIST_ITEMS = 12;

/**
 * The index of the label ("Related articles", "Read also") heading the list of short lines that
 * line i belongs to, with no blank line between the items; -1 when line i is in no such list.
 */
function labelOfList(lines: Line[], i: number): number {
  const item = (l: Line) => l.shape === 'heading-like' && !l.verdict;
  if (!item(lines[i]!)) return -1;
  for (let k = i; k >= 0 && k >= i - LABELLED_LIST_ITEMS; k--) {
    const above = lines[k - 1];
    if (above?.shape === 'read-also') return k - 1;
    if (lines[k]!.blankBefore || !above || !item(above)) return -1;
  }
  return -1;
}

/** True when most of the page's prose stands after a blank line: then lines without one between them are lists or menus. */
function blankSeparatedPage(lines: Line[]): boolean {
  const prose = lines.filter((l) => l.shape === 'prose');
  return prose.length > 0 && prose.filter((l) => l.blankBefore).length / prose.length >= 0.6;
}

/** True for a line in a run of at least three heading-like lines (menu items, of at most `maxWords` words) with no blank line between them. */
function inRun(lines: Line[], i: number, maxWords = Infinity): boolean {
  // A lone dash or bullet is a separator, not a menu item.
  const part = (k: number) => k >= 0 && k < lines.length && lines[k]!.shape === 'heading-like' && !lines[k]!.verdict && wordCount(lines[k]!.text) >= 1 && wordCount(lines[k]!.text) <= maxWords;
  return runOfAtLeast(lines, i, MENU_RUN, part);
}

/** True when line i is one of at least `n` lines that pass `part` with no blank line between them; looks no further than it must. */
function runOfAtLeast(lines: Line[], i: number, n: number, part: (k: number) => boolean): boolean {
  if (!part(i)) return false;
  let count = 1;
  for (let k = i; count < n && k > 0 && !lines[k]!.blankBefore && part(k - 1); k--) count++;
  for (let k = i + 1; count < n && k < lines.length && !lines[k]!.blankBefore && part(k); k++) count++;
  return count >= n;
}

/**
 * True when the page prints the line again: as the same line, or at the start or end of a
 * longer one (a caption under the headline, a breadcrumb or a section label before it); within
 * `reach` lines of it when given.
 */
function printedAgain(lines: Line[], i: number, reach = lines.length): boolean {
  const all = normalised(lines);
  const want = all[i]!;
  for (let k = Math.max(0, i - reach); k < all.length && k <= i + reach; k++) {
    const other = all[k]!;
    // A photo's caption is printed again with its credit behind it ("… le 13 mars 2025 - Handout / AFP"): that copy is a caption's.
    if (k !== i && (other === want || (other.startsWith(`${want} `) && lines[k]!.shape !== 'caption') || other.endsWith(` ${want}`))) return true;
  }
  return false;
}

// The label a page may print before its headline, in the dossier's languages: "Title:", "Titre :", "Заголовок:".
const TITLE_LABEL = /^(?:title|headline|titre|titel|título|titolo|tytuł|název|заголовок|назва)\s*:\s*/iu;
// Quotation marks around the whole headline, as a label's value is quoted: “…”, «…», "…".
const QUOTED_WHOLE = /^["“«„‘'](.+)["”»“’']$/u;

/** The headline without a separator left dangling at its end, where a site's name or a section stood in the page's title bar ("Headline -"). */
export function withoutDanglingSeparator(title: string): string {
  return title.replace(/\s+[-–—|:·•]\s*$/u, '');
}

/**
 * A headline printed under its label ("Title: “Depot ablaze”"), behind a bullet, or behind a kicker in capitals
 * ("CORÉE DU NORD Test d'un projectile…"): the label, and the headline without it (and without
 * the label's quotes); null for another line.
 */
export function labelledHeadline(text: string): { label: string; headline: string } | null {
  // A list item's bullet before a headline printed as the page's one item (isBulletedHeadline).
  const bullet = BULLET.exec(text)?.[0];
  if (bullet) return { label: bullet.trim(), headline: text.slice(bullet.length).trim() };
  const label = TITLE_LABEL.exec(text)?.[0];
  if (label) {
    const rest = text.slice(label.length).trim();
    const headline = QUOTED_WHOLE.exec(rest)?.[1]?.trim() ?? rest;
    return headline ? { label: label.trim(), headline } : null;
  }
  // A tag in square brackets before the headline: "[Russia] - …", "[VIDEO] …".
  const tag = BRACKETED_TAG.exec(text)?.[0];
  if (tag && wordCount(text.slice(tag.length)) >= BRACKETED_TAG_HEADLINE_WORDS) return { label: tag.trim(), headline: text.slice(tag.length).trim() };
  const kicker = CAPITALS_KICKER.exec(text)?.[1];
  if (!kicker) return null;
  const headline = text.slice(kicker.length).trim();
  // A headline in sentence case goes on in lower case; one in title case may open on an acronym ("NATO Allies Agree…").
  const lowerCaseWords = headline.split(/\s+/u).filter((w) => /^\p{Ll}/u.test(w)).length;
  return lowerCaseWords >= KICKER_HEADLINE_LOWER_WORDS ? { label: kicker.trim(), headline } : null;
}

const BRACKETED_TAG = /^\[[^[\]]{1,30}\]\s*(?:[-–—:|]\s*)?(?=[\p{Lu}\p{N}"“«„‘'])/u;
const BRACKETED_TAG_HEADLINE_WORDS = 3;

// A kicker: one to four words in capitals, one of them a word of five letters or more (not an
// acronym: "NATO", "SBU"), then the headline's first word, capitalised, in lower case after it.
const CAPITALS_KICKER = /^((?=[^\p{Ll}]*\p{Lu}{5})(?:\p{Lu}[\p{Lu}'’-]*\s+){1,4})(?=\p{Lu}\p{Ll})/u;
const KICKER_HEADLINE_LOWER_WORDS = 2;

/** True when the line and the one under it are printed again together, one under the other: a run of the text repeated. */
function printedTwiceWithNext(lines: Line[], i: number): boolean {
  const all = normalised(lines);
  if (i + 1 >= all.length) return false;
  for (let k = 0; k + 1 < all.length; k++) if (k !== i && all[k] === all[i] && all[k + 1] === all[i + 1]) return true;
  return false;
}

// A headline printed again this close by is the page's own header printing it (a breadcrumb, "You are reading: …").
const ECHO_REACH = 6;

const normalisedLines = new WeakMap<Line[], string[]>();

/** The page's lines normalised once per page, not once per comparison. */
function normalised(lines: Line[]): string[] {
  let all = normalisedLines.get(lines);
  if (!all) {
    all = lines.map((l) => normalise(l.text));
    normalisedLines.set(lines, all);
  }
  return all;
}

/**
 * True for a line inside a run of short lines with no blank line between them, on a page that
 * otherwise separates its blocks with blank lines: a menu, not a headline.
 */
function inMenu(lines: Line[], i: number): boolean {
  const short = (k: number) => k >= 0 && k < lines.length && lines[k]!.shape === 'heading-like' && wordCount(lines[k]!.text) <= MENU_ITEM_WORDS;
  return runOfAtLeast(lines, i, MENU_RUN, short);
}

/** True when more of the page's article prose stands above line `i` than below it. */
function mostProseAbove(lines: Line[], i: number): boolean {
  const words = (l: Line) => (l.shape === 'prose' ? wordCount(l.text) : 0);
  let above = 0;
  let below = 0;
  lines.forEach((l, k) => (k < i ? (above += words(l)) : k > i ? (below += words(l)) : 0));
  return above > below;
}
