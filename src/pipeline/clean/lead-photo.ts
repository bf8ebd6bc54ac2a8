// Lead-photo pass: under the headline, before the article, many pages print the lead photo's
// caption and then its credit ("A trader on the floor of the exchange." / "(Associated Press)").
// Written as a sentence, the caption reads like a short standfirst; the credit under it, with
// the article's paragraphs right after, shows what it is. The credit is then the photo's, not
// the article's: "(Associated Press)" there does not make the story an AP story.
import { FURNITURE, type Line } from './line.ts';
import { wordCount } from './shapes.ts';

// A caption is a line or two, each short; a standfirst over a credit would be longer.
const CAPTION_LINES = 2;
export const CAPTION_MAX_WORDS = 30;
// "Source:" may credit a photo ("Source: Example Agency") or name the story's sources: a longer
// line ("Source: the governor; a Telegram channel; the ministry") does the latter, and the line
// over it is the article's lead. (A photo credit glued to the first paragraph is long too, but
// says "Photo".)
const SOURCE_LABEL = /^(?:sources?|quelle|источник|джерело)\s*:/iu;
const CREDIT_MAX_WORDS = 10;
// The article follows the credit: this many paragraphs of it, past furniture.
const PARAGRAPHS_AFTER = 2;
const PARAGRAPH_MIN_WORDS = 8;

/** The lead photo's caption lines and the line of its credit. */
export interface LeadPhoto {
  caption: number[];
  credit: number;
}

/**
 * The lead photo: the first lines under the headline (past its date and byline) are its caption
 * when a credit stands right under them and the article's paragraphs follow it; null otherwise.
 * `isCredit` says which lines are credits (a credit label, "(Agency)" in brackets).
 */
export function leadPhotoCaption(lines: Line[], titleIndex: number, isCredit: (l: Line) => boolean): LeadPhoto | null {
  if (titleIndex < 0) return null;
  let k = titleIndex + 1;
  // Past the headline's stamps, furniture already judged, and tools ("Email", "Printer friendly version").
  const passed = (l: Line) => l.verdict || l.shape === 'date' || l.shape === 'time' || l.shape === 'byline' || (FURNITURE.has(l.shape) && !isCredit(l));
  while (k < lines.length && passed(lines[k]!)) k++;
  const caption: number[] = [];
  for (; k < lines.length && caption.length < CAPTION_LINES; k++) {
    const l = lines[k]!;
    if (isCredit(l)) break;
    if (l.verdict || l.heading || l.shape !== 'prose' || wordCount(l.text) > CAPTION_MAX_WORDS) return null;
    caption.push(k);
  }
  if (caption.length === 0 || k >= lines.length || !isCredit(lines[k]!)) return null;
  if (SOURCE_LABEL.test(lines[k]!.text) && wordCount(lines[k]!.text) > CREDIT_MAX_WORDS) return null;
  return paragraphsFollow(lines, k) ? { caption, credit: k } : null;
}

/** True when the article's paragraphs follow line `credit`, past furniture; the credit itself may carry the first of them, glued on. */
function paragraphsFollow(lines: Line[], credit: number): boolean {
  let paragraphs = 0;
  for (let k = credit + 1; k < lines.length && paragraphs < PARAGRAPHS_AFTER; k++) {
    const l = lines[k]!;
    if (l.shape === 'prose' && !l.verdict && wordCount(l.text) >= PARAGRAPH_MIN_WORDS) paragraphs++;
    // The article's date may stand under the photo, over the article.
    else if (!FURNITURE.has(l.shape) && l.shape !== 'date' && l.verdict?.kind !== 'removed') return false;
  }
  return paragraphs >= PARAGRAPHS_AFTER;
}
