// The "Cite" control under a paragraph: a disclosure that holds the paragraph's citation in each
// style, so that it works without JavaScript; src/components/CiteCopyButtons.astro adds a copy
// button to each where JavaScript runs. Citations are formatted once per source and kept.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, ElementContent } from 'hast';
import { splitFrontMatter, type CiteControls } from '../generated-mdx.ts';
import type { CitedSource } from '../../pipeline/citations.ts';
import { siteLink, type SiteAddress } from '../site-link.ts';
import { formatCitations, paragraphCitations, type ParagraphCitation, type SourceCitations } from './index.ts';

/** Where the site lives and when it was read: what a citation's dossier link and access date need. */
export interface CiteSettings extends SiteAddress {
  /** The folder of the ingest's source MDX files, to look up a quoted source by its slug. */
  sourcesDir: string;
  /** The access date, YYYY-MM-DD: the day the site was built. */
  accessed: string;
}

/** The Cite controls of the site's pages; a source's citations are formatted once per process. */
export function citeControls(settings: CiteSettings): CiteControls {
  const formatted = new Map<string, SourceCitations>();
  const citationsOf = (source: CitedSource) => {
    const key = JSON.stringify(source);
    let citations = formatted.get(key);
    if (!citations) formatted.set(key, (citations = formatCitations(source, settings.accessed)));
    return citations;
  };
  const link = (slug: string, id: string) => siteLink(settings, `sources/${slug}/#${id}`);
  const control = (source: CitedSource, id: string, number: number) => citeControl(paragraphCitations(citationsOf(source), String(number), link(source.slug, id)), number);

  // A topic page quotes a source many times, and a dossier's topic pages quote every source: each
  // file is read once, and again only when it has changed since (astro dev).
  const read = new Map<string, { modified: number; source: CitedSource }>();
  function quotedSource(slug: string): CitedSource {
    const file = join(settings.sourcesDir, `${slug}.mdx`);
    try {
      const modified = statSync(file).mtimeMs;
      const known = read.get(slug);
      if (known?.modified === modified) return known.source;
      const source = citedSource(slug, splitFrontMatter(readFileSync(file, 'utf8')).data);
      read.set(slug, { modified, source });
      return source;
    } catch (error) {
      throw new Error(`a passage quotes the source ${slug}, whose file cannot be read (${(error as NodeJS.ErrnoException).code ?? error})`);
    }
  }

  return {
    settings: JSON.stringify(settings),
    own: (slug, data, id, number) => control(citedSource(slug, data), id, number),
    quoted: (slug, id, number) => control(quotedSource(slug), id, number),
  };
}

/** The fields a citation reads, from a source's front matter. */
function citedSource(slug: string, data: Record<string, unknown>): CitedSource {
  const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : null);
  const list = (key: string) => (Array.isArray(data[key]) ? (data[key] as unknown[]).filter((v): v is string => typeof v === 'string') : []);
  return {
    slug,
    title: text('title') ?? 'Untitled',
    outlet: text('outlet'),
    authors: list('authors'),
    agencies: list('agencies'),
    published: text('published'),
    url: text('url'),
    language: text('language'),
    sha256: text('sha256') ?? '',
  };
}

/** <details class="cite">: "Cite" and, opened, the paragraph's citation in each style. */
export function citeControl(citations: ParagraphCitation[], number: number): Element {
  const children: ElementContent[] = [
    h('summary', {}, [t('Cite'), h('span', { className: ['visually-hidden'] }, [t(` paragraph ${number}`)])]),
    h(
      'dl',
      {},
      citations.flatMap((c) => [
        h('dt', {}, [t(c.label)]),
        // The paragraph's link is a link: the copy button copies it as an absolute address.
        h('dd', {}, c.place ? [t(`${c.before}${c.place}, `), h('a', { href: c.link }, [t(c.link)]), t(c.after)] : [t(c.before)]),
      ]),
    ),
  ];
  // Citations are not what a reader searches for: every paragraph's would match the outlet's name.
  return h('details', { className: ['cite'], dataPagefindIgnore: '' }, children);
}

function h(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

function t(value: string): ElementContent {
  return { type: 'text', value };
}
