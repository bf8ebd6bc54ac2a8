// Links and the site's own furniture: skip links, menus and rows of links, breadcrumbs, footers, the weather.
import { wordCount } from '../../words.ts';
import { countMatches, endsSentence } from './text.ts';

const SKIP_LINK =
  /^(?:skip|jump)\s+(?:to|next|over|past|ahead|navigation)\b|^(?:zum inhalt|zur navigation|direkt zum|inhalt überspringen|aller au contenu|passer au contenu|aller à la navigation|saltar al contenido|ir al contenido|vai al contenuto|salta al contenuto|pular para o conteúdo|naar de inhoud|перейти к|перейти до|przejdź do)|^(?:(?:start|beginning|end) of (?:the )?(?:main )?content|(?:début|fin) du contenu(?: principal)?|(?:inicio|fin) del contenido(?: principal)?|(?:anfang|ende) des (?:haupt)?inhalts?)\s*\.?$/iu;
const URL = /^(?:https?:\/\/|www\.)\S+$/i;
// A row of links: three or more short items between bars, dots or bullets ("NEWS | SPORT | FINANCE").
export const LINK_ROW = /\s[|·•]\s/u;
// The same row with each label in its own brackets: "[ Contact Us ][ Feedback ][ Privacy ]".
const BRACKETED_ROW = /^\[[^[\]]+\](?:\s*\[[^[\]]+\]){2,}$/u;
const LINK_ITEM_WORDS = 4;
// "Home » World » Headline", "News > Europe": short path segments joined by arrows.
const BREADCRUMB = /^(?:[^»›>]{1,30}\s[»›>]\s)+\S/u;
// "Back to front page »", "« Previous story": a link label with its arrow set apart on one side
// only; a quotation has both marks, and they touch its words («Целью…»).
const ARROW_OPEN = /^(?:[«‹]|<<)\s[^«»‹›]+$/u;
const ARROW_CLOSE = /^[^«»‹›]+\s(?:[»›]|>>)$/u;
const ARROW_LINK_WORDS = 6;
// A trail of slashes from the site's home to the story ("Example Home / Cloud / News / Headline"):
// the last step may be the headline, so the trail is told by its first step, the home page.
const HOME_TRAIL = /^(?:[^/]{0,30}\s)?(?:home|startseite|accueil|inicio|главная|головна)\s\/\s(?:[^/]{1,40}\s\/\s)+\S/iu;
// "Tags: civilian casualties, Kyiv": the article's labels, links to other pages.
const TAGS_LINE = /^(?:tags|tagged|topics|keywords|schlagwörter|schlagworte|themen|mots-clés|étiquettes|etiquetas|temas|tag|теги|мітки|теми|темы)\s*:\s*\S/iu;
const TAGS_LINE_WORDS = 30;
// A blog post's footer says where the post is filed and how to follow it: "This entry was posted
// on … and is filed under … You can follow any responses to this entry through the RSS 2.0 feed",
// "Filed under Life. Bookmark the permalink.", "Posted in News | 3 Comments" (a count of comments
// only where it ends the line or a part of it). Each mark alone may be a sentence of news ("charges
// filed under the act"); two of them, or a line that opens on "Filed under" and names only the
// categories, are the footer.
const POST_FOOTER_MARK = /(?<!\p{L})(?:this (?:entry|post) was (?:posted|filed|written)|filed (?:under|in)|bookmark the permalink|trackback|responses to this (?:entry|post)|rss(?: 2\.0)? feed|leave a (?:comment|reply|response)|^posted (?:in|under)|(?:\d+|no) comments?(?=\s*(?:$|[|•·»])))(?!\p{L})/iu;
const POST_FOOTER_MIN_MARKS = 2;
const POST_FOOTER_WORDS = 60;
const FILED_UNDER = /^filed under(?!\p{L})/iu;
const FILED_UNDER_WORDS = 10;
// A row of links this many items long is a site's menu or footer, however many words it holds.
const LONG_ROW_ITEMS = 8;
// A site's menu has at most this many words, however many sections it lists.
const MENU_LINE_MAX_WORDS = 150;

