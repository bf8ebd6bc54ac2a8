// Shape tests for one line of a page. Each judges the form of a line (length, punctuation,
// what it starts or ends with), never whether it matches a known page. The few word lists here
// are the generic vocabulary of page furniture (skip links, share buttons, sign-up forms) in
// several languages.
import { dateLine } from '../dates.ts';

/** What a line looks like on its own, before its neighbours are considered. */
export type Shape =
  | 'markup'
  | 'skip-link'
  | 'url'
  | 'colon-label'
  | 'reading-time'
  | 'newsletter'
  | 'widget'
  | 'editor-initials'
  | 'photo-credit'
  | 'caption'
  | 'read-also'
  | 'byline'
  | 'date'
  | 'time'
  | 'heading-like'
  | 'prose';

/**
 * "… REUTERS/Stringer": a word of two or more capitals (after a non-letter) just before the last
 * slash, and only a name after it. Read from the slash backwards, not by one pattern: tried at
 * every capital of a long line in capitals, the pattern took quadratic time.
 */
export function agencySlashCredit(text: string): boolean {
  const slash = text.lastIndexOf('/');
  if (slash < 0 || !CREDIT_AFTER_SLASH.test(text.slice(slash + 1))) return false;
  let start = slash;
  let capitals = 0;
  for (let char = charBefore(text, start); char && CAPITAL.test(char); char = charBefore(text, start)) {
    capitals++;
    start -= char.length;
  }
  const preceding = charBefore(text, start);
  return capitals >= 2 && !(preceding && /\p{L}/u.test(preceding));
}

/** The character (a whole code point) that ends just before index `i`, or '' at the start. */
function charBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const low = text.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && i >= 2 && /[\ud800-\udbff]/.test(text[i - 2]!) ? text.slice(i - 2, i) : text[i - 1]!;
}

/** Counts words: runs of letters or digits. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** True when the line ends a sentence: . ! ? … possibly inside closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  return /[.!?…。！？]["'”’»)\]]*$/u.test(text);
}

/** True when the line starts with a lower-case letter: the tail of a sentence broken across lines. */
export function startsLowercase(text: string): boolean {
  return /^[\p{Ll}]/u.test(text);
}

/** True for a short name-shaped line: two to four capitalised words, nothing else. */
export function isPersonName(text: string): boolean {
  const words = text.split(' ');
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w) || /^(?:de|van|von|der|da|del|bin|al|la|le)$/.test(w))
  );
}

const LIST_NUMBER = /^(?:\d{1,3}[.)]|[-*•·])\s+/;
const SKIP_LINK =
  /^(?:skip|jump)\s+(?:to|next|over|past|ahead|navigation)\b|^(?:zum inhalt|zur navigation|direkt zum|inhalt überspringen|aller au contenu|passer au contenu|aller à la navigation|saltar al contenido|ir al contenido|vai al contenuto|salta al contenuto|pular para o conteúdo|naar de inhoud|перейти к|перейти до|przejdź do)/iu;
const URL = /^(?:https?:\/\/|www\.)\S+$/i;
const READING_TIME =
  /^(?:\d+\s*(?:[-–]\s*\d+\s*)?(?:min(?:ute)?s?\.?|мин(?:ут[аы]?)?\.?|хв\.?)\s*(?:read|reading|de lectura|de lecture|lesezeit|lesedauer|di lettura|чтения|читання|czytania)?|(?:lesezeit|lesedauer|reading time|temps de lecture|tiempo de lectura)\s*:?\s*\d+\s*min\.?)$/iu;
// \b is ASCII-only in JavaScript even with the u flag, so word edges are written as look-arounds.
const NEWSLETTER =
  /(?<!\p{L})(?:subscri\p{L}*|newsletters?|sign(?:ing)?\s*up|indicates required|e-?mail address|enter your e-?mail|confirmation e-?mail|abonn\p{L}+|anmelden|inscri\p{L}+|suscr\p{L}+|подпис\p{L}+|підпис\p{L}+|рассылк\p{L}*|розсилк\p{L}*)(?!\p{L})/iu;
