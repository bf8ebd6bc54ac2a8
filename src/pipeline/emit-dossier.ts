// Emit stage, dossier pages: the overview, the topic pages and the two indexes, written as MDX
// from the ingested sources. Like the source files they are mdast trees serialised by
// mdast-util-to-markdown, so quoted article text stays text. Links are relative to each page,
// so the site works under any base path.
import type { BlockContent, List, ListItem, PhrasingContent, Root, RootContent, TableRow } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { frontMatterText, GENERATED_MARK } from './emit.ts';
import type { Analysis } from './analyse/index.ts';
import type { ClaimGroup } from './analyse/claims.ts';
import type { Entity } from './analyse/entities.ts';
import type { QuoteGroup } from './analyse/quotes.ts';
import type { TimelineEvent } from './analyse/timeline.ts';
import { otherSpellings } from './tag.ts';
import type { Block, Source, Topic } from './types.ts';

/** A generated page: its path inside the site ('' is the home page) and its MDX text. */
export interface DossierPage {
  path: string;
  file: string;
  text: string;
}

/** A paragraph of a source that carries a topic. */
interface Passage {
  source: Source;
  block: Block;
}

// Above this many sources the overview diagram shows how topics connect, not every source.
const MAX_SOURCES_IN_DIAGRAM = 20;
// Lists on the overview and on entity pages stop here; the full lists are the sources index and
// the data exports. Pages that grow with the dossier would make every build grow faster than it.
const MAX_COVERAGE_ROWS = 50;
const MAX_MENTIONS = 100;
/** A topic page quotes the passages of this many sources (the newest); earlier ones get pages of their own. */
const SOURCES_PER_PASSAGE_PAGE = 50;
/** Above this many sources or events, the sources index and the timeline go by month (/months/YYYY-MM/). */
const MAX_INDEX_ROWS = 200;
/** What the indexes and a topic's timeline show of a long list before pointing to the months. */
const NEWEST_ROWS = 50;
/** A figures table longer than twice this shows this many of the lowest and of the highest values. */
const FIGURE_EXTREMES = 50;
const NEWEST_SOURCES = 5;

/** What several pages look up, computed once per run. */
interface Lookups {
  bySlug: Map<string, Source>;
  /** Each topic's passages, by topic id, sources oldest first. */
  passages: Map<string, Passage[]>;
  /** For every copy of a shared passage (`source#paragraph`), the passage it belongs to. */
  owners: Map<string, string>;
  /** "3 of 12": where a paragraph stands in its source. */
  paragraphNumber: (slug: string, id: string) => string;
  /** A source's block by its id. */
  blockAt: (slug: string, id: string) => Block | undefined;
}

/** Emit stage: sources and topics → the dossier's overview, topic pages and indexes. */
export function emitDossier(sources: Source[], topics: Topic[], analysis: Analysis): DossierPage[] {
  const ordered = [...sources].sort(byDate);
  const bySlug = new Map(sources.map((s) => [s.slug, s]));
  const lookups: Lookups = { bySlug, passages: passagesByTopic(ordered, topics), owners: passageOwners(analysis), ...blockLookups(bySlug) };
  const byMonth = ordered.length > MAX_INDEX_ROWS || analysis.timeline.length > MAX_INDEX_ROWS ? months(ordered, analysis.timeline) : null;
  return [
    page('', 'index.mdx', { title: 'Kursk dossier', description: overviewDescription(topics), kind: 'overview', diagram: true }, overview(ordered, topics, lookups.passages)),
    page('topics/', 'topics/index.mdx', { title: 'Topics', description: 'The topics this dossier follows, with how many sources and passages each has.', kind: 'topics' }, topicIndex(topics, lookups.passages)),
    page('sources/', 'sources.mdx', { title: 'All sources', description: 'Every source in the dossier, by date.', kind: 'sources' }, sourceIndex(ordered, topics, byMonth)),
    page('entities/', 'entities/index.mdx', { title: 'People, places and organisations', description: 'Everyone and everything the sources name, with every spelling they use.', kind: 'entities' }, entityIndex(analysis.entities)),
    ...analysis.entities.map((e) =>
      page(`entities/${e.id}/`, `entities/${e.id}.mdx`, { title: e.name, description: `${capitalise(e.type)} named in ${e.mentions.length} paragraphs of the sources.`, kind: 'entity' }, entityPage(e, bySlug)),
    ),
    page('timeline/', 'timeline.mdx', { title: 'Timeline', description: 'Dated events the sources report, oldest first, each with the paragraphs that date it.', kind: 'timeline' }, [
      para(text('Every event a source dates, oldest first. Relative dates ("Saturday", "last month") are resolved against the date of the source that prints them; a month alone stands for the whole month. Each event links to the paragraphs that date it.')),
      ...(byMonth
        ? [
            para(text(`${count(analysis.timeline.length, 'event')}, a page per month (with the sources dated that month):`)),
            monthList('timeline/', byMonth, 'events'),
            heading(2, `The latest ${NEWEST_ROWS} events`),
            ...timelineList('timeline/', analysis.timeline.slice(-NEWEST_ROWS), bySlug),
          ]
        : timelineList('timeline/', analysis.timeline, bySlug)),
    ]),
    ...(byMonth ? [...byMonth].map(([month, content]) => monthPage(month, content, topics, bySlug)) : []),
    ...topics.flatMap((topic) => topicPages(topic, ordered, topics, analysis, lookups)),
  ];
}

