// Article end: where a text dump's article stops and the rest of the page (an author box, a
// sidebar's labels, a news feed, a blog post's footer) begins. The cleaner removes everything
// from there on as "after-article", and an author box that ends the article as its bio.
import { isCommentFormHeading } from './comments.ts';
import { continuesEnumeration } from './introduced-list.ts';
import type { Line } from './line.ts';
import { aboutName, CLOCK_TIME, endsSentence, isPersonName, isPostFooter, startsLowercase, wordCount } from './shapes.ts';

/** The first line past the article, and the author box that ends it, if one does (its first and last line). */
export interface ArticleEnd {
  end: number;
  authorBox: { from: number; to: number } | null;
}

/**
 * Where the article stops and the rest of the page begins: an author box (a name, then a
 * paragraph that starts with that name), a label followed by another label or a clock time
 * ("Read more" / "News Feed", "News Feed" / "11:08 PM"), or a label that ends the page. A
 * clock time alone ends nothing: in a live blog each entry starts with one.
 */
export function findArticleEnd(lines: Line[], start: number): ArticleEnd {
  // Labels and clock times also stand inside articles (a paywall notice, a live blog's entries),
  // so they end the article only when most of the page's prose is already behind them.
  // Where the article sets its paragraphs apart with blank lines, prose with none above it is an
  // item of a list (a blogroll, a run of links to other posts), and is not counted as the article's.
  const setApart = paragraphsSetApart(lines, start);
  const proseWords = lines.map((l) => (l.shape === 'prose' && !l.verdict && (!setApart || l.blankBefore) ? wordCount(l.text) : 0));
  const total = proseWords.reduce((a, b) => a + b, 0);
  let before = 0;
  // (The words of line i itself, or of the author box it opens, are left out of both sides.)
  const mostProseBefore = (i: number, inside = proseWords[i]!) => before > total - before - inside;
  let seenParagraph = false;
  // The first undecided line after each line, found once: searching ahead from every line grew
  // with the square of the page (50,000 lines took 10 s). No verdict changes in the loop below
  // before it returns.
  const nextFree: number[] = new Array(lines.length);
  let following = -1;
  for (let k = lines.length - 1; k >= 0; k--) {
    nextFree[k] = following;
    if (!lines[k]!.verdict) following = k;
  }
  for (let i = start; i < lines.length; before += proseWords[i]!, i++) {
    const line = lines[i]!;
    if (line.verdict) continue;
    if (line.shape === 'prose' && wordCount(line.text) >= 8) seenParagraph = true;
    if (!seenParagraph) continue;
    const bioEnd = authorBoxEnd(lines, i);
    // An author box above most of the prose heads the article (a charity's box over its appeal); below it, it ends it.
    // The bio itself is not counted: on a short post it may be longer than the post.
    if (bioEnd >= 0 && mostProseBefore(i, proseWords.slice(i, bioEnd + 1).reduce((a, b) => a + b, 0))) {
      return { end: bioEnd + 1, authorBox: { from: i, to: bioEnd } };
    }
    if (!mostProseBefore(i)) continue;
    // A blog post ends at its footer; the sidebar's lists and boxes follow it.
    if (isPostFooter(line.text)) return { end: i, authorBox: null };
    // …and at its comment form, whether or not a reader has commented yet.
    if (isCommentFormHeading(line.text)) return { end: i, authorBox: null };
    const nextIndex = nextFree[i]!;
    const next = nextIndex >= 0 ? lines[nextIndex] : undefined;
    // (A line in quotation marks is someone's words, a transcript's answer: "″〈Go back?〉 ……″".)
    const isLabel = (l: Line) => (l.shape === 'heading-like' && !l.heading && wordCount(l.text) <= 4 && !QUOTED.test(l.text)) || l.shape === 'colon-label' || l.shape === 'read-also';
    // A sentence an advertisement's slot broke in two ("Only eight players" / "Advertisement" / "broke par Sunday.") goes on under it.
    const brokenByWidget = next?.shape === 'widget' && nextFree[nextIndex]! >= 0 && startsLowercase(lines[nextFree[nextIndex]!]!.text);
    // (The next item of an enumeration is no label, however short: "• 37 drones;" / "• 2 drones".)
    if (isLabel(line) && !continuesEnumeration(lines, i) && (!next || isLabel(next) || (['time', 'url', 'newsletter', 'widget'].includes(next.shape) && !brokenByWidget)) && !articleGoesOn(lines, i)) return { end: i, authorBox: null };
  }
  return { end: lines.length, authorBox: null };
}

