import type { PageLine } from '../types.ts';

/** Folds every run of white space (no-break and ideographic spaces too) to one space and trims. */
export function foldWhitespace(text: string): string {
  return text.replace(/[\u200b\ufeff]/g, '').replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ').trim();
}

/** Builds PageLines from raw lines, remembering where blank lines stood. */
export function toPageLines<Raw>(rawLines: Raw[], convert: (raw: Raw) => Omit<PageLine, 'blankBefore'>): PageLine[] {
  const lines: PageLine[] = [];
  let blankBefore = true;
  for (const raw of rawLines) {
    const line = convert(raw);
    if (line.text === '') {
      blankBefore = true;
      continue;
    }
    lines.push({ ...line, blankBefore });
    blankBefore = false;
  }
  return lines;
}
