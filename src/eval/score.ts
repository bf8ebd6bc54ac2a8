// Scores one ingested page against its labels. Each field check is a small pure function that
// says whether the dossier got it right and, when not, what it printed instead.
import type { Gold } from './corpus.ts';
import { bodyScore, tokens, type BodyScore } from './metric.ts';
import { hostParts, nameSpeltByHost } from '../pipeline/metadata/host-name.ts';
import { UNSPACED_LETTERS } from '../pipeline/words.ts';

/** What the ingest made of a page, in the fields eval compares; null when the page was rejected. */
export interface Predicted {
  title: string;
  body: string[];
  outlet: string | null;
  /** Other names the registry knows the predicted outlet by ("RFE/RL"). */
  outletAliases?: string[];
  authors: string[];
  agencies: string[];
  /** Other spellings the registry knows each agency by ("ТАСС" for TASS). */
  agencyAliases?: Record<string, string[]>;
  published: string | null;
  language: string | null;
  topics: string[];
  /** The lines the cleaner removed, each as the page printed it (the audit). */
  removed?: string[];
}

/** One field's verdict. */
export interface FieldCheck {
  ok: boolean;
  got: unknown;
  want: unknown;
}

/** Everything eval says of one page. */
export interface PageScore {
  id: string;
  rejected: string | null;
  body?: BodyScore;
  fields: Partial<Record<'title' | 'outlet' | 'published' | 'authors' | 'agencies' | 'language', FieldCheck>>;
  /** Published dates the dossier states where the page prints none, or prints another. */
  inventedDate: boolean;
  topics?: { truePositive: number; falsePositive: number; falseNegative: number; got: string[]; want: string[]; language: string | null };
  junkLeft: string[];
  junkTotal: number;
  boundaryLost: string[];
  boundaryTotal: number;
}

/** Words only, lower case: how two strings are compared when punctuation and case do not matter. */
export function comparable(text: string): string {
  return tokens(text.normalize('NFKC')).join(' ');
}

/** An outlet name without a leading article: "The Kyiv Independent" and "Kyiv Independent" are one outlet. */
function outletKey(name: string): string {
  return comparable(name).replace(/^(?:the|la|le|les|el|der|die|das) /, '').replace(/ /g, '');
}

/**
 * True when the predicted outlet is a bare host and the label is that host's name written out
 * ("Entrepreneur Mirror" for entrepreneurmirror.com): the ingest shows the host when the page
 * names nothing else (its basis says so), and the label then knows no more than the host.
 */
export function hostSpellsLabel(got: string, label: string): boolean {
  if (!HOST.test(got)) return false;
  const parts = hostParts(`https://${got}`);
  const main = outletNames(label)[0]!;
  return !!parts && nameSpeltByHost([main], parts)?.name === main;
}

const HOST = /^[\w-]+(?:\.[\w-]+)+$/u;

/**
 * The names a labelled outlet accepts: the name, plus what its brackets give that is another
 * spelling of it, a host ("Dayfr (es.dayfr.com)") or the name in another script ("UNIAN (УНІАН)").
 * A bracket naming something else ("Al Arabiya English (Reuters)": the original) is not accepted.
 */
export function outletNames(label: string): string[] {
  const main = label.replace(/\s*\([^()]*\)/g, '').trim();
  const scriptOf = (t: string) => (/\p{Script=Cyrillic}/u.test(t) ? 'cyrl' : /\p{Script=Hangul}/u.test(t) ? 'hang' : /\p{Script=Latin}/u.test(t) ? 'latn' : 'other');
  const extra = [...label.matchAll(/\(([^()]*)\)/g)].map((m) => m[1]!.split(';')[0]!.trim()).filter((b) => /^[\w.-]+\.[a-z]{2,}$/iu.test(b) || scriptOf(b) !== scriptOf(main));
  return [main, ...extra];
}

/**
 * A title is right when it has the headline's words. A labelled title that adds a subheading
 * after the headline (L3S-GN1 labels often do) also accepts the headline alone; a null one (the page prints no headline)
 * accepts only a title that says it is untitled without quoting the text ("Untitled (UNN)").
 */
export function titleMatches(got: string, want: string | null): boolean {
  if (want === null) return /^untitled(?: \([^()]*\))?$/i.test(got);
  const g = comparable(got);
  const w = comparable(want);
  if (g === w) return true;
  return g.split(' ').length >= HEADLINE_ALONE_WORDS && w.startsWith(`${g} `) && subheadingFollows(want, g.split(' ').length);
}

// A headline alone is at least this long: shorter prefixes are section labels ("People today").
const HEADLINE_ALONE_WORDS = 3;

/** True when the label's words after the first `n` start a new heading (after a colon or a dash, or with a capital or a figure), not the rest of a cut headline. */
function subheadingFollows(label: string, n: number): boolean {
  let seen = 0;
  let end = 0;
  for (const m of label.normalize('NFKC').matchAll(/[\p{L}\p{N}_]+/gu)) {
    if (seen++ === n) return /[:|–—]|\s-\s/u.test(label.normalize('NFKC').slice(end, m.index)) || /^[\p{Lu}\p{N}]/u.test(m[0]);
    end = m.index + m[0].length;
  }
  return false;
}

