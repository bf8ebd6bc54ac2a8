// Analyse stage, figures: numeric claims (troops, casualties, drones, distances, areas,
// percentages), normalised (miles → km, square miles → km²), with what they measure, who is
// said to have said them and the time they refer to; comparable claims are grouped, and a
// group is flagged when sources disagree. Rule-based: it reads English sentence patterns
// ("11,000 North Korean troops", "165 kilometers", "according to Budanov"), and in the languages
// of figure-words.ts their own ("11 тисяч військових", "12.000 Soldaten", "plus de 10 000
// soldats"), which join the same groups; it can miss or mis-group a figure written another way. Every claim links to its paragraph to be checked.
import type { Source } from '../types.ts';
import { FIGURE_WORDS, type FigureWords } from './figure-words.ts';
import { sentencesOf, speakerOf } from './sentences.ts';

/** One figure stated in one paragraph. */
export interface Claim {
  value: number;
  unit: string;
  /** The words as printed, e.g. "more than 10,000 soldiers". */
  text: string;
  /** The whole sentence the figure stands in. */
  sentence: string;
  source: string;
  paragraph: string;
  /** Who the source says gave the figure, or null. */
  attribution: string | null;
  /** The time the figure refers to, as printed ("last month"), or null. */
  when: string | null;
  /** The comparable thing it measures: "North Korean troops: deployed", "distance". */
  subject: string;
}

/** Claims about the same thing, from one or more sources. */
export interface ClaimGroup {
  id: string;
  subject: string;
  unit: string;
  /** True when two different sources give values that differ by more than 1%. */
  disagree: boolean;
  claims: Claim[];
}

