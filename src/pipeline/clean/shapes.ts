// Shape tests for one line of a page. Each judges the form of a line (length, punctuation,
// what it starts or ends with), never whether it matches a known page. The few word lists here
// are the generic vocabulary of page furniture (skip links, share buttons, sign-up forms) in
// several languages.
import { dateLine, findDates } from '../dates.ts';
import { wordCount } from '../words.ts';

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

// (Counted in words.ts, beside the other word patterns; the cleaner's passes import it from here.)
export { wordCount } from '../words.ts';

/** True when the line ends a sentence: . ! ? … possibly inside closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  return /[.!?…。！？]["'”’»)\]]*$/u.test(text);
}

/** True when every word outside brackets starts with a capital: a name ("Former President Jane Roe (left)"), or a headline in title case. */
export function capitalisedThroughout(text: string): boolean {
  const words = text.replace(/\([^()]*\)/gu, ' ').match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * True for a line in title case, the small words aside ("Putin and Kim Sign Mutual Defense
 * Pact."): a headline, even where the page closes it with a full stop. A sentence of the article
 * has its verbs and common nouns in lower case.
 */
export function inTitleCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  const significant = words.filter((w, i) => i === 0 || !TITLE_SMALL_WORDS.has(w));
  return significant.length >= TITLE_CASE_MIN_WORDS && significant.every((w) => /^\p{Lu}/u.test(w)) && words.some((w) => /\p{Ll}/u.test(w));
}
// The words a headline in title case leaves in lower case.
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'nor', 'of', 'off', 'on', 'onto', 'or', 'over', 'per', 'so', 'than', 'the', 'to', 'up', 'upon', 'via', 'vs', 'with', 'yet']);
// Fewer capitalised words than this are as often a photo's caption ("View of Astoria from The Hotel Elliott.").
const TITLE_CASE_MIN_WORDS = 6;

/** True for a line in title case that ends on a clock time ("Celtics At Nets, 7:30 P.m."): a headline, whose last full stop is the abbreviation's. */
export function isHeadlineOnClockTime(text: string): boolean {
  return CLOCK_TIME_END.test(text) && capitalisedThroughout(text.replace(CLOCK_TIME_END, ''));
}

/** True when the line starts with a lower-case letter: the tail of a sentence broken across lines. */
export function startsLowercase(text: string): boolean {
  return LOWERCASE_START.test(text);
}

/**
 * A line that opens on a small letter. Georgian's everyday letters (Mkhedruli) are small letters
 * to Unicode, which has its capitals (Mtavruli) too; but Georgian writes none, and a Georgian
 * headline or sentence opens on one of them.
 */
const LOWERCASE_START = /^(?![\u10D0-\u10FF])\p{Ll}/u;

/** The name an author box's label gives ("About Jane Roe" → "Jane Roe"); any other line as it is. */
export function aboutName(text: string): string {
  return text.replace(/^[Aa]bout\s+(?=\p{Lu})/u, '');
}

// The small words inside a person's name ("Jane van Roe", "Ana da Silva").
const NAME_PARTICLES = 'de|van|von|der|da|del|bin|al|la|le';
const NAME_PARTICLE = new RegExp(`^(?:${NAME_PARTICLES})$`);

/** True for a word that stands inside a person's name: an initial ("Q.") or a particle ("van"). */
export function isNameInfix(word: string): boolean {
  return /^\p{Lu}\.$/u.test(word) || NAME_PARTICLE.test(word);
}

/** True for a short name-shaped line: two to four capitalised words, nothing else. */
export function isPersonName(text: string): boolean {
  const words = text.split(' ');
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    // (A middle initial too: "Jane Q. Roe".)
    words.every((w, i) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w) || NAME_PARTICLE.test(w) || (i > 0 && i < words.length - 1 && /^\p{Lu}\.$/u.test(w))) &&
    !words.some((w) => SHARE_WORDS.has(w.toLowerCase()))
  );
}

// A button's label in capitals is no name: "Diesen Artikel Teilen", "Bu Yazıyı Paylaş" (share this
// article), "Partager Cet Article", "Imprimer L'article".
const SHARE_WORDS = new Set(
  ('share teilen partager compartir compartilhar condividi udostępnij sdílet zdieľať delen paylaş поделиться поділитися megosztás distribuie μοιραστείτε споделете podijeli '
  + 'print drucken imprimer imprimir stampa drukuj tisk печать друк article artikel artículo articolo artykuł článek статью статтю').split(' '),
);

// Cyrillic letters that look Latin, as they appear inside Latin words ("Fоtо" with Cyrillic о).
const LOOKALIKES: Record<string, string> = { а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', І: 'I' };

/** A word mixing Latin and Cyrillic letters is Latin written with look-alikes: fold them, so shape rules see the word. */
export function foldLookalikes(text: string): string {
  if (!/[\u0400-\u04ff]/.test(text)) return text;
  // Word by word, so that the time stays linear in the line's length.
  return text.replace(/\p{L}+/gu, (word) =>
    /\p{Script=Latin}/u.test(word) && /\p{Script=Cyrillic}/u.test(word) ? word.replace(/./gu, (c) => LOOKALIKES[c] ?? c) : word,
  );
}

const LIST_NUMBER = /^(?:\d{1,3}[.)]|[-*•·])\s+/;
const SKIP_LINK =
  /^(?:skip|jump)\s+(?:to|next|over|past|ahead|navigation)\b|^(?:zum inhalt|zur navigation|direkt zum|inhalt überspringen|aller au contenu|passer au contenu|aller à la navigation|saltar al contenido|ir al contenido|vai al contenuto|salta al contenuto|pular para o conteúdo|naar de inhoud|перейти к|перейти до|przejdź do)/iu;
