// The indexes: all sources, the timeline, and the month pages both go by when the dossier grows.
import type { RootContent } from 'mdast';
import type { TimelineEvent } from '../analyse/timeline.ts';
import type { Source, Topic } from '../types.ts';
import { count, heading, href, joinPhrasing, link, list, page, para, tableRow, text, type DossierPage } from './mdast.ts';
import { newest } from './sources.ts';

/** Above this many sources or events, the sources index and the timeline go by month (/months/YYYY-MM/). */
const MAX_INDEX_ROWS = 200;

/** What the indexes and a topic's timeline show of a long list before pointing to the months. */
export const NEWEST_ROWS = 50;

/** Sources and events by month, when either list is too long for one page; else null. */
export function monthsWhenLong(ordered: Source[], events: TimelineEvent[]): Map<string, MonthContent> | null {
  return ordered.length > MAX_INDEX_ROWS || events.length > MAX_INDEX_ROWS ? months(ordered, events) : null;
}

/** The index of all sources. */
export function sourceIndexPage(ordered: Source[], topics: Topic[], byMonth: Map<string, MonthContent> | null): DossierPage {
  return page('sources/', 'sources.mdx', { title: 'All sources', description: 'Every source in the dossier, by date.', kind: 'sources' }, sourceIndex(ordered, topics, byMonth));
}

/** The timeline of every dated event; by month when it is long. */
export function timelinePage(events: TimelineEvent[], byMonth: Map<string, MonthContent> | null, bySlug: Map<string, Source>): DossierPage {
  return page('timeline/', 'timeline.mdx', { title: 'Timeline', description: 'Dated events the sources report, oldest first, each with the paragraphs that date it.', kind: 'timeline' }, [
    para(text('Every event a source dates, oldest first. Relative dates ("Saturday", "last month") are resolved against the date of the source that prints them; a month alone stands for the whole month. Each event links to the paragraphs that date it.')),
    ...(byMonth
      ? [
          para(text(`${count(events.length, 'event')}, a page per month (with the sources dated that month):`)),
          monthList('timeline/', byMonth, 'events'),
          heading(2, `The latest ${NEWEST_ROWS} events`),
          ...timelineList('timeline/', events.slice(-NEWEST_ROWS), bySlug),
        ]
      : timelineList('timeline/', events, bySlug)),
  ]);
}

/** A page per month, when the indexes go by month. */
export function monthPages(byMonth: Map<string, MonthContent> | null, topics: Topic[], bySlug: Map<string, Source>): DossierPage[] {
  return byMonth ? [...byMonth].map(([month, content]) => monthPage(month, content, topics, bySlug)) : [];
}

function sourceIndex(sources: Source[], topics: Topic[], byMonth: Map<string, MonthContent> | null): RootContent[] {
  const from = 'sources/';
  if (!byMonth) return [para(text(`${count(sources.length, 'source')}, oldest first; undated sources come last.`)), sourceTable(from, sources, topics)];
  return [
    para(text(`${count(sources.length, 'source')}, a page per month (with the events dated that month):`)),
    monthList(from, byMonth, 'sources'),
    heading(2, `The ${NEWEST_ROWS} newest sources`),
    sourceTable(from, newest(sources, NEWEST_ROWS), topics),
  ];
}

/** Sources in a table: date, outlet, title, topics. */
function sourceTable(from: string, sources: Source[], topics: Topic[]): RootContent {
  const titles = new Map(topics.map((t) => [t.id, t.title]));
  return {
    type: 'table',
    align: ['left', 'left', 'left', 'left'],
    children: [
      tableRow([[text('Date')], [text('Outlet')], [text('Title')], [text('Topics')]]),
      ...sources.map((s) =>
        tableRow([
          [text(s.date ?? 'undated')],
          [text(s.outlet ?? 'not stated')],
          [link(href(from, `sources/${s.slug}/`), s.title)],
          joinPhrasing(s.topics.map((id) => [link(href(from, `topics/${id}/`), titles.get(id) ?? id)]), ', '),
        ]),
      ),
    ],
  };
}

/** What one month holds: the sources dated in it and the events dated in it. */
interface MonthContent {
  sources: Source[];
  events: TimelineEvent[];
}

/** Sources and events by month (YYYY-MM, or "undated" for sources without a date), oldest first. */
function months(ordered: Source[], events: TimelineEvent[]): Map<string, MonthContent> {
  const byMonth = new Map<string, MonthContent>();
  const at = (month: string) => byMonth.get(month) ?? byMonth.set(month, { sources: [], events: [] }).get(month)!;
  for (const s of ordered) at(s.date?.slice(0, 7) ?? 'undated').sources.push(s);
  for (const e of events) at(e.date.slice(0, 7)).events.push(e);
  return new Map([...byMonth].sort(([a], [b]) => (a === 'undated' ? 1 : b === 'undated' ? -1 : a.localeCompare(b))));
}

/** "August 2024", or "Undated" for the sources without a date. */
function monthTitle(month: string): string {
  if (month === 'undated') return 'Undated';
  return new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}

/** Links to the month pages, with how many sources or events each holds. */
function monthList(from: string, byMonth: Map<string, MonthContent>, counted: 'sources' | 'events'): RootContent {
  return list(
    [...byMonth]
      .filter(([, c]) => c[counted].length > 0)
      .map(([month, c]) => para(link(href(from, `months/${month}/`), monthTitle(month)), text(` (${count(c[counted].length, counted === 'sources' ? 'source' : 'event')})`))),
  );
}

/** One month: the sources dated in it and the events the sources date in it. */
function monthPage(month: string, content: MonthContent, topics: Topic[], bySlug: Map<string, Source>): DossierPage {
  const from = `months/${month}/`;
  const title = monthTitle(month);
  const body: RootContent[] = [para(text('Part of '), link(href(from, 'sources/'), 'all sources'), text(' and of '), link(href(from, 'timeline/'), 'the timeline'), text(', by month.'))];
  if (content.sources.length) body.push(heading(2, month === 'undated' ? 'Sources without a date' : `Sources dated ${title}`), sourceTable(from, content.sources, topics));
  if (content.events.length) body.push(heading(2, `Events dated ${title}`), ...timelineList(from, content.events, bySlug));
  return page(from, `months/${month}.mdx`, { title: month === 'undated' ? 'Undated sources' : title, description: `The sources dated ${title} and the events they date in it.`, kind: 'month' }, body);
}

export function timelineList(from: string, events: TimelineEvent[], bySlug: Map<string, Source>): RootContent[] {
  return [
    list(
      events.map((e) =>
        para(
          { type: 'strong', children: [text(e.date)] },
          text(`: ${e.label} (`),
          ...joinPhrasing(e.sources.map((s) => [link(href(from, `sources/${s.source}/#${s.paragraph}`), bySlug.get(s.source)?.outlet ?? 'outlet not stated')]), ', '),
          text(')'),
        ),
      ),
    ),
  ];
}
