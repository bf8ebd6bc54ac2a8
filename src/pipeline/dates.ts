import * as chrono from 'chrono-node';
import { CLDR_DATE, opensWord } from './cldr-dates.ts';
import { wordCount } from './words.ts';

// A dotted numeric date is day first wherever it is written ("4.9.2024", Czech "4. 9. 2024"):
// chrono's English parser would read it month first.
const DOTTED_DATE: chrono.Parser = {
  pattern: () => /(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})(?!\d)/,
  extract: (_context, match) => {
    const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { day, month, year } : null;
  },
};

/**
 * The words a sentence puts right before a date ("on 12 August 2024", "seit", "в", "od"), in the
 * dossier's languages, as a pattern's alternation: a stamp or a dateline's place has none of them.
 */
export const DATE_PREPOSITIONS = 'on|in|at|by|from|since|until|am|im|vom|seit|le|du|depuis|el|del|en|desde|il|dal|в|во|с|до|у|з|від|от|dne|na|od|w|we|v|ve';

// Year first, each field closed by a dot, perhaps a space after it: "2025. 1. 23." (Korean pages,
// Hungarian ones with figures). A day-first dotted date ends on its year, so the two never meet.
const YEAR_FIRST_DOTTED_DATE: chrono.Parser = {
  pattern: () => /(?<![\d.])((?:19|20)\d{2})\.\s?(\d{1,2})\.\s?(\d{1,2})\.(?!\d)/,
  extract: (_context, match) => {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { day, month, year } : null;
  },
};

// Polish and Czech month names, which chrono has no locale for: each month's nominative and
// genitive ("październik", "28 października 2024"; "říjen", "28. října 2024"), and Czech's
// locative ("v říjnu"). Index = month − 1.
const SLAVIC_MONTHS: string[][] = [
  ['styczeń', 'stycznia', 'leden', 'ledna', 'lednu'],
  ['luty', 'lutego', 'únor', 'února', 'únoru'],
  ['marzec', 'marca', 'březen', 'března', 'březnu'],
  ['kwiecień', 'kwietnia', 'duben', 'dubna', 'dubnu'],
  ['maj', 'maja', 'květen', 'května', 'květnu'],
  ['czerwiec', 'czerwca', 'červen', 'června', 'červnu'],
  ['lipiec', 'lipca', 'červenec', 'července', 'červenci'],
  ['sierpień', 'sierpnia', 'srpen', 'srpna', 'srpnu'],
  ['wrzesień', 'września', 'září'],
  ['październik', 'października', 'říjen', 'října', 'říjnu'],
  ['listopad', 'listopada', 'listopadu'],
  ['grudzień', 'grudnia', 'prosinec', 'prosince', 'prosinci'],
];
const SLAVIC_MONTH = new Map(SLAVIC_MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));
const SLAVIC_DAY_MONTH = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\.?\\s+(${[...SLAVIC_MONTH.keys()].join('|')})(?:,?\\s+((?:19|20)\\d{2})(?!\\d))?(?!\\p{L})`, 'iu');
/** "28 października 2024", "14. prosince 2024", "3 grudnia", "28 października, 2024": a day, a Polish or Czech month name, perhaps a year. */
const SLAVIC_DATE: chrono.Parser = {
  pattern: () => SLAVIC_DAY_MONTH,
  extract: (context, match) => {
    if (!opensWord(context.text, match.index ?? 0)) return null;
    const day = Number(match[1]);
    const month = SLAVIC_MONTH.get(match[2]!.toLowerCase())!;
    if (day < 1 || day > 31) return null;
    return match[3] ? { day, month, year: Number(match[3]) } : { day, month };
  },
};

// The month names of chrono's locales, in order: English's, then the others', for the month-first
// form a blog's theme prints in any language ("agosto 12, 2020", "octubre 5, 2023", "Oktober 12,
// 2020": the English pattern "F j, Y" with the page's month names), which chrono reads only in English.
const ENGLISH_MONTHS = 'january february march april may june july august september october november december'.split(' ');
const MONTHS_IN_ORDER = [
  'januar februar märz april mai juni juli august september oktober november dezember',
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  'januari februari maart april mei juni juli augustus september oktober november december',
  'januari februari mars april maj juni juli augusti september oktober november december',
  'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь',
  'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
  'січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень',
  'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня',
].map((names) => names.split(' '));
const MONTH_NUMBER = new Map(MONTHS_IN_ORDER.flatMap((names) => names.map((n, i) => [n, i + 1] as const)));
// (chrono calls a parser's pattern() on every parse: the patterns are built once.)
const MONTH_FIRST = new RegExp(`(?<![\\p{L}\\d])(${[...MONTH_NUMBER.keys()].join('|')})\\s+(\\d{1,2})(?:st|nd|rd|th)?,\\s*((?:19|20)\\d{2})(?!\\d)`, 'iu');
/** "agosto 12, 2020", "octubre 5th, 2023": a month name of another language, the day, a comma and the year. */
const MONTH_FIRST_DATE: chrono.Parser = {
  pattern: () => MONTH_FIRST,
  extract: (_context, match) => {
    const [month, day, year] = [MONTH_NUMBER.get(match[1]!.toLowerCase())!, Number(match[2]), Number(match[3])];
    return day >= 1 && day <= 31 ? { day, month, year } : null;
  },
};

const ORDINAL_DAY_COMMA = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th),\\s+(${ENGLISH_MONTHS.join('|')})\\s+((?:19|20)\\d{2})(?!\\d)`, 'iu');
/** "9th, August 2024": an ordinal day, a comma, then the English month and the year, as some pages in other languages print it. */
const ORDINAL_DAY_COMMA_DATE: chrono.Parser = {
  pattern: () => ORDINAL_DAY_COMMA,
  extract: (_context, match) => {
    const [day, month, year] = [Number(match[1]), ENGLISH_MONTHS.indexOf(match[2]!.toLowerCase()) + 1, Number(match[3])];
    return day >= 1 && day <= 31 ? { day, month, year } : null;
  },
};

