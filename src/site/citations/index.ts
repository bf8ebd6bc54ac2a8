// "Cite this paragraph": a source's citation in two styles, formatted by citation-js from the
// source's CSL-JSON item (src/pipeline/citations.ts), with the dossier paragraph, the access date
// and the SHA-256 of the page as saved. Formatting is done once per source; each paragraph's
// citation is that text with the paragraph's own link in the place CSL calls archive_location.
import { readFileSync } from 'node:fs';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { cslDate, cslItem, type CitedSource, type CslItem } from '../../pipeline/citations.ts';

/** The citation styles a reader can copy, in the order the page shows them. */
export const STYLES = [
  { id: 'kursk-dossier-author-date', label: 'Author-date' },
  { id: 'apa', label: 'APA' },
] as const;

/** A source's citations, one per style, each holding PARAGRAPH where a paragraph's link goes. */
export type SourceCitations = { style: (typeof STYLES)[number]; text: string }[];

/** Where the paragraph's link goes in a formatted citation: a word no citation style changes. */
const PARAGRAPH = 'DOSSIERPARAGRAPHLINK';

/** The name of the dossier, as citations name the collection a passage was read in. */
export const DOSSIER_NAME = 'Kursk dossier';

plugins.config.get('@csl').styles.add('kursk-dossier-author-date', readFileSync(new URL('./author-date.csl', import.meta.url), 'utf8'));

/** A source's CSL item as a page cites it: read in the dossier, at a paragraph, on a day. */
export function citedItem(source: CitedSource, accessed: string): CslItem {
  return { ...cslItem(source), archive: DOSSIER_NAME, archive_location: PARAGRAPH, accessed: cslDate(accessed) };
}

/** The source's citations in every style, formatted by citation-js. */
export function formatCitations(source: CitedSource, accessed: string): SourceCitations {
  const cite = new Cite([citedItem(source, accessed)]);
  return STYLES.map((style) => ({ style, text: (cite.format('bibliography', { format: 'text', template: style.id, lang: 'en-US' }) as string).trim() }));
}

/** A paragraph's citation in one style: the source's citation around "paragraph N, <link>". */
export interface ParagraphCitation {
  label: string;
  /** The citation up to the paragraph's place in the dossier, and after it. */
  before: string;
  after: string;
  /** "paragraph N", and the link to the paragraph. */
  place: string;
  link: string;
}

/** One paragraph's citations: the source's, with "paragraph N, <link>" as the place in the dossier. */
export function paragraphCitations(citations: SourceCitations, number: string, link: string): ParagraphCitation[] {
  return citations.map(({ style, text }) => {
    const at = text.indexOf(PARAGRAPH);
    // Every style here prints archive_location; one that did not would still cite the source.
    if (at < 0) return { label: style.label, before: text, place: '', link: '', after: '' };
    return { label: style.label, before: text.slice(0, at), place: `paragraph ${number}`, link, after: text.slice(at + PARAGRAPH.length) };
  });
}

/** A paragraph's citation as one line of text. */
export function citationText(citation: ParagraphCitation): string {
  return `${citation.before}${citation.place ? `${citation.place}, ${citation.link}` : ''}${citation.after}`;
}
