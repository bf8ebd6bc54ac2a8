// Writing the outputs: a file that cannot be written is reported by name, the others are
// written, and no temporary or half-written file is left behind.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GENERATED_MARK } from '../../src/pipeline/emit.ts';
import { syncOutputs } from '../../src/pipeline/files.ts';

const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sync-outputs-'));
  temporary.push(dir);
  return dir;
}

const page = (n: number) => `---\n${GENERATED_MARK}\n---\nPage ${n}\n`;
const leftovers = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.tmp'));

describe('syncOutputs', () => {
  it('reports a file it cannot write, writes the others, and leaves no temporary file', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'b.mdx')); // a folder where the file should go: the rename fails
    const result = syncOutputs(dir, [
      { name: 'a.mdx', text: page(1) },
      { name: 'b.mdx', text: page(2) },
      { name: `${'x'.repeat(300)}.mdx`, text: page(3) },
      { name: 'c/d.mdx', text: page(4) },
    ]);
    expect(result.written).toBe(2);
    expect(result.failed).toEqual([
      { name: 'b.mdx', error: expect.stringMatching(/^could not be written \(EISDIR: [^\n']+\)$/) },
      { name: `${'x'.repeat(300)}.mdx`, error: 'could not be written (ENAMETOOLONG: name too long)' },
    ]);
    expect(readFileSync(join(dir, 'a.mdx'), 'utf8')).toBe(page(1));
    expect(readFileSync(join(dir, 'c/d.mdx'), 'utf8')).toBe(page(4));
    expect(leftovers(dir)).toEqual([]);
  });

  it('skips a folder named like a stale page instead of stopping', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'old.mdx'));
    writeFileSync(join(dir, 'stale.mdx'), page(9));
    const result = syncOutputs(dir, [{ name: 'a.mdx', text: page(1) }]);
    expect(result).toMatchObject({ written: 1, removed: ['stale.mdx'], failed: [] });
    expect(existsSync(join(dir, 'old.mdx'))).toBe(true);
  });
});
