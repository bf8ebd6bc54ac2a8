// The headline a saved page prints. A page states its title in several places (JSON-LD, OpenGraph,
// <title>), and most of them carry the site's name as well ("Headline | Site", "Site: Headline").
// The page's own lines show which part is the headline: the one the page prints as a line of its
// own. When no line does, the parts that name the site (og:site_name, the host) are cut off.
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

// Where a <title> joins its parts: " | ", " - ", " – ", " — ", " :: ", " » ", " · ", "_", ": ".
const SEPARATOR = /\s+[|\-–—·•»/]+\s+|\s*[|»·•]\s*|\s+::?\s+|(?<=\S):\s+|_+/gu;
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

/** True when `part` is a run of whole segments of `title`: the segments' words, joined, are its words. */
function alignsWithSegments(title: string, part: string): boolean {
  const parts = segments(title).map(words);
  const want = words(part);
  for (let i = 0; i < parts.length; i++) {
    let joined = '';
    for (let j = i; j < parts.length; j++) {
      joined = joined ? `${joined} ${parts[j]}` : parts[j]!;
      if (joined === want) return true;
      if (joined.length > want.length) break;
    }
  }
  return false;
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
 * The page's headline: a line the page prints that is a stated title or a whole part of one (a
 * heading first, the earlier of equals first), else the first stated title with the parts that
 * name the site cut off. Undefined when the page states no title.
 */
export function chooseHeadline({ stated, siteNames, lines }: HeadlineEvidence): string | undefined {
  const titles = stated.filter((t) => words(t));
  if (titles.length === 0) return undefined;
  const printed = printedHeadline(titles, siteNames, lines);
  if (printed) return printed;
  return withoutSiteName(titles[0]!, siteNames);
}

/** The best line of the page that carries a stated title, or a whole part of one that is not the site's name. */
function printedHeadline(titles: string[], siteNames: string[], lines: PageLine[]): string | undefined {
  let best: { line: PageLine; score: number } | undefined;
  for (const line of lines) {
    const lineWords = words(line.text);
    const count = lineWords ? lineWords.split(' ').length : 0;
    if (count === 0 || count > MAX_HEADLINE_WORDS || line.caption) continue;
    for (const [rank, title] of titles.entries()) {
      const whole = words(title) === lineWords;
      if (!whole && (count < 2 || !alignsWithSegments(title, line.text) || namesSite(line.text, siteNames))) continue;
      // A heading beats plain text, the whole title beats a part of it, a longer part beats a shorter one.
      const score = (line.heading ? 4 - Math.min(line.heading, 3) : 0) * 1000 + (whole ? 500 : 0) + count * 10 - rank;
      if (!best || score > best.score) best = { line, score };
    }
  }
  return best?.line.text;
}

/** A stated title without the parts that name the site; the title as it is when no part does. */
export function withoutSiteName(title: string, siteNames: string[]): string {
  const parts = segments(title);
  if (parts.length < 2) return title.trim();
  const kept = parts.filter((p) => !namesSite(p, siteNames));
  if (kept.length === parts.length || kept.length === 0) return title.trim();
  // What is left may still hold separators of its own ("Headline - Section"): the headline is its longest part.
  return kept.reduce((a, b) => (words(b).length > words(a).length ? b : a));
}