/** "2024年10月28日" (Chinese, Japanese), "2024년 10월 28일" (Korean), "10月28日": year, month and day each followed by its character. */
const EAST_ASIAN_DATE: chrono.Parser = {
  pattern: () => /(?:((?:19|20)\d{2})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/,
  extract: (context, match) => {
    // Letters may touch it ("于10月28日发布"); a digit means the match began inside a number ("2024年13月…" retried as "3月…").
    if (/\d/.test(context.text.charAt((match.index ?? 0) - 1))) return null;
    const [month, day] = [Number(match[2]), Number(match[3])];
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return match[1] ? { day, month, year: Number(match[1]) } : { day, month };
  },
};

/** A locale's casual parser with the day-first dotted date, the Polish and Czech month names, other languages' month-first dates, the East Asian dates and the other languages' whole dates (cldr-dates.ts) in front. */
function withDottedDates(locale: chrono.Chrono): chrono.Chrono {
  const parser = locale.clone();
  parser.parsers.unshift(DOTTED_DATE, YEAR_FIRST_DOTTED_DATE, SLAVIC_DATE, MONTH_FIRST_DATE, ORDINAL_DAY_COMMA_DATE, EAST_ASIAN_DATE, CLDR_DATE);
  return parser;
}

// chrono's locales by language code; English first because most of the corpus is English.
const LOCALES: Record<string, { casual: chrono.Chrono }> = { en: chrono.en, de: chrono.de, fr: chrono.fr, es: chrono.es, pt: chrono.pt, it: chrono.it, nl: chrono.nl, ru: chrono.ru, uk: chrono.uk, sv: chrono.sv };
// Locales tried in turn for a printed date, whatever the page's language.
const PARSERS: chrono.Chrono[] = Object.values(LOCALES).map((l) => withDottedDates(l.casual));

/** chrono's casual parser for a language, English for one chrono has no locale for. */
export function chronoFor(language: string | null): chrono.Chrono {
  return (LOCALES[language ?? 'en'] ?? chrono.en).casual;
}

/** A date found in text, as a calendar day when year, month and day are all stated. */
export interface FoundDate {
  text: string;
  index: number;
  /** YYYY-MM-DD when the text states the year; otherwise null. */
  iso: string | null;
  /** The day with the year resolved against a reference, when one was given. */
  resolved: string | null;
  hasDay: boolean;
}

/**
 * Finds dates written out in text ("December 14, 2024", "14.12.2024", "Feb. 7"). Relative
 * expressions ("2 days ago", "last month") are not dates of their own: resolving them needs a
 * "now" that a saved page does not carry, so they are left out.
 */
export function findDates(text: string, reference?: Date): FoundDate[] {
  return parseDates(text, reference).filter((r) => isWrittenDate(r) && !isFraction(text, r)).map((r) => ({
    text: r.text,
    index: r.index,
    iso: r.start.isCertain('year') && r.start.isCertain('day') ? dottedAsDayFirst(ymd(r.start), r.text) : null,
    resolved: reference && r.start.isCertain('day') ? ymd(r.start) : null,
    hasDay: r.start.isCertain('day'),
  }));
}

// A written date has a year, a numeric day and month, or a month name beside a day number
// ("December 14", "14 декабря", "Feb. 7"). Lines without any are not given to chrono, which
// would otherwise try all ten locales on every short line that holds a digit ("downed 88",
// "après 3 heures").
const MONTH_WORDS = new Set([
  ...ENGLISH_MONTHS,
  ...MONTHS_IN_ORDER.flat(),
  // pl and cs, as chrono has no parser for them (SLAVIC_DATE)
  ...SLAVIC_MONTHS.flat(),
  // Abbreviations and other spellings: en, de, fr, es, pt, it, nl, ru, uk.
  ...[
    'jan feb mar apr jun jul aug sep sept oct nov dec',
    'jänner jän mär okt dez',
    'fevrier aout decembre janv févr fevr avr juil déc',
    'setiembre ene abr ago dic',
    'marco fev set out dez',
    'gen mag giu lug ott',
    'mrt',
    'янв фев мар апр авг сен сент окт ноя дек',
    'січ лют бер квіт трав черв лип серп вер жовт лист груд',
  ].flatMap((names) => names.split(' ')),
]);
const YEAR_OR_NUMERIC_DATE = /(?<!\d)(?:(?:1[89]|20)\d{2}|25[5-7]\d)(?!\d)|\d{1,2}[./-]\s?\d{1,2}|\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]/;
const WORD_THEN_DAY = /(\p{L}+)\.?\s+\d{1,2}(?!\d)/gu;
const DAY_THEN_WORD = /(?<!\d)\d{1,2}\.?\s+(\p{L}+)/gu;

