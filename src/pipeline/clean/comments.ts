// Comments pass: readers' comments under an article. Each comment carries a stamp, "Posted by
// NAME | DATE" or "Comment by NAME — DATE", above or below its text; two such stamps after the
// article's prose are a thread, and the article ends where the thread (or its "Comments (12)"
// label) begins. One stamp alone is the article's own ("Posted by the editor at 10:05").
import type { Line } from './line.ts';
import { isPostedStamp as isCommentStamp, wordCount } from './shapes.ts';

// A thread's heading: "Comments (12)", "7 Comments »", "Reader comments", "Post a comment".
// (\b knows only ASCII letters: the end of a word is "no letter follows".)
const THREAD_LABEL = /^(?:\d+\s+)?(?:reader(?:s'|'s)?\s+)?(?:comments?|kommentare|commentaires|комментарии|коментарі)(?![\p{L}\p{N}])|\b(?:post|leave|add) a comment\b/iu;
// The heading of a blog's comment form as its software translates "Leave a Reply": "Schreibe einen
// Kommentar", "Laisser un commentaire", "Deja una respuesta", "Оставить комментарий", "Залишити відповідь".
const COMMENT_FORM =
  /^(?:leave a (?:reply|response|comment)|(?:schreibe|hinterlasse) einen kommentar|kommentar (?:verfassen|schreiben|hinterlassen)|laisser (?:un commentaire|une réponse)|deja (?:un comentario|una respuesta)|dejar un comentario|lascia (?:un commento|una risposta)|deixe (?:um comentário|uma resposta)|(?:dodaj|zostaw|napisz) komentarz|(?:napsat|přidat) komentář|laat een reactie achter|geef een reactie|оставить (?:комментарий|ответ)|оставьте (?:комментарий|ответ)|добавить комментарий|залишити (?:відповідь|коментар)|залиште (?:відповідь|коментар)|додати коментар)(?!\p{L})/iu;
// A thread's heading stands this few lines above its first stamp.
const LABEL_REACH = 6;
// A thread's label is a short line; a thread has at least this many stamps.
const LABEL_MAX_WORDS = 16;
export const THREAD_STAMPS = 2;

/** True for the heading of a blog's comment form ("Leave a Reply", "Schreibe einen Kommentar"): what follows is the form, not the post. */
export function isCommentFormHeading(text: string): boolean {
  return wordCount(text) <= COMMENT_FORM_WORDS && COMMENT_FORM.test(text);
}
// The form's heading is the phrase alone, or with the post's name ("Leave a Reply to …").
const COMMENT_FORM_WORDS = 12;

/** True for the heading of a thread of readers' comments: "12 Comments", "Leave a comment". */
export function isThreadLabel(text: string): boolean {
  return wordCount(text) <= LABEL_MAX_WORDS && (THREAD_LABEL.test(text) || COMMENT_FORM.test(text));
}

// A thread's heading that counts its comments: "2 comments:", "Comments (12)", "92 Responses to “…”".
// (A bare "Comments" may be a menu's or a toolbar's link.)
const COUNTED_THREAD = /^(?:\d+\s+(?:reader(?:s'|'s)?\s+)?(?:comments?|kommentare?|commentaires?|комментари\p{L}*|коментар\p{L}*|responses?|replies|thoughts)(?![\p{L}\p{N}])|(?:comments?|kommentare|commentaires|комментарии|коментарі)\s*\(\d+\)$)/iu;

/** True for a thread's heading that counts its comments: a thread is there, not only a link to one. */
export function isCountedThreadLabel(text: string): boolean {
  return wordCount(text) <= LABEL_MAX_WORDS && COUNTED_THREAD.test(text);
}

/** Where the readers' comments begin (their label, else their first stamp) after line `from`, or -1 when there is no thread. */
export function commentsStart(lines: Line[], from: number): number {
  const stamps: number[] = [];
  for (let i = from; i < lines.length && stamps.length < THREAD_STAMPS; i++) if (isCommentStamp(lines[i]!.text)) stamps.push(i);
  if (stamps.length < THREAD_STAMPS) return -1;
  // A thread's label between the first two stamps: the first was the article's own.
  const isLabel = (k: number) => isThreadLabel(lines[k]!.text);
  for (let k = stamps[0]! + 1; k < stamps[1]!; k++) if (isLabel(k)) return k;
  const first = stamps[0]!;
  for (let k = first - 1; k >= from && k >= first - LABEL_REACH; k--) {
    if (isLabel(k)) return k;
  }
  return first;
}