/**
 * True when the page's text holds the phrase, word for word (punctuation and case aside). Chinese
 * and Japanese set no spaces between words: a phrase's end in their letters is no word's end
 * ("…攻撃を遂行した" inside "…攻撃を遂行したと"), so there the phrase's letters alone count.
 */
export function holdsPhrase(text: string, phrase: string): boolean {
  const p = comparable(phrase);
  if (!p.length) return false;
  const [open, close] = [UNSPACED_EDGE.test(p[0]!) ? '' : ' ', UNSPACED_EDGE.test(p.at(-1)!) ? '' : ' '];
  return ` ${comparable(text)} `.includes(`${open}${p}${close}`);
}
const UNSPACED_EDGE = new RegExp(`[${UNSPACED_LETTERS}]`, 'u');

/**
 * A junk line is left when a kept line is that line (its words); when a kept line holds it (junk
 * of four words or more, glued to a paragraph: a short label such as "Details" inside a sentence
 * is a word, not furniture); or when a part of it is kept as a line of its own (four words or
 * more: the cleaner split a date off a caption). When the cleaner removed the junk as a whole
 * line, the same words in another kept line are that line's own: a speaker's name under a pull
 * quote that the article also names, a standfirst the lead repeats behind its dateline.
 */
export function junkLeft(kept: string[], junk: string, removed: string[] = []): boolean {
  const j = comparable(junk);
  if (!j) return false;
  const removedWhole = removed.some((line) => comparable(line) === j);
  const long = j.split(' ').length >= 4;
  return kept.some((line) => {
    const k = comparable(line);
    if (k === j) return true;
    if (removedWhole) return false;
    return (long && ` ${k} `.includes(` ${j} `)) || (k.split(' ').length >= 4 && ` ${j} `.includes(` ${k} `));
  });
}

/** Scores one page; `predicted` is null when the ingest rejected it (with `rejected` saying why). */
export function scorePage(id: string, gold: Gold, predicted: Predicted | null, rejected: string | null): PageScore {
  const score: PageScore = { id, rejected, fields: {}, inventedDate: false, junkLeft: [], junkTotal: 0, boundaryLost: [], boundaryTotal: 0 };
  const text = predicted?.body.join('\n') ?? '';
  if (gold.body !== undefined) score.body = predicted ? bodyScore(text, gold.body) : { precision: 0, recall: 0 };
  const check = (ok: boolean, got: unknown, want: unknown): FieldCheck => ({ ok, got, want });

  if (gold.title !== undefined) score.fields.title = check(!!predicted && titleMatches(predicted.title, gold.title), predicted?.title ?? null, gold.title);
  if (gold.outlet !== undefined) {
    const got = predicted?.outlet ?? null;
    const wanted = gold.outlet === null ? [] : outletNames(gold.outlet).map(outletKey);
    const names = got === null ? [] : [got, ...(predicted?.outletAliases ?? [])].map(outletKey);
    const right = gold.outlet === null ? got === null : names.some((n) => wanted.includes(n)) || (got !== null && hostSpellsLabel(got, gold.outlet));
    score.fields.outlet = check(right, got, gold.outlet);
  }
  if (gold.published !== undefined) {
    const got = predicted?.published ?? null;
    score.fields.published = check(got === gold.published, got, gold.published);
    score.inventedDate = got !== null && got !== gold.published;
  }
  if (gold.authors !== undefined) {
    const got = predicted?.authors ?? [];
    score.fields.authors = check(sameNames(got, gold.authors), got, gold.authors);
  }
  if (gold.agencies !== undefined) {
    const got = predicted?.agencies ?? [];
    score.fields.agencies = check(sameNames(got, gold.agencies.map((name) => spelledAs(name, got, predicted?.agencyAliases ?? {}))), got, gold.agencies);
  }
  if (gold.language !== undefined) {
    const got = predicted?.language ?? null;
    score.fields.language = check((got ?? null) === (gold.language ?? null), got, gold.language);
  }
  if (gold.topics !== undefined) {
    const got = predicted?.topics ?? [];
    const want = new Set(gold.topics);
    const tp = got.filter((t) => want.has(t)).length;
    score.topics = { truePositive: tp, falsePositive: got.length - tp, falseNegative: want.size - tp, got, want: gold.topics, language: gold.language ?? null };
  }
  if (gold.junk) {
    score.junkTotal = gold.junk.length;
    score.junkLeft = predicted ? gold.junk.filter((j) => junkLeft(predicted.body, j, predicted.removed)) : [];
  }
  for (const phrase of [gold.bodyStart, gold.bodyEnd]) {
    if (!phrase) continue;
    score.boundaryTotal++;
    if (!holdsPhrase(text, phrase)) score.boundaryLost.push(phrase);
  }
  return score;
}

/** The predicted name a labelled one is another spelling of ("ТАСС" → "TASS"), else the labelled name. */
function spelledAs(name: string, got: string[], aliases: Record<string, string[]>): string {
  const key = comparable(name);
  return got.find((g) => [g, ...(aliases[g] ?? [])].some((spelling) => comparable(spelling) === key)) ?? name;
}

/** Two lists of names are the same set, punctuation and case aside. */
function sameNames(got: string[], want: string[]): boolean {
  const a = new Set(got.map(comparable));
  const b = new Set(want.map(comparable));
  return a.size === b.size && [...a].every((x) => b.has(x));
}
