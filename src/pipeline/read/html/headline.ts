// The headline a saved page prints. A page states its title in several places (JSON-LD, OpenGraph,
// <title>), and most of them carry the site's name as well ("Headline | Site", "Site: Headline").
// The page's own lines show which part is the headline: the one it prints as a line near the
// article's start. When it prints none, the words of the article's first paragraphs decide
// between the heading over them and the title without the parts that name the site.
import { endsSentence, shapeOf, wordCount } from '../../clean/shapes.ts';
import { parse } from 'tldts';
import type { PageLine } from '../../types.ts';

/** What a page says about its title and its site. */
export interface HeadlineEvidence {
  /** Titles the page states, most trusted first: JSON-LD headline, og:title, twitter:title, <title>. */
  stated: string[];
  /** Names the page gives itself: og:site_name, the publisher, application-name, the host's name. */
  siteNames: string[];
  /** The page's lines in reading order. */
  lines: PageLine[];
}

// Where a <title> joins its parts: " | ", " - ", " – ", " — ", " :: ", " » ", " > ", " · ", "_", ": ",
// and a source in brackets at the end ("Headline (from The Herald)").
const SEPARATOR = /\s+[|\-–—·•»>/]+\s+|(?<=\p{L})[-–—]\s+|\s*[|»·•]\s*|\s+::?\s+|(?<=\S):\s+|_+|\s*\((?=[^()]*\)\s*$)|\)\s*$/gu;
// How far above the article's first paragraph its headline may stand, in lines.
const HEADLINE_WINDOW = 12;
// How far above it to look when nothing nearer names what the article is about.
const FAR_WINDOW = 40;
// Longer than this, a printed line is a paragraph, not a headline.
const MAX_HEADLINE_WORDS = 40;

