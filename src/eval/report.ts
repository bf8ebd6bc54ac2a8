// Aggregates page scores into the figures `npm run eval` prints, and names the worst pages.
import { averageBody, f1 } from './metric.ts';
import type { FieldCheck, PageScore } from './score.ts';

type FieldName = keyof PageScore['fields'];
const FIELDS: FieldName[] = ['title', 'outlet', 'published', 'authors', 'agencies', 'language'];

/** Share right and how many pages were labelled. */
export interface Accuracy {
  accuracy: number;
  n: number;
}

/** The whole run's figures: the shape `--json` prints. */
export interface EvalSummary {
  pages: number;
  rejected: number;
  body: { precision: number; recall: number; f1: number } | null;
  title: Accuracy | null;
  outlet: Accuracy | null;
  published: (Accuracy & { invented: number }) | null;
  authors: Accuracy | null;
  agencies: Accuracy | null;
  language: Accuracy | null;
  topics: (TopicFigures & { english: TopicFigures | null; other: TopicFigures | null; negatives: { untagged: number; n: number } | null }) | null;
  /** Labelled furniture lines still in the body, and on how many pages. */
  junk: { left: number; total: number; pages: number } | null;
  /** Labelled first and last words of the body, and the share of them kept. */
  boundaries: { kept: number; lost: number; total: number } | null;
  worst: WorstPage[];
}

/** A page that went wrong, with what went wrong in words. */
export interface WorstPage {
  id: string;
  problems: string[];
}

function accuracy(scores: PageScore[], field: FieldName): Accuracy | null {
  const checks = scores.map((s) => s.fields[field]).filter((c): c is FieldCheck => !!c);
  return checks.length ? { accuracy: checks.filter((c) => c.ok).length / checks.length, n: checks.length } : null;
}

/** Topic precision, recall and F1, micro-averaged over pages. */
export interface TopicFigures {
  precision: number;
  recall: number;
  f1: number;
  n: number;
}

type TopicScore = NonNullable<PageScore['topics']>;

/** Micro-averaged topic figures of some pages; null for none. */
function topicFigures(list: TopicScore[]): TopicFigures | null {
  if (!list.length) return null;
  const tp = list.reduce((a, t) => a + t.truePositive, 0);
  const fp = list.reduce((a, t) => a + t.falsePositive, 0);
  const fn = list.reduce((a, t) => a + t.falseNegative, 0);
  // Pages with no topic, labelled so and left so, are right: micro-averaged figures would not show them, so with
  // no topic anywhere precision and recall are 1.
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { precision, recall, f1: f1(precision, recall), n: list.length };
}

/** Topics overall, on English and on other pages, and the share of pages labelled with no topic that got none. */
function topicSummary(list: TopicScore[]): EvalSummary['topics'] {
  const all = topicFigures(list);
  if (!all) return null;
  const negatives = list.filter((t) => t.want.length === 0);
  return {
    ...all,
    english: topicFigures(list.filter((t) => t.language === 'en')),
    other: topicFigures(list.filter((t) => t.language !== null && t.language !== 'en')),
    negatives: negatives.length ? { untagged: negatives.filter((t) => t.got.length === 0).length / negatives.length, n: negatives.length } : null,
  };
}

/** Figures over all pages, plus the `worst` pages ranked by how much went wrong. */
export function summarise(scores: PageScore[], worst = 10): EvalSummary {
  const bodies = scores.flatMap((s) => (s.body ? [s.body] : []));
  const topicScores = scores.flatMap((s) => (s.topics ? [s.topics] : []));
  const junkTotal = scores.reduce((a, s) => a + s.junkTotal, 0);
  const boundaryTotal = scores.reduce((a, s) => a + s.boundaryTotal, 0);
  const lost = scores.reduce((a, s) => a + s.boundaryLost.length, 0);
  const published = accuracy(scores, 'published');
  return {
    pages: scores.length,
    rejected: scores.filter((s) => s.rejected).length,
    body: bodies.length ? averageBody(bodies) : null,
    title: accuracy(scores, 'title'),
    outlet: accuracy(scores, 'outlet'),
    published: published ? { ...published, invented: scores.filter((s) => s.inventedDate).length } : null,
    authors: accuracy(scores, 'authors'),
    agencies: accuracy(scores, 'agencies'),
    language: accuracy(scores, 'language'),
    topics: topicSummary(topicScores),
    junk: junkTotal ? { left: scores.reduce((a, s) => a + s.junkLeft.length, 0), total: junkTotal, pages: scores.filter((s) => s.junkLeft.length).length } : null,
    boundaries: boundaryTotal ? { kept: (boundaryTotal - lost) / boundaryTotal, lost, total: boundaryTotal } : null,
    worst: worstPages(scores, worst),
  };
}

