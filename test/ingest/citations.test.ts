// The exports for reference managers: each file read back with citation-js gives every source's
// fields as the dossier states them, and nothing it does not know.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { citationExports, cslItem, type CitedSource } from '../../src/pipeline/citations.ts';
import { seeds } from '../helpers/ingest.ts';

const sources = seeds().sources;
const files = new Map(citationExports(sources).map((f) => [f.name, f.text]));
const readBack = (name: string) => new Cite(files.get(name)!).data as Record<string, any>[];

/** A source whose every field a citation writer could mangle, written for this test. */
const awkward: CitedSource = {
  slug: '2024-12-14-a-very-long-slug-that-runs-well-past-twenty-characters',
  title: 'Ціна {нафти} & 100% of $5 #1 _a_ ~ ^ \\ <b>not bold</b>: «Стальной Конь» burns',
  outlet: 'Ukrainska Pravda',
  authors: ['Олена Шевченко', 'Jean-Claude Van Damme'],
  agencies: ['Interfax-Ukraine'],
  published: '2024-12-14',
  url: 'https://example.org/news/a?b=c%20d&e={f}#g',
  language: 'uk',
  sha256: 'c'.repeat(64),
};

describe('citation exports of the seeds', () => {
  it('writes one record per source, each keyed by its slug, in all three formats', () => {
    for (const name of ['sources.csl.json', 'sources.bib', 'sources.ris']) {
      expect(readBack(name).map((item) => item.id).sort(), name).toEqual(sources.map((s) => s.slug).sort());
    }
    expect(JSON.parse(files.get('sources.csl.json')!).every((item: { type: string }) => item.type === 'article-newspaper')).toBe(true);
  });

  it('gives back title, outlet, URL, language, date and the SHA-256 note as stated, and no date where none is stated', () => {
    for (const source of sources) {
      for (const name of ['sources.csl.json', 'sources.bib', 'sources.ris']) {
        const item = readBack(name).find((i) => i.id === source.slug)!;
        const at = `${name} ${source.slug}`;
        expect(item.title, at).toBe(source.title);
        expect(item['container-title'], at).toBe(source.outlet ?? undefined);
        expect(item.URL, at).toBe(source.url ?? undefined);
        expect(item.language, at).toBe(source.language ?? undefined);
        expect(item.note, at).toBe(`SHA-256 of the saved page: ${source.sha256}`);
        // RIS's PY holds the year; its full date (DA) citation-js does not read for a newspaper.
        const issued = item.issued?.['date-parts'][0].map((n: number | string) => String(n).padStart(2, '0')).join('-');
        if (source.published) expect(source.published.startsWith(issued), at).toBe(true);
        else expect(item.issued, at).toBeUndefined();
        expect(item.accessed, at).toBeUndefined();
      }
    }
    expect(sources.some((s) => !s.published)).toBe(true);
  });

  it('names the authors as people, or the agencies when no author is named', () => {
    for (const source of sources) {
      const people = source.authors.length ? source.authors : source.agencies;
      const csl = readBack('sources.csl.json').find((i) => i.id === source.slug)!;
      const bib = readBack('sources.bib').find((i) => i.id === source.slug)!;
      const named = (item: Record<string, any>) => (item.author ?? []).map((n: Record<string, string>) => n.literal ?? [n.given, n.family].filter(Boolean).join(' '));
      expect(named(csl), source.slug).toEqual(people);
      expect(named(bib), source.slug).toEqual(people);
    }
  });
});

describe('citation exports of awkward fields', () => {
  const [csl, bib, ris] = citationExports([awkward]).map((f) => new Cite(f.text).data[0] as Record<string, any>);

  it('keeps Cyrillic, braces, TeX specials and markup-like text as text in every format', () => {
    for (const item of [csl, bib, ris]) expect(item!.title).toBe(awkward.title);
  });

  it('keeps a long slug whole as the RIS and BibLaTeX id, and the URL as the same address', () => {
    expect(ris!.id).toBe(awkward.slug);
    expect(bib!.id).toBe(awkward.slug);
    expect(csl!.URL).toBe(awkward.url);
    expect(ris!.URL).toBe(awkward.url);
    // Braces would end a BibTeX field; percent-encoded, the URL is the same address.
    expect(bib!.URL).toBe('https://example.org/news/a?b=c%20d&e=%7Bf%7D#g');
  });

  it('names the authors in Cyrillic and with particles, and leaves the agency out when authors are named', () => {
    expect(bib!.author).toEqual([
      { given: 'Олена', family: 'Шевченко' },
      { given: 'Jean-Claude', family: 'Van Damme' },
    ]);
    expect(ris!.reporter).toEqual(['Шевченко, Олена', 'Van Damme, Jean-Claude']);
  });

  it('states no field the source lacks', () => {
    const bare = cslItem({ ...awkward, outlet: null, authors: [], agencies: [], published: null, url: null, language: null });
    expect(Object.keys(bare).sort()).toEqual(['citation-key', 'id', 'note', 'title', 'type']);
    const [, bareBib, bareRis] = citationExports([{ ...awkward, outlet: null, authors: [], agencies: [], published: null, url: null, language: null }]).map((f) => f.text);
    expect(bareBib).not.toMatch(/author|date|journaltitle|url|language/);
    expect(bareRis).not.toMatch(/^(?:AU|DA|PY|T2|UR|LA) /m);
  });
});
