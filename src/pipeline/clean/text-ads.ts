// Text-ads pass: a "Sponsored links" box prints its advertisements as text, each a title, a line
// of sales copy and the advertiser's address ("www.example.co.uk"). The copy reads like a short
// paragraph and the title like a headline, so the box is found by its label and by the address
// that closes every advertisement under it.
import type { Line } from './line.ts';
import { wordCount } from './shapes.ts';

// The label of a box of advertisements, alone on its line.
const ADS_LABEL = /^(?:sponsored (?:links?|results|listings|ads)|ads by google|anzeigen|annonces|publicidad|реклама)\s*:?$/iu;
// An advertiser's address as an advertisement shows it: a host, perhaps a path, no spaces.
const DISPLAY_ADDRESS = /^(?:https?:\/\/)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}(?:\/\S*)?$/u;
// An advertisement's title and copy are short: a line or two of sales copy, at most a few sentences.
const AD_LINE_MAX_WORDS = 40;
// Above its address an advertisement has a title, a line of copy, or both.
const AD_TEXT_LINES = 2;

/** The lines of each box of text advertisements: its label and every advertisement right under it. */
export function textAdLines(lines: Line[]): number[] {
  const found: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.verdict || !ADS_LABEL.test(lines[i]!.text)) continue;
    const ads: number[] = [];
    let next = i + 1;
    for (let end = adEnd(lines, next); end >= 0; end = adEnd(lines, next)) {
      for (let k = next; k <= end; k++) ads.push(k);
      next = end + 1;
    }
    // A label over no advertisement (the box left empty by the saved page) is left to the other rules.
    if (ads.length) found.push(i, ...ads);
    i = next - 1;
  }
  return found;
}

/** The index of the address closing an advertisement that starts at line `start`, or -1. */
function adEnd(lines: Line[], start: number): number {
  for (let k = start; k < lines.length && k <= start + AD_TEXT_LINES; k++) {
    const line = lines[k]!;
    if (line.verdict) return -1;
    if (DISPLAY_ADDRESS.test(line.text)) return k > start ? k : -1;
    if (wordCount(line.text) > AD_LINE_MAX_WORDS) return -1;
  }
  return -1;
}