const URL = /^(?:https?:\/\/|www\.)\S+$/i;
// A row of links: three or more short items between bars, dots or bullets ("NEWS | SPORT | FINANCE").
const LINK_ROW = /\s[|·•]\s/u;
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
// Invitations to follow the outlet elsewhere: a network or feed named beside follow/subscribe/join.
const SOCIAL_NETWORK = /(?<!\p{L})(?:telegram|facebook|twitter|x \(twitter\)|on x|linkedin|whatsapp|youtube|instagram|tiktok|viber|google news|rss|threads|bluesky|mastodon|телеграм\p{L}*|фейсбук\p{L}*)(?!\p{L})/iu;
const FOLLOW_WORD = /(?<!\p{L})(?:follow|following|subscribe|join|stay updated|stay informed|channel|folge\p{L}*|abonn\p{L}+|suivez|síguenos|seguici|подпис\p{L}+|підпис\p{L}+|приєдну\p{L}+|присоедин\p{L}+|канал\p{L}*)(?!\p{L})/iu;
// A call for money speaks to the reader too: "Support Example News or become our patron!",
// "Підтримайте нас", "Unterstützen Sie uns mit einer Spende": it asks for "us", or for money
// ("Support our troops" in a speech is neither).
const SUPPORT_CALL = /^\W*(?:support|donate|become (?:a|an|our) (?:patron|member|supporter|donor)|підтрима\p{L}*|поддерж\p{L}*|unterstütz\p{L}*|soutenez|apoy\p{L}*|sostieni|wesprzyj|podpořte)(?!\p{L})/iu;
// "Us" as a site calls itself, in the dossier's languages; a call for money and a follow box both say it.
const US = String.raw`us|нас|uns|nous|nos`;
const SUPPORT_WHAT = new RegExp(String.raw`(?<!\p{L})(?:${US}|noi|nas|nás|patron\p{L}*|donat\p{L}*|donor|membership|spende\p{L}*|don|пожертв\p{L}*|донат\p{L}*)(?!\p{L})`, 'iu');
// How to comment, said to the reader: "With your current subscription plan you can comment on
// stories… please create a display name". It speaks of commenting, to "you", and of an account.
const COMMENTING = /(?<!\p{L})comment(?:s|ing)?(?!\p{L})/iu;
const YOU = 'you|your';
const TO_THE_READER = new RegExp(String.raw`(?<!\p{L})(?:${YOU})(?!\p{L})`, 'iu');
const ACCOUNT_WORDS = /(?<!\p{L})(?:subscri\p{L}*|account|display name|sign(?:ed)? in|log(?:ged)? in|register\p{L}*|profile|guidelines|community standards)(?!\p{L})/iu;
const COMMENT_PROMPT_WORDS = 60;
// Or the site's rules for comments, which run longer: "… will be removed … any of our posting
// standards, terms of use or privacy policies … You are fully responsible for the content that you post."
const RULES_WORDS = /(?<!\p{L})(?:posting standards|terms of (?:use|service)|privacy polic(?:y|ies)|discussion polic(?:y|ies))(?!\p{L})/iu;
const COMMENT_RULES_WORDS = 90;
// A notice about the reader's browser: "This page is best viewed in an up-to-date web browser with
// style sheets enabled…", "Please enable JavaScript to view the comments". It names the browser or
// what it runs, asks for something to be enabled or upgraded, and says please or speaks to "you"
// of this page: a report on browsers ("your browser will update itself") does neither.
const BROWSER_WORDS = /(?<!\p{L})(?:(?:web )?browsers?|navigateurs?|navegador(?:es)?|javascript|style ?sheets|css|cookies|flash(?: player)?|plug-?ins?|браузер\p{L}*)(?!\p{L})/iu;
const BROWSER_ASK = /(?<!\p{L})(?:enabl\p{L}*|upgrad\p{L}*|up-to-date|turn(?:ed)? on|switch(?:ed)? on|best viewed|activat\p{L}*|activ(?:ez|er|ar|e)|aktivier\p{L}*|включ\p{L}*|увімкн\p{L}*|обнов\p{L}*|онов\p{L}*)(?!\p{L})/iu;
const THIS_PAGE = /(?<!\p{L})(?:this (?:page|site|website|content|video|feature))(?!\p{L})/iu;
const PLEASE = /(?<!\p{L})(?:please|bitte|veuillez|пожалуйста|будь ласка)(?!\p{L})/iu;
const READER_ADDRESSED = /(?<!\p{L})(?:you|your|ihr\p{L}*|sie|vous|votre|ваш\p{L}*|вы|ви)(?!\p{L})/iu;
const BROWSER_NOTICE_WORDS = 80;
// What a video or audio player prints where it cannot play: "Your browser doesn't support HTML5
// video.", "Ihr Browser unterstützt dieses Video nicht.", "Ваш браузер не поддерживает видео."
const PLAYER_FALLBACK = /(?<!\p{L})(?:does\s?n[o’']?t|do\s?n[o’']?t|cannot|can[’']t|не)\s+(?:support|поддерживает|підтримує)|unterstützt\s+(?:\p{L}+\s+)*?(?:kein|nicht)|ne\s+(?:prend|supporte)\s+pas/iu;
const PLAYER_MEDIA = /(?<!\p{L})(?:html5|video\p{L}*|vidéo|audio|iframes?|видео|відео)(?!\p{L})/iu;
const PLAYER_FALLBACK_WORDS = 15;
// A follow box speaks to the reader: it opens on the invitation ("Subscribe to …", "Folgen Sie …")
// or names the site as us ("follow us", "our channel", "наш канал"). News names channels too,
// in the third person: "Russian Telegram channel Astra reported a fire" is the article.
const FOLLOW_INVITATION = new RegExp(
  String.raw`^\W*(?:follow|subscribe|join|stay|folg\p{L}*|abonn\p{L}+|suivez|síguenos|seguici|seguí|подпис\p{L}+|підпис\p{L}+|приєдну\p{L}+|присоедин\p{L}+|читайте|читай)(?!\p{L})` +
    String.raw`|(?<!\p{L})(?:${US}|${YOU}|our|наш\p{L}*|unser\p{L}*|notre|vous|nuestr\p{L}*|nostr\p{L}*|naš\p{L}*|nasz\p{L}*)(?!\p{L})`,
  'iu',
);
// Words that only name controls of the page (share, print, text size, reading mode); a line of nothing else is a toolbar.
// The link under a teaser card, in the dossier's languages ("Číst článek", "Artikel lesen", "Читать далее") is one too.
const CONTROL_WORDS = new Set(
  ('číst článek čítať článok czytaj artykuł lesen artikel weiterlesen lire leggi articolo leer artículo читать статью далее читати статтю далі '
  // The links to the posts before and after: "Articolo precedente", "Vorheriger Artikel", "Article suivant".
  + 'precedente successivo vorheriger nächster précédent suivant anterior siguiente poprzedni następny předchozí další предыдущая следующая попередня наступна '
  + 'print printer friendly version format email e-mail mail send share this article story page font size text read reading mode reader listen save bookmark bookmarks copy link links comment comments post posts tweet facebook twitter whatsapp telegram linkedin pinterest reddit digg delicious rss feed feeds close open menu search advanced arrow right left up down back top next previous prev more less zoom increase decrease reset end of light dark theme language toggle view gallery image images photos video videos audio click enlarge to a the on editor friend friends rate login log in out register sign normal large larger small smaller bigger resize type').split(' '),
);
// A credit or caption label inside a line: "... Pembroke Dock. Photograph: Paul Ellis/AFP", "... Photo : MT".
// The credit may be a site's address ("/ Фото: pixabay.com"): a stop inside a word is no sentence's end.
const INLINE_CREDIT = /\s(?:photo|photograph|image|picture|credit|credits|foto|bild|фото|ілюстрація|source)\s?:\s*(?:[^.!?]|\.(?=[\p{L}\p{N}])){1,90}$/iu;
// Where in the picture, or which picture: "ABOVE: Jane Roe at the hearing", "Pictured: …", "From left: …", "Im Bild: …".
const PHOTO_LOCATOR = /^(?:pictured(?:\s+(?:above|below|left|right|here))?|above|below|inset|main (?:picture|photo|image)|(?:from )?left to right|from left|l-r|clockwise from (?:top )?left|im bild|ci-dessus|en photo|на фото)\s*:\s*\S/iu;
// Agency caption phrasing: "… in this screen grab obtained from a handout video released on July 15", "… in this undated file photo",
// "… are seen in this combined image".
const CAPTION_PHRASE = /\bin this (?:(?:undated|recent|file|handout|combined|combination|composite|archive|aerial|family)\s+){0,2}(?:screen ?grab|handout|photo|photograph|picture|image|still image|photo illustration|video grab|frame grab)\b|^(?:this|the|an?) (?:file|handout|undated) (?:photo|picture|image|photograph)\b/iu;
// "7:30 p.m.", "9 P.M." at the end of a line.
/** A clock time anywhere in a line ("15:30"): a stamp's, a schedule's. */
export const CLOCK_TIME = /\b\d{1,2}:\d{2}\b/u;
const CLOCK_TIME_END = /\b\d{1,2}(?:[:.]\d{2})?\s?[AaPp]\.[Mm]\.$/u;
// (Not a numbered item: "2. Bono".)
const FIGURE_ALONE = /^(?!\d{1,3}[.)]\s)\d[\d\s.,]*\s?\p{L}{1,4}\.?$/u;
// An image a generator drew, credited as such at the start of its caption ("Generated by AI", "Generado por Inteligencia Artificial (OpenAI)"):
// the credit names the generator, in capitals; "Generado por la crisis" opens a sentence.
const GENERATED_IMAGE = /^(?:(?:[Ii]mage|[Ii]magen|[Bb]ild|[Pp]hoto|[Ii]llustration)\s+)?(?:(?:AI|Ai|ai)[- ][Gg]enerated|(?:[Gg]enerated|[Gg]enerad[oa]|[Gg]eneriert|[Gg]énérée?|[Gg]enerat[ao]|[Сс]генерирован\p{L}*|[Зз]генерован\p{L}*)\s+(?:by|with|por|con|von|mit|par|avec|da|нейросетью|нейромережею)?\s*(?:an?\s+)?(?:\p{Lu}|ai(?!\p{L})|ia(?!\p{L})))/u;
// The site's copyright line: "Copyright 2008 The Example Gazette. All rights reserved."
const COPYRIGHT_LINE = /^(?:©|\(c\)|copyright(?!\p{L}))|(?<!\p{L})all rights reserved(?!\p{L})|(?<!\p{L})(?:tous droits réservés|alle rechte vorbehalten|все права защищены|всі права захищені)(?!\p{L})/iu;
// A whole line in square brackets is an editor's or a tool's note ("[Short citation of 8% of the original article]").
const BRACKET_NOTE = /^\[[^\]]{3,120}\]$/u;
// A republisher's note on a wire story ("(Except for the headline, this story has not been edited
// by … staff and is published from a syndicated feed.)"): about the page, not the story.
const SYNDICATION_NOTE = /^\(?(?:except for the headline, )?this (?:story|article|report) (?:has not been edited|is (?:auto-)?generated|is published from) [^()]{0,160}(?:syndicated|agency|wire|news service) (?:feed|copy)[^()]{0,40}\.?\)?$/iu;
// The page asking its reader to comment, as a sentence ("Kindly drop a comment below.", "Leave your thoughts in
// the comments"); the label over a comment form ("Leave a Comment") is the thread's, and ends the article there.
const COMMENT_ASK = /^(?:kindly |please )?(?:drop|leave|share|post|add) (?:a|your|us a) (?:comment|thoughts|views|opinion)s?(?:(?: below| in the comments?(?: section)?(?: below)?)\s*[.!]?|\s*[.!])$/iu;
// Invitations to the outlet's own pages: "For the latest updates …, visit our dedicated page", "Read this story in Russian at …".
const OWN_PAGES = /^our (?:standards|principles|editorial (?:standards|principles|policy|guidelines)|ethics policy|corrections policy)\s*:|(?<!\p{L})(?:visit|see|check out|explore) our (?:\p{L}+ ){0,2}(?:page|coverage|website|site|live blog|hub|section)|^read this (?:story|article) in (?:\p{L}+)(?!\p{L})/iu;
// Credits naming the agencies a report draws on: "Reporting includes information from TASS and Interfax."
const SOURCES_CREDIT = /^(?:(?:the )?reporting|this (?:report|story|article))\s+(?:includes|contains|uses|draws on|is based on)\s+(?:information|material|reporting)\s+from\s/iu;
// A salutation that opens an appeal to the readers ("Dear readers,", "Дорогие читатели!").
const APPEAL = /^(?:dear (?:readers?|friends|subscribers)|liebe (?:leserinnen|leser)\p{L}*|chers lecteurs|chères lectrices|queridos lectores|cari lettori|дорогие читатели|уважаемые читатели|дорогі читачі|шановні читачі)\s*[,!:.]?$/iu;
// The opening of an appeal that asks before it addresses anyone: "… we have a small favour to
// ask.", "Before you go, …". An article's own sentence does not open this way.
const APPEAL_OPENER = /^[\s.…]*(?:we have a small favou?r to ask|before you (?:go|leave|continue)\s*[,.…:—–-])/iu;
const READING_TIME =
  /^(?:\d+\s*(?:[-–]\s*\d+\s*)?(?:min(?:ute)?s?\.?|мин(?:ут[аы]?)?\.?|хв(?:илин[аи]?)?\.?)\s*(?:read|reading|de lectura|de lecture|lesezeit|lesedauer|di lettura|чтения|читання|czytania)?|(?:lesezeit|lesedauer|reading time|temps de lecture|tiempo de lectura)\s*:?\s*\d+\s*min\.?)$/iu;
