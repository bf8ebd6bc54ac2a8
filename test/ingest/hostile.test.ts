// The hostile battery: encodings, files that must be rejected, a duplicate, sidecars, HTML,
// Markdown, and text that looks like code. Every case checks what a reader would see.
import { compile } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { emitMdx } from '../../src/pipeline/emit.ts';
import { failureMessage } from '../../src/pipeline/ingest.ts';
import { InputError } from '../../src/pipeline/types.ts';
import { article, fixture, ingest } from '../helpers/ingest.ts';

const HOSTILE = [
  'binary.txt', 'code-like-text.txt', 'copy-of-utf16le-as-utf8.txt', 'empty.txt', 'english-utf16be.txt', 'english-utf16le-crlf.txt',
  'english-utf8-bom.txt', 'german-windows-1252.txt', 'junk-only.txt', 'markdown-front-matter.md', 'russian-windows-1251.txt',
  'saved-page.html', 'utf16le-lone-surrogate.txt', 'utf8-one-bad-sequence.txt', 'whitespace-only.txt',
];
const { report, outputs } = ingest(HOSTILE.map((name) => article(name, fixture(`hostile/${name}`))));
const source = (file: string) => {
  const s = report.sources.find((x) => x.file === file);
  if (!s) throw new Error(`${file} was not ingested: ${JSON.stringify(report.errors)}`);
  return s;
};
const paragraphs = (file: string) => source(file).blocks.filter((b) => b.type === 'paragraph').map((b) => b.text);

describe('encodings', () => {
  it.each([
    ['german-windows-1252.txt', 'windows-1252', 'Ukraine meldet Angriff auf Öllager in Russland', 'de', '„Die Lage ist unter Kontrolle“'],
    ['russian-windows-1251.txt', 'windows-1251', 'Украина сообщила о новых атаках в Курской области', 'ru', 'северокорейских военнослужащих'],
    ['english-utf16be.txt', 'utf-16be (BOM)', 'Seoul says more North Korean troops sent to Russia', 'en', "South Korea's spy agency"],
    ['english-utf8-bom.txt', 'utf-8 (BOM)', 'Analysts weigh the cost of Kursk for Kyiv', 'en', "Ukraine's incursion"],
  ])('%s is detected as %s and decoded exactly', (file, encoding, title, language, phrase) => {
    const s = source(file);
    expect(s.encoding).toBe(encoding);
    expect(s.title).toBe(title);
    expect(s.language).toBe(language);
    expect(paragraphs(file).join(' ')).toContain(phrase);
    expect(JSON.stringify(s)).not.toMatch(/[\uFFFD\uFEFF\r]/);
  });

  it('reads UTF-8 with one broken byte sequence as UTF-8, the broken bytes replaced, not the whole page as mojibake', () => {
    const s = source('utf8-one-bad-sequence.txt');
    expect(s.encoding).toBe('utf-8 (1 invalid byte sequence replaced)');
    expect(s.title).toBe('Café owners in Kyiv — Київ — count the cost');
    expect(paragraphs('utf8-one-bad-sequence.txt')[0]).toContain('a naïve \uFFFD\uFFFD\uFFFDlandmark, said on Monday that “the windows are gone” after the strike on Київ');
  });

  it('reads the dates and bylines of other languages', () => {
    expect(source('german-windows-1252.txt')).toMatchObject({ authors: ['Anna Müller'], published: '2024-12-14' });
    expect(source('russian-windows-1251.txt').published).toBe('2024-12-15');
  });

  it('drops page furniture in German and Russian too', () => {
    const reasons = (file: string) => Object.fromEntries(source(file).removed.map((r) => [r.text, r.reason]));
    expect(reasons('german-windows-1252.txt')).toMatchObject({ 'Zum Inhalt springen': 'navigation', Teilen: 'widget', 'Newsletter abonnieren': 'newsletter' });
    expect(reasons('russian-windows-1251.txt')).toMatchObject({ 'Перейти к содержанию': 'navigation', 'Подписаться на рассылку': 'newsletter', Поделиться: 'widget' });
  });
});

