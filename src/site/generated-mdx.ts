// The ingest's MDX files, read as data: front matter → an object, body → HTML. Sätteri (Astro's
// native Markdown/MDX parser) parses the MDX into a syntax tree; nothing is compiled or run. The
// few components the ingest writes are drawn here as plain elements, and anything else that
// MDX could execute (an expression, an import, an unknown component) is refused by name. Compiling
// every page into a JavaScript module instead made the site build four times slower than a
// plain Markdown site of the same text (issue 6).
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { mdxToHast } from 'satteri';
import { parse as parseYaml } from 'yaml';
import { COMPONENTS } from '../pipeline/emit.ts';
import { headingAnchor } from '../pipeline/slug.ts';
import { unspacedSearchWords } from './search/unspaced-words.ts';

/** A heading as Starlight's table of contents wants it. */
export interface PageHeading {
  depth: number;
  slug: string;
  text: string;
}

/** One generated page: its front matter, its body as HTML, and the headings in that HTML. */
export interface RenderedPage {
  data: Record<string, unknown>;
  html: string;
  headings: PageHeading[];
}

/** What the drawing of components needs from the site. */
export interface RenderOptions {
  /** Topic titles by id, for the topic marks under a paragraph. */
  topicTitles: ReadonlyMap<string, string>;
  /** Link from the page being rendered to a topic page. */
  topicHref: (id: string) => string;
  /** The "Cite" control of a source paragraph, where the site shows one (src/site/citations/). */
  cite?: CiteControls;
}

/** Draws the "Cite" control of a paragraph: the page's own (a source page), or a quoted source's (a dossier page). */
export interface CiteControls {
  /** What the controls depend on besides the pages (the site's address, the access date), as a string. */
  settings: string;
  /** Paragraph `id`, the `number`th, of the source `slug` being rendered, whose front matter is `data`. */
  own(slug: string, data: Record<string, unknown>, id: string, number: number): Element;
  /** Paragraph `id`, the `number`th, of the source `slug`. */
  quoted(slug: string, id: string, number: number): Element;
}

/** Lower-case JSX the dossier pages use for HTML elements of their own (differing words in quotes). */
const ALLOWED_ELEMENTS = new Set(['mark']);

/** Splits a file into its front matter (parsed) and its body. */
export function splitFrontMatter(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) return { data: {}, body: text };
  const yaml = match[1]!;
  // The ingest writes a comment line and then JSON, which is YAML too; JSON.parse reads it a
  // hundred times faster than a YAML parser. Anything else goes to the YAML parser.
  const json = yaml.replace(/^(?:#[^\n]*\n)+/, '');
  let data: unknown;
  if (json.startsWith('{')) {
    try {
      data = JSON.parse(json);
    } catch {
      data = parseYaml(yaml);
    }
  } else data = parseYaml(yaml) ?? {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('front matter is not a mapping');
  return { data: data as Record<string, unknown>, body: text.slice(match[0].length) };
}

/** Renders one generated MDX file (its id: its path without .mdx); throws, naming the construct, on anything MDX would execute. */
export function renderGeneratedMdx(text: string, options: RenderOptions, id = ''): RenderedPage {
  const { data, body } = splitFrontMatter(text);
  const tree = mdxToHast(body, { features: { gfm: true, frontmatter: false, smartPunctuation: false }, position: false }) as Root;
  const slugger = new GithubSlugger();
  const headings: PageHeading[] = [];
  const page: PageState = { id, data, options, paragraphs: 0 };
  const draw = (node: RootContent): RootContent[] => {
    switch (node.type) {
      case 'element':
        return [drawElement(node)];
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return [drawComponent(node.name, attributesOf(node), node.children.flatMap((c) => draw(c as RootContent)) as ElementContent[], page)];
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        throw new Error(`an MDX expression {${node.value.slice(0, 40)}} (generated pages hold text, never code)`);
      case 'mdxjsEsm':
        throw new Error(`an MDX import/export "${node.value.slice(0, 40)}" (generated pages hold text, never code)`);
      default:
        return [node];
    }
  };
  const drawElement = (element: Element): Element => {
    const mermaid = mermaidOf(element);
    if (mermaid) return mermaid;
    element.children = element.children.flatMap((c) => draw(c)) as ElementContent[];
    if (/^h[1-6]$/.test(element.tagName)) {
      const text = toString(element);
      const slug = typeof element.properties.id === 'string' ? element.properties.id : headingAnchor(slugger, text);
      element.properties.id = slug;
      headings.push({ depth: Number(element.tagName[1]), slug, text });
    }
    return element;
  };
  tree.children = tree.children.flatMap(draw);
  return { data, html: toHtml(tree), headings };
}

type JsxNode = Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

/** A component's attributes as strings; an attribute holding an expression is refused. */
function attributesOf(node: JsxNode): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string')) {
      throw new Error(`an expression in the attributes of <${node.name ?? ''}> (generated pages hold text, never code)`);
    }
    attributes[attribute.name] = attribute.value ?? '';
  }
  return attributes;
}