/** Lower-case words only: how titles and lines are compared. */
export function words(text: string): string {
  return (text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/** A title's parts between separators, each with the words it covers. */
function segments(title: string): string[] {
  return title
    .split(SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => words(s));
}

/**
 * How a printed line carries a title: 'whole' when it is the title, 'part' when it is a run of
 * whole segments of it, 'longer' when it starts with such a run of three words or more (the page
 * prints the headline in full where the <title> cut it short); null when it does not.
 */
function carries(title: string, line: string): 'whole' | 'part' | 'longer' | null {
  const want = words(line);
  if (words(title) === want) return 'whole';
  const parts = segments(title).map(words);
  let longer = false;
  for (let i = 0; i < parts.length; i++) {
    let joined = '';
    for (let j = i; j < parts.length; j++) {
      joined = joined ? `${joined} ${parts[j]}` : parts[j]!;
      if (joined === want) return 'part';
      if (want.startsWith(`${joined} `) && joined.split(' ').length >= 3) longer = true;
      if (joined.length > want.length) break;
    }
  }
  return longer ? 'longer' : null;
}

/** True when a segment is the site's name: one of its names, or its host's name with spaces and dots gone. */
function namesSite(segment: string, siteNames: string[]): boolean {
  const squeezed = words(segment).replace(/ /g, '');
  if (!squeezed) return true;
  return siteNames.some((name) => {
    const site = words(name).replace(/ /g, '');
    return !!site && (squeezed === site || (site.length >= 4 && squeezed.includes(site) && squeezed.length <= site.length + 12));
  });
}

/**
 * The page's headline, in order: a line near the article's start (or a heading) that carries a
 * stated title; a heading element right over the first paragraph that shares its words; of a line
 * carrying a title elsewhere, the line over the first paragraph and the title without its site
 * part, the one most about the article; when none of those is, the headline-shaped line farther
 * up that is. Undefined when the page states no title and prints no headline.
 */
export function chooseHeadline({ stated, siteNames, lines }: HeadlineEvidence): string | undefined {
  // A bare host name before or after a title names a site, whichever site ("Example.com: Headline").
  const titles = stated.map(withoutBareHost).filter((t) => words(t));
  const lead = lines.findIndex(isLeadParagraph);
  // A line near the article's start that carries a title is its headline; one far from it may be
  // the site's banner printing the site's own title ("The Daily Example").
  const near = (i: number) => lead >= 0 && i < lead && i >= lead - HEADLINE_WINDOW;
  const body = articleWords(lines);
  const printed = printedHeadline(titles, siteNames, lines, (line, i) => (line.heading && line.heading <= 3) || near(i));
  // Only a part of the title that says what the article is about: "Local News" is the section's name.
  if (printed && (titles.some((t) => words(t) === words(printed)) || aboutness(printed, body) > 0)) return printed;
  // No line there carries a stated title: the title is the site's own ("Daily News - Sport") or words
  // the page does not print. A headline names what the article is about: the candidate whose words
  // the first paragraphs use most wins, and a banner or slogan ("Life is Local") shares none of them.
  const above = lead >= 0 ? headingAbove(lines, lead, siteNames) : undefined;
  // A heading element right over the first paragraph that shares its words is what the page prints as the headline.
  if (above?.heading && aboutness(above.text, body) > 0) return above.text;
  const candidates = [
    printedHeadline(titles, siteNames, lines, () => true),
    above?.text,
    titles.length ? withoutSiteName(titles[0]!, siteNames) : undefined,
  ].filter((c): c is string => !!c);
  let best = candidates[0];
  let bestScore = best ? aboutness(best, body) : 0;
  for (const candidate of candidates.slice(1)) {
    const score = aboutness(candidate, body);
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  // None of them shares a word with the article: the title names only the site, and the headline stands farther up.
  if (bestScore === 0 && lead >= 0) return aboutLineAbove(lines, lead, siteNames, body) ?? best;
  return best;
}

// A headline's words come back in the article's first paragraphs; a site's name, in its credits at the end.
const LEAD_PARAGRAPHS = 3;

/** The longer words of the article's first paragraphs. */
function articleWords(lines: PageLine[]): Set<string> {
  const found = new Set<string>();
  let paragraphs = 0;
  for (const line of lines) {
    if (!isLeadParagraph(line)) continue;
    for (const w of contentWords(line.text)) found.add(w);
    if (++paragraphs === LEAD_PARAGRAPHS) break;
  }
  return found;
}

/** Words of four letters or more, lower-cased: the ones that say what a text is about. */
function contentWords(text: string): string[] {
  return (text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []);
}

/** The share of a candidate's words that the article uses. */
function aboutness(candidate: string, body: Set<string>): number {
  const own = contentWords(candidate);
  return own.length ? own.filter((w) => body.has(w)).length / own.length : 0;
}

/** True for a line that can open an article's text: a sentence-shaped paragraph of some length, not furniture (a post's footer, a notice). */
function isLeadParagraph(line: PageLine): boolean {
  return !line.outsideArticle && !line.heading && !line.caption && !line.namedCaption && (line.linked ?? 0) < 0.5 && wordCount(line.text) >= 12 && endsSentence(line.text) && shapeOf(line.text, {}) === 'prose';
}

/** True for a line shaped like a headline: short, capitalised, no credit, stamp, caption or row of links. */
function headlineShaped(line: PageLine, minWords: number, siteNames: string[]): boolean {
  // A headline starts with a capital, a digit or a quote; "photo by …" is a credit, and "| Denver Bureau" the rest of one.
  if (line.caption || line.namedCaption || (line.linked ?? 0) >= 0.5 || /^[\p{Ll}|•·»/]/u.test(line.text)) return false;
  const count = wordCount(line.text);
  if (count < minWords || count > MAX_HEADLINE_WORDS || namesSite(line.text, siteNames)) return false;
  // Not a credit ("By the Associated Press"), a date or time stamp, or a row of links ("Help | Contact | RSS").
  if (/^by\s/iu.test(line.text) || digitShare(line.text) > 0.25 || (line.text.match(/\s[|•]\s/g)?.length ?? 0) >= 2) return false;
  const shape = shapeOf(line.text, {});
  return shape === 'heading-like' || (shape === 'prose' && count <= 20 && /[?!]["'”’»]*$/u.test(line.text));
}

/** The heading nearest above the article's first paragraph (an <h1>–<h3>, else a headline-shaped line), within a few lines of it. */
function headingAbove(lines: PageLine[], lead: number, siteNames: string[]): { text: string; heading: boolean } | undefined {
  const window = lines.slice(Math.max(0, lead - HEADLINE_WINDOW), lead).reverse();
  const heading = window.find((l) => l.heading && l.heading <= 3 && headlineShaped(l, 2, siteNames));
  if (heading) return { text: heading.text, heading: true };
  // Older pages set the headline in bold or a big font, not in a heading element, or in a minor heading (<h4>).
  const shaped = window.find((l) => (!l.heading || l.heading > 3) && headlineShaped(l, 3, siteNames));
  return shaped && { text: shaped.text, heading: false };
}

/** Farther above the first paragraph (past a photo, its caption and a summary), the headline-shaped line most about the article. */
function aboutLineAbove(lines: PageLine[], lead: number, siteNames: string[], body: Set<string>): string | undefined {
  let best: { text: string; score: number } | undefined;
  for (let i = lead - 1; i >= 0 && i >= lead - FAR_WINDOW; i--) {
    const line = lines[i]!;
    if (!headlineShaped(line, line.heading ? 2 : 3, siteNames)) continue;
    const score = aboutness(line.text, body);
    if (score >= 0.5 && (!best || score > best.score)) best = { text: line.text, score };
  }
  return best?.text;
}

/** The best line of the page that carries a stated title, or a whole part of one that is not the site's name. */
function printedHeadline(titles: string[], siteNames: string[], lines: PageLine[], where: (line: PageLine, i: number) => boolean): string | undefined {
  let best: { line: PageLine; score: number } | undefined;
  for (const [i, line] of lines.entries()) {
    if (!where(line, i)) continue;
    const lineWords = words(line.text);
    const count = lineWords ? lineWords.split(' ').length : 0;
    if (count === 0 || count > MAX_HEADLINE_WORDS || line.caption || line.namedCaption) continue;
    for (const [rank, title] of titles.entries()) {
      const how = carries(title, line.text);
      if (!how || (how !== 'whole' && (count < 2 || namesSite(line.text, siteNames) || isSitePart(title, line.text)))) continue;
      // The whole title beats a part of it, a longer part beats a shorter one ("Breaking News" is a
      // section's name), and of equals a heading beats plain text.
      const score = (how === 'whole' ? 100_000 : how === 'part' ? 50_000 : 0) + count * 100 + (line.heading ? 4 - Math.min(line.heading, 3) : 0) * 10 - rank;
      if (!best || score > best.score) best = { line, score };
    }
  }
  return best?.line.text;
}

/**
 * True when a line is the title's first or last part alone, a name of a few words beside a part at
 * least twice as long: the site's place in "Headline - Site" and "Site: Headline", whatever the
 * site's name ("… Who Killed Her Daughter - CBS News" over a page whose logo prints "CBS News").
 */
function isSitePart(title: string, line: string): boolean {
  const parts = segments(title).map(words);
  if (parts.length < 2) return false;
  const want = words(line);
  const size = (part: string) => part.split(' ').length;
  const end = parts[0] === want ? parts[0] : parts.at(-1) === want ? parts.at(-1)! : undefined;
  return end !== undefined && size(end) <= SITE_PART_WORDS && parts.some((p) => size(p) >= 2 * size(end));
}
const SITE_PART_WORDS = 3;

/** The share of a line's letters and digits that are digits: high in date and time stamps. */
function digitShare(text: string): number {
  const all = text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  return all ? (text.match(/\p{N}/gu)?.length ?? 0) / all : 0;
}

/**
 * A stated title without the parts that name the site. With no name to go by, the longest part is
 * the headline ("Section: Headline | Site"), split only where the title is plainly joined (" | ",
 * " - "): a colon inside a headline ("Kursk: the first week") is its own.
 */
export function withoutSiteName(title: string, siteNames: string[]): string {
  const parts = segments(title);
  if (parts.length < 2) return title.trim();
  const kept = parts.filter((p) => !namesSite(p, siteNames));
  if (kept.length > 0 && kept.length < parts.length) return longest(kept);
  const plain = title.split(PLAIN_SEPARATOR).map((p) => p.trim()).filter((p) => words(p));
  return plain.length > 1 ? longest(plain) : title.trim();
}

// A bare host name ("Example.com", "news.example.co.uk") before or after the rest of a title
// ("Headline on Example.com").
const HOST_FIRST = /^([\p{L}\d-]+(?:\.[\p{L}\d-]+)+)(?::\s+|\s+[|\-–—:]\s+)(.+)$/u;
const HOST_LAST = /^(.+?)(?:\s+[|\-–—:]\s+|\s+(?:on|at)\s+)([\p{L}\d-]+(?:\.[\p{L}\d-]+)+)$/u;
const isBareHost = (text: string) => parse(text).isIcann === true;

// What a host name stands beside is a headline when it has this many words; shorter, it is the
// site's section ("example.com - Sports Wire"), and the title stays whole.
const HEADLINE_BESIDE_HOST_WORDS = 4;

/** The title without a bare host name before or after it ("Example.com: Headline"): that names a site, whichever site. */
function withoutBareHost(title: string): string {
  const trimmed = title.trim();
  const first = HOST_FIRST.exec(trimmed);
  const last = HOST_LAST.exec(trimmed);
  const rest = first && isBareHost(first[1]!) ? first[2]! : last && isBareHost(last[2]!) ? last[1]! : title;
  return wordCount(rest) >= HEADLINE_BESIDE_HOST_WORDS ? rest : title;
}

const PLAIN_SEPARATOR = /\s+[|\-–—·•»>]+\s+|(?<=\p{L})[-–—]\s+|\s*[|»·•]\s*|\s+::?\s+|_+|\s*\((?=[^()]*\)\s*$)|\)\s*$/u;

/** The part with the most words. */
function longest(parts: string[]): string {
  return parts.reduce((a, b) => (words(b).split(' ').length > words(a).split(' ').length ? b : a));
}