describe('rejected files', () => {
  it.each([
    ['empty.txt', 'empty file'],
    ['whitespace-only.txt', 'empty file (only white space)'],
    ['binary.txt', 'binary file (NUL or control bytes), not a text article'],
    ['junk-only.txt', 'no article body left after cleaning (7 lines, all page furniture)'],
    ['utf16le-lone-surrogate.txt', 'not valid UTF-16LE text despite its byte-order mark (a lone surrogate or a cut-off character)'],
  ])('%s: "%s"', (file, error) => {
    expect(report.errors).toContainEqual({ file, error });
    expect(outputs.some((o) => o.name.includes(file.replace(/\..*$/, '')))).toBe(false);
  });

  it('still ingests every other file', () => {
    expect(report.sources).toHaveLength(HOSTILE.length - 5 - 1);
    expect(report.errors).toHaveLength(5);
  });

  it('says in one line why an article failed, whatever the fault', () => {
    expect(failureMessage(new InputError('empty file'))).toBe('empty file');
    expect(failureMessage(new TypeError('first line\n    at frame (x.js:1:1)'))).toBe('could not be ingested (first line)');
    expect(failureMessage(new RangeError('Maximum call stack size exceeded'))).toBe('could not be ingested (too deeply nested or too complex to read: Maximum call stack size exceeded)');
    expect(failureMessage('thrown string')).toBe('could not be ingested (thrown string)');
    expect(failureMessage(new Error(''))).toBe('could not be ingested (Error)');
  });

  it('drops a stray NUL byte past the first bytes (damage, as a browser treats it), so none reaches the output', () => {
    const text = `Depot fire near the river\n\n${'The council said on Monday that the depot near the river had burned overnight.\n\n'.repeat(1000)}`;
    const { report: r, outputs } = ingest([article('late-nul.txt', Buffer.concat([Buffer.from(text), Buffer.from([0x00]), Buffer.from('More text.\n')]))]);
    expect(r.errors).toEqual([]);
    for (const o of outputs) expect(o.text).not.toContain('\u0000');
  });
});

describe('duplicates', () => {
  it('ingests the same text once, whatever its encoding and line ends, and warns', () => {
    expect(report.warnings).toEqual([{ file: 'english-utf16le-crlf.txt', warning: 'exact duplicate of copy-of-utf16le-as-utf8.txt; ingested once' }]);
    expect(report.sources.filter((s) => s.title === 'Drone debris sparks fire near fuel depot')).toHaveLength(1);
    expect(source('copy-of-utf16le-as-utf8.txt').authors).toEqual(['Jane Doe', 'John Roe']);
  });
});

describe('Markdown with front matter', () => {
  const s = source('markdown-front-matter.md');
  it('takes the front matter as metadata', () => {
    expect(s).toMatchObject({ title: "Pyongyang's soldiers at the front: what we know", outlet: 'Example Weekly', authors: ['Mira Kim'], published: '2024-12-20', url: 'https://example.org/nk-soldiers' });
  });
  it('keeps headings and plain paragraph text, drops raw HTML and image-only paragraphs', () => {
    expect(s.blocks.map((b) => [b.type, b.text.slice(0, 30)])).toEqual([
      ['paragraph', 'North Korean troops have been '],
      ['heading', 'Losses'],
      ['paragraph', 'Officials said hundreds of Nor'],
    ]);
    expect(s.removed).toEqual([
      { text: '<div class="ad">Advertisement</div>', reason: 'markup' },
      { text: 'A soldier on parade', reason: 'caption' },
    ]);
  });
});

describe('Markdown nested too deeply', () => {
  const para = 'The council said on Monday that the depot near the river had burned overnight and that forty people had left.';
  const list = (depth: number) => `# Deep list\n\n${para}\n\n${Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')}\n`;

  it('is rejected in one line before the parser, whose time grows with the cube of the depth, is asked', () => {
    const { report: r } = ingest([
      article('deep-list.md', list(2000)),
      article('deep-quote.md', `# Deep quote\n\n${para}\n\n${'> '.repeat(5000)}${para}\n`),
      article('deep-markers.md', `# Deep markers\n\n${para}\n\n${'- '.repeat(5000)}${para}\n`),
      article('fine.md', list(32)),
    ]);
    expect(r.errors).toEqual([
      { file: 'deep-list.md', error: 'Markdown nested too deeply to read (a line opens 2000 levels of lists, quotes or indentation; at most 32)' },
      { file: 'deep-markers.md', error: 'Markdown nested too deeply to read (a line opens 5000 levels of lists, quotes or indentation; at most 32)' },
      { file: 'deep-quote.md', error: 'Markdown nested too deeply to read (a line opens 5000 levels of lists, quotes or indentation; at most 32)' },
    ]);
    expect(r.sources.map((s) => s.file)).toEqual(['fine.md']);
  });
});

