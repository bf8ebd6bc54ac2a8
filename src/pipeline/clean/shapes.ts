// Shape tests for one line of a page. Each judges the form of a line (length, punctuation,
// what it starts or ends with), never whether it matches a known page. The few word lists are the
// generic vocabulary of page furniture (skip links, share buttons, sign-up forms) in several
// languages. shapeOf tries the families of shapes in order, each in its own file under shapes/:
// navigation (links.ts), what the page says to its reader (furniture.ts), pictures' credits and
// captions (credits.ts), bylines and stamps (bylines.ts), names (names.ts), and what any text shows (text.ts).
import { dateLine } from '../dates.ts';
import { wordCount } from '../words.ts';
import { bylineBehindTools, creditsTheStory, isByline, isCreditsLine, isDateLine, isTimeOnly } from './shapes/bylines.ts';
import { isEditorInitials, isSiteLogo, pictureTextShape } from './shapes/credits.ts';
import { invitesToOwnPages, isAppeal, isControlLine, isEmbedTail, isPageNote, isReadAlso, readerNoticeShape } from './shapes/furniture.ts';
import { isMenuLine, navigationShape } from './shapes/links.ts';
import { CODE_NAME, SHORTCODE, endsSentence, foldLookalikes, inTitleCase, isHeadlineOnClockTime, looksLikeIds, looksLikeScript, NO_WORDS } from './shapes/text.ts';

// What the cleaner's other passes read of a line, from the files that judge it.
export { agencySlashCredit, CREDIT_LABEL } from './shapes/credits.ts';
export { asksToSignUp, isCommentBox, mostlyControlWords } from './shapes/furniture.ts';
export { isLinkLabels, isPostFooter, isSiteFooter, isWeatherReading } from './shapes/links.ts';
export { aboutName, isCreditedName, isNameInfix, isPersonName } from './shapes/names.ts';
export {
  BY_NAME,
  bylineDate,
  bylineNames,
  bylinePart,
  EMBED_SIGNATURE,
  isByline,
  isCreditsLine,
  isEditorCredit,
  isEditorRoleAlone,
  isPostedStamp,
  isPressOfficeCredit,
  nameBeforeAgency,
  splitNames,
} from './shapes/bylines.ts';
export { capitalisedThroughout, CLOCK_TIME, endsSentence, foldLookalikes, inTitleCase, isHeadlineOnClockTime, LIST_BULLET, looksLikeIds, looksLikeScript, SENTENCE_INSIDE, startsLowercase, WIRE_DATELINE_OPENING } from './shapes/text.ts';
// (Counted in words.ts, beside the other word patterns; the cleaner's passes import it from here.)
export { wordCount } from '../words.ts';

/** What a line looks like on its own, before its neighbours are considered. */
export type Shape =
  | 'markup'
  | 'skip-link'
  | 'breadcrumb'
  | 'url'
  | 'colon-label'
  | 'reading-time'
  | 'newsletter'
  | 'widget'
  | 'editor-initials'
  | 'photo-credit'
  | 'caption'
  | 'read-also'
  | 'appeal'
  | 'byline'
  | 'date'
  | 'time'
  | 'heading-like'
  | 'prose';

/** The form of a single line, ignoring its neighbours. */
export function shapeOf(
  text: string,
  marked: { markup?: boolean; caption?: boolean; heading?: number; agencyCredit?: ((text: string) => boolean) | undefined },
): Shape {
  if (marked.markup || looksLikeScript(text) || looksLikeIds(text) || NO_WORDS.test(text) || CODE_NAME.test(text) || SHORTCODE.test(text)) return 'markup';
  if (marked.caption) return 'caption';
  text = foldLookalikes(text);
  const bare = text.replace(LIST_NUMBER, '');
  const words = wordCount(text);
  if (isEmbedTail(text, words) || isSiteLogo(text, words)) return 'markup';
  const navigation = navigationShape(text, bare, words, isCreditOrStamp);
  if (navigation) return navigation;
  const notice = readerNoticeShape(text, bare, words);
  if (notice) return notice;
  if (isEditorInitials(text)) return 'editor-initials';
  // A labelled credit that runs on for sentences is a paragraph the dump glued under it, in a way
  // the glued-credits pass could not split ("Foto: AGENCY News Berichten zufolge sagte …"): kept.
  if (isCreditsLine(text)) return 'byline';
  const picture = pictureTextShape(text, words, marked.agencyCredit);
  if (picture) return picture;
  if (isPageNote(text, words)) return 'widget';
  if (isAppeal(text)) return 'appeal';
  if (invitesToOwnPages(text, words)) return 'read-also';
  // A page's top heading that holds only its date stamp ("# 13 March 2024 10:13") is the stamp.
  // (A blog's lesser heading of a date stands over its post's title, which the headline rules read as such.)
  if (marked.heading) return marked.heading === 1 && isDateLine(text, words) ? 'date' : 'heading-like';
  if (isReadAlso(text)) return 'read-also';
  if (isControlLine(text, words)) return 'widget';
  if (creditsTheStory(text, words, marked.agencyCredit)) return 'byline';
  if (isDateLine(text, words)) return 'date';
  if (isTimeOnly(text)) return 'time';
  if ((words <= 4 && /:$/.test(text)) || CREDIT_LABEL_ALONE.test(text)) return 'colon-label';
  if (isMenuLine(words, text)) return 'breadcrumb';
  // A headline in title case may end on a clock time, and so in the full stop of "P.m.".
  if (words <= 25 && isHeadlineOnClockTime(text)) return 'heading-like';
  // …or on a full stop of its own ("Putin and Kim Sign Mutual Defense Pact."). A list of names is
  // in capitals too ("Subs: Roe, Doe, Major, Minor."): a headline has no colon, semicolon or run of commas.
  if (words <= TITLE_CASE_MAX_WORDS && /(?:[^.]\.|[?!])["”’]?$/u.test(text) && !/[:;]|,.*,/u.test(text) && inTitleCase(text)) return 'heading-like';
  // A sentence that ends in a colon introduces what follows (a quote, a list, a video): no headline ends so.
  if (endsSentence(text) || words > 25 || (words >= COLON_SENTENCE_MIN_WORDS && /:$/.test(text))) return 'prose';
  return 'heading-like';
}

/** A row of links that is a byline or a row of dates ("Posted | 13.01.2025 12:14 | Updated | …"): the stamp rules read it. */
function isCreditOrStamp(text: string): boolean {
  return isByline(text) || bylineBehindTools(text) !== null || dateLine(text) !== null;
}

// A credit's label with its name on the next line ("Published by" over the agency's name): a label, as "Author:" is.
// So is a writer's or editor's role alone, over the name ("Reporter" / "Jane Roe" / "Editor" / "John Doe").
const CREDIT_LABEL_ALONE = /^(?:(?:published|written|posted|reported|edited|compiled|produced|photographed|filed) by|words by|reporting by|story by|text by|photos? by|reporters?|editors?|authors?|writers?|penulis|redaktur|autor|autorka|autoři|автор|автори|авторы|redactor|redacción|redazione)\s*:?$/iu;

// A headline in title case is at most this long; a longer line in capitals is a list of names.
const TITLE_CASE_MAX_WORDS = 16;
// Shorter, a line ending in a colon may head a list as a subheading does ("What we know so far
// about the ferry:"); from 8 words on, the text dumps of L3S-GN1 lost body and titles.
const COLON_SENTENCE_MIN_WORDS = 15;
// A numbered or bulleted item's mark, which a skip link or a share button may carry.
const LIST_NUMBER = /^(?:\d{1,3}[.)]|[-*•·])\s+/;
