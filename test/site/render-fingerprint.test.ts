// The digests that decide whether a page stored by an earlier build can be kept.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { folderFingerprint, rendererFingerprint } from '../../src/site/render-fingerprint.ts';
import { TEST_TMP } from '../helpers/paths.ts';

const dir = join(TEST_TMP, 'fingerprint');

describe('folder fingerprints', () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'nested'), { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('change with a file’s content, a new file, a renamed file, in subfolders too, and only with the files kept', () => {
    writeFileSync(join(dir, 'a.mdx'), 'one');
    writeFileSync(join(dir, 'nested', 'b.mdx'), 'two');
    const mdx = (name: string) => name.endsWith('.mdx');
    const first = folderFingerprint(dir, mdx);
    expect(folderFingerprint(dir, mdx)).toBe(first);
    writeFileSync(join(dir, 'notes.txt'), 'not a page');
    expect(folderFingerprint(dir, mdx)).toBe(first);
    expect(folderFingerprint(dir)).not.toBe(first);
    writeFileSync(join(dir, 'nested', 'b.mdx'), 'two!');
    const edited = folderFingerprint(dir, mdx);
    expect(edited).not.toBe(first);
    rmSync(join(dir, 'nested', 'b.mdx'));
    writeFileSync(join(dir, 'nested', 'c.mdx'), 'two!');
    expect(folderFingerprint(dir, mdx)).not.toBe(edited);
  });

  it('digest a missing folder as empty, unlike a folder with a page', () => {
    expect(folderFingerprint(join(dir, 'missing'))).toBe(folderFingerprint(join(dir, 'nested', 'missing')));
    expect(folderFingerprint(join(dir, 'missing'))).not.toBe(folderFingerprint(dir));
  });

  it('the renderer’s is the same twice over for the same code', () => {
    expect(rendererFingerprint()).toMatch(/^[0-9a-f]{64}$/);
    expect(rendererFingerprint()).toBe(rendererFingerprint());
  });
});