function page(path: string, file: string, data: Record<string, unknown>, body: RootContent[]): DossierPage {
  const yaml = frontMatterText(`${GENERATED_MARK} from the ingested sources and content/topics.`, { ...data, path });
  const tree: Root = { type: 'root', children: [{ type: 'yaml', value: yaml }, ...body] };
  return { path, file, text: toMarkdown(tree, { extensions: [frontmatterToMarkdown(['yaml']), gfmToMarkdown(), mdxToMarkdown()] }) };
}

function overviewDescription(topics: Topic[]): string {
  return `A source-linked dossier on ${topics.map((t) => t.title).join('; ')}.`;
}

function overview(sources: Source[], topics: Topic[], passages: Map<string, Passage[]>): RootContent[] {
  const from = '';
  const sourcesWith = (t: Topic) => new Set(passages.get(t.id)!.map((p) => p.source)).size;
  return [
    para(
      text(
        `This dossier gathers ${sources.length} news reports and lets you check every statement against the paragraph it comes from. ` +
          'Each source is shown as it was published, without the page around it; what was removed is listed on the source page.',
      ),
    ),
    heading(2, 'Topics'),
    list(
      topics.map((t) =>
        para(
          link(href(from, `topics/${t.id}/`), t.title),
          text(`: ${t.summary} ${count(sourcesWith(t), 'source')}, ${count(passages.get(t.id)!.length, 'passage')}.`),
        ),
      ),
    ),
    heading(2, 'Coverage'),
    para(
      text(
        sources.length <= MAX_COVERAGE_ROWS
          ? 'Which sources speak to which topic: the number of each source’s paragraphs that carry the topic.'
          : `Which sources speak to which topic: the number of each source’s paragraphs that carry the topic, for the ${MAX_COVERAGE_ROWS} newest of ${sources.length} sources. `,
      ),
      ...(sources.length <= MAX_COVERAGE_ROWS ? [] : [link(href(from, 'sources/'), 'All sources'), text(' lists every source with its topics.')]),
    ),
    coverageTable(from, newest(sources, MAX_COVERAGE_ROWS), topics),
    heading(2, 'How the topics and sources connect'),
    para(text(diagramDescription(sources, topics))),
    mermaid('Topics and the sources that cover them', overviewDiagram(sources, topics)),
    heading(2, 'Data'),
    para(text('The findings as files, for your own tools: ')),
    list(
      [
        ['data/sources.json', 'sources (JSON)'],
        ['data/sources.csv', 'sources (CSV)'],
        ['data/claims.json', 'figures and where sources disagree (JSON)'],
        ['data/claims.csv', 'figures (CSV)'],
        ['data/quotes.json', 'versions of the same quote (JSON)'],
        ['data/shared-passages.json', 'passages several sources carry, every copy (JSON)'],
        ['data/timeline.json', 'dated events (JSON)'],
        ['data/entities.json', 'people, places and organisations, with their spellings (JSON)'],
      ].map(([file, label]) => para(link(href(from, file!), label!))),
    ),
    heading(2, 'Newest sources'),
    list(
      [...sources]
        .filter((s) => s.date)
        .reverse()
        .slice(0, NEWEST_SOURCES)
        .map((s) => para(text(`${s.date}: `), link(href(from, `sources/${s.slug}/`), s.title), text(` (${s.outlet ?? 'outlet not stated'})`))),
    ),
  ];
}