describe('a saved HTML page', () => {
  const s = source('saved-page.html');
  it('takes metadata from JSON-LD (inside @graph), OpenGraph and the canonical link, past a broken JSON-LD block', () => {
    expect(s).toMatchObject({
      title: 'Drones strike oil terminal deep inside Russia',
      outlet: 'Example Herald',
      authors: ['Lena Ortiz'],
      published: '2024-12-14',
      url: 'https://herald.example/world/drones-oil-terminal',
      language: 'en',
    });
  });
  it('keeps the main text and audits everything Readability set aside', () => {
    expect(s.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph']);
    expect(s.removed.map((r) => r.reason)).toEqual(['outside-article', 'byline', 'caption', 'outside-article', 'outside-article', 'outside-article', 'outside-article']);
    expect(JSON.stringify(s)).not.toMatch(/pwned|evil\.example|fetch\(/);
  });
});

describe('sidecars', () => {
  const body = 'Leaked memo reveals fuel plans\n\nBy Ann Other\n\nJune 2, 2025\n\nA leaked memo shows officials planned to move fuel away from depots near the border, two people familiar with it said.\n\nEditor note\n\nThe memo was dated in May and has not been published in full, they said.\n\nShare\n';

  it('overrides extracted metadata, and keep:/drop: overrule the cleaner', () => {
    const sidecar = 'title: A corrected title\noutlet: Example Post\npublished: 2025-06-01\nauthors: [Ann Other, Second Author]\nkeep: ["Editor note"]\ndrop: ["/^The memo was dated/"]\n';
    const { report: r } = ingest([article('memo.txt', body, sidecar)]);
    const [s] = r.sources;
    expect(s).toMatchObject({ title: 'A corrected title', outlet: 'Example Post', published: '2025-06-01', date: '2025-06-01', authors: ['Ann Other', 'Second Author'] });
    expect(s!.blocks.map((b) => b.text)).toEqual([expect.stringMatching(/^A leaked memo/), 'Editor note']);
    expect(s!.removed).toContainEqual({ text: 'The memo was dated in May and has not been published in full, they said.', reason: 'sidecar-drop' });
  });

  it('can say a field is unknown (null) even when extraction found one', () => {
    const { report: r } = ingest([article('memo.txt', body, 'published: null\n')]);
    expect(r.sources[0]).toMatchObject({ published: null });
  });

  it.each([
    ['title: [unclosed\n', /^malformed sidecar memo\.meta\.yaml: /],
    ['titel: typo\n', /^malformed sidecar memo\.meta\.yaml: Unrecognized key: "titel"/],
    ['published: 14/12/2024\n', /^malformed sidecar memo\.meta\.yaml: published: expected YYYY-MM-DD/],
    ['drop: ["/(unclosed/"]\n', /^malformed sidecar memo\.meta\.yaml: bad pattern/],
    ['- just\n- a list\n', /^malformed sidecar memo\.meta\.yaml: /],
  ])('rejects the article with a malformed sidecar %j, naming the sidecar; others go on', (sidecar, message) => {
    const { report: r } = ingest([article('memo.txt', body, sidecar), article('other.txt', body.replace('Leaked memo', 'Another memo'))]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.file).toBe('memo.txt');
    expect(r.errors[0]!.error).toMatch(message);
    expect(r.errors[0]!.error).not.toContain('\n');
    expect(r.sources.map((s) => s.file)).toEqual(['other.txt']);
  });
});

const mdxParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx);

describe('text that looks like code stays text', () => {
  const s = source('code-like-text.txt');
  const mdx = outputs.find((o) => o.name.endsWith(`${s.slug}.mdx`))!.text;

  it('keeps the code-like sentences as paragraphs and drops the markup-only line', () => {
    expect(paragraphs('code-like-text.txt')).toHaveLength(6);
    expect(s.removed).toContainEqual({ text: "<script>document.location = 'https://evil.example/'</script>", reason: 'markup' });
  });

  it('compiles as MDX, front matter handled as Astro does', async () => {
    await expect(compile(mdx, { remarkPlugins: [[remarkFrontmatter, ['yaml']]] })).resolves.toBeDefined();
  });

  it('parses back to exactly the same text: no ESM, no expressions, no JSX but our own elements', () => {
    const tree = mdxParser.parse(mdx) as Root;
    const kinds = new Set<string>();
    const texts: string[] = [];
    visit(tree, (node) => {
      kinds.add(node.type);
      if (node.type === 'mdxJsxFlowElement' && node.name === 'Paragraph') texts.push((node.children[0] as { children: { value: string }[] }).children.map((c) => c.value).join(''));
    });
    expect([...kinds].filter((k) => /^mdx(?!JsxFlowElement)/.test(k))).toEqual([]);
    visit(tree, 'mdxJsxFlowElement', (node) => expect(['Paragraph', 'EntryTime']).toContain(node.name));
    expect(texts).toEqual(paragraphs('code-like-text.txt'));
  });

  it('writes byte-identical MDX for identical input', () => {
    const again = ingest([article('code-like-text.txt', fixture('hostile/code-like-text.txt'))]);
    expect(emitMdx(again.report.sources[0]!)).toBe(emitMdx(s));
  });

  it('keeps a newline in a file name out of the YAML', () => {
    const { outputs: out } = ingest([article('evil\nname: x.txt', fixture('hostile/english-utf8-bom.txt'))]);
    const yaml = mdxParser.parse(out[0]!.text).children[0] as { type: string; value: string };
    expect(yaml.type).toBe('yaml');
    expect(yaml.value).not.toMatch(/^name: x/m);
  });
});
