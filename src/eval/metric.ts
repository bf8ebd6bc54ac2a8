// The body metric of the article-extraction benchmark (shared/corpora/README.md): lower-case the
// text, split it into Unicode \w+ tokens, count 4-token shingles as a multiset; per page,
// precision = shared / predicted and recall = shared / gold; average each over the pages and
// report the F1 of the two averages. A page with nothing predicted scores 0 and 0.

/** Precision and recall of one page's predicted text against its gold text. */
export interface BodyScore {
  precision: number;
  recall: number;
}

// \w with the u flag is ASCII-only in JavaScript; the benchmark's is Python's Unicode \w (letters, numbers, _).
const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;

/** Lower-cased Unicode word tokens. */
export function tokens(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

/** 4-token shingles of a text as a multiset (texts shorter than four tokens make one shingle of what there is). */
export function shingles(text: string): Map<string, number> {
  const words = tokens(text);
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  if (words.length > 0 && words.length < SHINGLE) add(words.join(' '));
  for (let i = 0; i + SHINGLE <= words.length; i++) add(words.slice(i, i + SHINGLE).join(' '));
  return counts;
}

function size(bag: Map<string, number>): number {
  let n = 0;
  for (const c of bag.values()) n += c;
  return n;
}

/** One page's body precision and recall. */
export function bodyScore(predicted: string, gold: string): BodyScore {
  const p = shingles(predicted);
  const g = shingles(gold);
  const predictedCount = size(p);
  const goldCount = size(g);
  if (predictedCount === 0) return { precision: 0, recall: 0 };
  let shared = 0;
  for (const [key, count] of p) shared += Math.min(count, g.get(key) ?? 0);
  return { precision: shared / predictedCount, recall: goldCount ? shared / goldCount : 0 };
}

/** Averages precision and recall over pages, then the F1 of the two averages. */
export function averageBody(scores: BodyScore[]): { precision: number; recall: number; f1: number } {
  if (scores.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const precision = scores.reduce((a, s) => a + s.precision, 0) / scores.length;
  const recall = scores.reduce((a, s) => a + s.recall, 0) / scores.length;
  return { precision, recall, f1: f1(precision, recall) };
}

/** The harmonic mean of precision and recall (0 when both are 0). */
export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}