function mayHoldDate(text: string): boolean {
  if (YEAR_OR_NUMERIC_DATE.test(text)) return true;
  for (const pattern of [WORD_THEN_DAY, DAY_THEN_WORD]) {
    for (const match of text.matchAll(pattern)) if (MONTH_WORDS.has(match[1]!.toLowerCase())) return true;
  }
  return false;
}

// "03.09.15": a date with dots and a two-digit year, which chrono's English parser reads month first.
const DOTTED_SHORT_YEAR = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])/gu;
// "02/05/2023": a date with slashes, month first in American English only.
const SLASHED_DATE = /(?<!\d)(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?!\d)/gu;

/** The date read day first when the text prints it with dots: no locale writes the month first so ("03.09.15" is 3 September 2015). */
function dottedAsDayFirst(iso: string, text: string): string {
  return readDayFirst(iso, text, DOTTED_SHORT_YEAR);
}

/**
 * The date read day first when the text prints it with slashes, month first ("02/05/2023", read
 * as 5 February by chrono's English parser, is 2 May): the iso unchanged for any other date.
 */
export function slashedAsDayFirst(iso: string | null, text: string): string | null {
  return iso && readDayFirst(iso, text, SLASHED_DATE);
}

/** The iso with day and month swapped when it was read month first from a "D?D·M?M·YEAR" the pattern finds in the text (year whole or its last two digits). */
function readDayFirst(iso: string, text: string, pattern: RegExp): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  for (const m of text.matchAll(pattern)) {
    const [first, second, year] = [Number(m[1]), Number(m[2]), m[3]!];
    if (second <= 12 && iso.slice(4 - year.length, 4) === year && iso.slice(5) === `${pad(first)}-${pad(second)}`) return `${iso.slice(0, 4)}-${pad(second)}-${pad(first)}`;
  }
  return iso;
}