function coverageTable(from: string, sources: Source[], topics: Topic[]): RootContent {
  const row = (cells: PhrasingContent[][]): TableRow => ({ type: 'tableRow', children: cells.map((children) => ({ type: 'tableCell', children })) });
  return {
    type: 'table',
    align: ['left', 'left', ...topics.map(() => 'right' as const)],
    children: [
      row([[text('Date')], [text('Source')], ...topics.map((t) => [text(t.title)])]),
      ...sources.map((s) =>
        row([
          [text(s.date ?? 'undated')],
          [link(href(from, `sources/${s.slug}/`), `${s.outlet ?? 'Outlet not stated'}: ${s.title}`)],
          ...topics.map((t) => [text(String(s.blocks.filter((b) => b.topics.includes(t.id)).length))]),
        ]),
      ),
    ],
  };
}

function diagramDescription(sources: Source[], topics: Topic[]): string {
  return sources.length <= MAX_SOURCES_IN_DIAGRAM
    ? 'The diagram links each topic to the sources that carry it; the table above gives the same links with paragraph counts.'
    : `With ${sources.length} sources the diagram shows the topics only, linked by how many sources carry both; the table above lists every source.`;
}

function overviewDiagram(sources: Source[], topics: Topic[]): string {
  const lines = ['flowchart LR'];
  topics.forEach((t, i) => lines.push(`  t${i}(["${label(t.title)}"])`));
  if (sources.length <= MAX_SOURCES_IN_DIAGRAM) {
    sources.forEach((s, j) => {
      lines.push(`  s${j}["${label(sourceLabel(s))}"]`);
      topics.forEach((t, i) => {
        if (s.topics.includes(t.id)) lines.push(`  t${i} --- s${j}`);
      });
    });
  } else {
    topics.forEach((a, i) =>
      topics.slice(i + 1).forEach((b, k) => {
        const shared = sources.filter((s) => s.topics.includes(a.id) && s.topics.includes(b.id)).length;
        if (shared) lines.push(`  t${i} ---|"${shared} sources"| t${i + 1 + k}`);
      }),
    );
  }
  return lines.join('\n');
}

