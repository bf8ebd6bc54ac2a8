// Stamp-fields pass: Chinese news pages print the article's date, its source and its author on
// one line of labelled fields ("2024年10月28日 14:05 来源：示例新闻网 作者：李明"). Each field is set
// on a line of its own, so that the date reads as a dateline and the author as a byline.
import { dateLine } from '../dates.ts';
import type { PageLine } from '../types.ts';

// The labels of a stamp's fields: source, author, reporter, editor, time of publication.
const FIELD_LABEL = /(?:来源|來源|稿源|作者|记者|記者|责任编辑|責任編輯|编辑|編輯|发布时间|發布時間|时间|時間)\s*[：:]/gu;
const HAS_FIELD_LABEL = new RegExp(FIELD_LABEL.source, 'u');
// A stamp line is short; a longer line with a label in it is a sentence that quotes one.
const STAMP_MAX_LENGTH = 120;

/** The line's fields, when it is a stamp of two or more of them (a date, then labelled fields); null for any other line. */
export function stampFields(text: string): string[] | null {
  if (text.length > STAMP_MAX_LENGTH || !HAS_FIELD_LABEL.test(text)) return null;
  const starts = [...text.matchAll(FIELD_LABEL)].map((m) => m.index);
  const fields = [starts[0]! > 0 ? text.slice(0, starts[0]) : '', ...starts.map((at, i) => text.slice(at, starts[i + 1]))].map((f) => f.trim()).filter(Boolean);
  // What stands before the first label is the stamp's date, or the line is no stamp.
  if (starts[0]! > 0 && !dateLine(fields[0]!)) return null;
  return fields.length >= 2 ? fields : null;
}

/** The page's lines with each stamp of labelled fields set out a field a line. */
export function splitStampFields(lines: PageLine[]): PageLine[] {
  return lines.flatMap((line) => {
    const fields = line.heading || line.markup ? null : stampFields(line.text);
    return fields ? fields.map((text, i) => ({ ...line, text, ...(i > 0 ? { blankBefore: false } : {}) })) : [line];
  });
}