const QUALIFIER = String.raw`(?:more than|over|up to|about|around|some|almost|nearly|at least|roughly|approximately|another|fewer than|less than)`;
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(million|thousand|billion))?`;
const FIGURE = new RegExp(String.raw`(?:${QUALIFIER}\s+)?${NUMBER}\s*`, 'gi');
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const MILE_KM = 1.609344;

/** Units by the nouns that follow a number; `per` converts to the dossier's unit. */
const UNITS: { unit: string; noun: RegExp; per?: number }[] = [
  { unit: 'km²', noun: /^square (?:kilometers|kilometres|km)\b/i },
  { unit: 'km²', noun: /^square miles?\b/i, per: MILE_KM * MILE_KM },
  { unit: 'km', noun: /^(?:kilometers|kilometres|km)\b/i },
  { unit: 'km', noun: /^miles?\b/i, per: MILE_KM },
  { unit: '%', noun: /^(?:%|percent|per cent)/i },
  { unit: 'drones', noun: /^(?:[\w-]+ ){0,2}drones\b/i },
  { unit: 'missiles', noun: /^(?:[\w-]+ ){0,2}missiles\b/i },
  { unit: 'shells', noun: /^(?:[\w-]+ ){0,2}shells\b/i },
  { unit: 'troops', noun: /^(?:[\w-]+ ){0,2}(?:troops|soldiers|servicemen|personnel)\b/i },
  { unit: 'troops', noun: /^(?:wounded|killed|injured)\b/i },
];

const WHEN = new RegExp(
  String.raw`\b(?:(?:last|this|next) (?:week|month|year|summer|fall|autumn|winter|spring)|(?:as of |in )?(?:early|mid|late)[- ](?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:in )?(?:fall|autumn|summer|winter|spring) \d{4}|six months ago|\d+ (?:days|weeks|months|years) ago|(?:on|in) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? ?\d{0,2}(?:,? \d{4})?|overnight|(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b`,
  'i',
);

/** Extracts the numeric claims of every paragraph of every source. */
export function extractClaims(sources: Source[]): Claim[] {
  const claims: Claim[] = [];
  for (const source of sources) {
    let lastSpeaker: string | null = null;
    const words = source.language && source.language !== 'en' ? FIGURE_WORDS[source.language] : undefined;
    for (const block of source.blocks) {
      if (block.type !== 'paragraph') continue;
      for (const sentence of sentencesOf(block.text)) {
        const speaker = speakerOf(sentence, lastSpeaker);
        if (speaker && !/^(?:he|she|they|it)$/i.test(speaker)) lastSpeaker = speaker;
        const figures = words ? figuresInOther(sentence, words) : figuresIn(sentence);
        // Once per sentence, not per figure: a line of thousands of figures searched itself thousands of times.
        const when = figures.length ? (WHEN.exec(sentence)?.[0] ?? null) : null;
        for (const figure of figures) {
          claims.push({
            ...figure,
            sentence,
            source: source.slug,
            paragraph: block.id,
            attribution: speaker,
            when,
          });
        }
      }
    }
  }
  return claims;
}

/** Groups comparable claims (same subject and unit) and flags groups whose sources disagree. */
export function groupClaims(claims: Claim[]): ClaimGroup[] {
  const groups = Map.groupBy(claims, (c) => `${c.subject}|${c.unit}`);
  return [...groups].map(([key, members]) => {
    const [subject, unit] = key.split('|') as [string, string];
    return { id: slug(`${subject} ${unit}`), subject, unit, disagree: sourcesDisagree(members), claims: members };
  });
}

/**
 * Whether two different sources give values more than 1% apart. Only the extremes can be that
 * pair: the smallest and largest values, or, when one source gives both, that source's extreme
 * against the other sources' opposite extreme. One sort, where comparing every pair grew with
 * the square of the group.
 */
export function sourcesDisagree(claims: Pick<Claim, 'source' | 'value'>[]): boolean {
  const apart = (low: number, high: number) => high - low > 0.01 * Math.max(low, high);
  const byValue = [...claims].sort((a, b) => a.value - b.value);
  const low = byValue[0];
  const high = byValue.at(-1);
  if (!low || !high) return false;
  if (low.source !== high.source) return apart(low.value, high.value);
  const others = byValue.filter((c) => c.source !== low.source);
  if (!others.length) return false;
  return apart(others[0]!.value, high.value) || apart(low.value, others.at(-1)!.value);
}

/** Whether the sentence names a supplying, downing or launching, or North Korea: searched once per sentence, when a figure first asks. */
interface SentenceFacts {
  /** Where the first supplying verb ends, or Infinity. */
  suppliedEnd: number;
  downed: boolean;
  launched: boolean;
  northKorea: boolean;
}

const SUPPLIED = /\b(?:provided|supplied|given|delivered|sent)\b/i;
// A supplying verb that ends where the text is cut (at a figure glued to it: "sent5").
const SUPPLIED_AT_END = /\b(?:provided|supplied|given|delivered|sent)$/i;

/** The facts of one sentence, each found on first use. */
function sentenceFacts(sentence: string): SentenceFacts {
  const found: Partial<SentenceFacts> = {};
  return {
    get suppliedEnd() {
      if (found.suppliedEnd === undefined) {
        const m = SUPPLIED.exec(sentence);
        found.suppliedEnd = m ? m.index + m[0].length : Infinity;
      }
      return found.suppliedEnd;
    },
    get downed() {
      return (found.downed ??= /\b(downed|shot down|destroyed|intercepted)\b/i.test(sentence));
    },
    get launched() {
      return (found.launched ??= /\b(launched|attacked with|fired)\b/i.test(sentence));
    },
    get northKorea() {
      return (found.northKorea ??= /north korea|pyongyang/i.test(sentence));
    },
  };
}

function figuresIn(sentence: string): Omit<Claim, 'sentence' | 'source' | 'paragraph' | 'attribution' | 'when'>[] {
  const found: Omit<Claim, 'sentence' | 'source' | 'paragraph' | 'attribution' | 'when'>[] = [];
  const facts = sentenceFacts(sentence);
  for (const m of sentence.matchAll(FIGURE)) {
    const before = sentence.slice(Math.max(0, m.index - 2), m.index);
    if (/[(\d]\s?$/.test(before)) continue; // "(100 miles)": a conversion of the figure before it
    const after = sentence.slice(m.index + m[0].length);
    const unit = UNITS.find((u) => u.noun.test(after));
    if (!unit) continue;
    const noun = unit.noun.exec(after)![0];
    const raw = Number(m[1]!.replace(/,/g, '')) * (SCALE[m[2]?.toLowerCase() ?? ''] ?? 1);
    const value = unit.per ? Math.round(raw * unit.per) : raw;
    const phrase = `${m[0]}${noun}`.trim();
    // A supplying verb before the figure: one that ends before it in the whole sentence, or one the figure is glued to.
    const suppliedBefore = facts.suppliedEnd <= m.index || SUPPLIED_AT_END.test(sentence.slice(Math.max(0, m.index - 10), m.index));
    const context = { before: sentence.slice(Math.max(0, m.index - 40), m.index), suppliedBefore, rest: after.slice(noun.length), facts };
    found.push({ value, unit: unit.unit, text: phrase, subject: subjectOf(unit.unit, phrase, context) });
  }
  return found;
}

type Figure = Omit<Claim, 'sentence' | 'source' | 'paragraph' | 'attribution' | 'when'>;

// Thousands grouped by a space, a no-break space or a dot ("10 000", "12.000"); else a decimal comma or point.
const OTHER_NUMBER = String.raw`(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?!\d)|\d+(?:[.,]\d+)?)`;
const otherFigure = new Map<string, RegExp>();

/** Figures in a sentence of another language, by that language's words; the same units and subjects as in English. */
function figuresInOther(sentence: string, words: FigureWords): Figure[] {
  let pattern = otherFigure.get(words.qualifier);
  if (!pattern) otherFigure.set(words.qualifier, (pattern = new RegExp(String.raw`(?:(?:${words.qualifier})\s+)?${OTHER_NUMBER}\s*`, 'giu')));
  const found: Figure[] = [];
  for (const m of sentence.matchAll(pattern)) {
    if (/[(\d]\s?$/.test(sentence.slice(Math.max(0, m.index - 2), m.index))) continue;
    let after = sentence.slice(m.index + m[0].length);
    const digits = m[1]!;
    let value = /^\d{1,3}(?:[ \u00a0\u202f.]\d{3})+$/.test(digits) ? Number(digits.replace(/[ \u00a0\u202f.]/g, '')) : Number(digits.replace(',', '.'));
    let printed = m[0];
    const scale = words.scales.find(([word]) => word.test(after));
    if (scale) {
      const word = scale[0].exec(after)![0];
      value *= scale[1];
      const spaced = /^\s*/.exec(after.slice(word.length))![0];
      printed += word + spaced;
      after = after.slice(word.length + spaced.length);
    }
    const unit = words.units.find((u) => u.noun.test(after));
    if (!unit) continue;
    const noun = unit.noun.exec(after)![0];
    const phrase = `${printed}${noun}`.trim();
    // The verb may stand before the figure ("Загинули понад 300 …") as well as after it.
    const near = `${sentence.slice(Math.max(0, m.index - 30), m.index)} ${phrase} ${after.slice(noun.length, noun.length + 40)}`;
    found.push({ value, unit: unit.unit, text: phrase, subject: otherSubject(unit.unit, phrase, sentence, near, words) });
  }
  return found;
}

/** What a figure of another language measures, in the English subjects every group is named by. */
function otherSubject(unit: string, phrase: string, sentence: string, near: string, words: FigureWords): string {
  if (unit === 'km') return 'distance';
  if (unit === 'km²') return 'area';
  if (unit === '%') return 'share: unspecified';
  if (unit !== 'troops') return `${unit}: ${words.downed.test(sentence) ? 'downed' : words.launched.test(sentence) ? 'launched' : 'mentioned'}`;
  const nationality = words.northKorea.test(phrase) || (words.northKorea.test(sentence) && !words.russian.test(phrase)) ? 'North Korean troops' : words.russian.test(phrase) ? 'Russian troops' : 'troops';
  return `${nationality}: ${words.killed.test(near) ? 'killed' : words.wounded.test(near) ? 'wounded' : 'deployed'}`;
}

/** What a figure measures, in words that are the same across sources. */
function subjectOf(unit: string, phrase: string, { before, suppliedBefore, rest, facts }: { before: string; suppliedBefore: boolean; rest: string; facts: SentenceFacts }): string {
  if (unit === 'km') return 'distance';
  if (unit === 'km²') return 'area';
  if (unit === '%') return `share: ${/^\s*of (?:the )?([\w-]+)/.exec(rest)?.[1] ?? 'unspecified'}`;
  if (unit !== 'troops') {
    // The verb just before the figure says what happened to it; else the sentence's verb.
    const launched = /\b(?:with|launched|fired|sent)\s+(?:\S+\s+)?$/i;
    const downed = /\b(?:downed|shot down|destroyed|intercepted)\s+(?:\S+\s+)?$/i;
    const action = suppliedBefore ? 'supplied' : launched.test(before) ? 'launched' : downed.test(before) ? 'downed'
      : facts.downed ? 'downed' : facts.launched ? 'launched' : 'mentioned';
    return `${unit}: ${action}`;
  }
  const after = rest;
  const nationality = /north korean|pyongyang|north korea/i.test(phrase) || (facts.northKorea && !/russian (?:troops|soldiers)/i.test(phrase))
    ? 'North Korean troops'
    : /russian/i.test(phrase) ? 'Russian troops' : 'troops';
  const near = `${phrase} ${after.slice(0, 40)}`;
  const fate = /\b(killed|dead|deaths)\b/i.test(near) ? 'killed' : /\b(wounded|injured)\b/i.test(near) ? 'wounded' : 'deployed';
  return `${nationality}: ${fate}`;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/²/g, '2').replace(/%/g, 'percent').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
