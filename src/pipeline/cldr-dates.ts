// Written dates in languages chrono has no locale for ("28 octombrie 2024", "2024. október 28.",
// "28 Οκτωβρίου 2024", "28 באוקטובר 2024", "2024 m. spalio 28 d."). Each language's own long
// date pattern and month names come from the runtime's CLDR data (Intl.DateTimeFormat), so a
// language is added by adding its code, not by writing its months out. Only a whole date (day,
// month and year, in the language's order) is read: a month name alone is too often a word.
import type * as chrono from 'chrono-node';
import { escapeRegExp } from './words.ts';

// Thai's month names with the Gregorian calendar's year: Thai pages print the year of either era,
// the Buddhist one 543 years ahead ("2 ก.ย. 2567" is 2 September 2024), which is read as such.
const THAI = 'th-u-ca-gregory';
const BUDDHIST_YEAR = String.raw`(?<year>(?:19|20|25)\d{2})`;
const BUDDHIST_ERA_OFFSET = 543;

/**
 * Languages of the press that writes about the war whose dates chrono does not read. Croatian is
 * left out: its "listopad" is October, the Polish and Czech one November, and those are read
 * already (dates.ts).
 */
const LANGUAGES = ['ro', 'hu', 'tr', 'el', 'bg', 'mk', 'sr', 'sr-Latn', 'bs', 'sl', 'sk', 'lt', 'lv', 'et', 'fi', 'da', 'nb', 'ca', 'sq', 'he', 'ar', 'be', 'ka', 'az', 'kk', 'id', 'ms', 'vi', 'hi', THAI];

/**
 * Regions that name a language's months their own way, read with it: Arabic pages in the Levant
 * write the Syriac names ("19 نيسان 2018"), in Algeria and Tunisia the French ones ("أفريل"), in
 * Morocco others again ("غشت"), where Egypt and the Gulf write "أبريل".
 */
const REGIONAL_MONTHS: Record<string, string[]> = { ar: ['ar-SY', 'ar-DZ', 'ar-MA'] };

const DAY = String.raw`(?<day>\d{1,2})`;
const YEAR = String.raw`(?<year>(?:19|20)\d{2})`;

/** A language's month spellings (format and standalone, full and short, its regions' too), as monthKey writes them, each with its number. */
function monthNames(language: string): Map<string, number> {
  const names = new Map<string, number>();
  const add = (name: string | undefined, month: number) => {
    const spelling = name && monthKey(name.toLocaleLowerCase(language).replace(/\.$/u, ''));
    if (spelling && /\p{L}/u.test(spelling) && !names.has(spelling)) names.set(spelling, month);
  };
  // (A formatter is costly to build and cheap to use: four per locale, not four per month.)
  for (const locale of [language, ...(REGIONAL_MONTHS[language] ?? [])]) {
    for (const width of ['long', 'short'] as const) {
      const inDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: width, year: 'numeric', timeZone: 'UTC' });
      const alone = new Intl.DateTimeFormat(locale, { month: width, timeZone: 'UTC' });
      for (let month = 1; month <= 12; month++) {
        const date = Date.UTC(2024, month - 1, 15);
        add(inDate.formatToParts(date).find((p) => p.type === 'month')?.value, month);
        add(alone.format(date), month);
      }
    }
  }
  return names;
}

// Arabic writes an alef with its hamza or without, above or below: "أبريل" and "إبريل" are one month.
const ALEF = /[اأإآ]/gu;

/** A month's spelling as the names are kept and looked up: lower case, its spaces single, every alef bare. */
function monthKey(spelling: string): string {
  return spelling.toLowerCase().replace(/\s+/gu, ' ').replace(ALEF, 'ا');
}

/**
 * What is written between the fields: its spaces any whitespace, a full stop optional before a
 * space, and a comma allowed before a space, as pages print a year apart ("29 septembrie, 2025").
 */
function literal(text: string): string {
  return escapeRegExp(text).replace(/\\\.(?=\s)/gu, '\\.?').replace(/\s+/gu, ',?\\s*');
}

interface Language {
  /** The name of the pattern's group that holds this language's month. */
  group: string;
  months: Map<string, number>;
}

/** One alternative per language, its fields in the language's order; the trailing literal ("г.", ".") is not required. */
function buildPattern(): { pattern: RegExp; languages: Language[] } {
  const languages: Language[] = [];
  const alternatives: string[] = [];
  for (const [index, language] of LANGUAGES.entries()) {
    const group = `month${index}`;
    const months = monthNames(language);
    const spellings = [...months.keys()].sort((a, b) => b.length - a.length).map((s) => escapeRegExp(s).replace(/\s+/gu, '\\s+').replace(ALEF, '[اأإآ]'));
    const parts = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatToParts(Date.UTC(2024, 9, 28));
    while (parts.at(-1)?.type === 'literal') parts.pop();
    const body = parts
      .map((p) => (p.type === 'day' ? DAY : p.type === 'year' ? (language === THAI ? BUDDHIST_YEAR : YEAR) : p.type === 'month' ? `(?<${group}>${spellings.join('|')})\\.?` : literal(p.value)))
      .join('');
    alternatives.push(body);
    languages.push({ group, months });
  }
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu'), languages };
}

let built: ReturnType<typeof buildPattern> | undefined;

/** chrono's parser for these languages' whole written dates (built on first use). */
export const CLDR_DATE: chrono.Parser = {
  pattern: () => (built ??= buildPattern()).pattern,
  extract: (context, match) => {
    if (!opensWord(context.text, match.index ?? 0)) return null;
    const groups = match.groups ?? {};
    const language = built!.languages.find((l) => groups[l.group] !== undefined);
    const month = language?.months.get(monthKey(groups[language.group]!));
    const day = Number(groups.day);
    if (!month || day < 1 || day > 31) return null;
    const year = Number(groups.year);
    return { day, month, year: year >= 2400 ? year - BUDDHIST_ERA_OFFSET : year };
  },
};

/**
 * True when a match starts a word. chrono tries a pattern again on the text after a rejected
 * match's first character, where a look-behind no longer sees what stood before ("32 octombrie"
 * would be read again as "2 octombrie"): the parsers check it against the whole text.
 */
export function opensWord(text: string, at: number): boolean {
  return at === 0 || !/[\p{L}\p{N}]/u.test(text.charAt(at - 1));
}
