// Analyse stage, timeline: dated events in the text. Absolute dates ("Dec. 1", "February
// 2022") and relative ones ("Saturday", "last month", "in August", "six months ago") are
// resolved against the date of the source that prints them (chrono-node). A source with no
// date gives only the dates it writes out in full. A year left out is taken as the one that
// does not put the event after the article, and dates that still fall after it are dropped.
// Rule-based: the label is the sentence itself.
import { chronoFor } from '../dates.ts';
import type { Source } from '../types.ts';
import { sentencesOf } from './sentences.ts';

/** One event: when, what the sources say, and where. */
export interface TimelineEvent {
  /** YYYY-MM-DD, or YYYY-MM when the text gives only a month. */
  date: string;
  label: string;
  topics: string[];
  sources: { source: string; paragraph: string }[];
}

/** Share of the shorter label's words the other must contain to be the same event. */
const SAME_EVENT = 0.5;

/**
 * A "sentence" longer than this is a page without full stops, not an event's label (the label is
 * the sentence itself), and chrono's time grows with the square of its length: it is not dated.
 */
export const MAX_EVENT_SENTENCE = 1000;
/**
 * A new mention is compared with at most this many of its day's events: the ones mentioned most
 * recently, in the order they were found. A page of 8,000 sentences about one Monday made 32
 * million comparisons; an event that keeps being reported stays among these.
 */
export const SAME_DAY_COMPARED = 200;

/** A day's events a new mention is compared with, with their words and when each was last mentioned. */
interface DayWindow {
  events: TimelineEvent[];
  words: Set<string>[];
  mentioned: number[];
}

/** Builds the dossier's timeline from every paragraph of every source, oldest first. */
export function buildTimeline(sources: Source[]): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  // Events by date: a new mention is compared with that day's events only, not with all of them.
  const onDate = new Map<string, DayWindow>();
  let mentions = 0;
  for (const source of sources) {
    const reference = source.date ? new Date(`${source.date}T12:00:00Z`) : null;
    for (const block of source.blocks) {
      if (block.type !== 'paragraph') continue;
      for (const sentence of sentencesOf(block.text)) {
        if (sentence.length > MAX_EVENT_SENTENCE) continue;
        const dates = datesIn(sentence, reference, source.language);
        const words = dates.length ? labelWords(sentence) : new Set<string>();
        for (const date of dates) {
          mentions++;
          const day = onDate.get(date) ?? { events: [], words: [], mentioned: [] };
          onDate.set(date, day);
          const at = day.words.findIndex((w) => similar(w, words));
          if (at >= 0) {
            const same = day.events[at]!;
            day.mentioned[at] = mentions;
            if (!same.sources.some((s) => s.source === source.slug)) same.sources.push({ source: source.slug, paragraph: block.id });
            same.topics = [...new Set([...same.topics, ...block.topics])];
          } else {
            const event = { date, label: sentence, topics: [...block.topics], sources: [{ source: source.slug, paragraph: block.id }] };
            events.push(event);
            if (day.events.length >= SAME_DAY_COMPARED) forgetLeastRecent(day);
            day.events.push(event);
            day.words.push(words);
            day.mentioned.push(mentions);
          }
        }
      }
    }
  }
  return events.sort((a, b) => a.date.localeCompare(b.date) || a.label.localeCompare(b.label));
}

/** The dates a sentence names in its source's language, resolved against the source's date when it has one. */
export function datesIn(sentence: string, reference: Date | null, language: string | null = 'en'): string[] {
  const found = new Set<string>();
  for (const r of chronoFor(language).parse(sentence, reference ?? new Date(Date.UTC(2000, 0, 1)))) {
    const tags = [...r.tags()].join(' ');
    const s = r.start;
    // A weekday alone ("Saturday", "Am Samstag", "В субботу"): the latest such day up to the source's date.
    // chrono folds "night on Monday" into a time of day: the weekday is then read from its text.
    const weekday = s.isCertain('day') ? null : s.isCertain('weekday') ? s.get('weekday') : englishWeekday(r.text);
    if (/casual/i.test(tags) && !/relative/i.test(tags) && weekday === null) continue; // "today", "now"
    const relative = /relative/i.test(tags) || weekday !== null;
    if (!reference && (relative || !s.isCertain('year'))) continue;
    if (weekday !== null && reference) {
      found.add(lastWeekday(reference, weekday));
      continue;
    }
    if (!s.isCertain('month') && !relative) continue; // a bare time or year
    let date = new Date(Date.UTC(s.get('year')!, s.get('month')! - 1, s.get('day') ?? 1, 12));
    if (reference && !s.isCertain('year') && !relative && date.getTime() > reference.getTime() + 7 * 864e5) date = new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate(), 12));
    // A report tells what has happened: "a day after …" or "for three weeks" resolved forwards is no date.
    if (reference && date.getTime() > reference.getTime()) continue;
    const precise = s.isCertain('day');
    found.add(precise ? date.toISOString().slice(0, 10) : date.toISOString().slice(0, 7));
  }
  return [...found];
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'i');

function englishWeekday(text: string): number | null {
  const day = WEEKDAY.exec(text)?.[1];
  return day ? WEEKDAYS.indexOf(day.toLowerCase()) : null;
}

/** The latest given weekday on or before the reference day ("said Saturday" in a Sunday paper). */
function lastWeekday(reference: Date, weekday: number): string {
  const back = (reference.getUTCDay() - weekday + 7) % 7;
  return new Date(reference.getTime() - back * 864e5).toISOString().slice(0, 10);
}

/** Drops the day's event mentioned least recently from the events new mentions are compared with. */
function forgetLeastRecent(day: DayWindow): void {
  let oldest = 0;
  for (let i = 1; i < day.mentioned.length; i++) if (day.mentioned[i]! < day.mentioned[oldest]!) oldest = i;
  day.events.splice(oldest, 1);
  day.words.splice(oldest, 1);
  day.mentioned.splice(oldest, 1);
}

/** The words of four letters or more that two labels are compared by. */
function labelWords(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []);
}

function similar(x: Set<string>, y: Set<string>): boolean {
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return both / Math.max(1, Math.min(x.size, y.size)) >= SAME_EVENT;
}