// The same short line is asked about several times (its shape, the date line, the stated date):
// chrono's answers are kept for the run, up to a bound.
const parsed = new Map<string, chrono.ParsedResult[]>();
const PARSED_LIMIT = 10_000;

/** Every date or time expression chrono finds, from the first locale that finds a written date. */
function parseDates(text: string, reference?: Date): chrono.ParsedResult[] {
  if (!mayHoldDate(text)) return [];
  const key = `${reference?.getTime() ?? ''}|${text}`;
  let results = parsed.get(key);
  if (!results) {
    results = [];
    for (const parser of PARSERS) {
      const found = parser.parse(text, reference ?? new Date(Date.UTC(2000, 0, 1)), { forwardDate: !!reference });
      if (found.some(isWrittenDate)) {
        results = found;
        break;
      }
    }
    if (parsed.size >= PARSED_LIMIT) parsed.clear();
    parsed.set(key, results);
  }
  return results;
}

// "1/2 onion", "3/4 cup flour": a day and month with no year, followed by a word, is a quantity.
const BARE_SLASH_DATE = /^\d{1,2}\/\d{1,2}$/;
const WORD_NEXT = /^\s+\p{L}/u;

/** True for a fraction that chrono read as a day and month ("1/2 head of cabbage"). */
function isFraction(text: string, r: chrono.ParsedResult): boolean {
  return BARE_SLASH_DATE.test(r.text) && WORD_NEXT.test(text.slice(r.index + r.text.length));
}

function isWrittenDate(r: chrono.ParsedResult): boolean {
  const relative = [...r.tags()].some((t) => /relative|casual/i.test(t));
  return !relative && (r.start.isCertain('month') || r.start.isCertain('year'));
}

function ymd(c: chrono.ParsedComponents): string {
  const pad = (n: number | null, w: number) => String(n ?? 0).padStart(w, '0');
  return `${pad(c.get('year'), 4)}-${pad(c.get('month'), 2)}-${pad(c.get('day'), 2)}`;
}

// A date after these words is when the outlet was founded ("Est. May 19, 1883" under a masthead), not when the page was.
const FOUNDED = /(?<!\p{L})(?:est\.|estd\.?|established|founded|since|gegründet|fondée?|fundad[oa]|основан[аоы]?|заснован[аоі]?)\s*(?:in\s+|en\s+|le\s+|am\s+|в\s+|у\s+)?$/iu;

// A post's stamp may count its comments beside the date ("November 1st, 2012 • 15 Comments",
// "12.03.2024 | 3 Kommentare", "DATE | Leave a comment"): a field of the stamp, not words of a sentence.
const COMMENT_COUNT = /(?<!\p{L})(?:(?:\d+|no|one)\s+(?:comments?|responses?|replies|kommentare?|commentaires?|comentarios?|commenti|komentarz[ey]?|комментари[йяев]|коментар(?:і|ів)?)|leave a (?:comment|reply)|add comment)(?!\p{L})/giu;

/** The line's date when the line is mostly a date (a dateline, a live-entry time), else null. */
export function dateLine(text: string): FoundDate | null {
  if (text.length > 80) return null;
  const [found] = findDates(text);
  if (!found || FOUNDED.test(text.slice(0, found.index))) return null;
  let rest = text;
  for (const r of parseDates(text)) rest = rest.replace(r.text, ' ');
  rest = rest.replace(/(?<!\p{L})(?:utc|gmt|cet|cest|eet|eest|msk|est|edt|bst|uhr)(?!\p{L})/giu, ' ').replace(COMMENT_COUNT, ' ').replace(/[\s\p{P}\p{S}]+/gu, ' ').trim();
  // A label such as "Updated", "Published on" or "Stand:" may stand beside the date.
  return wordCount(rest) <= 2 ? found : null;
}

/** A date value from metadata (ISO timestamp, "December 14, 2024", …) as YYYY-MM-DD, or null. */
export function normaliseDate(value: string | undefined | null): string | null {
  if (!value) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  return findDates(value).find((d) => d.iso)?.iso ?? null;
}
