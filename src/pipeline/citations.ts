// Citations: a source as CSL-JSON, the data that citation styles and reference managers read, and
// the dossier's exports for them (sources.csl.json, sources.bib, sources.ris). Only what the
// source states goes in: a field the dossier does not know stays out, never guessed. The
// citations on the site's pages are formatted from these items by citation-js (src/site/citations.ts).
import { parse as parseName } from '@citation-js/name';
import type { DataFile } from './emit-data.ts';
import type { Source } from './types.ts';

/** A CSL-JSON name: a person's parts, or an organisation (an agency) as written. */
export type CslName = { family?: string; given?: string; 'non-dropping-particle'?: string; 'dropping-particle'?: string; suffix?: string } | { literal: string };

/** A CSL-JSON date. */
export interface CslDate {
  'date-parts': [number, number?, number?][];
}

/** The CSL-JSON item of a source: the fields the dossier writes, the rest of CSL left out. */
export interface CslItem {
  id: string;
  type: 'article-newspaper';
  /** The key BibTeX uses: the slug, as the id. */
  'citation-key': string;
  title: string;
  'container-title'?: string;
  author?: CslName[];
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  language?: string;
  archive?: string;
  archive_location?: string;
  note?: string;
}

/** The fields of a source a citation reads. */
export type CitedSource = Pick<Source, 'slug' | 'title' | 'outlet' | 'authors' | 'agencies' | 'published' | 'url' | 'language' | 'sha256'>;

/** A source → its CSL-JSON item: authors as people, else its agencies as organisations; the date only when the page states it. */
export function cslItem(source: CitedSource): CslItem {
  const author = source.authors.length ? source.authors.map(personName) : source.agencies.map((literal) => ({ literal }));
  return {
    id: source.slug,
    type: 'article-newspaper',
    'citation-key': source.slug,
    title: source.title,
    ...(source.outlet ? { 'container-title': source.outlet } : {}),
    ...(author.length ? { author } : {}),
    ...(source.published ? { issued: cslDate(source.published) } : {}),
    ...(source.url ? { URL: source.url } : {}),
    ...(source.language ? { language: source.language } : {}),
    note: `SHA-256 of the saved page: ${source.sha256}`,
  };
}

/** YYYY-MM-DD → a CSL date. */
export function cslDate(day: string): CslDate {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return { 'date-parts': [[year, month, date]] };
}

/** A person's name in parts (citation-js reads particles and suffixes); a name it cannot split stays whole. */
function personName(written: string): CslName {
  const parsed = parseName(written) as CslName | undefined;
  return parsed && 'family' in parsed && parsed.family ? parsed : { literal: written };
}

/**
 * The exports for reference managers: every source as CSL-JSON, BibLaTeX and RIS, keyed by its
 * slug. The BibLaTeX and RIS files are written here from the CSL items: citation-js's own writers
 * drop what a newspaper record needs (its BibTeX writer drops Cyrillic letters or leaves "$ & %"
 * unescaped; its RIS writer drops newspaper authors and dates, cuts ids to 20 characters and
 * breaks lines at 70, which a reader joins with a space). citation-js reads both back in the tests.
 */
export function citationExports(sources: CitedSource[]): DataFile[] {
  const items = sources.map(cslItem);
  return [
    { name: 'sources.csl.json', text: `${JSON.stringify(items, null, 1)}\n` },
    { name: 'sources.bib', text: items.map(bibtexRecord).join('\n') },
    { name: 'sources.ris', text: items.map(risRecord).join('\n') },
  ];
}

/** A CSL name as "Family, Given" (BibTeX and RIS both write people so); an organisation as written. */
function nameText(name: CslName): string {
  if ('literal' in name) return name.literal;
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  const given = [name.given, name['dropping-particle']].filter(Boolean).join(' ');
  return [family, ...(name.suffix ? [name.suffix] : []), ...(given ? [given] : [])].join(', ');
}

/** A BibLaTeX entry: a newspaper article (@article with entrysubtype newspaper), its key the slug. */
export function bibtexRecord(item: CslItem): string {
  const date = item.issued?.['date-parts'][0];
  const fields: [string, string | undefined][] = [
    ['entrysubtype', 'newspaper'],
    // An organisation in braces, so that no style splits "Associated Press" into given and family names.
    ['author', item.author?.map((n) => ('literal' in n ? `{${bibtexText(n.literal)}}` : bibtexText(nameText(n)))).join(' and ')],
    // In double braces: styles would otherwise lower-case the headline's names.
    ['title', `{${bibtexText(item.title)}}`],
    ['journaltitle', item['container-title'] && bibtexText(item['container-title'])],
    ['date', date && date.map((part) => String(part).padStart(2, '0')).join('-')],
    ['url', item.URL && item.URL.replace(/[{}\\]/g, encodeURIComponent)],
    ['language', item.language],
    ['note', item.note && bibtexText(item.note)],
  ];
  const body = fields.filter((f): f is [string, string] => Boolean(f[1])).map(([key, value]) => `  ${key} = {${value}},`);
  return `@article{${item.id},\n${body.join('\n')}\n}\n`;
}

/** Text for a BibTeX field: its special characters escaped, every other character (Cyrillic too) kept. */
function bibtexText(value: string): string {
  return value.replace(/\s+/g, ' ').replace(/[\\{}&%$#_~^]/g, (c) => BIBTEX_ESCAPES[c]!);
}

const BIBTEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  // Not "\\{": BibTeX counts an escaped brace as a brace, and one alone would unbalance the field.
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** A RIS record of type NEWS: every value on one line, the id the whole slug. */
export function risRecord(item: CslItem): string {
  const date = item.issued?.['date-parts'][0];
  const tags: [string, string | undefined][] = [
    ['TY', 'NEWS'],
    ['ID', item.id],
    ...(item.author ?? []).map((n): [string, string] => ['AU', nameText(n)]),
    ['TI', item.title],
    ['T2', item['container-title']],
    ['DA', date && `${date.map((part) => String(part).padStart(2, '0')).join('/')}/`],
    ['PY', date && String(date[0])],
    ['UR', item.URL],
    ['LA', item.language],
    ['N1', item.note],
  ];
  const lines = tags.filter((t): t is [string, string] => Boolean(t[1])).map(([tag, value]) => `${tag}  - ${value.replace(/\s+/g, ' ')}`);
  return `${lines.join('\n')}\nER  - \n`;
}