const WIDGET_SHORT =
  /^(?:edit(?: post)?|share(?: this)?(?: article| story| post| page)?|print|copy link|link copied|comments?|listen|save|bookmark|follow(?: us)?|tweet|whatsapp|facebook|telegram|linkedin|email|teilen|drucken|merken|vorlesen|anhören|partager|imprimer|offrir l['’]article|lire plus tard|écouter|compartir|imprimir|guardar|escuchar|condividi|поделиться|поділитися|зберегти|поширити|advertisement|anzeige|werbung|publicité|реклама|sponsored)$/iu;
const AI_AUDIO = /^(?:this )?(?:audio|voice-?over) (?:is|was) (?:created|generated|produced|read)\b.*\b(?:AI|artificial intelligence)\b|^listen to (?:this|the) (?:article|story)\b/iu;
const EDITOR_INITIALS = /^[a-z]{1,4}(?:\/[a-z]{1,4})+\s*(?:\([^()]*\))?\.?$/u;
const AGENCY_LIST_ONLY = /^\((?:[\p{L}.]+(?:,\s*|\s+(?:and|und|et|y|и)\s+|\s*\/\s*)?){1,8}\)$/u;
const IMAGE_PLACEHOLDER = /^(?:article image|image|avatar|photo|video|gallery|play video|watch video|foto|bild|фото|відео)$/iu;
const CREDIT_LABEL = /^(?:image|photo|foto|picture|bild|cover photo|cover image|photograph|credit|credits|illustration|фото|ілюстрація|source)\s*:/iu;
const CREDIT_MARK = /©|\(c\)\s|\bvia getty images\b|\bgetty images\b|\bshutterstock\b|\bpicture[- ]alliance\b|\bimago images\b/iu;
const NAME_SLASH_AGENCY = /^[\p{Lu}][\p{L}.'’ -]*\s*\/\s*[\p{L}][\p{L}.'’ -]*(?:\/[\p{L}][\p{L}.'’ -]*)*$/u;
const CAPTION_CREDIT_END =
  /\((?:[^()]*\/[^()]*|[^()]*\b(?:photo|foto|getty|reuters|afp|ap|epa|dpa|anadolu|shutterstock|telegram|handout|pool)\b[^()]*)\)\s*$/iu;
const CAPTION_MARK = /\S(?:Image|Photo|Foto|Bild|Фото):\s|\((?:file|archive|archival|illustrative) (?:photo|image|picture)\)|\(Archivbild\)|\(фото(?: архив\w*)?\)/u;
// A clock time or a relative time, perhaps behind a label ("Updated 12:30 GMT", "2 days ago").
const TIME_ONLY =
  /^(?:(?:updated|published|posted|last updated|aktualisiert|mis à jour|publié|обновлено|оновлено)\s*:?\s*)?(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s*(?:uhr|h|utc|gmt|cet|cest|msk|et|bst))?|\d+\s*(?:min|mins|minutes?|hours?|hrs?|h|days?|weeks?)\s+ago|just now|yesterday|today)$/iu;
const GALLERY_CAPTION = /^(?:item|image|photo|picture|bild|foto|фото)\s+\d+\s+(?:of|von|de|sur|из|з)\s+\d+(?!\p{L})/iu;
// What follows the slash of an agency credit ("REUTERS/Stringer"): a name.
const CREDIT_AFTER_SLASH = /^[\p{L} .'’-]+$/u;
const CAPITAL = /^\p{Lu}$/u;
const CREDITS_LINE = /^(?:reporting|writing|editing|additional reporting|compiled|text|redaktion|réalisation)\s+(?:by|von|par)(?!\p{L})/iu;
const READ_ALSO =
  /^(?:read (?:also|more)|see also|related(?: articles?| stories| coverage)?|more on this(?: story)?|lire aussi|à lire aussi|voir aussi|lesen sie auch|mehr zum thema|auch interessant|leer también|lee también|ver también|leggi anche|читайте также|читайте також|також читайте|дивіться також|смотрите также)(?!\p{L})\s*[:|–-]?/iu;
const BYLINE_START = /^(?:by|von|par|por|di|door|av|af|от|автор:?|автори:?)\s+/iu;
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’.-]*|and|und|et|y|и|de|van|von|der|da|del|bin|al|&|,)$/u;

/** The form of a single line, ignoring its neighbours. */
export function shapeOf(
  text: string,
  marked: { markup?: boolean; caption?: boolean; heading?: number; agencyCredit?: ((text: string) => boolean) | undefined },
): Shape {
  if (marked.markup) return 'markup';
  if (marked.caption) return 'caption';
  const bare = text.replace(LIST_NUMBER, '');
  const words = wordCount(text);
  if (SKIP_LINK.test(bare)) return 'skip-link';
  if (URL.test(text)) return 'url';
  if (READING_TIME.test(text)) return 'reading-time';
  if (words <= 25 && (AI_AUDIO.test(text) || WIDGET_SHORT.test(bare))) return 'widget';
  if ((words <= 6 || (words <= 25 && countMatches(text, NEWSLETTER) >= 2)) && NEWSLETTER.test(text)) return 'newsletter';
  if (EDITOR_INITIALS.test(text) || AGENCY_LIST_ONLY.test(text)) return 'editor-initials';
  if (IMAGE_PLACEHOLDER.test(text) || CREDIT_LABEL.test(text) || (words <= 12 && CREDIT_MARK.test(text))) return 'photo-credit';
  if (words <= 8 && !endsSentence(text) && NAME_SLASH_AGENCY.test(text)) return 'photo-credit';
  if (CAPTION_MARK.test(text) || GALLERY_CAPTION.test(text) || (CAPTION_CREDIT_END.test(text) && words >= 4) || CREDIT_MARK.test(text)) return 'caption';
  if (words >= 8 && !endsSentence(text) && agencySlashCredit(text)) return 'caption';
  if (marked.heading) return 'heading-like';
  if (READ_ALSO.test(text)) return 'read-also';
  if (isByline(text) || CREDITS_LINE.test(text) || marked.agencyCredit?.(text)) return 'byline';
  if (words <= 12 && dateLine(text)) return 'date';
  if (TIME_ONLY.test(text)) return 'time';
  if (words <= 4 && /:$/.test(text)) return 'colon-label';
  if (endsSentence(text) || words > 25) return 'prose';
  return 'heading-like';
}

/** A byline names people or agencies after "By", perhaps with a date and a reading time. */
export function isByline(text: string): boolean {
  if (!BYLINE_START.test(text) || wordCount(text) > 20) return false;
  const names = bylineNames(text);
  return names !== null;
}

/** The names a byline credits, or null when the text after "By" is not a list of names. */
export function bylineNames(text: string): string[] | null {
  const afterBy = text.replace(BYLINE_START, '');
  let rest = afterBy;
  const found = bylineDate(afterBy);
  if (found) rest = rest.slice(0, found.index);
  rest = rest.replace(/\b\d+\s*min(?:ute)?s?\.?\s*read\b.*$/iu, '').replace(/[|•·]+/g, ' ');
  const tokens = rest.replace(/,/g, ' , ').split(/\s+/).filter(Boolean);
  if (tokens.length === 0 || tokens.length > 10 || !tokens.every((t) => NAME_TOKEN.test(t))) return null;
  return rest
    .split(/\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\bи\b)\s*/u)
    .map((n) => n.trim())
    .filter(Boolean);
}

/** The date printed inside a byline, with where it starts. */
export function bylineDate(text: string): { index: number; text: string } | null {
  const m = /\b(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)\b/iu.exec(
    text,
  );
  return m ? { index: m.index, text: text.slice(m.index) } : null;
}

function countMatches(text: string, re: RegExp): number {
  return new Set(text.toLowerCase().match(new RegExp(re.source, 'giu')) ?? []).size;
}
