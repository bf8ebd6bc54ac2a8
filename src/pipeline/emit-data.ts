// Emit stage, exports: the dossier's data as JSON and CSV files that the site links to, for
// readers who want to check or reuse the findings with their own tools.
import { stringify as toCsv } from 'csv-stringify/sync';
import type { Analysis } from './analyse/index.ts';
import { citationExports } from './citations.ts';
import type { Source } from './types.ts';

/** A data file: its name under /data/ and its text. */
export interface DataFile {
  name: string;
  text: string;
}

/** Emit stage: sources and analysis → sources, claims, quotes, shared passages, timeline and entities as JSON; sources and claims as CSV; the sources for reference managers (CSL-JSON, BibLaTeX, RIS). */
export function emitData(sources: Source[], analysis: Analysis): DataFile[] {
  const sourceRows = sources.map(({ blocks: _blocks, removed: _removed, ...fields }) => ({
    ...fields,
    syndicatedWith: fields.syndicatedWith.map((s) => s.source),
  }));
  const groups = analysis.groups.map((g) => ({
    id: g.id,
    subject: g.subject,
    unit: g.unit,
    disagree: g.disagree,
    values: g.claims.map((c) => ({ value: c.value, unit: c.unit, text: c.text, source: c.source, paragraph: c.paragraph, attribution: c.attribution, when: c.when })),
  }));
  return [
    { name: 'sources.json', text: `${JSON.stringify({ sources: sourceRows }, null, 1)}\n` },
    { name: 'claims.json', text: `${JSON.stringify({ groups }, null, 1)}\n` },
    {
      name: 'quotes.json',
      text: `${JSON.stringify({ groups: analysis.quotes.map((g) => ({ id: g.id, speaker: g.speaker, variants: g.variants.map(({ text, source, paragraph }) => ({ text, source, paragraph })) })) }, null, 1)}\n`,
    },
    { name: 'shared-passages.json', text: `${JSON.stringify({ passages: analysis.shared }, null, 1)}\n` },
    { name: 'timeline.json', text: `${JSON.stringify({ events: analysis.timeline }, null, 1)}\n` },
    {
      name: 'entities.json',
      text: `${JSON.stringify({ entities: analysis.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases, mentions: e.mentions.map(({ source, paragraph }) => ({ source, paragraph })) })) }, null, 1)}\n`,
    },
    {
      name: 'sources.csv',
      text: toCsv(
        sourceRows.map((s) => ({ ...s, authors: s.authors.join('; '), agencies: s.agencies.join('; '), citedAgencies: s.citedAgencies.map((a) => a.name).join('; '), topics: s.topics.join('; '), alsoSpelled: s.alsoSpelled.join('; '), syndicatedWith: s.syndicatedWith.join('; ') })),
        { header: true, columns: ['slug', 'file', 'title', 'outlet', 'outletBasis', 'authors', 'agencies', 'citedAgencies', 'published', 'date', 'dateBasis', 'url', 'language', 'words', 'sha256', 'topics', 'syndicatedWith'] },
      ),
    },
    {
      name: 'claims.csv',
      text: toCsv(
        groups.flatMap((g) => g.values.map((v) => ({ group: g.id, subject: g.subject, disagree: g.disagree, ...v }))),
        { header: true, cast: { boolean: (value) => String(value) }, columns: ['group', 'subject', 'disagree', 'value', 'unit', 'text', 'source', 'paragraph', 'attribution', 'when'] },
      ),
    },
    ...citationExports(sources),
  ];
}
