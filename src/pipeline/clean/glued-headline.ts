// Glued-headline pass: a page's print view may lose the break between the headline and the
// article under it, so that the page opens on one line that runs from the headline straight into
// the lead ("На заводе произошло короткое замыканиеЧП произошло в ночь…"). Where a word in lower
// case runs into a capital with nothing between, a headline's length into the page's first line,
// and a sentence's length goes on after it, the line is two: the headline and the lead.
import type { PageLine } from '../types.ts';
import { endsSentence, wordCount } from './shapes.ts';

// A headline has a few words at least (fewer, the capital may be a name's own: "macOS", "iPhone").
const MIN_HEADLINE_WORDS = 4;
const MAX_HEADLINE_WORDS = 20;
// What follows is the lead: a sentence's length at least.
const MIN_LEAD_WORDS = 8;
// A word of three lower-case letters or more that runs into a capital and a letter: "замыканиеЧП",
// "crossingTroops". (A name's capital after a capital, "PlayStation", "YouTube", is no break.)
const GLUED = /(?<=(?:^|[^\p{L}])\p{Ll}{3,})(?=\p{Lu}\p{L})/gu;

/** The line split into the headline and the lead glued after it, or null when it is not one. */
export function splitGluedHeadline(text: string): [string, string] | null {
  for (const m of text.matchAll(GLUED)) {
    const [headline, lead] = [text.slice(0, m.index), text.slice(m.index)];
    const words = wordCount(headline);
    if (words < MIN_HEADLINE_WORDS) continue;
    // Past a headline's length, or past a sentence's end, the line is the article's own text.
    if (words > MAX_HEADLINE_WORDS || /[.!?;:]\s/u.test(headline) || endsSentence(headline)) return null;
    return wordCount(lead) >= MIN_LEAD_WORDS ? [headline, lead] : null;
  }
  return null;
}

/** The page's lines with its first line split into headline and lead when the two are glued. */
export function splitGluedHeadlines(lines: PageLine[]): PageLine[] {
  const first = lines[0];
  const parts = first && !first.heading && !first.markup ? splitGluedHeadline(first.text) : null;
  if (!parts) return lines;
  return [{ ...first!, text: parts[0] }, { ...first!, text: parts[1], blankBefore: true }, ...lines.slice(1)];
}
