// Summary-box pass: a "Key points" box repeats the article in a few one-sentence bullets above
// it. Its label is often glued to the first bullet ("In brief Ukraine has launched …"), so the
// box is found by its label at the start of a line and by the short single-sentence lines under it
// (written as sentences, or, under a label alone, as a few lines with no full stop: "Story Highlights").
import type { Line } from './line.ts';
import { escapeRegExp } from '../words.ts';
import { wordCount } from './shapes.ts';

// Labels of a summary box, in the dossier's languages; only ever at the very start of a line.
const BOX_LABELS = [
  'in brief', 'in short', 'key points', 'key takeaways', 'at a glance', 'summary', 'the essentials', 'story highlights', 'key highlights',
  'das wichtigste in kürze', 'das wichtigste', 'auf einen blick', 'in kürze', 'kurz gesagt', 'w skrócie', 'najważniejsze',
  'en bref', "l'essentiel", 'l’essentiel', 'en résumé', 'коротко', 'главное', 'кратко', 'головне', 'коротко про головне',
  'in sintesi', 'in breve', 'en resumen', 'lo esencial', 've zkratce', 'stručně',
];
const SUMMARY_LABEL = new RegExp(`^(?:${BOX_LABELS.map(escapeRegExp).join('|')})(?:\\s*[:–-]\\s*|\\s+(?=\\p{Lu}))`, 'iu');
// Alone on its line, a one-word label may be a menu item ("Главное", "Коротко" are sections of a
// site): there only a label of several words, or a word that says nothing but "summary"; or any
// label with the colon that introduces the box ("Головне:"), which no menu item prints.
const SUMMARY_WORDS = ['summary', 'zusammenfassung', 'résumé', 'resumen', 'riassunto', 'sommario', 'podsumowanie', 'shrnutí', 'резюме', 'підсумок'];
const SUMMARY_LABEL_ALONE = new RegExp(
  `^(?:(?:${[...BOX_LABELS.filter((label) => label.includes(' ')), ...SUMMARY_WORDS].map(escapeRegExp).join('|')})\\s*:?|(?:${BOX_LABELS.map(escapeRegExp).join('|')})\\s*:)$`,
  'iu',
);
// Under a label of its own the summary may be one short paragraph of a sentence or two.
const SUMMARY_PARAGRAPH_MAX_WORDS = 60;
// A bullet is one sentence; an article paragraph is usually more.
const BULLET_MAX_WORDS = 35;
// A box holds a handful of bullets.
const BOX_MAX_BULLETS = 6;
// Bullets with no full stop are told from a headline under the label by their number.
const MIN_UNSTOPPED_BULLETS = 2;

/**
 * The lines of each summary box: the labelled line and the one-sentence lines right under it;
 * or a label alone on its line and either the bullets under it or one short paragraph.
 */
export function summaryBoxLines(lines: Line[]): number[] {
  const found: number[] = [];
  // A box sums up the article under it: with no paragraph under it, the box is all the page holds of the article.
  const summing = (box: number[]) => (box.length && articleBelow(lines, box.at(-1)!) ? box : []);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.verdict) continue;
    if (SUMMARY_LABEL_ALONE.test(line.text)) {
      found.push(...summing(boxUnderLabel(lines, i)));
      continue;
    }
    if (line.heading || !SUMMARY_LABEL.test(line.text)) continue;
    const first = line.text.replace(SUMMARY_LABEL, '');
    if (isBullet(first)) found.push(...summing([i, ...bulletsUnder(lines, i)]));
  }
  return found;
}

/** True when a paragraph of the article's length stands below line `last`. */
function articleBelow(lines: Line[], last: number): boolean {
  return lines.slice(last + 1).some((l) => !l.verdict && l.shape === 'prose' && wordCount(l.text) >= ARTICLE_PARAGRAPH_WORDS);
}

// A paragraph of the article under the box, not a menu item or a credit.
const ARTICLE_PARAGRAPH_WORDS = 8;

/** The one-sentence lines of one shape (sentences, or lines with no full stop) right under line `label`, up to a box's size. */
function bulletsUnder(lines: Line[], label: number, shape: 'prose' | 'heading-like' = 'prose'): number[] {
  const bullets: number[] = [];
  for (let k = label + 1; k < lines.length && k <= label + BOX_MAX_BULLETS; k++) {
    const l = lines[k]!;
    if (l.verdict || l.heading || l.shape !== shape || !isBullet(l.text)) break;
    bullets.push(k);
  }
  return bullets;
}

/** A label alone and what stands under it: its bullets, else one short paragraph; nothing when neither follows. */
function boxUnderLabel(lines: Line[], label: number): number[] {
  const bullets = bulletsUnder(lines, label);
  if (bullets.length) return [label, ...bullets];
  // Bullets without a full stop read as headlines: several of them under the label are the box
  // (one alone may be the first headline of a column of short news under "In brief").
  const unstopped = bulletsUnder(lines, label, 'heading-like');
  if (unstopped.length >= MIN_UNSTOPPED_BULLETS) return [label, ...unstopped];
  const first = lines[label + 1];
  return first && !first.verdict && !first.heading && first.shape === 'prose' && wordCount(first.text) <= SUMMARY_PARAGRAPH_MAX_WORDS ? [label, label + 1] : [];
}

/** One sentence of at most a bullet's length. */
function isBullet(text: string): boolean {
  const words = wordCount(text);
  // A full stop inside the line, followed by a capital, starts a second sentence.
  return words >= 4 && words <= BULLET_MAX_WORDS && !/[.!?]["'”’»]?\s+\p{Lu}/u.test(text);
}
