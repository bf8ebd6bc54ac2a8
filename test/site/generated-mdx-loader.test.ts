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
import { generatedMdxLoader } from '../../src/site/generated-mdx-loader.ts';
import { TEST_TMP } from '../helpers/paths.ts';

const dir = join(TEST_TMP, 'loader');
const source = (id: string, text: string) => `---\n{"title": "A source"}\n---\n\n<Paragraph id="${id}" topics="kursk-incursion">\n  ${text}\n</Paragraph>\n`;

/** One content sync, as Astro runs it, with the given topic titles. */
async function sync(store: ReturnType<MutableDataStore['scopedStore']>, title: string): Promise<void> {
  const context = {
    store,
    collection: 'sources',
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (data: unknown) => createHash('sha1').update(typeof data === 'string' ? data : JSON.stringify(data)).digest('hex'),
    logger: { debug() {}, error() {} },
  } as unknown as LoaderContext;
  await generatedMdxLoader({ base: dir, topicTitles: new Map([['kursk-incursion', title]]), topicHref: (id) => `../../topics/${id}/` }).load(context);
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

  it('names the file when one holds code', async () => {
    writeFileSync(join(dir, 'c.mdx'), '---\n{"title": "x"}\n---\n\n{process.exit(1)}\n');
    await expect(sync(new MutableDataStore().scopedStore('sources'), 'Title')).rejects.toThrow(/c\.mdx: an MDX expression/);
    rmSync(join(dir, 'c.mdx'));
  });
});
