// `npm run eval` end to end on hand-made labelled corpora in both formats (test/fixtures/eval).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

function evalCli(args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/eval.ts'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const fixtures = join(ROOT, 'test/fixtures/eval');

describe('npm run eval', () => {
  it('scores a manifest corpus: every labelled field, junk, body boundaries, a missing file as rejected', () => {
    const { code, stdout } = evalCli(['--corpus', join(fixtures, 'dumps'), '--json', '--worst', '3']);
    expect(code).toBe(0);
    const summary = JSON.parse(stdout);
    expect(Object.keys(summary)).toEqual(expect.arrayContaining(['pages', 'rejected', 'body', 'title', 'outlet', 'published', 'authors', 'topics', 'worst']));
    expect(summary.pages).toBe(3);
    expect(summary.rejected).toBe(1);
    expect(summary.authors).toEqual({ accuracy: 1, n: 2 });
    expect(summary.published).toEqual({ accuracy: 1, n: 2, invented: 0 });
    expect(summary.junk).toMatchObject({ left: 0, total: 2 });
    expect(summary.boundaries).toMatchObject({ lost: 0, total: 4 });
    const missing = summary.worst.find((w: { id: string }) => w.id === 'pages/missing.txt');
    expect(missing.problems[0]).toMatch(/^rejected: cannot read .*missing\.txt/);
  });

  it('scores a gold.jsonl corpus on its HTML and on its text pages', () => {
    for (const format of ['html', 'txt']) {
      const { code, stdout } = evalCli(['--corpus', join(fixtures, 'gold'), '--format', format, '--json']);
      expect(code).toBe(0);
      const summary = JSON.parse(stdout);
      expect(summary.pages).toBe(1);
      expect(summary.rejected).toBe(0);
      // Both paragraphs are kept and nothing else, whatever the format; the headline is found without the site's name and under the menu.
      expect(summary.body).toEqual({ precision: 1, recall: 1, f1: 1 });
      expect(summary.title).toEqual({ accuracy: 1, n: 1 });
    }
  });

  it('prints a README table row with --markdown (and the header with --header)', () => {
    const { code, stdout } = evalCli(['--corpus', join(fixtures, 'dumps'), '--markdown', '--header']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^\| corpus \| pages \| rejected \|/);
    expect(lines[2]).toMatch(/^\| dumps \| 3 \| 1 \| – \| 0\.667 \| /);
  });

  it('prints a readable table with the worst pages, and rejects bad usage with exit 2', () => {
    const text = evalCli(['--corpus', join(fixtures, 'dumps'), '--worst', '2']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^eval .*: 3 pages, 1 rejected$/m);
    expect(text.stdout).toMatch(/^worst 2:$/m);
    expect(evalCli([]).code).toBe(2);
    expect(evalCli(['--corpus', join(fixtures, 'gold'), '--format', 'pdf']).stderr).toMatch(/--format must be html or txt/);
    expect(evalCli(['--corpus', join(ROOT, 'content')]).stderr).toMatch(/no gold\.jsonl or manifest\.jsonl/);
  });
});