// Two paragraphs this long right under a pair of labels are the article going on under a section's
// labels: within this many blocks, and this many lines (a sidebar's links and teasers set without
// blank lines run longer than a list of the article's own, and the site's "About" may follow them).
// A line that opens on a quotation mark.
const QUOTED = /^["“„«″「『]/u;
const GOES_ON_REACH = 6;
const GOES_ON_LINES = 12;
const GOES_ON_WORDS = 30;
const STAMP_WORDS = 12;

/**
 * True when, within a few blocks under line `i`, two long paragraphs follow each other (shorter
 * sentences may stand between them): the article goes on. A block is a line and those glued under
 * it, so a list set without blank lines (a recipe's ingredients under its name) counts once.
 */
function articleGoesOn(lines: Line[], i: number): boolean {
  // Sentences, not a row of links ("Football | Cricket | …") nor a comment behind its stamp ("Jane, Lagos 1/8/2008 5:49 PM Thanks…").
  const long = (l: Line | undefined) =>
    !!l && !l.verdict && l.shape === 'prose' && wordCount(l.text) >= GOES_ON_WORDS && endsSentence(l.text) && !l.text.includes(' | ') && !CLOCK_TIME.test(l.text.split(' ').slice(0, STAMP_WORDS).join(' '));
  let blocks = 0;
  for (let k = i + 1; k < lines.length && k <= i + GOES_ON_LINES; k++) {
    if (lines[k]!.blankBefore && ++blocks > GOES_ON_REACH) break;
    if (!long(lines[k])) continue;
    // The next long paragraph, with only sentences of the article's (shorter ones) between them.
    for (let m = k + 1; m < lines.length && !lines[m]!.verdict && lines[m]!.shape === 'prose'; m++) if (long(lines[m])) return true;
  }
  return false;
}

// The article's first paragraphs, long enough not to be list items, tell how it sets them apart.
const SET_APART_PARAGRAPHS = 4;
const SET_APART_MIN_WORDS = 15;
const SET_APART_SHARE = 0.75;

/** True when the article's first paragraphs after `start` mostly stand after a blank line. */
function paragraphsSetApart(lines: Line[], start: number): boolean {
  let seen = 0;
  let apart = 0;
  for (let k = start; k < lines.length && seen < SET_APART_PARAGRAPHS; k++) {
    const l = lines[k]!;
    if (l.verdict || l.shape !== 'prose' || wordCount(l.text) < SET_APART_MIN_WORDS) continue;
    seen++;
    if (l.blankBefore) apart++;
  }
  return seen > 0 && apart / seen >= SET_APART_SHARE;
}

// What a bio says of its person after the first name: "Jane is a reporter…", "Jane covers…".
const BIO_VERB = /^(?:is|was|works|has|covers|joined|writes|reports|leads|edits)\s/u;

/** True for an author box's label that names nobody ("About the author"): a label, never a headline. */
export function isAboutAuthorLabel(text: string): boolean {
  return ABOUT_AUTHOR.test(text);
}

// "About the author", "About me" over a name and a bio ("About Jane Roe" over a bio: aboutName).
const ABOUT_AUTHOR = /^(?:about (?:the )?(?:author|writer)|about me|über (?:den autor|die autorin)|à propos de l['’]auteur|sobre el autor|об авторе|про автора)\s*:?$/iu;
// A bio in the first person: "I founded this blog…", "Prior to founding it, I held…".
const FIRST_PERSON = /(?:^|\s)(?:I|I['’]m|I['’]ve|my)\s/u;

/**
 * An author box: a name line, then within a few lines a paragraph that begins with that name;
 * or a label that says whom it is about ("About Jane Roe", "About the author") over a bio that
 * names the person or speaks in the first person.
 */
function authorBoxEnd(lines: Line[], i: number): number {
  const line = lines[i]!;
  if (line.shape !== 'heading-like' || line.heading) return -1;
  const aboutAuthor = ABOUT_AUTHOR.test(line.text);
  const name = aboutName(line.text);
  const labelled = aboutAuthor || name !== line.text;
  if (!aboutAuthor && !isPersonName(name)) return -1;
  const firstName = name.split(' ')[0]!;
  // The bio names the person in full, or by first name and what they do; a subheading whose
  // first word opens the next paragraph ("Boomerang Students Return Home" / "Boomerang kids…") is no name.
  const namesPerson = (t: string) => !aboutAuthor && (t.startsWith(`${name} `) || (t.startsWith(`${firstName} `) && BIO_VERB.test(t.slice(firstName.length + 1))));
  const isBio = (t: string) => namesPerson(t) || (labelled && FIRST_PERSON.test(t.split(' ').slice(0, FIRST_PERSON_WORDS).join(' ')));
  for (let j = i + 1; j <= i + 4 && j < lines.length; j++) {
    const l = lines[j]!;
    if (l.shape === 'prose' && isBio(l.text)) return j;
    // (A dump cut short may end inside the bio: "Jane Roe is a reporter for", with no stop yet.)
    if (j === lines.length - 1 && l.shape === 'heading-like' && l.text.startsWith(`${name} `) && BIO_VERB.test(l.text.slice(name.length + 1))) return j;
    // Under a label the bio is the first paragraph, past the person's name: a press release's
    // "About Example Scan" and "About Example" boxes are the release's own, one under the other.
    if (labelled && (l.shape === 'prose' || j > i + 2)) return -1;
  }
  return -1;
}

// A bio in the first person says so early ("Prior to founding the blog, I held…").
const FIRST_PERSON_WORDS = 12;
