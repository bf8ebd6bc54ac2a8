// Bylines, credits of the people and the wire behind a story, and the stamps beside them.
import { wordCount } from '../../words.ts';
import { dateLine, findDates } from '../../dates.ts';
import { mostlyControlWords } from './furniture.ts';
import { isCreditedName, isPersonName } from './names.ts';

// Credits naming the agencies a report draws on: "Reporting includes information from TASS and Interfax."
const SOURCES_CREDIT = /^(?:(?:the )?reporting|this (?:report|story|article))\s+(?:includes|contains|uses|draws on|is based on)\s+(?:information|material|reporting)\s+from\s/iu;
// A contributor's, a desk's or a wire's credit: "Special to The Star", "The Oregonian Staff", "Staff and wire reports", "Metro News Service".
const DESK_CREDIT = /^(?:special to (?:the )?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}|(?:the )?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3} staff(?: writers?| reports?)?|staff and (?:wire|news) (?:reports|services)|(?:the )?(?:\p{Lu}[\p{L}.'’&-]* ){1,3}(?:news service|news agency|wire service|press agency|newswire))$/iu;
// The signature under an embedded post: "— Jane Roe (@janeroe) March 3, 2024".
// (A Korean, Japanese or Chinese page dates it "2025년 1월 11일", "2025年1月11日".)
export const EMBED_SIGNATURE = /^[—–-]\s*[^()]{1,80}\(@\w{1,30}\)\s*[^()]{0,30}(?:\d{4}|\d{1,2}\s?[일日])$/u;
// A clock time or a relative time, perhaps behind a label ("Updated 12:30 GMT", "2 days ago").
const TIME_ONLY =
  /^(?:(?:updated|published|posted|last updated|aktualisiert|mis à jour|publié|обновлено|оновлено)\s*:?\s*)?(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s*(?:uhr|h|utc|gmt|cet|cest|msk|et|bst))?|\d+\s*(?:min|mins|minutes?|hours?|hrs?|h|days?|weeks?)\s+ago|just now|yesterday|today)$/iu;
// "Article from: Agence France-Presse", "Source: Example Wire": where the story came from, a short line.
const SOURCE_LINE = /^(?:article|story|report|source|quelle|source de l'article|источник|джерело)(?: from)?\s*:\s*\p{Lu}/iu;
const SOURCE_LINE_WORDS = 6;
// "Reporting by …; Editing by …", also in brackets or "Based on reporting by TASS and Reuters".
const CREDITS_LINE = /^\(?(?:(?:based on|with) )?(?:reporting|reports|files|writing|editing|additional reporting|compiled|text|redaktion|réalisation)\s+(?:by|from|von|par)(?!\p{L})/iu;
// A wire's credits line as its desks translate it, in brackets: "(Reportagem de Jane Roe em Lisboa)",
// "(Reporte de Jane Roe; Editado en español por John Doe)", "(Reportage Jane Roe; version française
// John Doe)", "(Bericht von Jane Roe; redigiert von John Doe)". Unbracketed, "Información de" opens sentences.
const TRANSLATED_CREDITS_LINE = /^\((?:Reportagem|Reporte|Reportaje|Información|Reportage|Bericht)\s+(?:(?:de|por|von|par)\s+)?\p{Lu}[^()]*\)$/u;
// A credit, then what it draws on: "Metro News Service; with files from Reuters".
const CREDIT_WITH_FILES = /^[^;]{2,60};\s*[Ww]ith (?:files|reporting|reports) (?:from|by)\s+\p{Lu}/u;
// "By", its translations and labels ("Author:", "Author`s name"); "byName" glued, as some dumps print it;
// the Chinese labels for the author and the reporter ("作者：", "记者：", "文／").
const BYLINE_START = /^(?:(?:(?:by|von|par|por|di|door|av|af|от)(?:\s?:)?|автор:?|автори:?|авторы:?|authors?\s?:|author[`'’]s name:?|autor(?:in)?:|reporters?\s?:|penulis\s?:|pewarta\s?:|wartawan\s?:|opracowanie\s?:|oprac\.\s?:?|auteur\s?:|szerző:|yazar:|autorius:|autors:|kirjoittaja:|συντάκτης:|piše:|(?:(?:post|article|story)\s+)?written by)\s+|by(?=\p{Lu}\p{Ll})|(?:作者|记者|記者|撰文)\s*[：:]\s*|文\s*[/／]\s*)/iu;
// Names, the particles inside names, and the words of a desk credit ("The Kyiv Independent news desk");
// a Chinese name is two to four characters.
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’.-]*|\p{Script=Han}{2,4}|and|und|et|y|и|та|і|й|de|van|von|der|da|del|bin|al|&|,|news|desk|staff|team|bureau|editors?|correspondents?|reporters?|reports|writers?|wire)$/u;
const HAN_NAME = /^\p{Script=Han}{2,4}$/u;
// A Korean byline puts the title after the name: "홍길동 기자" (reporter Hong Gil-dong), perhaps with an e-mail address.
// (The date and time may follow behind a bar: "홍길동 기자 | 2025.01.12 19:19".)
const KOREAN_BYLINE = /^(\p{Script=Hangul}{2,4})\s?(?:기자|특파원)(?:\s+[\w.+-]+@[\w.-]+)?(?:\s*[|ㅣI]\s*[\d.:\s-]+)?$/u;
// A Chinese byline puts the title first and the desk or place after a slash: "記者王小明／台北報導"
// (reporter Wang Xiaoming, Taipei), "記者王小明／編譯" (compiled), or the name alone after a space
// ("记者 张三"). Without the space or the slash, "記者會上" is at a press conference, as is "记者会".
const CHINESE_BYLINE = /^(?:記者|记者)(?![會会])(?:\s(\p{Script=Han}{2,4})|(\p{Script=Han}{2,4})\s?[/／]\s?\p{Script=Han}{0,6}(?:報導|报道|編譯|编译))$/u;

// "Posted by NAME | DATE", "Comment by NAME — DATE": who posted a text, and when (a date or a clock time).
const POSTED_BY = /^[-—–]?\s*(?:posted|comment(?:ed)?|submitted|reply|replied|kommentar|commentaire|комментарий|коментар)\s+(?:by|von|par|от|від)\s*:?\s*\S/iu;
const POSTED_TIME = /\d{1,2}:\d{2}|\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b(?:19|20)\d{2}\b/u;
const POSTED_MAX_WORDS = 16;
// "Posted on: 08-17-2012 With: 1 Comment Posted by: Jane Roe": the date first, the name behind "by".
const POSTED_ON = /^[-—–]?\s*(?:posted|published)\s+on\s*:?\s*\S/iu;
/** "by NAME" anywhere in a line ("Posted by: Jane Roe", "+ Posted By Jane Roe // Producer"): someone credited. */
export const BY_NAME = /(?<!\p{L})[Bb]y\s*:?\s*\p{Lu}/u;

/** True for a date or time with the author behind it: "16th Jan 2008, 09:28am by Jane Roe.", "Posted 3 Jan 2008 by Jane Roe". */
function isDatedByline(text: string): boolean {
  if (wordCount(text) > POSTED_MAX_WORDS) return false;
  const m = DATED_BY.exec(text);
  if (!m || bylineNames(`By ${m[2]!.replace(/\.$/u, '')}`) === null) return false;
  // A printed date or a clock time: a year alone is a name's ("Default 2011 by Edublogs").
  return /\d{1,2}:\d{2}/u.test(m[1]!) || findDates(m[1]!).length > 0;
}
// The stamp, then "by" and the names: the stamp is at most a few words of date and time.
const DATED_BY = /^((?:(?:posted|published|updated)\s+(?:on\s+)?)?[\p{L}\p{N}]+(?:[ ,.:-]+[\p{L}\p{N}]+){0,6}?)\s*(?:[,.|/·•–—-]\s*)?by\s+(\p{Lu}.*)$/iu;

/** True for a post's or a comment's stamp: "Posted by NAME | DATE", "Comment by NAME — January 7, 2008 @ 8:21 pm". */
export function isPostedStamp(text: string): boolean {
  if (wordCount(text) > POSTED_MAX_WORDS || !POSTED_TIME.test(text)) return false;
  return POSTED_BY.test(text) || (POSTED_ON.test(text) && BY_NAME.test(text));
}

// "Jane Roe - Harbour News Service Staff Writer", "Jane Roe, Island Correspondent", "Jane Roe | TV
// and Radio Writer": a name, then the writer's role in capitalised words, joined by "and", "of"
// ("Letters to the Editor" is a section; one word, "Editor", may end a headline). Set apart by a
// bar, the role may be its word alone ("Jane Roe | Correspondent"), or a desk's word and the role
// in lower case ("Jane Roe, Staff writer").
const ROLE_WORD = '(?:Writer|Reporter|Correspondent|Editor|Columnist|Contributor)s?';
const NAME_WITH_ROLE = new RegExp(
  String.raw`^(\p{Lu}[^,|–—-]{2,40}?)\s*(?:(?:\s[-–—]\s|,|\|)\s*(?:\p{Lu}[\p{L}.&'’-]*\s+(?:(?:and|of|&)\s+)?){1,6}(?:${ROLE_WORD}|${ROLE_WORD.toLowerCase()})|\s*\|\s*${ROLE_WORD})$`,
  'u',
);

// A news service by what it is called, registered or not: "Harbour News Service", "The Valley Newswire".
const NEWS_SERVICE = /^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}\p{N}&.'’-]*\s+){1,4}(?:News\s+Service|News\s+Agency|Wire\s+Service|Newswire)$/u;

/** True for the writers and the wire they write for, with no "By": "Jane Roe And John Doe, The Associated Press", "JANE ROE, Harbour News Service". */
function writersOfAgency(text: string, isAgency: ((text: string) => boolean) | undefined): boolean {
  const comma = text.lastIndexOf(',');
  const wire = text.slice(comma + 1).trim();
  if (comma < 0 || !(NEWS_SERVICE.test(wire) || isAgency?.(wire))) return false;
  // Names in capitals throughout ("JANE ROE") are read as names in the usual case.
  const writers = text.slice(0, comma);
  const capitals = !/\p{Ll}/u.test(writers);
  const names = splitNames(capitals ? writers.replace(/(\p{Lu})(\p{Lu}+)/gu, (_, first: string, rest: string) => first + rest.toLowerCase()) : writers);
  return names.length > 0 && names.every((name) => isCreditedName(name) && (!capitals || isPersonName(name)));
}

// A reporter's name with their agency in brackets, perhaps after the place they wrote from:
// "Jan Kowalski (PAP)", "Z Kijowa Jan Kowalski (PAP)" (from Kyiv), "Jana Nováková (ČTK)".
const NAME_BEFORE_AGENCY = /^(?:(?:[Zz]e?|[Ff]rom|[Aa]us|[Ии]з|[Зз])\s+\p{Lu}[\p{L}-]*\s+)?([^()]+?)\s*\(([^()]{2,30})\)$/u;

/** The reporter of a credit that names them, then their agency in brackets ("Jan Kowalski (PAP)"); null for another line, or an agency `isAgency` does not know. */
export function nameBeforeAgency(text: string, isAgency?: (text: string) => boolean): string | null {
  const match = NAME_BEFORE_AGENCY.exec(text);
  const name = match?.[1]!.trim();
  if (!match || !name || !isCreditedName(name)) return null;
  return !isAgency || isAgency(match[2]!.trim()) ? name : null;
}

// An editor's credit under a label ("Editor: Jane Roe", Indonesian "Redaktur: …", Polish "Redaktor: …"):
// a credit line of the page, naming no author.
const EDITOR_ROLE = String.raw`(?:editors?|edited by|editing|redaktur|penyunting|redaktor(?:ka)?|редактор(?:ка)?)`;
const EDITOR_LABEL = new RegExp(String.raw`^${EDITOR_ROLE}\s*:\s*`, 'iu');
// The role alone on its line, over the editor's name ("Editor" / "Jane Roe").
const EDITOR_ROLE_ALONE = new RegExp(String.raw`^${EDITOR_ROLE}\s*:?$`, 'iu');

/** True for an editor's role alone on its line ("Editor", "Redaktur:"), which names the editor on the next. */
export function isEditorRoleAlone(text: string): boolean {
  return EDITOR_ROLE_ALONE.test(text);
}

// An institution's press office credited where a byline stands ("The Harbour NPP Information and
// Public Relations Department", "Harbour Council Press Office"): capitalised words, then what
// the office does (press, media, information, public relations) and that it is an office.
const PRESS_OFFICE_CREDIT = /^(?:[Tt]he )?\p{Lu}[\p{L}\p{N}.'’&-]*(?: (?:\p{Lu}[\p{L}\p{N}.'’&-]*|of|for|the|&)){0,5} (?:Press|Media|Information|Communications?|Public Relations)(?: and (?:Press|Media|Communications?|Public Relations))? (?:Department|Service|Office|Centre|Center)$/u;

/** True for a press office's credit line: the office names no author. */
export function isPressOfficeCredit(text: string): boolean {
  return wordCount(text) <= 10 && PRESS_OFFICE_CREDIT.test(text);
}

// A Chinese page's editor's credit: "NAME/核稿編輯" (copy editor), "責任編輯：NAME" (editor in charge).
const CHINESE_EDITOR = '(?:核稿編輯|核稿编辑|責任編輯|责任编辑|編輯|编辑)';
const CHINESE_EDITOR_CREDIT = new RegExp(`^\\p{Script=Han}{2,4}\\s*[/／]\\s*${CHINESE_EDITOR}$|^${CHINESE_EDITOR}\\s*[:：]\\s*\\p{Script=Han}{2,4}$`, 'u');

/** True for an editor's credit under its label, naming people only. */
export function isEditorCredit(text: string): boolean {
  if (CHINESE_EDITOR_CREDIT.test(text)) return true;
  if (!EDITOR_LABEL.test(text)) return false;
  const names = splitNames(text.replace(EDITOR_LABEL, ''));
  return names.length > 0 && names.every(isCreditedName);
}

// A writer's role printed right behind the name: a wire's initials or a desk's word, then the role
// ("AP Sports Writer", "Staff Writer", "Senior Correspondent"). A role word alone may be a surname ("Chris Editor").
const ROLE_QUALIFIER = String.raw`(?:Sports|Staff|Senior|Chief|Associate|Political|Business|Foreign|Special|Contributing|Deputy|Science|Health|Technology|Entertainment)\s+`;
const ROLE_BEHIND_NAME = new RegExp(
  String.raw`\s+(?:\p{Lu}{2,5}\s+(?:${ROLE_QUALIFIER}){0,2}|(?:${ROLE_QUALIFIER}){1,2})(?:Writer|Reporter|Correspondent|Editor|Columnist|Contributor)s?$`,
  'u',
);

/** The name of a byline with no "By": a person's name, then their role as the paper's writer ("Jane Roe - Staff Writer" → "Jane Roe"); null for another line. */
function nameBeforeRole(text: string): string | null {
  const name = NAME_WITH_ROLE.exec(text)?.[1]?.trim();
  return name && wordCount(text) <= 14 && isPersonName(name) ? name : null;
}

// "Jane Roe (@janeroe) Published May 4, 2023 | 09:30 AM", "Jane Roe - Updated: 4 May 2023": a
// writer's name, perhaps their handle, then the article's stamp under its label. (With no label,
// "Jane Roe May 4, 2023 at 8:42 am" is as often a reader's comment's stamp.)
const NAME_THEN_STAMP = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{L}[\p{L}.'’-]*){1,3})\s*(?:\(@[\w.]+\))?\s*[|,–—-]?\s*((?:published|posted|updated)(?:\s+on)?\s*:?\s*\S.*)$/iu;

/** The name of a writer printed before the article's labelled stamp, with no "By"; null for another line. */
function nameBeforeStamp(text: string): string | null {
  const m = NAME_THEN_STAMP.exec(text);
  return m && wordCount(text) <= POSTED_MAX_WORDS && isPersonName(m[1]!) && dateLine(m[2]!) !== null ? m[1]! : null;
}

/** The byline glued behind the article's tool links ("Email | Print | Text size – + By Jane Roe" → "By Jane Roe"); null for another line. */
export function bylineBehindTools(text: string): string | null {
  // A capital "By" only: "Share this story by email" is a tool link.
  const at = text.search(/(?<!\p{L})By\s+\p{Lu}/u);
  return at > 0 && mostlyControlWords(text.slice(0, at)) && isByline(text.slice(at)) ? text.slice(at) : null;
}

/** The part of a byline line that credits: the name before its role, the byline behind the tool links or the post's date, else the whole line. */
export function bylinePart(text: string): string {
  return nameBeforeRole(text) ?? nameBeforeStamp(text) ?? bylineBehindTools(text) ?? bylineBehindPostDate(text) ?? text;
}

/** "Posted on: 08-17-2012 With: 1 Comment Posted by: Jane Roe": the post's stamp prints its date first, its writer behind the last "by". */
function bylineBehindPostDate(text: string): string | null {
  if (!POSTED_ON.test(text)) return null;
  const at = [...text.matchAll(BY_NAME_AT)].at(-1)?.index;
  return at === undefined ? null : text.slice(at);
}
// BY_NAME, every place it matches: where each "by" starts.
const BY_NAME_AT = new RegExp(BY_NAME.source, 'gu');

/** A byline names people or agencies after "By", perhaps with a date and a reading time. */
export function isByline(text: string): boolean {
  if (KOREAN_BYLINE.test(text) || CHINESE_BYLINE.test(text)) return true;
  if (!BYLINE_START.test(text) || wordCount(text) > 20) return false;
  const names = bylineNames(text);
  return names !== null;
}

/** The names a byline credits, or null when the text after "By" is not a list of names. */
export function bylineNames(text: string): string[] | null {
  const titled = KOREAN_BYLINE.exec(text) ?? CHINESE_BYLINE.exec(text);
  if (titled) return [(titled[1] ?? titled[2])!];
  const afterBy = text.replace(BYLINE_START, '');
  let rest = afterBy;
  const found = bylineDate(afterBy);
  // "By Jane Roe on March 3, 2012", "By Jane Roe posted Nov 13th 2012": the words that lead to the date are no name.
  if (found) rest = rest.slice(0, found.index).replace(TO_THE_DATE, '');
  // "By Name • Published: 2 Jun 2024 • 11:40", "By NAME - Associated Press Writer --": the names are the first part.
  rest = rest.replace(/\s*[|•·].*$/u, '').replace(/\s+[-–—]{1,2}(?:\s.*)?$/u, '');
  rest = rest.replace(/\b\d+\s*min(?:ute)?s?\.?\s*read\b.*$/iu, '');
  // "Jane Roe Views", "Jane Roe 1,204 views": the post's counter behind the name (its figure drawn by a script, or not).
  rest = rest.replace(/\s+(?:\d[\d,.\s]*)?(?:views|reads)$/iu, '');
  // "Written by Jane Roe Topics: Ferries, Tides": a blog's post labels follow the name.
  rest = rest.replace(POST_LABELS, '');
  // "BY JANE ROE [jroe@example.com]", "By Jane Roe [email protected]" (the placeholder a site's e-mail guard leaves): the writer's address.
  rest = rest.replace(WRITER_ADDRESS, '');
  // "Post written by Jane Roe.": the line's full stop, not an initial's or a "Jr.".
  rest = rest.replace(/(\p{L}{3,})\.$/u, '$1');
  // "By JANE ROE AP Sports Writer", "By Jane Roe Staff Writer": the writer's role behind the name, with no comma.
  // (Only where a name of two words or more stays: "Associate NFL Editor" is a role of its own.)
  const named = rest.replace(ROLE_BEHIND_NAME, '');
  if ((named.split(/[,、，]/u).at(-1) ?? '').trim().split(/\s+/u).length >= 2) rest = named;
  const tokens = rest.replace(/[,、，]/g, ' , ').split(/\s+/).filter(Boolean);
  if (tokens.length === 0 || tokens.length > 10 || !tokens.every((t) => NAME_TOKEN.test(t))) return null;
  // Chinese names stand side by side with a space or a "、" between them, each a name of its own.
  if (tokens.every((t) => t === ',' || HAN_NAME.test(t))) return tokens.filter((t) => t !== ',');
  return splitNames(rest);
}

/** The names of a list ("Jane Roe, John Doe and Ann Major", "AP/AFP"), parted at commas, "&", slashes where asked, and joining words. */
export function splitNames(list: string, { slash = false } = {}): string[] {
  return list
    .split(slash ? NAMES_AND_SLASH_SEPARATOR : NAMES_SEPARATOR)
    .map((n) => n.trim())
    .filter(Boolean);
}

// The joining words of the dossier's languages, matched as whole words with look-arounds: \b is
// ASCII-only in JavaScript, and parted "Yazıyı" at its "y".
const NAME_JOINERS = String.raw`,|&|(?<!\p{L})(?:[Aa]nd|und|et|y|и|та|і|й)(?!\p{L})`;
const NAMES_SEPARATOR = new RegExp(String.raw`\s*(?:${NAME_JOINERS})\s*`, 'u');
const NAMES_AND_SLASH_SEPARATOR = new RegExp(String.raw`\s*(?:${NAME_JOINERS}|\/)\s*`, 'u');

const WRITER_ADDRESS = /\s*[[(]*(?:\[email[\s\u00a0]protected\]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)[\])]*$/u;

// The labels a blog prints after the author's name: "Topics:", "Tags:", "Categories:", "Filed under:".
const POST_LABELS = /\s+(?:topics?|tags?|categor(?:y|ies)|filed under|posted in)\s*:.*$/iu;

// What joins a byline's names to its date: "posted", "published on", "on", "at", "le", "am".
const TO_THE_DATE = /[,;]?(?:^|\s+)(?:(?:posted|published|updated|written|filed)(?:\s+(?:on|at))?|on|at|am|le|el|il|em|op)\s*:?\s*$/iu;

/** The date printed inside a byline, with where it starts. */
export function bylineDate(text: string): { index: number; text: string } | null {
  const m = /\b(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}-\d{1,2}-(?:19|20)\d{2}|\d{4}-\d{2}-\d{2}|\d{4}[./]\d{1,2}[./]\d{1,2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)\b/iu.exec(
    text,
  );
  return m ? { index: m.index, text: text.slice(m.index) } : null;
}

/**
 * True for a wire's credits line ("Reporting by …; Editing by …"), also as its desks translate it
 * in brackets: it names the agency as a caption's credit does ("(Reporting by Reuters in Moscow and …)").
 */
export function isCreditsLine(text: string): boolean {
  return CREDITS_LINE.test(text) || TRANSLATED_CREDITS_LINE.test(text);
}

/** True for a desk's credit and the date set between dashes: "- Special to The Harbour Times - Tuesday, September 24, 2024". */
function isDeskCreditWithDate(text: string): boolean {
  const parts = text.split(/(?:^|\s)[-–—|](?:\s|$)/u).map((p) => p.trim()).filter(Boolean);
  return parts.length >= 2 && parts.some((p) => DESK_CREDIT.test(p)) && parts.every((p) => DESK_CREDIT.test(p) || dateLine(p) !== null);
}

/** True for a line that credits the story's people or wire: a byline, a stamp with its author, a desk's or an office's credit, an agency. */
export function creditsTheStory(text: string, words: number, agencyCredit: ((text: string) => boolean) | undefined): boolean {
  if (isByline(text) || nameBeforeRole(text) !== null || nameBeforeStamp(text) !== null || bylineBehindTools(text) !== null || isPostedStamp(text) || isDatedByline(text) || (words <= 14 && CREDIT_WITH_FILES.test(text)) || (words <= 8 && DESK_CREDIT.test(text)) || isPressOfficeCredit(text) || (words <= SOURCE_LINE_WORDS && SOURCE_LINE.test(text)) || SOURCES_CREDIT.test(text) || agencyCredit?.(text)) return true;
  // "(Associated Press)" alone on a line credits the agency.
  const bracketed = /^\((.{2,40})\)$/u.exec(text)?.[1];
  if (bracketed && agencyCredit?.(bracketed)) return true;
  if (words <= 14 && writersOfAgency(text, agencyCredit)) return true;
  if (words <= 16 && isDeskCreditWithDate(text)) return true;
  if (words <= 10 && agencyCredit && nameBeforeAgency(text, agencyCredit)) return true;
  return words <= 12 && isEditorCredit(text);
}

/**
 * True for a line of date: a dateline may give two stamps ("06:56, Wed, Dec 3, 2025 Updated: 06:58,
 * Wed, Dec 3, 2025"), and so does an embedded post's signature, whatever its name holds ("— Jane Roe (@janeroe) March 3, 2024").
 */
export function isDateLine(text: string, words: number): boolean {
  return words <= 16 && (dateLine(text) !== null || EMBED_SIGNATURE.test(text));
}

/** True for a clock time or a relative time, perhaps behind a label ("Updated 12:30 GMT", "2 days ago"). */
export function isTimeOnly(text: string): boolean {
  return TIME_ONLY.test(text);
}