/** What drawing a page's components keeps track of. */
interface PageState {
  id: string;
  data: Record<string, unknown>;
  options: RenderOptions;
  /** Paragraphs drawn so far: the next one's number. */
  paragraphs: number;
}

/** The HTML of one of the ingest's components: what Paragraph, Passage and EntryTime look like on the page. */
function drawComponent(name: string | null | undefined, attributes: Record<string, string>, children: ElementContent[], page: PageState): Element {
  const { options } = page;
  if (name === COMPONENTS.paragraph) {
    page.paragraphs++;
    const topics = (attributes.topics ?? '').split(' ').filter(Boolean);
    const marks: Element[] = topics.length
      ? [
          h('p', { className: ['paragraph-topics'], dataPagefindIgnore: '' }, [
            h('span', { className: ['visually-hidden'] }, [{ type: 'text', value: 'Topics of this paragraph:' }]),
            ...topics.map((id) => h('a', { href: options.topicHref(id) }, [{ type: 'text', value: options.topicTitles.get(id) ?? id }])),
          ]),
        ]
      : [];
    const cite = options.cite && attributes.id ? [options.cite.own(page.id, page.data, attributes.id, page.paragraphs)] : [];
    const language = typeof page.data.language === 'string' ? page.data.language : undefined;
    return h('div', { className: ['source-paragraph'], id: attributes.id, dataTopics: topics.length ? topics.join(' ') : undefined }, [...children, ...searchWords(children, language), ...marks, ...cite]);
  }
  if (name === COMPONENTS.passage) {
    const { source, paragraph, number } = attributes;
    if (!source || !paragraph || !/^\d+$/.test(number ?? '')) throw new Error(`a <${name}> without source, paragraph and number`);
    const cite = options.cite ? [options.cite.quoted(source, paragraph, Number(number))] : [];
    return h('blockquote', {}, [...children, ...searchWords(children), ...cite]);
  }
  if (name === COMPONENTS.entryTime) {
    return h('p', { className: ['entry-time'] }, [h('time', { dateTime: attributes.datetime }, [{ type: 'text', value: attributes.label ?? '' }])]);
  }
  if (name && ALLOWED_ELEMENTS.has(name) && Object.keys(attributes).length === 0) return h(name, {}, children);
  throw new Error(`an unknown component <${name ?? 'fragment'}> (the ingest writes only ${[...Object.values(COMPONENTS), ...ALLOWED_ELEMENTS].join(', ')})`);
}

/**
 * For Chinese and Japanese text, the words a search should find in it, on a line no reader sees
 * (`hidden`: not shown, not read aloud, not found by the browser's find), which Pagefind indexes
 * all the same (search/unspaced-words.ts); nothing for text in other scripts.
 */
function searchWords(children: ElementContent[], language?: string): Element[] {
  const words = unspacedSearchWords(toString({ type: 'root', children }), language);
  return words ? [h('p', { hidden: true, className: ['search-words'] }, [{ type: 'text', value: words }])] : [];
}

/** A ```mermaid fence becomes <pre class="mermaid" role="img" aria-label=…> for the client-side loader; title="…" names it. */
function mermaidOf(element: Element): Element | undefined {
  const code = element.tagName === 'pre' && element.children.length === 1 ? element.children[0] : undefined;
  if (code?.type !== 'element' || code.tagName !== 'code' || (code.data as { lang?: string } | undefined)?.lang !== 'mermaid') return undefined;
  const meta = (code.data as { meta?: string }).meta ?? '';
  // The parser has already undone the fence's escapes, so the title runs to the last quote.
  const title = /title="(.*)"\s*$/.exec(meta)?.[1] ?? 'Diagram';
  // The diagram's source is code, not reading text: Pagefind leaves it out of the index.
  return h('pre', { className: ['mermaid'], role: 'img', ariaLabel: title, dataPagefindIgnore: '' }, [{ type: 'text', value: toString(code) }]);
}

function h(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}
