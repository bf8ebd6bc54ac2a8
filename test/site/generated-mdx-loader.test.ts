// The content loader against Astro's own data store, which keeps entries between builds and
// ignores a write whose digest it already holds: a page must still show what the current
// topics and renderer make of it, not what an earlier build stored.
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
// Not exported by Astro's package: imported by path, as Astro's content layer uses it.
import { MutableDataStore } from '../../node_modules/astro/dist/content/mutable-data-store.js';
import { citeControls } from '../../src/site/citations/controls.ts';
import { generatedMdxLoader, type LoaderOptions } from '../../src/site/generated-mdx-loader.ts';
import { TEST_TMP } from '../helpers/paths.ts';

const dir = join(TEST_TMP, 'loader');
const source = (id: string, text: string) => `---\n{"title": "A source"}\n---\n\n<Paragraph id="${id}" topics="kursk-incursion">\n  ${text}\n</Paragraph>\n`;

type Store = ReturnType<MutableDataStore['scopedStore']>;

/** One content sync, as Astro runs it, with the given topic titles; returns how many entries it rendered. */
async function sync(store: Store, title: string): Promise<number> {
  return load(store, { base: dir, topicTitles: new Map([['kursk-incursion', title]]), topicHref: (id) => `../../topics/${id}/` });
}

/** One content sync with the given loader options; returns how many entries were rendered (parsed) afresh. */
async function load(store: Store, options: LoaderOptions): Promise<number> {
  let rendered = 0;
  const context = {
    store,
    collection: 'sources',
    parseData: async ({ data }: { data: Record<string, unknown> }) => (rendered++, data),
    generateDigest: (data: unknown) => createHash('sha1').update(typeof data === 'string' ? data : JSON.stringify(data)).digest('hex'),
    logger: { debug() {}, error() {} },
  } as unknown as LoaderContext;
  await generatedMdxLoader(options).load(context);
  return rendered;
}

describe('the generated-MDX loader', () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('renders again what an earlier build stored, when what the HTML depends on has changed', async () => {
    writeFileSync(join(dir, 'a.mdx'), source('p-1', 'Troops advanced near Sudzha.'));
    const store = new MutableDataStore().scopedStore('sources');
    await sync(store, 'Old title');
    expect(store.get('a')!.rendered!.html).toContain('>Old title</a>');
    await sync(store, 'New title');
    expect(store.get('a')!.rendered!.html).toContain('>New title</a>');
  });

  it('follows the files: a changed file is rendered again, a removed one leaves the store', async () => {
    writeFileSync(join(dir, 'b.mdx'), source('p-2', 'Drones hit a depot.'));
    const store = new MutableDataStore().scopedStore('sources');
    await sync(store, 'Title');
    expect(store.keys().sort()).toEqual(['a', 'b']);
    writeFileSync(join(dir, 'b.mdx'), source('p-3', 'Drones hit two depots.'));
    rmSync(join(dir, 'a.mdx'));
    await sync(store, 'Title');
    expect(store.keys()).toEqual(['b']);
    expect(store.get('b')!.rendered!.html).toContain('id="p-3"');
  });

  it('keeps what an earlier build rendered when neither the file nor anything its HTML depends on has changed', async () => {
    const store = new MutableDataStore().scopedStore('sources');
    expect(await sync(store, 'Title')).toBe(1);
    expect(await sync(store, 'Title')).toBe(0);
    expect(store.get('b')!.rendered!.html).toContain('id="p-3"');
    expect(await sync(store, 'Another title')).toBe(1);
  });

  it('renders a quoting page again when the source it quotes has changed, since its citation reads that source', async () => {
    const sources = join(dir, 'quoted-sources');
    const pages = join(dir, 'quoting-pages');
    mkdirSync(sources, { recursive: true });
    mkdirSync(pages, { recursive: true });
    const quoted = (title: string) => `---\n{"title": "${title}", "outlet": "The Daily Example", "authors": [], "agencies": [], "published": "2024-08-07", "sha256": "${'a'.repeat(64)}"}\n---\n`;
    writeFileSync(join(sources, 'depot-fire.mdx'), quoted('Depot burns for a second day'));
    writeFileSync(join(pages, 'topic.mdx'), '---\n{"title": "A topic"}\n---\n\n<Passage source="depot-fire" paragraph="p-1" number="1">\n  Smoke over the depot.\n</Passage>\n');
    const cite = citeControls({ sourcesDir: sources, base: '/', accessed: '2026-12-03' });
    const options: LoaderOptions = { base: pages, topicTitles: new Map(), topicHref: (id) => id, cite, quotes: sources };
    const store = new MutableDataStore().scopedStore('dossier');
    expect(await load(store, options)).toBe(1);
    expect(store.get('topic')!.rendered!.html).toContain('Depot burns for a second day');
    expect(await load(store, options)).toBe(0);
    writeFileSync(join(sources, 'depot-fire.mdx'), quoted('Depot fire put out after two days'));
    expect(await load(store, options)).toBe(1);
    expect(store.get('topic')!.rendered!.html).toContain('Depot fire put out after two days');
    // A site moved to another address links its paragraphs there.
    expect(await load(store, { ...options, cite: citeControls({ sourcesDir: sources, base: '/dossier/', accessed: '2026-12-03' }) })).toBe(1);
    expect(store.get('topic')!.rendered!.html).toContain('/dossier/sources/depot-fire/#p-1');
    rmSync(sources, { recursive: true });
    rmSync(pages, { recursive: true });
  });

  it('names the file when one holds code', async () => {
    writeFileSync(join(dir, 'c.mdx'), '---\n{"title": "x"}\n---\n\n{process.exit(1)}\n');
    await expect(sync(new MutableDataStore().scopedStore('sources'), 'Title')).rejects.toThrow(/c\.mdx: an MDX expression/);
    rmSync(join(dir, 'c.mdx'));
  });
});
