// The topics index and each topic's page: its quoted passages (and pages of earlier ones), the
// figures and quotes the sources give, its timeline, related topics and a diagram.
import type { BlockContent, PhrasingContent, RootContent } from 'mdast';
import type { Analysis } from '../analyse/index.ts';
import type { ClaimGroup } from '../analyse/claims.ts';
import type { QuoteGroup } from '../analyse/quotes.ts';
import { COMPONENTS, element } from '../emit.ts';
import { otherSpellings } from '../tag.ts';
import type { Source, Topic } from '../types.ts';
import { NEWEST_ROWS, timelineList } from './indexes.ts';
import { capitalise, count, heading, href, label, link, list, mermaid, page, para, tableRow, text, type DossierPage } from './mdast.ts';
import { MAX_SOURCES_IN_DIAGRAM } from './overview.ts';
import { byDate, credit, sourceLabel, type Lookups, type Passage } from './sources.ts';

/** A topic page quotes the passages of this many sources (the newest); earlier ones get pages of their own. */
const SOURCES_PER_PASSAGE_PAGE = 50;

/** A figures table longer than twice this shows this many of the lowest and of the highest values. */
const FIGURE_EXTREMES = 50;

/** The index of topics. */
export function topicIndexPage(topics: Topic[], passages: Map<string, Passage[]>): DossierPage {
  return page('topics/', 'topics/index.mdx', { title: 'Topics', description: 'The topics this dossier follows, with how many sources and passages each has.', kind: 'topics' }, topicIndex(topics, passages));
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

/** A topic's page, and its pages of earlier passages when it has more sources than one page quotes. */
export function topicPages(topic: Topic, sources: Source[], topics: Topic[], analysis: Analysis, lookups: Lookups): DossierPage[] {
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
    para(text('Follow this topic: '), link(href(from, `topics/${topic.id}/feed.xml`), 'Atom feed of its newest sources'), text('.')),
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
      const number = paragraphNumber(source.slug, block.id);
      const children: BlockContent[] = [para(text(block.text)), para(link(href(from, `sources/${source.slug}/#${block.id}`), `Paragraph ${number} in the source`))];
      quoted.set(key, children);
      // A Passage is drawn as a blockquote with its source paragraph's "Cite" control (src/site/generated-mdx.ts).
      out.push(element(COMPONENTS.passage, { source: source.slug, paragraph: block.id, number: number.split(' ')[0]! }, children));
    }
  }
  return out;
}

function claimTable(from: string, group: ClaimGroup, bySlug: Map<string, Source>, paragraphNumber: (slug: string, id: string) => string): RootContent[] {
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
        tableRow([[text('Value')], [text('As printed')], [text('Language')], [text('Said by')], [text('Refers to')], [text('Source')]]),
        ...claims.map((c) => {
          const source = bySlug.get(c.source)!;
          return tableRow([
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
