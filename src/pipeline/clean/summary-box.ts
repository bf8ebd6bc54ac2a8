// Summary-box pass: a "Key points" box repeats the article in a few one-sentence bullets above
// it. Its label is often glued to the first bullet ("In brief Ukraine has launched …"), so the
// box is found by its label at the start of a line and by the short single-sentence lines under it.
import type { Line } from './line.ts';
import { wordCount } from './shapes.ts';

// Labels of a summary box, in the dossier's languages; only ever at the very start of a line.
const SUMMARY_LABEL =
  /^(?:in brief|in short|key points|key takeaways|at a glance|summary|the essentials|das wichtigste in kürze|das wichtigste|auf einen blick|in kürze|kurz gesagt|w skrócie|najważniejsze|en bref|l'essentiel|l’essentiel|en résumé|коротко|главное|кратко|головне|коротко про головне|in sintesi|in breve|en resumen|lo esencial|ve zkratce|stručně)(?:\s*[:–-]\s*|\s+(?=\p{Lu}))/iu;
// A bullet is one sentence; an article paragraph is usually more.
const BULLET_MAX_WORDS = 35;
// A box holds a handful of bullets.
const BOX_MAX_BULLETS = 6;

/** The lines of each summary box: the labelled line and the one-sentence lines right under it. */
export function summaryBoxLines(lines: Line[]): number[] {
  const found: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.verdict || line.heading || !SUMMARY_LABEL.test(line.text)) continue;
    const first = line.text.replace(SUMMARY_LABEL, '');
    if (!isBullet(first)) continue;
    found.push(i);
    for (let k = i + 1; k < lines.length && k <= i + BOX_MAX_BULLETS; k++) {
      const l = lines[k]!;
      if (l.verdict || l.heading || l.shape !== 'prose' || !isBullet(l.text)) break;
      found.push(k);
    }
  }
  return found;
}

/** One sentence of at most a bullet's length. */
function isBullet(text: string): boolean {
  const words = wordCount(text);
  // A full stop inside the line, followed by a capital, starts a second sentence.
  return words >= 4 && words <= BULLET_MAX_WORDS && !/[.!?]["'”’»]?\s+\p{Lu}/u.test(text);
}