/** True for words that all start with a capital or a figure (or are "&"), with no punctuation between them: a menu's items run together. */
function isMenuOnOneLine(text: string): boolean {
  // (An item may end in an ellipsis: "Will Says...".)
  const items = text.replace(/\.{3}|…/gu, ' ');
  // (Chinese and Japanese sentences hold their own stops and commas, and no spaces: "2019年の…。")
  return !/[.,;:!?"“”«»()。，、！？；：「」（）]/u.test(items) && items.trim().split(/\s+/u).every((w) => /^[\p{Lu}\p{N}&]/u.test(w));
}

/** The labels of a line split at its link separators (" | ", " · ", " • ", a bar spaced on one side: "Tech| Security"); one label when it has none. */
export function linkLabels(text: string): string[] {
  if (BRACKETED_ROW.test(text)) return [...text.matchAll(/\[([^[\]]+)\]/gu)].map((m) => m[1]!.trim()).filter(Boolean);
  return text.split(/\s[|·•]\s|\s\||\|\s/u).map((t) => t.trim()).filter(Boolean);
}

/** True for a row of three or more short link labels between separators. */
function linkRow(text: string): boolean {
  if (!LINK_ROW.test(text) && !BRACKETED_ROW.test(text)) return false;
  const items = linkLabels(text);
  return items.length >= 3 && items.filter((t) => wordCount(t) <= LINK_ITEM_WORDS).length >= items.length - 1;
}

// A row of other stories' titles between dots: longer items than a menu's, and no sentence among them.
const TITLE_ROW_ITEMS = 4;
const TITLE_ROW_ITEM_WORDS = 10;
const TITLE_ROW_DOT = /\s[·•](?:\s|$)/u;

/** True for a row of titles set between dots ("Most read: Ferry back in service · Storm shuts the harbour · …"). */
function isTitleRow(text: string): boolean {
  // (Most lines hold no dot: they are not split.)
  if (!TITLE_ROW_DOT.test(text)) return false;
  const items = text.split(TITLE_ROW_DOT).map((t) => t.trim()).filter(Boolean);
  return items.length >= TITLE_ROW_ITEMS && items.every((t) => wordCount(t) <= TITLE_ROW_ITEM_WORDS && !/\.["'”’]?$/u.test(t));
}

/**
 * True for a blog's links to the posts before and after it, between bars, the outer ones with
 * their arrows set apart ("« Older post | Main | Newer post »", "« Older post | Main"): the titles
 * may be long, so the arrows tell the row. A quotation's guillemets touch its words on both sides.
 */
function isPostNavigation(text: string): boolean {
  if (!text.includes('|')) return false;
  const parts = text.split(/\s\|\s/u);
  return parts.length >= 2 && (ARROW_OPEN.test(parts[0]!) || ARROW_CLOSE.test(parts.at(-1)!));
}

/** True for two or more short link labels between separators ("RSS News for you | What's this?"): links, never a headline. */
export function isLinkLabels(text: string): boolean {
  const items = linkLabels(text);
  return items.length >= 2 && items.every((t) => wordCount(t) <= LINK_ITEM_WORDS + 1);
}

// A weather reading in a site's header: "61.9 F", "Weather: Hi: 7°C / Lw: 4°C".
const WEATHER = /^weather\b.*\d\s?°|^-?\d{1,3}(?:[.,]\d)?\s?°?\s?[FC]$|^-?\d{1,3}(?:[.,]\d)?\s?°/iu;
// A city's name over the day's high and low: "İSTANBUL 15°C / 9°C".
const CITY_WEATHER = /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}\s-?\d{1,3}\s?°\s?[CF]?\s?\/\s?-?\d{1,3}\s?°\s?[CF]?$/u;

/** True for a short line reading the weather ("61.9 F", "Weather: Hi: 7°C / Lw: 4°C"): the site's header, never a headline. */
export function isWeatherReading(text: string): boolean {
  return (wordCount(text) <= 8 && (WEATHER.test(text) || CITY_WEATHER.test(text))) || (WEATHER_BOX.test(text) && WEATHER_READINGS.test(text));
}

// A weather box reads more than the temperature: "Weather: Ottawa / -4°C / Partly cloudy / Wind: 13 Km/h / Humidity: 68 %".
// (A headline about the weather, "Weather: roads close as it falls to -20°C", reads no wind or humidity.)
const WEATHER_BOX = /^weather\b.*\d\s?°/iu;
const WEATHER_READINGS = /\b(?:humidity|wind|km\/h|mph)\b.*\b(?:humidity|wind|km\/h|mph)\b/iu;

// The links at a site's foot: its legal pages and its masthead ("Editor in chief — Jane Roe. Terms
// of use. Privacy policy."). Each alone may be a sentence of news ("the firm changed its privacy
// policy"); two of them on a short line are the footer.
const SITE_FOOTER_MARK = /(?<!\p{L})(?:terms (?:of|and) (?:use|service|conditions)|terms & conditions|privacy (?:policy|notice|statement)|cookie(?:s)? (?:policy|settings)|all rights reserved|editor[- ]in[- ]chief|contact us|about us|advertise with us|impressum|datenschutz(?:erklärung)?|mentions légales|politique de confidentialité|политика конфиденциальности|політика конфіденційності)(?!\p{L})/iu;
const SITE_FOOTER_WORDS = 40;

/** True for a short line with two or more of a site's footer links. */
export function isSiteFooter(text: string): boolean {
  return SITE_FOOTER_MARK.test(text) && wordCount(text) <= SITE_FOOTER_WORDS && countMatches(text, SITE_FOOTER_MARK) >= 2;
}

/** True for a blog post's footer: where the post is filed, and how to follow it ("Filed under Life. Bookmark the permalink."). */
export function isPostFooter(text: string): boolean {
  const words = wordCount(text);
  // (Most lines hold no mark: the count, which compiles a pattern, is only made for those that do.)
  if (words <= POST_FOOTER_WORDS && POST_FOOTER_MARK.test(text) && countMatches(text, POST_FOOTER_MARK) >= POST_FOOTER_MIN_MARKS) return true;
  return FILED_UNDER.test(text) && words <= (/^filed under\s*:/iu.test(text) ? TAGS_LINE_WORDS : FILED_UNDER_WORDS);
}

/**
 * The shape of a line of the site's navigation (a skip link, an address, a row of links, a menu, a
 * footer), or null. A short row that `isCreditOrStamp` (a byline, a row of dates) is left to the credit rules.
 */
export function navigationShape(text: string, bare: string, words: number, isCreditOrStamp: (text: string) => boolean): 'skip-link' | 'url' | 'breadcrumb' | null {
  if (SKIP_LINK.test(bare)) return 'skip-link';
  if (URL.test(text)) return 'url';
  // (A row of dates under their labels is the page's stamp: "Posted | 13.01.2025 12:14 | Updated | 13.01.2025 12:40".)
  if (words <= 40 && (BREADCRUMB.test(text) || (linkRow(text) && !isCreditOrStamp(text)))) return 'breadcrumb';
  // A site's whole menu or footer printed as one row of links ("Politics | India | Movies | … | Sitemap") runs longer.
  if (words <= MENU_LINE_MAX_WORDS && linkRow(text) && linkLabels(text).length >= LONG_ROW_ITEMS) return 'breadcrumb';
  if (words <= TAGS_LINE_WORDS && TAGS_LINE.test(text) && !endsSentence(text)) return 'breadcrumb';
  if (isPostFooter(text) || isSiteFooter(text)) return 'breadcrumb';
  if (words <= ARROW_LINK_WORDS && (ARROW_OPEN.test(text) || ARROW_CLOSE.test(text))) return 'breadcrumb';
  if (words <= 40 && (isPostNavigation(text) || HOME_TRAIL.test(text))) return 'breadcrumb';
  if (words <= MENU_LINE_MAX_WORDS && isTitleRow(text)) return 'breadcrumb';
  if (TAG_ROW.test(text)) return 'breadcrumb';
  return null;
}

// A page's tags run together with semicolons and no space ("Ukraine;Kursk;drones;war;"): three or
// more short items; a sentence's semicolons have a space after them.
const TAG_ROW = /^(?:[^;\s][^;]{0,40};){3,}(?:[^;\s][^;]{0,40})?$/u;

/**
 * A long line of capitalised words with no punctuation is a menu printed on one line
 * ("Top Stories World Politics Business Sports Health Food & Wine Opinion …"), not a sentence.
 */
export function isMenuLine(words: number, text: string): boolean {
  return words > 25 && words <= MENU_LINE_MAX_WORDS && isMenuOnOneLine(text);
}
