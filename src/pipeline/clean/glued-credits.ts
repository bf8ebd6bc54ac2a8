// Glued-credits pass: a text dump loses the break between a photo's credit and the paragraph
// under it ("Photo credits: Radio Liberty For the first time, the government recognised…"). The
// whole line reads as a credit, and the lead paragraph goes with it. Where, a few words after
// the credit's label, a sentence plainly begins (a capitalised function word right after a name,
// with no stop between, and a lower-case word after it) and runs on as prose, the line is two:
// the credit and the paragraph. A credit that a sentence does not plainly follow ("Photo: AFP
// President Zelensky said…") stays whole: a name cannot be told from the sentence's subject.
import type { PageLine } from '../types.ts';
import { splitLinesBy } from './glued-dates.ts';
import { CREDIT_LABEL, endsSentence, isByline, isCreditsLine, wordCount } from './shapes.ts';

// Words a news sentence opens on, in the dossier's languages: articles, prepositions, pronouns.
// Only these, not a whole stop-word list: those hold words that are also names ("Bill", "Young", "Wells").
const SENTENCE_OPENERS = new Set(
  [
    'the a an in on at for after as since while when during following according amid despite this that these those it he she they we there',
    'der die das ein eine im am in an auf nach seit als während bei laut mit es er sie wir',
    'le la les un une en dans au aux à après depuis selon lors pendant il elle ils nous ce cette',
    'el la los las un una en tras desde según durante il lo gli dopo secondo',
    'в во на по после с со за к у из это он она они мы після з до це він вона вони ми',
    'w we na po od z ze za v ve',
  ].flatMap((words) => words.split(' ')),
);
// A credit names a photographer or an agency in a few words.
const MAX_CREDIT_WORDS = 6;
// What follows the credit is a paragraph: this many words at least, with a sentence's end in it.
const MIN_PARAGRAPH_WORDS = 12;
const SENTENCE_END = /[.!?…](?:["'”»)]*)(?:\s|$)/u;

/** The line split into a photo credit and the paragraph glued after it, or null when it is not one. */
export function splitGluedCredit(text: string): [string, string] | null {
  const label = CREDIT_LABEL.exec(text);
  if (!label) return null;
  const words = text.slice(label[0].length).trim().split(/\s+/u);
  for (let j = 1; j <= MAX_CREDIT_WORDS && j + 1 < words.length; j++) {
    const [before, word, after] = [words[j - 1]!, words[j]!, words[j + 1]!];
    if (!/^\p{Lu}/u.test(word) || !SENTENCE_OPENERS.has(word.toLowerCase()) || !/^\p{Ll}/u.test(after)) continue;
    // The credit's last word is a name's (capitalised, or an acronym), with no stop after it.
    if (!/^\p{Lu}/u.test(before) || /[.,;:!?)\]]$/u.test(before)) return null;
    const paragraph = words.slice(j).join(' ');
    if (wordCount(paragraph) < MIN_PARAGRAPH_WORDS || !SENTENCE_END.test(paragraph)) return null;
    return [`${label[0].trim()} ${words.slice(0, j).join(' ')}`, paragraph];
  }
  return null;
}

// A wire story's byline glued to its dateline: "By Jane Roe KYIV (Reuters) - Russia launched …",
// "By Jane Roe and John Doe KYIV, Ukraine (AP) — …". The place is in capitals, the wire in
// brackets, then a dash: where the place begins, the byline ends.
const BYLINE_ON_DATELINE = /^(By\s+.+?)\s+(\p{Lu}{2,}(?:[\s-]\p{Lu}{2,})*(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?\s*\([^()]{2,30}\)\s*[-–—].*)$/u;

/** The line split into a byline and the wire dateline and paragraph glued after it, or null when it is not one. */
export function splitBylineFromDateline(text: string): [string, string] | null {
  const match = BYLINE_ON_DATELINE.exec(text);
  return match && isByline(match[1]!) ? [match[1]!, match[2]!] : null;
}

// A byline's label in the middle of a line, after a caption or a credit: "Illustrative photo (agency) Author: NAME, NAME".
// ("By:" is left out: "Posted by: NAME | DATE" is a comment's stamp, whole.)
const LABELLED_BYLINE_INSIDE = /\s((?:автор|автори|author|authors|autor|auteur)\s?:\s*\p{Lu}.*)$/iu;
// What stands before it is a caption's or a credit's few words, not a paragraph.
const BEFORE_BYLINE_MAX_WORDS = 12;

/** The line split into what stands before a byline's label (a caption, a credit) and the byline, or null when it is not one. */
export function splitBylineFromCaption(text: string): [string, string] | null {
  const byline = LABELLED_BYLINE_INSIDE.exec(text);
  if (!byline || !isByline(byline[1]!)) return null;
  const before = text.slice(0, byline.index).trim();
  return before && wordCount(before) <= BEFORE_BYLINE_MAX_WORDS && !endsSentence(before) ? [before, byline[1]!] : null;
}

/**
 * The line split into the last paragraph and the wire's credits line glued under it, in brackets
 * after its last sentence ("… before being extinguished. (Writing by Jane Roe; Editing by John
 * Doe)"), or null when it is not one.
 */
export function splitCreditsFromParagraph(text: string): [string, string] | null {
  const open = text.lastIndexOf('(');
  if (open <= 0 || !text.endsWith(')')) return null;
  const [paragraph, credits] = [text.slice(0, open).trimEnd(), text.slice(open)];
  return endsSentence(paragraph) && isCreditsLine(credits) ? [paragraph, credits] : null;
}

/** The page's lines with each glued photo credit, each byline glued to its dateline or to a caption, and each credits line glued under a paragraph set on a line of its own. */
export function splitGluedCredits(lines: PageLine[]): PageLine[] {
  return splitLinesBy(lines, (text) => splitGluedCredit(text) ?? splitBylineFromDateline(text) ?? splitCreditsFromParagraph(text) ?? splitBylineFromCaption(text));
}
