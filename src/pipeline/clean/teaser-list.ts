// Teaser-list pass: under many articles the page lists other stories, each a headline over a
// one-paragraph summary glued to it. Three such cards in a row are a list, not the article's
// sections (a section is set off by a blank line, runs to more than one paragraph, or ends a
// sentence in its heading).
import type { Line } from './line.ts';
import { endsSentence, isPersonName, wordCount } from './shapes.ts';

// A list has at least this many cards in a row.
const LIST_CARDS = 3;
// A card's headline and summary are short.
const CARD_HEADLINE_WORDS = 20;
const CARD_SUMMARY_WORDS = 60;
// A dated card's summary is a sentence or two; its headline may be a short question.
const DATED_SUMMARY_WORDS = 40;
const QUESTION_WORDS = 12;
const DATED_HEADLINE_MIN_WORDS = 3;

/**
 * Where a run of teaser cards (headline, one summary paragraph; or headline, a short summary and
 * the story's date) begins at or after line `from`,
 * or -1. A run with more prose after it than before it stands above the article (sponsored
 * cards in the header): it ends nothing.
 */
export function teaserListStart(lines: Line[], from: number): number {
  const free = (k: number) => k < lines.length && !lines[k]!.verdict;
  // A numbered heading ("1. Angelina Jolie") is an item of the article's own list.
  const isHeadline = (k: number) => free(k) && lines[k]!.shape === 'heading-like' && wordCount(lines[k]!.text) <= CARD_HEADLINE_WORDS && !endsSentence(lines[k]!.text) && !/^\d{1,3}[.)]\s/u.test(lines[k]!.text);
  // A card's summary is glued to its headline; an article's section is set off by a blank line.
  const isSummary = (k: number) => free(k) && lines[k]!.shape === 'prose' && !lines[k]!.blankBefore && wordCount(lines[k]!.text) <= CARD_SUMMARY_WORDS;
  // A dated card (headline, summary and the story's date, the date above or below the summary)
  // may be set off by blank lines, and its headline may be a question: an article's sections carry no date each.
  // (A reader's name over the date of a comment is no headline: a headline has three words or more, and is no name.)
  const isDatedHeadline = (k: number) =>
    free(k) &&
    wordCount(lines[k]!.text) >= DATED_HEADLINE_MIN_WORDS &&
    !isPersonName(lines[k]!.text) &&
    (isHeadline(k) || (lines[k]!.shape === 'prose' && wordCount(lines[k]!.text) <= QUESTION_WORDS && /\?["'”’»]*$/u.test(lines[k]!.text)));
  const isDatedSummary = (k: number) => free(k) && lines[k]!.shape === 'prose' && wordCount(lines[k]!.text) <= DATED_SUMMARY_WORDS;
  const isDate = (k: number) => free(k) && lines[k]!.shape === 'date';
  /** The summary of the card at `k`, and the line after the card; undefined when no card starts there. */
  const card = (k: number): { summary: number; end: number } | undefined => {
    if (isHeadline(k) && isSummary(k + 1)) return { summary: k + 1, end: isDate(k + 2) ? k + 3 : k + 2 };
    if (!isDatedHeadline(k)) return undefined;
    if (isDate(k + 1) && isDatedSummary(k + 2)) return { summary: k + 2, end: k + 3 };
    if (isDatedSummary(k + 1) && isDate(k + 2)) return { summary: k + 1, end: k + 3 };
    return undefined;
  };
  // Each line's card, found once: the sums below and the walk both read them.
  const cardAt = lines.map((_, k) => card(k));
  const cardEnd = (k: number) => cardAt[k]?.end ?? -1;
  // Prose words before each line, summed once (a page of many short runs is not read again for
  // each). A summary under a card's headline is counted as the cards' text, not the article's:
  // a page's sections of cards further down ("World »", "Health »") are no article below the run.
  const summaries = new Set(cardAt.flatMap((c) => (c ? [c.summary] : [])));
  const before = [0];
  lines.forEach((l, k) => before.push(before.at(-1)! + (l.shape === 'prose' && !l.verdict && !summaries.has(k) ? wordCount(l.text) : 0)));
  const prose = (a: number, b: number) => before[b]! - before[a]!;
  for (let i = from; i < lines.length; i++) {
    let k = i;
    let cards = 0;
    while (cardEnd(k) >= 0) [k, cards] = [cardEnd(k), cards + 1];
    if (cards >= LIST_CARDS) {
      if (prose(from, i) >= prose(k, lines.length)) return i;
      i = k - 1;
    }
  }
  return -1;
}
