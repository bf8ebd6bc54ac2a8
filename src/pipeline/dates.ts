import * as chrono from 'chrono-node';

// Locales tried in turn; English first because most of the corpus is English.
const PARSERS: chrono.Chrono[] = [chrono.en, chrono.de, chrono.fr, chrono.es, chrono.pt, chrono.it, chrono.nl, chrono.ru, chrono.uk, chrono.sv].map((l) => l.casual);

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
  return parseDates(text, reference).filter(isWrittenDate).map((r) => ({
    text: r.text,
    index: r.index,
    iso: r.start.isCertain('year') && r.start.isCertain('day') ? ymd(r.start) : null,
    resolved: reference && r.start.isCertain('day') ? ymd(r.start) : null,
    hasDay: r.start.isCertain('day'),
  }));
}

// A written date has a year, a numeric day and month, or a word beside a day number
// ("December 14", "14 декабря", "Feb. 7"). Lines without any are not given to chrono, which
// would otherwise try all ten locales on every short line that holds a digit.
const MAY_HOLD_DATE = /(?<!\d)(?:1[89]|20)\d{2}(?!\d)|\d{1,2}[./-]\d{1,2}|\p{L}{3,}\.?\s+\d{1,2}(?!\d)|(?<!\d)\d{1,2}\.?\s+\p{L}{3,}/u;

/** Every date or time expression chrono finds, from the first locale that finds a written date. */
function parseDates(text: string, reference?: Date): chrono.ParsedResult[] {
  if (!MAY_HOLD_DATE.test(text)) return [];
  for (const parser of PARSERS) {
    const results = parser.parse(text, reference ?? new Date(Date.UTC(2000, 0, 1)), { forwardDate: !!reference });
    if (results.some(isWrittenDate)) return results;
  }
  return [];
}

function isWrittenDate(r: chrono.ParsedResult): boolean {
  const relative = [...r.tags()].some((t) => /relative|casual/i.test(t));
  return !relative && (r.start.isCertain('month') || r.start.isCertain('year'));
}

function ymd(c: chrono.ParsedComponents): string {
  const pad = (n: number | null, w: number) => String(n ?? 0).padStart(w, '0');
  return `${pad(c.get('year'), 4)}-${pad(c.get('month'), 2)}-${pad(c.get('day'), 2)}`;
}

/** The line's date when the line is mostly a date (a dateline, a live-entry time), else null. */
export function dateLine(text: string): FoundDate | null {
  if (text.length > 80) return null;
  const [found] = findDates(text);
  if (!found) return null;
  let rest = text;
  for (const r of parseDates(text)) rest = rest.replace(r.text, ' ');
  rest = rest.replace(/(?<!\p{L})(?:utc|gmt|cet|cest|eet|eest|msk|est|edt|bst|uhr)(?!\p{L})/giu, ' ').replace(/[\s\p{P}\p{S}]+/gu, ' ').trim();
  // A label such as "Updated", "Published on" or "Stand:" may stand beside the date.
  return rest.split(' ').filter(Boolean).length <= 2 ? found : null;
}

/** A date value from metadata (ISO timestamp, "December 14, 2024", …) as YYYY-MM-DD, or null. */
export function normaliseDate(value: string | undefined | null): string | null {
  if (!value) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  return findDates(value).find((d) => d.iso)?.iso ?? null;
}
