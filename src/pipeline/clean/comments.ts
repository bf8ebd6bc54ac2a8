// Comments pass: readers' comments under an article. Each comment carries a stamp, "Posted by
// NAME | DATE" or "Comment by NAME — DATE", above or below its text; two such stamps after the
// article's prose are a thread, and the article ends where the thread (or its "Comments (12)"
// label) begins. One stamp alone is the article's own ("Posted by the editor at 10:05").
import type { Line } from './line.ts';
import { wordCount } from './shapes.ts';

// The stamp a comment carries: who wrote it, and when (a date or a clock time).
const COMMENT_STAMP = /^[-—–]?\s*(?:posted|comment(?:ed)?|submitted|written|reply|repl(?:ied)?|kommentar|commentaire|комментарий|коментар)\s+(?:by|von|par|от|від)\s*:?\s*\S/iu;
const STAMP_TIME = /\d{1,2}:\d{2}|\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b(?:19|20)\d{2}\b/u;
const STAMP_MAX_WORDS = 16;
// A thread's heading: "Comments (12)", "7 Comments »", "Reader comments", "Post a comment".
const THREAD_LABEL = /^(?:\d+\s+)?(?:reader(?:s'|'s)?\s+)?(?:comments?|kommentare|commentaires|комментарии|коментарі)\b|\b(?:post|leave|add) a comment\b/iu;
// A thread's heading stands this few lines above its first stamp.
const LABEL_REACH = 6;
// A comment stamp and the thread's label are short lines; a thread has at least this many stamps.
const THREAD_STAMPS = 2;

/** True for a comment's stamp: "Posted by NAME | DATE", "Comment by NAME — January 7, 2008 @ 8:21 pm". */
export function isCommentStamp(text: string): boolean {
  return wordCount(text) <= STAMP_MAX_WORDS && COMMENT_STAMP.test(text) && STAMP_TIME.test(text);
}

/** Where the readers' comments begin (their label, else their first stamp) after line `from`, or -1 when there is no thread. */
export function commentsStart(lines: Line[], from: number): number {
  const stamps: number[] = [];
  for (let i = from; i < lines.length && stamps.length < THREAD_STAMPS; i++) if (isCommentStamp(lines[i]!.text)) stamps.push(i);
  if (stamps.length < THREAD_STAMPS) return -1;
  const first = stamps[0]!;
  for (let k = first - 1; k >= from && k >= first - LABEL_REACH; k--) {
    if (wordCount(lines[k]!.text) <= STAMP_MAX_WORDS && THREAD_LABEL.test(lines[k]!.text)) return k;
  }
  return first;
}
