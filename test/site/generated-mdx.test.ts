// The site reads the ingest's MDX as data: each fixture pairs an MDX file with the HTML it must
// become; anything MDX would execute is refused, and article text survives the round trip exactly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { emitMdx } from '../../src/pipeline/emit.ts';
import { renderGeneratedMdx, splitFrontMatter } from '../../src/site/generated-mdx.ts';
import { article, fixture, ingest } from '../helpers/ingest.ts';
import { ROOT } from '../helpers/paths.ts';

const options = { topicTitles: new Map([['kursk-incursion', "Ukraine's Kursk incursion"]]), topicHref: (id: string) => `../../topics/${id}/` };
const read = (name: string) => readFileSync(join(ROOT, 'test/fixtures/generated-mdx', name), 'utf8');

describe('generated MDX → HTML', () => {
  it.each(['source-page', 'dossier-page'])('%s.mdx renders as the .html fixture beside it', (name) => {
    const page = renderGeneratedMdx(read(`${name}.mdx`), options);
    expect(page.html.replace(/\n+/g, '\n').trim()).toBe(read(`${name}.html`).trim());
  });

  it('reads the front matter the ingest writes (a comment, then JSON) and lists the headings with their ids', () => {
    const page = renderGeneratedMdx(read('source-page.mdx'), options);
    expect(page.data).toEqual({ title: 'A source', topics: ['kursk-incursion'] });
    expect(page.headings).toEqual([{ depth: 2, slug: '1042-oil-terminal-hit', text: '10:42 Oil terminal hit' }]);
    expect(renderGeneratedMdx(read('dossier-page.mdx'), options).headings.map((h) => h.slug)).toEqual(['what-the-sources-say', 'what-the-sources-say-1']);
  });

  it('reads hand-written YAML front matter too', () => {
    expect(splitFrontMatter('---\ntitle: "A: b"\nlist:\n  - 1\n---\nbody').data).toEqual({ title: 'A: b', list: [1] });
  });

  it.each([
    ['an expression', 'Text {process.exit(1)} here.', /MDX expression \{process\.exit\(1\)\}/],
    ['a flow expression', '{globalThis.x = 1}', /MDX expression/],
    ['an import', 'import fs from "node:fs"', /import\/export "import fs from/],
    ['an unknown component', '<Script src="x" />', /unknown component <Script>/],
    ['an HTML element of its own', '<img src="x" onerror="alert(1)" />', /unknown component <img>/],
    ['an expression attribute', '<Paragraph id={"x"} topics="" />', /expression in the attributes of <Paragraph>/],
    ['spread attributes', '<Paragraph {...props} />', /expression in the attributes of <Paragraph>/],
    ['a passage without its source', '<Passage paragraph="p-1" number="1">x</Passage>', /<Passage> without source, paragraph and number/],
    ['a passage numbered by an expression', '<Passage source="a" paragraph="p-1" number={1}>x</Passage>', /expression in the attributes of <Passage>/],
  ])('refuses %s', (_, body, message) => {
    expect(() => renderGeneratedMdx(`---\n{"title":"x"}\n---\n\n${body}\n`, options)).toThrow(message);
  });

  it('gives back every paragraph of the code-like hostile article exactly as text', () => {
    const { report } = ingest([article('code-like-text.txt', fixture('hostile/code-like-text.txt'))]);
    const source = report.sources[0]!;
    const html = renderGeneratedMdx(emitMdx(source), options).html;
    const document = new JSDOM(html).window.document;
    const shown = [...document.querySelectorAll('.source-paragraph > p:first-child')].map((p) => p.textContent);
    expect(shown).toEqual(source.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text));
    expect(document.querySelectorAll('script, img, style, iframe')).toHaveLength(0);
  });
});
