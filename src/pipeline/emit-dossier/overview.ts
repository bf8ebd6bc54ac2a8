// The overview (the home page): the topics, which sources cover them, a diagram, the data
// exports and the newest sources.
import type { RootContent } from 'mdast';
import type { Source, Topic } from '../types.ts';
import { count, heading, href, label, link, list, mermaid, page, para, tableRow, text, type DossierPage } from './mdast.ts';
import { newest, sourceLabel, type Passage } from './sources.ts';

// Above this many sources the overview diagram shows how topics connect, not every source.
export const MAX_SOURCES_IN_DIAGRAM = 20;

// Lists on the overview and on entity pages stop here; the full lists are the sources index and
// the data exports. Pages that grow with the dossier would make every build grow faster than it.
const MAX_COVERAGE_ROWS = 50;

const NEWEST_SOURCES = 5;

/** The home page. */
export function overviewPage(ordered: Source[], topics: Topic[], passages: Map<string, Passage[]>): DossierPage {
  return page('', 'index.mdx', { title: 'Kursk dossier', description: overviewDescription(topics), kind: 'overview', diagram: true }, overview(ordered, topics, passages));
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
    para(text('Follow the dossier as it grows: '), link(href(from, 'feed.xml'), 'Atom feed of the newest sources'), text(' (each topic page has its own).')),
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
        ['data/sources.csl.json', 'the sources for reference managers (CSL-JSON)'],
        ['data/sources.bib', 'the sources for reference managers (BibLaTeX)'],
        ['data/sources.ris', 'the sources for reference managers (RIS: Zotero, EndNote)'],
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
  return {
    type: 'table',
    align: ['left', 'left', ...topics.map(() => 'right' as const)],
    children: [
      tableRow([[text('Date')], [text('Source')], ...topics.map((t) => [text(t.title)])]),
      ...sources.map((s) =>
        tableRow([
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
