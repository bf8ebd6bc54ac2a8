// Cut-headlines pass: a list of links to other stories can cut each headline to the width of its
// column and end it in a detached ellipsis ("Ferry fares to rise by a tenth from ..."). The dots
// make it read as a sentence; two or more such lines one under the other are such a list. One
// alone may be the article's sentence trailing off ("And then the engines stopped ...").
import type { Line } from './line.ts';
import { wordCount } from './shapes.ts';

// A cut headline holds a column's width of words.
const MIN_WORDS = 5;
const MAX_WORDS = 15;
const RUN = 2;
// Dots after a space: the cut fell between words, where a sentence's own ellipsis follows its last word.
const CUT_OFF = /\s(?:\.{3}|…)$/u;

/** True for a line of a column's width that ends in dots set apart from its last word. */
function isCutHeadline(text: string): boolean {
  const words = wordCount(text);
  return words >= MIN_WORDS && words <= MAX_WORDS && CUT_OFF.test(text);
}

/** Indexes of the lines that stand in a run of two or more cut headlines, one under the other. */
export function cutHeadlines(lines: Line[]): number[] {
  const found: number[] = [];
  let run: number[] = [];
  const close = () => {
    if (run.length >= RUN) found.push(...run);
    run = [];
  };
  lines.forEach((line, i) => {
    if (!line.verdict && isCutHeadline(line.text)) run.push(i);
    else close();
  });
  close();
  return found;
}