// \b is ASCII-only in JavaScript even with the u flag, so word edges are written as look-arounds.
const NEWSLETTER =
  /(?<!\p{L})(?:subscri\p{L}*|newsletters?|sign(?:ing)?\s*up|(?:your|ihr|votre|tu|su|sua)\s+(?:inbox|postfach|bo[iî]te (?:mail|de réception)|bandeja de entrada|caixa de entrada)|indicates required|(?:in)?valid e-?mail|e-?mail address|enter your e-?mail|confirmation e-?mail|abonn\p{L}+|anmelden|inscri\p{L}+|suscr\p{L}+|подпис\p{L}+|підпис\p{L}+|рассылк\p{L}*|розсилк\p{L}*)(?!\p{L})/iu;
// The same stems tell of signing in news ("Путин подписал указ", "Зеленський підписав закон", "a
// inscrit"): a verb's past or present, not a call to subscribe ("Подписаться", "Підписуйтесь").
const SIGNED = /(?<!\p{L})(?:подписа(?:л|ла|ли|ло|н|на|ны|но|ние|ния|нии|нию)|подписыва(?:ет|ют)|підписа(?:в|ла|ли|ло|ний|на|ні|но|ння|нню)|підпису(?:є|ють)|inscrit(?:e|s|es)?|suscribi(?:ó|eron)|suscrit[oa]s?)(?!\p{L})/giu;
// A paywall's notice, in place of the article or after its first lines: "To read this article in full
// you must be registered", "This story is available to subscribers only", "Il vous reste 80 % de
// cet article à lire", "Dieser Artikel ist nur für Abonnenten". It says what reading takes, not what happened.
const PAYWALL =
  /(?<!\p{L})(?:to (?:read|continue reading|view|access|unlock) (?:(?:this|the full|the rest of (?:this|the)) (?:article|story|content|piece|report)|the (?:article|story) in full)|(?:this|the) (?:article|story|content|piece) is (?:only )?(?:available|reserved|exclusive|accessible) (?:only )?(?:to|for) (?:our )?(?:paid |premium |digital )?(?:subscribers|members|registered users)|you(?:'ve| have) reached (?:your|the) (?:limit|maximum|monthly limit) of (?:free )?(?:articles|stories)|il vous reste \d+\s*% de cet article|(?:article|contenu) réservé aux abonnés|nur für (?:abonnenten|abonnentinnen|abonnierende)|exclusivo para (?:suscriptores|suscritores)|riservato agli abbonati|(?:доступ\p{L}* )?только для подписчиков|лише для передплатників)(?!\p{L})/iu;
const PAYWALL_MAX_WORDS = 40;
// A registration wall's invitation: "Register now for FREE unlimited access to NAME", "Sign up for free to keep reading".
const REGISTER_WALL = /^(?:register|sign up|create (?:a|an|your) (?:free )?account)(?: now| today)? (?:for|to get|and get) (?:free|unlimited)\b/iu;
const REGISTER_WALL_WORDS = 16;
// The tail of an embedded post, a short line ending on its picture's address ("(59.48, 32.05). pic.twitter.com/ID").
const EMBED_TAIL = /\bpic\.twitter\.com\/\w+$/u;
const EMBED_TAIL_WORDS = 12;
// A sign-up form's own words, which no article prints: "Invalid email", "Enter your email address".
const SIGN_UP_FORM = /(?<!\p{L})(?:invalid e-?mail|enter your e-?mail|your e-?mail address|e-?mail address is required)(?!\p{L})/iu;
const WIDGET_SHORT =
  /^(?:edit(?: post)?|share(?: this)?(?: article| story| post| page)?|print|copy link|link copied|comments?|listen|save|bookmark|follow(?: us)?|tweet|whatsapp|facebook|telegram|linkedin|email|teilen|drucken|merken|vorlesen|anhören|partager|imprimer|offrir l['’]article|lire plus tard|écouter|compartir|imprimir|guardar|escuchar|condividi|поделиться|поділитися|зберегти|поширити|advertisement|anzeige|werbung|publicité|реклама|sponsored|loading(?:\.\.\.|…)?|завантаження(?:\.\.\.|…)?|загрузка(?:\.\.\.|…)?)$/iu;
const AI_AUDIO = /^(?:this )?(?:audio|voice-?over) (?:is|was) (?:created|generated|produced|read)\b.*\b(?:AI|artificial intelligence)\b|^listen to (?:this|the) (?:article|story)\b/iu;
const EDITOR_INITIALS = /^[a-z]{1,4}(?:\/[a-z]{1,4})+\s*(?:\([^()]*\))?\.?$/u;
const AGENCY_LIST_ONLY = /^\((?:[\p{L}.]+(?:,\s*|\s+(?:and|und|et|y|и)\s+|\s*\/\s*)?){1,8}\)$/u;
const IMAGE_PLACEHOLDER = /^(?:article image|image|avatar|photo|video|gallery|play video|watch video|foto|bild|фото|відео|(?:video|photo|фото|відео|видео|vidéo|foto) (?:of the day|дня|du jour|des tages|del día|del giorno|dnia|dne)|representational image|representative image|illustrative (?:image|photo)|file photo|symbolbild|illustration)$/iu;
// A photo's credit in capitals, with no colon: "PHOTO MINISTÈRE RUSSE DE LA DÉFENSE FOURNIE PAR ASSOCIATED PRESS", "PHOTO JANE ROE, LA PRESSE".
const CAPITAL_CREDIT = /^(?:PHOTOS?|FOTOS?|IMAGE|ILLUSTRATION|ФОТО)\s+[^\p{Ll}]{3,}$/u;
// (Japanese, Korean and Chinese pages label a picture's source "引用", "出典", "写真", "사진", "图片来源", with a colon of either width.)
export const CREDIT_LABEL = /^(?:(?:image|photo|foto|picture|bild|cover photo|cover image|photograph|credit|credits|photo credits?|image credits?|courtesy|illustration|фото|ілюстрація|source)\s*:|(?:引用|出典|画像|写真|사진|图片来源|圖片來源|图片|圖片)\s*[:：])/iu;
const CREDIT_MARK = /©|\(c\)\s|\bvia getty images\b|\bgetty images\b|\bshutterstock\b|\bpicture[- ]alliance\b|\bimago images\b|\bwikimedia commons\b|\bunsplash\b|\bflickr\b/iu;
const NAME_SLASH_AGENCY = /^[\p{Lu}][\p{L}.'’ -]*\s*\/\s*[\p{L}][\p{L}.'’ -]*(?:\/[\p{L}][\p{L}.'’ -]*)*$/u;
// A photographer's credit for an older picture ("Jane Roe, file", "AP Photo/Jane Roe, File"), or with the photographer's address ("Jane Roe/jroe@example.com").
const FILE_CREDIT = /^[\p{Lu}][\p{L}.'’ /-]*,\s*(?:file|archive)(?: photo)?$/iu;
const NAME_SLASH_EMAIL = /^[\p{Lu}][\p{L}.'’ -]*\s*\/\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;
// A contributor's, a desk's or a wire's credit: "Special to The Star", "The Oregonian Staff", "Staff and wire reports", "Metro News Service".
const DESK_CREDIT = /^(?:special to (?:the )?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}|(?:the )?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3} staff(?: writers?| reports?)?|staff and (?:wire|news) (?:reports|services)|(?:the )?(?:\p{Lu}[\p{L}.'’&-]* ){1,3}(?:news service|news agency|wire service|press agency|newswire))$/iu;
// A credit closing a caption, in round brackets or square ones: "… in Kyiv (Reuters)", "… at the border [EPA]", "(Jane Roe/Agency)".
const CREDIT_WORDS = String.raw`\b(?:photo|foto|pic|picture|getty|reuters|afp|ap|epa|dpa|anadolu|shutterstock|telegram|handout|pool|courtesy|screen capture|screenshot)\b`;
// Chinese and Japanese pages write the brackets and the slash full-width: "…（資料照／路透社）".
const creditIn = (open: string, close: string) => {
  const [o, c] = [open, close].map((mark) => mark.replace(/[()[\]]/gu, '\\$&'));
  const inside = `[^${o}${c}]*`;
  return `${o}(?:${inside}[/／]${inside}|${inside}${CREDIT_WORDS}${inside})${c}`;
};
// A credit in round or square brackets.
const BRACKETED_CREDIT = `${creditIn('(', ')')}|${creditIn('[', ']')}`;
const CAPTION_CREDIT_END = new RegExp(`(?:${BRACKETED_CREDIT}|${creditIn('（', '）')})\\s*$`, 'iu');
// The same credit with the caption's full stop after it ("… after the strike (Photo: Telegram)."): in
// a short line only, as a sentence of the story may end on its source ("…, the ministry said (AFP)."),
// and not a line in brackets throughout, a reader's aside ("(that photo was edited, I swear).").
const STOPPED_CAPTION_CREDIT_END = new RegExp(`^[^([].*(?:${BRACKETED_CREDIT})[.]$`, 'iu');
const STOPPED_CAPTION_WORDS = 30;
// A credit set right on a caption's full stop, with no space between: the page's credit element,
// glued to the caption's by the dump ("… laid off most of its contractors.(WTVG)").
const GLUED_CREDIT_END = /[.!?]["”’]?[([]\p{Lu}[^()[\]]{0,40}[)\]]$/u;
// A Korean caption closes on its credit: "… 타스=연합뉴스 자료사진" (TASS via Yonhap, file photo), "… (사진=뉴스1)".
const KOREAN_PHOTO_CREDIT = /(?:자료\s?사진|[(\[/]\s?사진\s?=\s?[^()[\]]{1,30}[)\]]?)$/u;
// A caption closed by its agency's credit, right after its full stop: "… one of the two soldiers. Yonhap",
// "…的乌克兰军队。 / Reuters". (The agency is one the registry lists.) A caption is short; prose does not end so.
const CREDIT_AFTER_STOP = /[.!?。！？]["”’」]?\s*(?:[/／]\s*)?([^.!?。！？/／()[\]（）]{2,40})$/u;
const AGENCY_CAPTION_WORDS = 30;
const CIRCLED_COPYRIGHT_CAPTION_WORDS = 60;
function agencyAfterStop(text: string, agencyCredit: ((text: string) => boolean) | undefined): boolean {
  const credit = CREDIT_AFTER_STOP.exec(text)?.[1]?.trim();
  return credit !== undefined && agencyCredit !== undefined && agencyCredit(credit);
}
// The signature under an embedded post: "— Jane Roe (@janeroe) March 3, 2024".
export const EMBED_SIGNATURE = /^[—–-]\s*[^()]{1,80}\(@\w{1,30}\)\s+[^()]{0,30}\d{4}$/u;
// Stops and commas alone: a stray mark of the layout (",", "…"). Rules ("---", "* * *"), arrows
// and bullets ("»", "•") are left as they were: they mark the page's parts, which the end rules read.
const NO_WORDS = /^[\s,.;:!?'"“”‘’…]+$/u;
const CAPTION_MARK = /\S(?:Image|Photo|Foto|Bild|Фото):\s|\((?:file|archive|archival|illustrative) (?:photo|image|picture)\)|\(Archivbild\)|\(фото(?: архив\w*)?\)/u;
// A clock time or a relative time, perhaps behind a label ("Updated 12:30 GMT", "2 days ago").
const TIME_ONLY =
  /^(?:(?:updated|published|posted|last updated|aktualisiert|mis à jour|publié|обновлено|оновлено)\s*:?\s*)?(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s*(?:uhr|h|utc|gmt|cet|cest|msk|et|bst))?|\d+\s*(?:min|mins|minutes?|hours?|hrs?|h|days?|weeks?)\s+ago|just now|yesterday|today)$/iu;
const GALLERY_CAPTION = /^(?:item|image|photo|picture|bild|foto|фото)\s+\d+\s+(?:of|von|de|sur|из|з)\s+\d+(?!\p{L})/iu;
// What follows the slash of an agency credit ("REUTERS/Stringer"): a name.
const CREDIT_AFTER_SLASH = /^[\p{L} .'’-]+$/u;
// A caption closed by its photographer's or agency's credit behind a spaced slash: "… in Kursk. Jane Roe / Example Agency via AP",
// "… at the festival in 2006 / AAP". (One slash only, "News / World / AFP" being a breadcrumb, unless the
// credits stand after a dash: "… le 13 mars 2025 - Handout / Russian Defence Ministry / AFP".)
const DASHED_CREDITS_TAIL = /\s[-–—]\s[^/\-–—]{2,40}(?:\s\/\s[^/\-–—]{2,40}){1,3}$/u;
const SPACED_SLASH_CREDIT = /\s\/\s(?:\p{Lu}{2,8}|(?:\p{Lu}[\p{L}-]*\s){1,3}via\s(?:\p{Lu}{2,8}|Getty Images|Reuters))$/u;
const CAPITAL = /^\p{Lu}$/u;
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
const READ_ALSO =
  /^(?:read (?:also|more)|see also|related(?: articles?| stories| coverage)?|more on this(?: story)?|(?:other )?topics of interest|you (?:may|might) also like|more stories|most read|lire aussi|à lire aussi|voir aussi|lesen sie auch|mehr zum thema|auch interessant|leer también|lee también|ver también|leggi anche|читайте также|читайте також|також читайте|дивіться також|смотрите также|mohli jste přehlédnout|přečtěte si (?:také|též)|čtěte také|czytaj (?:też|także|również)|zobacz (?:też|także|również))(?!\p{L})\s*[:|–-]?/iu;
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

/** True when a line asks the reader to sign up or subscribe ("Click here to sign up for the free digest"). */
export function asksToSignUp(text: string): boolean {
  return NEWSLETTER.test(text);
}

/** The form of a single line, ignoring its neighbours. */
export function shapeOf(
  text: string,
  marked: { markup?: boolean; caption?: boolean; heading?: number; agencyCredit?: ((text: string) => boolean) | undefined },
): Shape {
  if (marked.markup || looksLikeScript(text) || looksLikeIds(text) || NO_WORDS.test(text) || CODE_NAME.test(text)) return 'markup';
  if (marked.caption) return 'caption';
  text = foldLookalikes(text);
  const bare = text.replace(LIST_NUMBER, '');
  const words = wordCount(text);
  if (words <= EMBED_TAIL_WORDS && EMBED_TAIL.test(text)) return 'markup';
  if (SKIP_LINK.test(bare)) return 'skip-link';
  if (URL.test(text)) return 'url';
  // (A row of dates under their labels is the page's stamp: "Posted | 13.01.2025 12:14 | Updated | 13.01.2025 12:40".)
  if (words <= 40 && (BREADCRUMB.test(text) || (linkRow(text) && !isByline(text) && bylineBehindTools(text) === null && !dateLine(text)))) return 'breadcrumb';
  // A site's whole menu or footer printed as one row of links ("Politics | India | Movies | … | Sitemap") runs longer.
  if (words <= MENU_LINE_MAX_WORDS && linkRow(text) && linkLabels(text).length >= LONG_ROW_ITEMS) return 'breadcrumb';
  if (words <= TAGS_LINE_WORDS && TAGS_LINE.test(text) && !endsSentence(text)) return 'breadcrumb';
  if (isPostFooter(text) || isSiteFooter(text)) return 'breadcrumb';
  if (words <= ARROW_LINK_WORDS && (ARROW_OPEN.test(text) || ARROW_CLOSE.test(text))) return 'breadcrumb';
  if (words <= 40 && (isPostNavigation(text) || HOME_TRAIL.test(text))) return 'breadcrumb';
  if (words <= MENU_LINE_MAX_WORDS && isTitleRow(text)) return 'breadcrumb';
  if (READING_TIME.test(text)) return 'reading-time';
  if (words <= 25 && (AI_AUDIO.test(text) || WIDGET_SHORT.test(bare))) return 'widget';
  if ((words <= 6 || (words <= 25 && (countMatches(text, NEWSLETTER) >= 2 || SIGN_UP_FORM.test(text)))) && NEWSLETTER.test(text.replace(SIGNED, ' '))) return 'newsletter';
  if ((words <= PAYWALL_MAX_WORDS && PAYWALL.test(text)) || (words <= REGISTER_WALL_WORDS && REGISTER_WALL.test(text))) return 'newsletter';
  if (words <= 25 && SOCIAL_NETWORK.test(text) && FOLLOW_WORD.test(text) && FOLLOW_INVITATION.test(text)) return 'widget';
  if (words <= 15 && SUPPORT_CALL.test(text) && SUPPORT_WHAT.test(text.replace(SUPPORT_CALL, ''))) return 'widget';
  if (COMMENTING.test(text) && TO_THE_READER.test(text) && ((words <= COMMENT_PROMPT_WORDS && ACCOUNT_WORDS.test(text)) || (words <= COMMENT_RULES_WORDS && RULES_WORDS.test(text)))) return 'widget';
  if (words <= PLAYER_FALLBACK_WORDS && BROWSER_WORDS.test(text) && READER_ADDRESSED.test(text) && PLAYER_FALLBACK.test(text) && PLAYER_MEDIA.test(text)) return 'widget';
  if (words <= BROWSER_NOTICE_WORDS && BROWSER_WORDS.test(text) && BROWSER_ASK.test(text) && (PLEASE.test(text) || (READER_ADDRESSED.test(text) && THIS_PAGE.test(text)))) return 'widget';
  if (EDITOR_INITIALS.test(text) || AGENCY_LIST_ONLY.test(text)) return 'editor-initials';
  // A labelled credit that runs on for sentences is a paragraph the dump glued under it, in a way
  // the glued-credits pass could not split ("Foto: AGENCY News Berichten zufolge sagte …"): kept.
  // A wire's credits line in brackets names the agency as a caption's credit does: "(Reporting by Reuters in Moscow and …)".
  if (CREDITS_LINE.test(text) || TRANSLATED_CREDITS_LINE.test(text)) return 'byline';
  if (IMAGE_PLACEHOLDER.test(text) || (words <= 16 && CAPITAL_CREDIT.test(text)) || (CREDIT_LABEL.test(text) && !isOwnParagraph(text)) || (words <= 12 && CREDIT_MARK.test(text))) return 'photo-credit';
  if (words <= 8 && !endsSentence(text) && (NAME_SLASH_AGENCY.test(text) || FILE_CREDIT.test(text) || NAME_SLASH_EMAIL.test(text))) return 'photo-credit';
  if (CAPTION_MARK.test(text) || GALLERY_CAPTION.test(text) || ((CAPTION_CREDIT_END.test(text) || GLUED_CREDIT_END.test(text) || (words <= STOPPED_CAPTION_WORDS && STOPPED_CAPTION_CREDIT_END.test(text))) && words >= 4) || CREDIT_MARK.test(text)) return 'caption';
  if (words >= 8 && !endsSentence(text) && agencySlashCredit(text)) return 'caption';
  if (words >= 3 && KOREAN_PHOTO_CREDIT.test(text)) return 'caption';
  if (words >= 3 && words <= AGENCY_CAPTION_WORDS && agencyAfterStop(text, marked.agencyCredit)) return 'caption';
  // Korean pages print a photo's copyright in a circled c ("… 2025.1.12/News1 ⓒ News1 NAME 기자"); a
  // longer line holding one is a whole article the dump ran into one line with its credits.
  if (words <= CIRCLED_COPYRIGHT_CAPTION_WORDS && text.includes('ⓒ')) return 'caption';
  if (words >= 8 && SPACED_SLASH_CREDIT.test(text) && (text.indexOf('/') === text.lastIndexOf('/') || DASHED_CREDITS_TAIL.test(text))) return 'caption';
  if (words >= 3 && words <= 60 && INLINE_CREDIT.test(text) && !sourceNoteAfterParagraph(text)) return 'caption';
  if ((CAPTION_PHRASE.test(text) || GENERATED_IMAGE.test(text) || PHOTO_LOCATOR.test(text)) && words <= 60) return 'caption';
  // A figure alone on a line ("25,4 т.", "170 km") is an infographic's label, not a sentence.
  if (words <= 3 && FIGURE_ALONE.test(text)) return 'caption';
  if (BRACKET_NOTE.test(text) || (words <= 25 && COPYRIGHT_LINE.test(text)) || (words <= 45 && SYNDICATION_NOTE.test(text)) || (words <= 12 && COMMENT_ASK.test(text))) return 'widget';
  if (APPEAL.test(text) || APPEAL_OPENER.test(text)) return 'appeal';
  if (words <= 30 && OWN_PAGES.test(text)) return 'read-also';
  if (marked.heading) return 'heading-like';
  if (READ_ALSO.test(text) && !paragraphAfterLabel(text)) return 'read-also';
  if ((words >= 2 && words <= 12 && onlyControlWords(text)) || LIVE_STATUS.test(text)) return 'widget';
  if (toolbarRow(text)) return 'widget';
  if (isByline(text) || nameBeforeRole(text) !== null || bylineBehindTools(text) !== null || isPostedStamp(text) || isDatedByline(text) || (words <= 14 && CREDIT_WITH_FILES.test(text)) || (words <= 8 && DESK_CREDIT.test(text)) || isPressOfficeCredit(text) || (words <= SOURCE_LINE_WORDS && SOURCE_LINE.test(text)) || SOURCES_CREDIT.test(text) || marked.agencyCredit?.(text)) return 'byline';
  // "(Associated Press)" alone on a line credits the agency.
  const bracketed = /^\((.{2,40})\)$/u.exec(text)?.[1];
  if (bracketed && marked.agencyCredit?.(bracketed)) return 'byline';
  if (words <= 14 && writersOfAgency(text, marked.agencyCredit)) return 'byline';
  if (words <= 10 && marked.agencyCredit && nameBeforeAgency(text, marked.agencyCredit)) return 'byline';
  if (words <= 12 && isEditorCredit(text)) return 'byline';
  // A dateline may give two stamps: "06:56, Wed, Dec 3, 2025 Updated: 06:58, Wed, Dec 3, 2025".
  // So does an embedded post's signature, whatever its name holds ("— Jane Roe (@janeroe) March 3, 2024").
  if (words <= 16 && (dateLine(text) || EMBED_SIGNATURE.test(text))) return 'date';
  if (TIME_ONLY.test(text)) return 'time';
  if (words <= 4 && /:$/.test(text)) return 'colon-label';
  // A long line of capitalised words with no punctuation is a menu printed on one line
  // ("Top Stories World Politics Business Sports Health Food & Wine Opinion …"), not a sentence.
  if (words > 25 && words <= MENU_LINE_MAX_WORDS && isMenuOnOneLine(text)) return 'breadcrumb';
  // A headline in title case may end on a clock time, and so in the full stop of "P.m.".
  if (words <= 25 && isHeadlineOnClockTime(text)) return 'heading-like';
  // …or on a full stop of its own ("Putin and Kim Sign Mutual Defense Pact."). A list of names is
  // in capitals too ("Subs: Roe, Doe, Major, Minor."): a headline has no colon, semicolon or run of commas.
  if (words <= TITLE_CASE_MAX_WORDS && /(?:[^.]\.|[?!])["”’]?$/u.test(text) && !/[:;]|,.*,/u.test(text) && inTitleCase(text)) return 'heading-like';
  // A sentence that ends in a colon introduces what follows (a quote, a list, a video): no headline ends so.
  if (endsSentence(text) || words > 25 || (words >= COLON_SENTENCE_MIN_WORDS && /:$/.test(text))) return 'prose';
  return 'heading-like';
}

// A headline in title case is at most this long; a longer line in capitals is a list of names.
const TITLE_CASE_MAX_WORDS = 16;
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

/** One sentence ends and another begins inside the text. */
export const SENTENCE_INSIDE = /[.!?]["»”’]?\s+["«„“]?\p{Lu}/u;
// A paragraph of the article's own: sentences, this many words at least.
const OWN_PARAGRAPH_WORDS = 30;
const SOURCE_NOTE = /\s(?:source|sources|quelle|источник|джерело)\s?:\s*[^.!?]{1,90}$/iu;

/** True for paragraph text of several sentences, long enough to be the article's own. */
function isOwnParagraph(text: string): boolean {
  return wordCount(text) >= OWN_PARAGRAPH_WORDS && SENTENCE_INSIDE.test(text);
}

/** "… as soon as their feet get wet. Source: Example Society": the article's source, named after its last paragraph. */
function sourceNoteAfterParagraph(text: string): boolean {
  const note = SOURCE_NOTE.exec(text);
  return note !== null && isOwnParagraph(text.slice(0, note.index));
}

/** "RELATED: The candidates it endorsed fared badly. …": a blogger's aside under a label, not a link to another story. */
function paragraphAfterLabel(text: string): boolean {
  const label = READ_ALSO.exec(text);
  return label !== null && isOwnParagraph(text.slice(label[0].length));
}

// Shorter, a line ending in a colon may head a list as a subheading does ("What we know so far
// about the ferry:"); from 8 words on, the text dumps of L3S-GN1 lost body and titles.
const COLON_SENTENCE_MIN_WORDS = 15;

// Tokens of a page's scripts that prose does not have: declarations, calls on objects, braces, operators, statement ends.
const SCRIPT_TOKEN = /\bvar\s+[\w$]+\s*=|\bfunction\s*[\w$]*\s*\(|\b(?:document|window|navigator)\.\w|[\w$\]]\.[\w$]+\s*\(|[{}]|==|!=|&&|\|\||\+\+|\+=|\/\/-->|<!--|-->|\)\s*;|;\s*$|[\w$]=[\w$'"(]/gu;
// Prose may hold one or two of them ("(see below);"); a script line holds more.
const SCRIPT_TOKENS_MIN = 3;

/**
 * True for a line of a page's script that a text dump printed as text ("var ad = …; document.write(…)").
 * A sentence that quotes code ("They tried {props.secret} …, investigators said.") ends as a sentence does.
 */
export function looksLikeScript(text: string): boolean {
  if (endsSentence(text)) return false;
  let n = 0;
  for (const _ of text.matchAll(SCRIPT_TOKEN)) if (++n >= SCRIPT_TOKENS_MIN) return true;
  return false;
}

// A name from the page's code alone on a line ("template_bas", "ad_slot_top"): words joined by
// underscores, in lower case, as no headline or sentence is written.
const CODE_NAME = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/u;

// An id a page's embed leaves behind: a long run of Latin letters and digits mixed ("03df1a47ddf84aca9d4d…").
// Ids are written in ASCII; a run of Chinese or Japanese characters with a figure in it
// ("俄軍防空系統擊落至少361架無人機") is a clause, written without spaces.
const ID_TOKEN = /(?<![\p{L}\p{N}])(?=[\p{L}\p{N}]*\p{N})(?=[\p{L}\p{N}]*\p{L})[A-Za-z0-9]{16,}(?![\p{L}\p{N}])/gu;

/** True for a line whose letters are mostly such ids ("t 03df1a47… name O46E4EJB…"): residue of an embed, not text. */
export function looksLikeIds(text: string): boolean {
  // Most lines hold no run of sixteen letters and digits at all: they are passed over without the id pattern.
  if (text.length > 300 || !/[\p{L}\p{N}]{16}/u.test(text) || !/\p{N}/u.test(text)) return false;
  let inIds = 0;
  for (const m of text.matchAll(ID_TOKEN)) inIds += m[0].length;
  const all = text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  return inIds > 0 && inIds >= all / 2;
}

/** The labels of a line split at its link separators (" | ", " · ", " • ", a bar spaced on one side: "Tech| Security"); one label when it has none. */
function linkLabels(text: string): string[] {
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

/** True for a short line reading the weather ("61.9 F", "Weather: Hi: 7°C / Lw: 4°C"): the site's header, never a headline. */
export function isWeatherReading(text: string): boolean {
  return (wordCount(text) <= 8 && WEATHER.test(text)) || (WEATHER_BOX.test(text) && WEATHER_READINGS.test(text));
}

// A weather box reads more than the temperature: "Weather: Ottawa / -4°C / Partly cloudy / Wind: 13 Km/h / Humidity: 68 %".
// (A headline about the weather, "Weather: roads close as it falls to -20°C", reads no wind or humidity.)
const WEATHER_BOX = /^weather\b.*\d\s?°/iu;
const WEATHER_READINGS = /\b(?:humidity|wind|km\/h|mph)\b.*\b(?:humidity|wind|km\/h|mph)\b/iu;

/** A line's words as the control rules read them: lower case, with figures and percentages ("100%"). */
function controlTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}%-]+/gu) ?? [];
}

/** True when most words of a line of three or more name controls of the page ("E-mail article Print view Share: Digg Newsvine"): a toolbar, whatever else it holds. */
export function mostlyControlWords(text: string): boolean {
  const words = controlTokens(text);
  const controls = words.filter((w) => CONTROL_WORDS.has(w) && !['a', 'the', 'on', 'this', 'to', 'of', 'in', 'out', 'up', 'down', 'more', 'top', 'back', 'next', 'view', 'open', 'close', 'type'].includes(w));
  return words.length >= 3 && controls.length >= 2 && controls.length / words.length > 0.5;
}

/**
 * True for a row of a page's controls between separators, longer than a bare list of control
 * words: "Printer Friendly | Email | Add to My News | Post comments Font Size: a a A A | Rank: # 2 of 8".
 * Most of its words are controls or figures; a headline's words between bars are not. Unlike
 * mostlyControlWords, figures and the font size's letters ("a a A A") count, since the bars
 * already say it is a row of links.
 */
function toolbarRow(text: string): boolean {
  if (!LINK_ROW.test(text) || linkLabels(text).length < TOOLBAR_MIN_ITEMS) return false;
  const words = controlTokens(text);
  const controls = words.filter((w) => (CONTROL_WORDS.has(w) && !['the', 'on', 'this', 'to', 'of'].includes(w)) || /^\d+%?$/.test(w)).length;
  // (A date's figures are no controls: "Published | 13.01.2025 12:14 | Updated | …" is the page's stamp.)
  return controls >= words.length * TOOLBAR_CONTROL_SHARE && !dateLine(text);
}

const TOOLBAR_MIN_ITEMS = 3;
const TOOLBAR_CONTROL_SHARE = 0.6;

// A live page's note that the story is still being written ("Developing story", "Доповнюється..."): the page's state, not the article's text.
const LIVE_STATUS = /^(?:this (?:story|article|page) is (?:being updated|developing)|developing(?: story)?|updating|доповнюється|дополняется|обновляется|оновлюється|wird aktualisiert|mise à jour en cours|en desarrollo|in aggiornamento|aktualizujemy|aktualizujeme|more to follow|details to follow|(?:more )?details (?:soon|to come)|podrobnosti připravujeme|подробности позже|подробнее позже|деталі згодом|подробиці згодом)\s*(?:\.{1,3}|…)?$/iu;

/** True when every word of the line names a control of the page ("100% Font Size", "Print this article Email this article"). */
function onlyControlWords(text: string): boolean {
  const words = controlTokens(text);
  return words.every((w) => CONTROL_WORDS.has(w) || /^\d+%?$/.test(w)) && words.some((w) => CONTROL_WORDS.has(w) && !['a', 'the', 'on', 'this'].includes(w));
}

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

// "Jane Roe - Harbour News Service Staff Writer", "Jane Roe, Island Correspondent": a name, then the
// writer's role in capitalised words ("Letters to the Editor" is a section; one word, "Editor", may end a headline).
const NAME_WITH_ROLE = /^(\p{Lu}[^,|–—-]{2,40}?)\s*(?:\s[-–—]\s|,|\|)\s*((?:\p{Lu}[\p{L}.&'’-]*\s+){1,6}(?:Writer|Reporter|Correspondent|Editor|Columnist|Contributor)s?)$/u;

// A person's name as a credit prints it: capitalised words, perhaps an initial ("Jane Q. Roe").
const CREDITED_NAME = new RegExp(`^\\p{Lu}[\\p{Ll}'’-]+(?: (?:\\p{Lu}\\.|\\p{Lu}[\\p{Ll}'’-]+|${NAME_PARTICLES})){1,3}$`, 'u');

/** True for a person's name as a credit prints it: capitalised words, perhaps an initial or a particle ("Jane Q. Roe", "Jane van Roe"). */
export function isCreditedName(text: string): boolean {
  return CREDITED_NAME.test(text);
}

/** True for the writers and the wire they write for, with no "By": "Jane Roe And John Doe, The Associated Press". */
function writersOfAgency(text: string, isAgency: ((text: string) => boolean) | undefined): boolean {
  const comma = text.lastIndexOf(',');
  if (!isAgency || comma < 0 || !isAgency(text.slice(comma + 1).trim())) return false;
  const names = splitNames(text.slice(0, comma));
  return names.length > 0 && names.every(isCreditedName);
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
const EDITOR_LABEL = /^(?:editors?|edited by|editing|redaktur|penyunting|redaktor(?:ka)?|редактор(?:ка)?)\s*:\s*/iu;

// An institution's press office credited where a byline stands ("The Harbour NPP Information and
// Public Relations Department", "Harbour Council Press Office"): capitalised words, then what
// the office does (press, media, information, public relations) and that it is an office.
const PRESS_OFFICE_CREDIT = /^(?:[Tt]he )?\p{Lu}[\p{L}\p{N}.'’&-]*(?: (?:\p{Lu}[\p{L}\p{N}.'’&-]*|of|for|the|&)){0,5} (?:Press|Media|Information|Communications?|Public Relations)(?: and (?:Press|Media|Communications?|Public Relations))? (?:Department|Service|Office|Centre|Center)$/u;

/** True for a press office's credit line: the office names no author. */
export function isPressOfficeCredit(text: string): boolean {
  return wordCount(text) <= 10 && PRESS_OFFICE_CREDIT.test(text);
}

/** True for an editor's credit under its label, naming people only. */
export function isEditorCredit(text: string): boolean {
  if (!EDITOR_LABEL.test(text)) return false;
  const names = splitNames(text.replace(EDITOR_LABEL, ''));
  return names.length > 0 && names.every(isCreditedName);
}

/** The name of a byline with no "By": a person's name, then their role as the paper's writer ("Jane Roe - Staff Writer" → "Jane Roe"); null for another line. */
function nameBeforeRole(text: string): string | null {
  const name = NAME_WITH_ROLE.exec(text)?.[1]?.trim();
  return name && wordCount(text) <= 14 && isPersonName(name) ? name : null;
}

/** The byline glued behind the article's tool links ("Email | Print | Text size – + By Jane Roe" → "By Jane Roe"); null for another line. */
function bylineBehindTools(text: string): string | null {
  // A capital "By" only: "Share this story by email" is a tool link.
  const at = text.search(/(?<!\p{L})By\s+\p{Lu}/u);
  return at > 0 && mostlyControlWords(text.slice(0, at)) && isByline(text.slice(at)) ? text.slice(at) : null;
}

/** The part of a byline line that credits: the name before its role, the byline behind the tool links, else the whole line. */
export function bylinePart(text: string): string {
  return nameBeforeRole(text) ?? bylineBehindTools(text) ?? text;
}

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
  // "Written by Jane Roe Topics: Ferries, Tides": a blog's post labels follow the name.
  rest = rest.replace(POST_LABELS, '');
  // "Post written by Jane Roe.": the line's full stop, not an initial's or a "Jr.".
  rest = rest.replace(/(\p{L}{3,})\.$/u, '$1');
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

// The labels a blog prints after the author's name: "Topics:", "Tags:", "Categories:", "Filed under:".
const POST_LABELS = /\s+(?:topics?|tags?|categor(?:y|ies)|filed under|posted in)\s*:.*$/iu;

// What joins a byline's names to its date: "posted", "published on", "on", "at", "le", "am".
const TO_THE_DATE = /[,;]?\s*(?:(?:posted|published|updated|written|filed)(?:\s+(?:on|at))?|on|at|am|le|el|il|em|op)\s*:?\s*$/iu;

/** The date printed inside a byline, with where it starts. */
export function bylineDate(text: string): { index: number; text: string } | null {
  const m = /\b(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{4}[./]\d{1,2}[./]\d{1,2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)\b/iu.exec(
    text,
  );
  return m ? { index: m.index, text: text.slice(m.index) } : null;
}

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

function countMatches(text: string, re: RegExp): number {
  return new Set(text.toLowerCase().match(new RegExp(re.source, 'giu')) ?? []).size;
}
