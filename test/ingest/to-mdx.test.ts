// The project's MDX serialiser asks the escaping patterns only about the characters a text holds
// (src/pipeline/to-mdx.ts). Its output must be the serialiser's own, byte for byte, on any text in
// any place a page puts text: a pattern wrongly left out would let article text become markup.
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { describe, expect, it } from 'vitest';
import { toMdx } from '../../src/pipeline/to-mdx.ts';

const plain = (tree: Root) => toMarkdown(tree, { extensions: [frontmatterToMarkdown(['yaml']), gfmToMarkdown(), mdxToMarkdown()] });
const text = (value: string): PhrasingContent => ({ type: 'text', value });

/** The places a dossier page puts article text: alone, beside markup, in links, headings, lists, tables. */
function placesFor(value: string): RootContent[] {
  return [
    { type: 'paragraph', children: [text(value)] },
    { type: 'paragraph', children: [text(value), { type: 'emphasis', children: [text(value)] }, text(value)] },
    { type: 'paragraph', children: [{ type: 'link', url: '../x/', children: [text(value)] }, text(value)] },
    { type: 'heading', depth: 2, children: [text(value)] },
    { type: 'list', ordered: false, spread: false, children: [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [text(value)] }] }] },
    { type: 'table', children: [{ type: 'tableRow', children: [{ type: 'tableCell', children: [text(value)] }, { type: 'tableCell', children: [text('b')] }] }] },
    { type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'strong', children: [text(value)] }] }] },
  ];
}

const HOSTILE = [
  'import x from "y"',
  'export const a = 1',
  '{alert(1)}',
  '<script>alert(1)</script>',
  '1. Not a list',
  '2) nor this',
  '# not a heading',
  '- not an item',
  '+ nor this',
  '> not a quote',
  '---',
  '===',
  '*a* _b_ **c** __d__ ~e~ ~~f~~',
  'a_b_c snake_case_word',
  '[link](http://x) ![img](y)',
  'http://example.com and www.example.com and name@example.com',
  'a | b | c',
  '`code` ``more``',
  '&amp; &#x61; &copy',
  'back\\slash\\',
  ' leading and trailing ',
  'tab\there',
  'line\nbreak\r\nand\rmore',
  '\u0000\u0001\u001f\u007f',
  '    indented code?',
  'Ukrainian drones struck an oil depot, the governor said.',
  'Сили оборони: «перемога» — 28.10.2024',
  '1/2 onion; 3:45 p.m.; 50% off!',
];

// A small seeded generator, so the fuzzed texts are the same on every run.
function* fuzzed(count: number): Generator<string> {
  const alphabet = 'aZ 09.-_*#>+=~`|!&:;@\\<{}[]()"\'\n\t\u0000é—';
  let seed = 20261207;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < count; i++) {
    let value = '';
    const length = 1 + Math.floor(next() * 24);
    for (let j = 0; j < length; j++) value += alphabet[Math.floor(next() * alphabet.length)];
    yield value;
  }
}

describe('toMdx', () => {
  it('writes every hostile text exactly as the serialiser itself does, in every place', () => {
    for (const value of HOSTILE) {
      const tree: Root = { type: 'root', children: placesFor(value) };
      expect(toMdx(tree), JSON.stringify(value)).toBe(plain(tree));
    }
  });

  it('writes 2,000 generated texts of markup characters exactly as the serialiser itself does', () => {
    for (const value of fuzzed(2000)) {
      const tree: Root = { type: 'root', children: placesFor(value) };
      expect(toMdx(tree), JSON.stringify(value)).toBe(plain(tree));
    }
  });

  it('escapes what would be code or markup', () => {
    const out = toMdx({ type: 'root', children: [{ type: 'paragraph', children: [text('{alert(1)} <b>x</b> *y*')] }] });
    expect(out).toBe('\\{alert(1)} \\<b>x\\</b> \\*y\\*\n');
  });
});