/** How much went wrong on a page: a rejection outweighs everything, then body loss, then each wrong field. */
function badness(s: PageScore): number {
  if (s.rejected) return 100;
  const body = s.body ? 3 * (1 - f1(s.body.precision, s.body.recall)) : 0;
  const fields = Object.values(s.fields).filter((c) => !c.ok).length;
  const topics = s.topics ? (s.topics.falseNegative + s.topics.falsePositive) * 0.5 : 0;
  return body + fields + topics + s.junkLeft.length * 0.5 + s.boundaryLost.length;
}

const show = (v: unknown) => (v === null || v === undefined ? 'none' : JSON.stringify(v));

/** What went wrong on one page, as lines a developer can act on. */
export function problemsOf(s: PageScore): string[] {
  const out: string[] = [];
  if (s.rejected) out.push(`rejected: ${s.rejected}`);
  if (s.body) out.push(`body P ${s.body.precision.toFixed(2)} R ${s.body.recall.toFixed(2)}`);
  for (const field of FIELDS) {
    const c = s.fields[field];
    if (c && !c.ok) out.push(`${field}: got ${show(c.got)}, want ${show(c.want)}`);
  }
  if (s.topics && (s.topics.falsePositive || s.topics.falseNegative)) out.push(`topics: got ${show(s.topics.got)}, want ${show(s.topics.want)}`);
  for (const j of s.junkLeft) out.push(`junk left: ${show(j)}`);
  for (const b of s.boundaryLost) out.push(`body lost: ${show(b)}`);
  return out;
}

function worstPages(scores: PageScore[], n: number): WorstPage[] {
  return scores
    .map((s) => ({ s, bad: badness(s) }))
    .filter((x) => x.bad > 0.03)
    .sort((a, b) => b.bad - a.bad || a.s.id.localeCompare(b.s.id))
    .slice(0, n)
    .map(({ s }) => ({ id: s.id, problems: problemsOf(s) }));
}

const pct = (x: number) => x.toFixed(3);

/** The summary as text: one figure a line, then the worst pages. */
export function formatSummary(name: string, summary: EvalSummary): string {
  const out = [`eval ${name}: ${summary.pages} pages, ${summary.rejected} rejected`];
  if (summary.body) out.push(`body      F1 ${pct(summary.body.f1)}  (P ${pct(summary.body.precision)}, R ${pct(summary.body.recall)})`);
  for (const field of FIELDS) {
    const a = summary[field];
    if (a) out.push(`${field.padEnd(9)} ${pct(a.accuracy)}  (${a.n} labelled${field === 'published' ? `, ${summary.published!.invented} stated wrongly or invented` : ''})`);
  }
  if (summary.topics) {
    const line = (label: string, t: TopicFigures) => `${label}F1 ${pct(t.f1)}  (P ${pct(t.precision)}, R ${pct(t.recall)}, ${t.n} pages)`;
    out.push(line('topics    ', summary.topics));
    if (summary.topics.english && summary.topics.other) out.push(line('  English ', summary.topics.english), line('  other   ', summary.topics.other));
    if (summary.topics.negatives) out.push(`  no-topic pages left untagged ${pct(summary.topics.negatives.untagged)} (${summary.topics.negatives.n} pages)`);
  }
  if (summary.junk) out.push(`junk      ${summary.junk.left} of ${summary.junk.total} labelled furniture lines left, on ${summary.junk.pages} pages`);
  if (summary.boundaries) out.push(`body kept ${pct(summary.boundaries.kept)}  (${summary.boundaries.lost} of ${summary.boundaries.total} labelled first/last words lost)`);
  if (summary.worst.length) {
    out.push('', `worst ${summary.worst.length}:`);
    for (const w of summary.worst) out.push(`  ${w.id}`, ...w.problems.map((p) => `    ${p}`));
  }
  return `${out.join('\n')}\n`;
}

const cell = (a: Accuracy | null) => (a ? pct(a.accuracy) : '–');

/** The header of the README's table; each corpus's row comes from `formatRow`. */
export const TABLE_HEADER = [
  '| corpus | pages | rejected | body F1 (P / R) | title | outlet | printed date (stated wrongly) | authors | junk lines left (pages) | body ends kept |',
  '|---|---|---|---|---|---|---|---|---|---|',
].join('\n');

/** One corpus as a row of the README's table (`--markdown`). */
export function formatRow(name: string, s: EvalSummary): string {
  const body = s.body ? `${pct(s.body.f1)} (${pct(s.body.precision)} / ${pct(s.body.recall)})` : '–';
  const published = s.published ? `${pct(s.published.accuracy)} (${s.published.invented})` : '–';
  const junk = s.junk ? `${s.junk.left} of ${s.junk.total} (${s.junk.pages})` : '–';
  return `| ${name} | ${s.pages} | ${s.rejected} | ${body} | ${cell(s.title)} | ${cell(s.outlet)} | ${published} | ${cell(s.authors)} | ${junk} | ${s.boundaries ? pct(s.boundaries.kept) : '–'} |`;
}
