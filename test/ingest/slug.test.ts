// Names derived from text (slugs, ids, anchors) stay short enough to be file names, and unique.
import { describe, expect, it } from 'vitest';
import { emitMdx } from '../../src/pipeline/emit.ts';
import { segment } from '../../src/pipeline/segment.ts';
import { boundName, MAX_NAME_BYTES, slugOf, uniqueSlugs } from '../../src/pipeline/slug.ts';
import type { Source } from '../../src/pipeline/types.ts';
import { renderGeneratedMdx } from '../../src/site/generated-mdx.ts';

const bytes = (s: string) => Buffer.byteLength(s);
const words = (n: number, word = 'velosa') => Array.from({ length: n }, (_, i) => `${word}${i}`).join('-');

describe('boundName', () => {
  it('leaves a name of up to MAX_NAME_BYTES alone', () => {
    const name = 'x'.repeat(MAX_NAME_BYTES);
    expect(boundName(name)).toBe(name);
    expect(boundName('north-korean-troops')).toBe('north-korean-troops');
  });

  it('cuts a longer name at a word boundary and adds a hash of the whole name', () => {
    const name = words(60);
    const bounded = boundName(name);
    expect(bytes(bounded)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(bounded).toMatch(/^velosa0-velosa1-(?:velosa\d+-)*velosa\d+-[0-9a-f]{8}$/);
    expect(name.startsWith(bounded.slice(0, -9))).toBe(true);
    expect(boundName(name)).toBe(bounded);
  });

  it('keeps two long names apart when they share their first hundred bytes', () => {
    expect(boundName(`${words(60)}-a`)).not.toBe(boundName(`${words(60)}-b`));
  });

  it('counts bytes, not characters, and never splits a character', () => {
    const name = Array.from({ length: 80 }, () => 'українa').join('-');
    const bounded = boundName(name);
    expect(bytes(bounded)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(bounded).not.toContain('\uFFFD');
    expect(Buffer.from(bounded).toString('utf8')).toBe(bounded);
    const emoji = boundName('🔥'.repeat(100));
    expect(bytes(emoji)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(emoji).toMatch(/^(?:🔥)+-[0-9a-f]{8}$/u);
  });

  it('cuts one long word where it must', () => {
    expect(boundName('a'.repeat(500))).toMatch(/^a{91}-[0-9a-f]{8}$/);
  });
});

describe('slugOf', () => {
  it('keeps the slugs of real titles as they were', () => {
    expect(slugOf('2024-12-14', 'The Kyiv Independent', 'North Korean troops joining Russian assaults in Kursk, Ukraine says')).toBe(
      '2024-12-14-the-kyiv-independent-north-korean-troops-joining-russian-assaults-in-kursk',
    );
    expect(slugOf(null, null, '')).toBe('undated-untitled');
  });

  it('names a page whose title does not romanise (Chinese, Japanese) by a short hash of the title, not "untitled"', () => {
    const japanese = slugOf('2024-10-28', 'Example Shimbun', 'ウクライナの無人機が石油貯蔵施設を攻撃');
    const chinese = slugOf('2024-10-28', 'Example Shimbun', '乌克兰无人机袭击俄罗斯石油库');
    expect(japanese).toMatch(/^2024-10-28-example-shimbun-[0-9a-f]{8}$/);
    expect(chinese).toMatch(/^2024-10-28-example-shimbun-[0-9a-f]{8}$/);
    expect(chinese).not.toBe(japanese);
    // A title with no letters at all is still "untitled".
    expect(slugOf(null, null, '???')).toBe('undated-untitled');
  });

  it('bounds a title of very long words', () => {
    const slug = slugOf('2024-12-01', null, Array.from({ length: 12 }, () => 'korominvelundostrabelgorni'.repeat(4)).join(' '));
    expect(bytes(slug)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(slug).toMatch(/^2024-12-01-korominvel/);
  });

  it('leaves room for the title when the outlet name is long', () => {
    const slug = slugOf('2024-12-01', Array.from({ length: 30 }, (_, i) => `Outlet${i}`).join(' '), 'Depot fire');
    expect(bytes(slug)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(slug).toMatch(/^2024-12-01-outlet0-.*-depot-fire$/);
  });
});

describe('uniqueSlugs', () => {
  it('keeps duplicates of a name at the limit unique and within it', () => {
    const name = 'x'.repeat(MAX_NAME_BYTES);
    const unique = uniqueSlugs([name, name, name]);
    expect(new Set(unique).size).toBe(3);
    for (const slug of unique) expect(bytes(slug)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(unique[0]).toBe(name);
    expect(uniqueSlugs(['a', 'a', 'b'])).toEqual(['a', 'a-2', 'b']);
  });
});

describe('heading anchors', () => {
  const long = Array.from({ length: 70 }, (_, i) => `Velund${i}`).join(' ');
  const blocks = segment([
    { text: `${long} a`, role: 'heading' },
    { text: 'A paragraph under it.', role: 'paragraph' },
    { text: `${long} b`, role: 'heading' },
    { text: `${long} b`, role: 'heading' },
    { text: 'Losses', role: 'heading' },
  ]);
  const headings = blocks.filter((b) => b.type === 'heading');

  it('are bounded and unique, and short headings keep the slug Astro gives them', () => {
    for (const h of headings) expect(bytes(h.id)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(new Set(headings.map((h) => h.id)).size).toBe(4);
    expect(headings.at(-1)!.id).toBe('losses');
  });

  it('are the ids the site gives the same headings', () => {
    const source = { file: 'x.txt', blocks } as unknown as Source;
    const page = renderGeneratedMdx(emitMdx(source), { topicTitles: new Map(), topicHref: (id) => id });
    expect(page.headings.map((h) => h.slug)).toEqual(headings.map((h) => h.id));
    for (const h of headings) expect(page.html).toContain(`id="${h.id}"`);
  });
});
