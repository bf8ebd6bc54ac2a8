// Repeated-lines pass: a page often says a sentence twice. The standfirst comes back as the lead
// behind its dateline ("KYIV (Agency) - <the standfirst>"), a pull quote repeats a quote of the
// article in large type, with its speaker's name under it. The longer line is the article's
// own; the shorter one, whose words it already holds, goes, and the reader loses nothing.
import type { Line } from './line.ts';
import { isPersonName, wordCount } from './shapes.ts';

// Shorter lines repeat by chance ("Read more about the war"); a repeated sentence is longer.
const MIN_WORDS = 8;
// Nearly all of the shorter line's words stand in the longer line, in the same order.
const COVERED = 0.95;
const SHINGLE = 4;
// A line is compared with the few lines that share its opening words, never with all of them.
const MAX_CANDIDATES = 8;
// A pull quote's speaker is named in a few words ("Prime Minister Jane Doe").
const ATTRIBUTION_MAX_WORDS = 6;

/** Lower-case words of a line. */
function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Runs of four words, joined. */
function shingles(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i++) out.push(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

/**
 * The lines among `candidates` (indices into `lines`) whose words a longer candidate already
 * says: at least 95 % of their words lie in four-word runs the longer line holds too; and of two
 * equal lines the later, the copy (the page's header printed again under its photo), when few
 * lines are copies.
 */
export function repeatedLines(lines: Line[], candidates: number[]): number[] {
  const words = new Map<number, string[]>();
  const ordered = new Map<number, string[]>();
  const runs = new Map<number, Set<string>>();
  // Which candidates hold each four-word run; a run common to many lines ("the end of the") finds none of them.
  const holders = new Map<string, number[]>();
  for (const i of candidates) {
    const w = tokens(lines[i]!.text);
    if (w.length < MIN_WORDS) continue;
    words.set(i, w);
    const list = shingles(w);
    ordered.set(i, list);
    const own = new Set(list);
    runs.set(i, own);
    for (const s of own) {
      const found = holders.get(s);
      if (!found) holders.set(s, [i]);
      else if (found.length <= MAX_CANDIDATES) found.push(i);
    }
  }
  const repeats: number[] = [];
  const copies = laterCopies(words);
  for (const [i, w] of words) {
    if (copies.has(i)) {
      repeats.push(i);
      continue;
    }
    const own = ordered.get(i)!;
    const rivals = new Set<number>();
    for (const s of own) {
      const found = holders.get(s)!;
      if (found.length <= MAX_CANDIDATES) for (const k of found) if (k !== i) rivals.add(k);
    }
    for (const k of rivals) {
      const longer = words.get(k)!.length;
      if (longer <= w.length) continue;
      if (coverage(w, own, runs.get(k)!) >= COVERED) {
        repeats.push(i);
        break;
      }
    }
  }
  return repeats.sort((a, b) => a - b);
}

// A page that prints its whole article twice (a screen and a print copy) is left as it is: its
// labels, like its reader, count both; a line or two printed again is the header's copy.
const MAX_COPIES_SHARE = 0.25;

/** The later of two equal lines, when few of the page's lines are copies; else none. */
function laterCopies(words: Map<number, string[]>): Set<number> {
  const first = new Map<string, number>();
  const copies = new Set<number>();
  for (const [i, w] of words) {
    const said = w.join(' ');
    if (first.has(said)) copies.add(i);
    else first.set(said, i);
  }
  return copies.size <= Math.max(1, MAX_COPIES_SHARE * first.size) ? copies : new Set();
}

/** The share of a line's words that lie inside a four-word run the other line holds too. */
function coverage(words: string[], own: string[], other: Set<string>): number {
  const covered = new Array<boolean>(words.length).fill(false);
  own.forEach((s, at) => {
    if (!other.has(s)) return;
    for (let k = at; k < at + SHINGLE; k++) covered[k] = true;
  });
  return covered.filter(Boolean).length / words.length;
}

/** The words an article's paragraphs say, to compare a pull quote's speaker line with. */
export function wordsSaid(paragraphs: string[]): Set<string> {
  return new Set(paragraphs.flatMap(tokens));
}

/**
 * The speaker's name under a pull quote: a short line right after a repeated quote whose words
 * the article's paragraphs (`said`) all use, or a person's name.
 */
export function isPullQuoteAttribution(lines: Line[], repeat: number, said: Set<string>): boolean {
  const quote = lines[repeat]!;
  const next = lines[repeat + 1];
  if (!next || next.verdict || next.heading || !/^["'“‘«„]/u.test(quote.text)) return false;
  if (next.shape !== 'heading-like' || wordCount(next.text) > ATTRIBUTION_MAX_WORDS) return false;
  return isPersonName(next.text) || tokens(next.text).every((w) => said.has(w));
}