function topicIndex(topics: Topic[], passages: Map<string, Passage[]>): RootContent[] {
  return [
    list(
      topics.map((t) =>
        para(
          link(href('topics/', `topics/${t.id}/`), t.title),
          text(`: ${t.summary} ${count(new Set(passages.get(t.id)!.map((p) => p.source)).size, 'source')}, ${count(passages.get(t.id)!.length, 'passage')}.`),
        ),
      ),
    ),
  ];
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
  const row = (cells: PhrasingContent[][]): TableRow => ({ type: 'tableRow', children: cells.map((children) => ({ type: 'tableCell', children })) });
  return {
    type: 'table',
    align: ['left', 'left', 'left', 'left'],
    children: [
      row([[text('Date')], [text('Outlet')], [text('Title')], [text('Topics')]]),
      ...sources.map((s) =>
        row([
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

/** A topic's page, and its pages of earlier passages when it has more sources than one page quotes. */
function topicPages(topic: Topic, sources: Source[], topics: Topic[], analysis: Analysis, lookups: Lookups): DossierPage[] {
  const passages = lookups.passages.get(topic.id)!;
  const pages = passagePages(Map.groupBy(passages, (p) => p.source));
  const data = { title: topic.title, description: topic.summary, kind: 'topic', topic: topic.id, diagram: true, alsoSpelled: otherSpellings(passages.map((p) => p.block.text).join('\n'), topics) };
  return [page(`topics/${topic.id}/`, `topics/${topic.id}.mdx`, data, topicPage(topic, sources, topics, analysis, lookups, pages)), ...earlierPassagePages(topic, pages, lookups)];
}

function topicPage(topic: Topic, sources: Source[], topics: Topic[], analysis: Analysis, lookups: Lookups, pages: [Source, Passage[]][][]): RootContent[] {
  const from = `topics/${topic.id}/`;
  const { bySlug, paragraphNumber, blockAt } = lookups;
  const passages = lookups.passages.get(topic.id)!;
  const sourceCount = pages.reduce((n, p) => n + p.length, 0);
  const related = relatedTopics(topic, sources, topics);
  const out: RootContent[] = [
    para(text(topic.summary)),
    heading(2, 'What the sources say'),
    para(text(`${count(sourceCount, 'source')} carry this topic, in ${count(passages.length, 'passage')}. Each quote links to its paragraph in the source.`)),
  ];
  if (pages.length > 1) {
    out.push(para(text(`Here are the passages of the ${pages[0]!.length} newest sources. Earlier sources:`)));
    out.push(earlierPagesList(from, topic, pages));
  }
  out.push(...quotedPassages(from, pages[0] ?? [], lookups));
  const groups = analysis.groups.filter((g) => g.claims.some((c) => blockAt(c.source, c.paragraph)?.topics.includes(topic.id)));
  if (groups.length) {
    out.push(heading(2, 'Figures the sources give'));
    out.push(para(text('Each figure as the source prints it, converted to one unit where needed (miles to km, square miles to km²), with who the source says gave it. A group is marked where two sources give different values.')));
    for (const group of groups) out.push(...claimTable(from, group, bySlug, paragraphNumber));
  }
  const quoteGroups = analysis.quotes.filter((g) => g.variants.some((v) => blockAt(v.source, v.paragraph)?.topics.includes(topic.id)));
  if (quoteGroups.length) {
    out.push(heading(2, 'One statement, several versions'));
    out.push(para(text('The same words as different sources print them, often in different translations. In each version, the words that differ from another version are marked.')));
    for (const group of quoteGroups) out.push(...quoteVersions(from, group, bySlug, paragraphNumber));
  }
  const events = analysis.timeline.filter((e) => e.topics.includes(topic.id));
  if (events.length) {
    out.push(heading(2, 'Timeline'));
    if (events.length > NEWEST_ROWS * 2) {
      out.push(para(text(`The latest ${NEWEST_ROWS} of ${count(events.length, 'event')} on this topic; `), link(href(from, 'timeline/'), 'the timeline'), text(' has them all.')));
      out.push(...timelineList(from, events.slice(-NEWEST_ROWS), bySlug));
    } else out.push(...timelineList(from, events, bySlug));
  }
  out.push(heading(2, 'Related topics'));
  out.push(
    related.length
      ? list(related.map(({ topic: t, sources: n, paragraphs: m }) => para(link(href(from, `topics/${t.id}/`), t.title), text(`: ${count(n, 'source')} carry both; ${count(m, 'paragraph')} speak to both.`))))
      : para(text('No other topic shares a source with this one.')),
  );
  out.push(heading(2, 'How the sources connect'));
  out.push(
    para(
      text(
        sourceCount <= MAX_SOURCES_IN_DIAGRAM
          ? 'The diagram links this topic to each source that carries it, and each of those sources to the other topics it carries; the lists above say the same in words.'
          : `With ${sourceCount} sources the diagram links this topic to the other topics, by how many sources carry both; the lists above name the sources.`,
      ),
    ),
  );
  out.push(mermaid(`${topic.title}: sources and the other topics they carry`, topicDiagram(topic, pages.flat().map(([s]) => s).sort(byDate), topics)));
  return out;
}

/** The sources of a topic in pages of passages: the newest first, each page in date order. */
function passagePages(bySource: Map<Source, Passage[]>): [Source, Passage[]][][] {
  const all = [...bySource];
  const pages: [Source, Passage[]][][] = [];
  for (let end = all.length; end > 0; end -= SOURCES_PER_PASSAGE_PAGE) pages.push(all.slice(Math.max(0, end - SOURCES_PER_PASSAGE_PAGE), end));
  return pages;
}

/** Links to a topic's pages of earlier passages, with the dates each covers. */
function earlierPagesList(from: string, topic: Topic, pages: [Source, Passage[]][][]): RootContent {
  return list(
    pages.slice(1).map((sources, i) => {
      const dates = sources.map(([s]) => s.date ?? 'undated');
      return para(link(href(from, `topics/${topic.id}/${i + 2}/`), `${dates[0]} to ${dates.at(-1)}`), text(` (${count(sources.length, 'source')})`));
    }),
  );
}

/** Pages 2, 3, … of a topic's passages, when it has more sources than one page quotes. */
function earlierPassagePages(topic: Topic, pages: [Source, Passage[]][][], lookups: Lookups): DossierPage[] {
  return pages.slice(1).map((chunk, i) => {
    const from = `topics/${topic.id}/${i + 2}/`;
    const dates = `${chunk[0]![0].date ?? 'undated'} to ${chunk.at(-1)![0].date ?? 'undated'}`;
    return page(
      from,
      `topics/${topic.id}/${i + 2}.mdx`,
      { title: `${topic.title}: sources from ${dates}`, description: `Passages on ${topic.title} from ${count(chunk.length, 'source')} dated ${dates}.`, kind: 'passages', topic: topic.id },
      [
        para(text('Passages on '), link(href(from, `topics/${topic.id}/`), topic.title), text(` from ${count(chunk.length, 'source')}, in date order. The other pages:`)),
        earlierPagesList(from, topic, pages),
        ...quotedPassages(from, chunk, lookups),
      ],
    );
  });
}

function passageOwners(analysis: Analysis): Map<string, string> {
  const owners = new Map<string, string>();
  for (const passage of analysis.shared) for (const copy of passage.copies) owners.set(`${copy.source}#${copy.paragraph}`, passage.id);
  return owners;
}

/**
 * Where a paragraph stands in its source, and a block by its id: each source's blocks indexed
 * once, on first use. Searched for every passage, they made a source of 20,000 topic paragraphs
 * take 13 s to emit.
 */
function blockLookups(bySlug: Map<string, Source>): Pick<Lookups, 'paragraphNumber' | 'blockAt'> {
  const indexes = new Map<string, { blocks: Map<string, Block>; paragraphAt: Map<string, number>; paragraphs: number }>();
  const indexOf = (slug: string) => {
    let index = indexes.get(slug);
    if (!index) {
      const blocks = bySlug.get(slug)?.blocks ?? [];
      const paragraphs = blocks.filter((b) => b.type === 'paragraph');
      index = { blocks: new Map(blocks.map((b) => [b.id, b])), paragraphAt: new Map(paragraphs.map((b, i) => [b.id, i])), paragraphs: paragraphs.length };
      indexes.set(slug, index);
    }
    return index;
  };
  return {
    paragraphNumber: (slug, id) => {
      const index = indexOf(slug);
      return `${(index.paragraphAt.get(id) ?? -1) + 1} of ${index.paragraphs}`;
    },
    blockAt: (slug, id) => indexOf(slug).blocks.get(id),
  };
}

/** Each source's passages quoted under its outlet and date; a passage several sources share is quoted once, the later copies named under it. */
function quotedPassages(from: string, sources: [Source, Passage[]][], { owners, paragraphNumber }: Lookups): RootContent[] {
  const out: RootContent[] = [];
  const quoted = new Map<string, BlockContent[]>();
  for (const [source, quotedHere] of sources) {
    out.push(heading(3, `${source.outlet ?? 'Outlet not stated'}, ${source.date ?? 'undated'}`));
    out.push(para(link(href(from, `sources/${source.slug}/`), source.title), text(credit(source))));
    for (const { block } of quotedHere) {
      const key = owners.get(`${source.slug}#${block.id}`) ?? `${source.slug}#${block.id}`;
      const first = quoted.get(key);
      const citation = link(href(from, `sources/${source.slug}/#${block.id}`), `${source.outlet ?? 'Outlet not stated'}, paragraph ${paragraphNumber(source.slug, block.id)}`);
      if (first) {
        first.push(para(text('Also carried, near word for word, by '), citation));
        continue;
      }
      const children: BlockContent[] = [para(text(block.text)), para(link(href(from, `sources/${source.slug}/#${block.id}`), `Paragraph ${paragraphNumber(source.slug, block.id)} in the source`))];
      quoted.set(key, children);
      out.push({ type: 'blockquote', children });
    }
  }
  return out;
}

function claimTable(from: string, group: ClaimGroup, bySlug: Map<string, Source>, paragraphNumber: (slug: string, id: string) => string): RootContent[] {
  const row = (cells: PhrasingContent[][]): TableRow => ({ type: 'tableRow', children: cells.map((children) => ({ type: 'tableCell', children })) });
  const sorted = [...group.claims].sort((a, b) => a.value - b.value);
  // Where sources disagree shows at the extremes; the figures between them are in the export.
  const cut = sorted.length > FIGURE_EXTREMES * 2;
  const claims = cut ? [...sorted.slice(0, FIGURE_EXTREMES), ...sorted.slice(-FIGURE_EXTREMES)] : sorted;
  return [
    heading(3, `${capitalise(group.subject)} (${group.unit})${group.disagree ? ': sources disagree' : ''}`),
    ...(cut
      ? [
          para(
            text(`The ${FIGURE_EXTREMES} lowest and ${FIGURE_EXTREMES} highest of ${sorted.length} figures; the ${sorted.length - FIGURE_EXTREMES * 2} between them are in `),
            link(href(from, 'data/claims.csv'), 'the figures export'),
            text('.'),
          ),
        ]
      : []),
    {
      type: 'table',
      align: ['right', 'left', 'left', 'left', 'left', 'left'],
      children: [
        row([[text('Value')], [text('As printed')], [text('Language')], [text('Said by')], [text('Refers to')], [text('Source')]]),
        ...claims.map((c) => {
          const source = bySlug.get(c.source)!;
          return row([
            [text(c.value.toLocaleString('en-US'))],
            [text(c.text)],
            [text(source.language ?? 'not stated')],
            [text(c.attribution ?? 'not stated')],
            [text(c.when ?? 'not stated')],
            [link(href(from, `sources/${c.source}/#${c.paragraph}`), `${source.outlet ?? 'Outlet not stated'}, ${source.date ?? 'undated'}, ¶ ${paragraphNumber(c.source, c.paragraph)}`)],
          ]);
        }),
      ],
    },
  ];
}

function quoteVersions(from: string, group: QuoteGroup, bySlug: Map<string, Source>, paragraphNumber: (slug: string, id: string) => string): RootContent[] {
  const opening = group.variants[0]!.text.split(' ').slice(0, 8).join(' ');
  return [
    heading(3, `${group.speaker ?? 'Speaker not stated'}: "${opening}…"`),
    list(
      group.variants.map((v) => {
        const source = bySlug.get(v.source)!;
        const marked: PhrasingContent[] = v.segments.map((s) =>
          s.differs ? { type: 'mdxJsxTextElement', name: 'mark', attributes: [], children: [text(s.text)] } : text(s.text),
        );
        return para(text('“'), ...marked, text('” ('), link(href(from, `sources/${v.source}/#${v.paragraph}`), `${source.outlet ?? 'Outlet not stated'}, ${source.date ?? 'undated'}, ¶ ${paragraphNumber(v.source, v.paragraph)}`), text(')'));
      }),
    ),
  ];
}

function timelineList(from: string, events: TimelineEvent[], bySlug: Map<string, Source>): RootContent[] {
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

const ENTITY_TYPES: Record<Entity['type'], string> = { person: 'People', place: 'Places', facility: 'Facilities (depots, terminals, refineries)', organisation: 'Organisations', unit: 'Military units' };

function entityIndex(entities: Entity[]): RootContent[] {
  const out: RootContent[] = [para(text('Every person, place, facility, organisation and unit the sources name, with the spellings they use. Names are found by rules and can be wrong; each page lists the sentences to check.'))];
  for (const [type, title] of Object.entries(ENTITY_TYPES)) {
    const ofType = entities.filter((e) => e.type === type);
    if (!ofType.length) continue;
    out.push(heading(2, title));
    out.push(list(ofType.map((e) => para(link(href('entities/', `entities/${e.id}/`), e.name), text(` (${count(e.mentions.length, 'paragraph')}${e.aliases.length ? `; also spelt ${e.aliases.join(', ')}` : ''})`)))));
  }
  return out;
}

function entityPage(entity: Entity, bySlug: Map<string, Source>): RootContent[] {
  const from = `entities/${entity.id}/`;
  const mentions = [...entity.mentions].sort((a, b) => byDate(bySlug.get(a.source)!, bySlug.get(b.source)!));
  const shown = mentions.length <= MAX_MENTIONS ? mentions : mentions.slice(-MAX_MENTIONS);
  return [
    para(text(`${capitalise(entity.type)}. ${entity.aliases.length ? `Also spelt: ${entity.aliases.join(', ')}.` : 'One spelling in the sources.'}`)),
    heading(2, 'Where the sources name it'),
    ...(shown.length < mentions.length
      ? [para(text(`The last ${shown.length} of ${mentions.length} mentions in date order (undated sources last); `), link(href(from, 'data/entities.json'), 'every mention is in the data export'), text('.'))]
      : []),
    list(
      shown.map((m) => {
        const s = bySlug.get(m.source)!;
        return para(text(`${m.sentence} (`), link(href(from, `sources/${m.source}/#${m.paragraph}`), `${s.outlet ?? 'Outlet not stated'}, ${s.date ?? 'undated'}`), text(')'));
      }),
    ),
  ];
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

function topicDiagram(topic: Topic, sources: Source[], topics: Topic[]): string {
  const others = topics.filter((t) => t.id !== topic.id && sources.some((s) => s.topics.includes(t.id)));
  const lines = ['flowchart LR', `  t(["${label(topic.title)}"])`];
  others.forEach((t, i) => lines.push(`  r${i}(["${label(t.title)}"])`));
  if (sources.length > MAX_SOURCES_IN_DIAGRAM) {
    others.forEach((t, i) => lines.push(`  t ---|"${sources.filter((s) => s.topics.includes(t.id)).length} sources"| r${i}`));
    return lines.join('\n');
  }
  sources.forEach((s, j) => {
    lines.push(`  s${j}["${label(sourceLabel(s))}"]`, `  t --- s${j}`);
    others.forEach((t, i) => {
      if (s.topics.includes(t.id)) lines.push(`  s${j} -.- r${i}`);
    });
  });
  return lines.join('\n');
}

/** Topics that share sources with this one, most shared paragraphs first. */
function relatedTopics(topic: Topic, sources: Source[], topics: Topic[]) {
  return topics
    .filter((t) => t.id !== topic.id)
    .map((t) => ({
      topic: t,
      sources: sources.filter((s) => s.topics.includes(topic.id) && s.topics.includes(t.id)).length,
      paragraphs: sources.flatMap((s) => s.blocks).filter((b) => b.topics.includes(topic.id) && b.topics.includes(t.id)).length,
    }))
    .filter((r) => r.sources > 0)
    .sort((a, b) => b.paragraphs - a.paragraphs || b.sources - a.sources);
}

function passagesByTopic(sources: Source[], topics: Topic[]): Map<string, Passage[]> {
  const map = new Map<string, Passage[]>(topics.map((t) => [t.id, []]));
  for (const source of sources) for (const block of source.blocks) for (const id of block.topics) map.get(id)?.push({ source, block });
  return map;
}

/** The `n` newest sources in date order (undated ones only when too few are dated). */
function newest(ordered: Source[], n: number): Source[] {
  if (ordered.length <= n) return ordered;
  const dated = ordered.filter((s) => s.date);
  return dated.length >= n ? dated.slice(-n) : [...dated, ...ordered.filter((s) => !s.date).slice(0, n - dated.length)];
}

/** Oldest first; undated last, then by title. */
function byDate(a: Source, b: Source): number {
  return (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.title.localeCompare(b.title);
}

function credit(s: Source): string {
  const people = s.authors.length ? ` By ${s.authors.join(', ')}.` : '';
  const wires = s.agencies.length ? ` Agencies: ${s.agencies.join(', ')}.` : '';
  return people || wires ? `.${people}${wires}` : '. Author not stated.';
}

function sourceLabel(s: Source): string {
  return `${s.outlet ?? 'Outlet not stated'}, ${s.date ?? 'undated'}`;
}

/** A Mermaid node label: quotes, backticks and angle brackets would be syntax there. */
function label(value: string): string {
  return value.replace(/#/g, '#35;').replace(/"/g, '#quot;').replace(/`/g, "'").replace(/</g, '#lt;').replace(/>/g, '#gt;');
}

/** A link from one page of the site to another, relative so that any base path works. */
export function href(from: string, to: string): string {
  const up = from.split('/').filter(Boolean).length;
  return `${'../'.repeat(up)}${to}` || './';
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function text(value: string): PhrasingContent {
  return { type: 'text', value };
}

function link(url: string, value: string): PhrasingContent {
  return { type: 'link', url, children: [text(value)] };
}

function para(...children: PhrasingContent[]): BlockContent {
  return { type: 'paragraph', children };
}

function heading(depth: 2 | 3, value: string): RootContent {
  return { type: 'heading', depth, children: [text(value)] };
}

function list(items: BlockContent[]): List {
  return { type: 'list', ordered: false, spread: false, children: items.map((item): ListItem => ({ type: 'listItem', spread: false, children: [item] })) };
}

function mermaid(title: string, source: string): RootContent {
  return { type: 'code', lang: 'mermaid', meta: `title=${JSON.stringify(title)}`, value: source };
}

function joinPhrasing(parts: PhrasingContent[][], separator: string): PhrasingContent[] {
  return parts.flatMap((p, i) => (i ? [text(separator), ...p] : p));
}
