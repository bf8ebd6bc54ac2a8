// Analyse stage, quotes: direct quotes with their speaker, and versions of one statement across
// sources set side by side (translations differ: "a significant number", "a noticeable
// number"). Rule-based: a quote is text in double quotes of five words or more; its speaker is
// who the sentence names ("said Zelensky"), or the last speaker named before it in the source.
import { diffWords } from 'diff';
import type { Source } from '../types.ts';
import { sentencesOf, speakerOf } from './sentences.ts';

/** One direct quote in one paragraph. */
export interface Quote {
  text: string;
  speaker: string | null;
  source: string;
  paragraph: string;
}

/** A part of a variant's text, marked when it differs from the group's first version. */
export interface QuoteSegment {
  text: string;
  differs: boolean;
}

/** Versions of one statement from at least two sources, with their differences. */
export interface QuoteGroup {
  id: string;
  speaker: string | null;
  variants: (Quote & { segments: QuoteSegment[] })[];
}

const QUOTED = /"([^"]+)"|“([^”]+)”/g;
const MIN_WORDS = 5;
/** Share of the shorter version's content words the other must contain. */
const OVERLAP = 0.5;
const MIN_SHARED = 4;
// A word in more quotes than this says nothing about which statement a quote is. A fixed bound
// (not a share of all quotes) keeps the comparisons linear in the number of quotes.
const COMMON = 200;

/** Extracts the direct quotes of every source, with their speakers. */
export function extractQuotes(sources: Source[]): Quote[] {
  const quotes: Quote[] = [];
  for (const source of sources) {
    let lastSpeaker: string | null = null;
    for (const block of source.blocks) {
      if (block.type !== 'paragraph') continue;
      // A quote may run over several sentences, so quotes are found in the whole paragraph and
      // the speaker in its sentences, with the quoted words set aside.
      const outside = block.text.replace(QUOTED, '"…"');
      const named = sentencesOf(outside).map((s) => speakerOf(s, lastSpeaker)).find((s) => s !== null) ?? null;
      for (const m of block.text.matchAll(QUOTED)) {
        const text = (m[1] ?? m[2]!).trim().replace(/[,.]$/, '');
        if (words(text).length < MIN_WORDS) continue;
        quotes.push({ text, speaker: named ?? lastSpeaker, source: source.slug, paragraph: block.id });
      }
      if (named && /^\p{Lu}/u.test(named)) lastSpeaker = named;
    }
  }
  return quotes;
}

/** Groups versions of the same statement from different sources and marks their differences. */
export function groupQuotes(quotes: Quote[]): QuoteGroup[] {
  // Identical texts (wire copy) are one version; only distinct texts are compared, so copies do
  // not make every word look common.
  const byText = Map.groupBy(quotes, (q) => q.text);
  const texts = [...byText.keys()];
  const content = texts.map((t) => new Set(words(t).filter((w) => w.length >= 4)));
  const byWord = new Map<string, number[]>();
  content.forEach((set, i) =>
    set.forEach((w) => {
      const holders = byWord.get(w);
      if (holders) holders.push(i);
      else byWord.set(w, [i]);
    }),
  );
  const parent = texts.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < texts.length; i++) {
    const shared = new Map<number, number>();
    for (const w of content[i]!) {
      const holders = byWord.get(w)!;
      if (holders.length > COMMON) continue;
      for (const j of holders) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, n] of shared) {
      if (n >= MIN_SHARED && n / Math.min(content[i]!.size, content[j]!.size) >= OVERLAP) parent[find(j)] = find(i);
    }
  }
  const clusters = Map.groupBy(texts.map((t, i) => ({ t, root: find(i) })), (x) => x.root);
  const groups: QuoteGroup[] = [];
  for (const members of clusters.values()) {
    const variants = members.flatMap((m) => byText.get(m.t)!);
    if (new Set(variants.map((v) => v.source)).size < 2) continue;
    const first = variants[0]!;
    const other = variants.find((v) => v.text !== first.text) ?? first;
    groups.push({
      id: `quote-${groups.length + 1}`,
      speaker: mostCommon(variants.map((v) => v.speaker).filter((s): s is string => !!s)),
      variants: variants.map((v) => ({ ...v, segments: segmentsAgainst(v.text === first.text ? other.text : first.text, v.text) })),
    });
  }
  return groups;
}

// Versions of one statement differ by a few words; the diff's time grows with its length times
// the number of edits, and two 30,000-word versions a seventh apart took 18 s. Versions further
// apart than this are marked as differing throughout.
const MAX_QUOTE_EDITS = 500;

/** The text of `variant`, split into the parts it shares with `base` and the parts it does not. */
function segmentsAgainst(base: string, variant: string): QuoteSegment[] {
  const parts = diffWords(base, variant, { ignoreCase: true, maxEditLength: MAX_QUOTE_EDITS });
  if (!parts) return [{ text: variant, differs: true }];
  const segments: QuoteSegment[] = [];
  for (const part of parts) {
    if (part.removed) continue;
    const last = segments.at(-1);
    const differs = !!part.added && /[\p{L}\p{N}]/u.test(part.value);
    if (last && last.differs === differs) last.text += part.value;
    else segments.push({ text: part.value, differs });
  }
  return segments;
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function mostCommon(values: string[]): string | null {
  const counts = Map.groupBy(values, (v) => v);
  return [...counts].sort((a, b) => b[1].length - a[1].length)[0]?.[0] ?? null;
}
