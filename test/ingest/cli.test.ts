// The CLI contract: flags, the one JSON object on stdout, exit codes, and what lands on disk.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A scratch folder with an articles/ folder holding the given seeds or fixtures. */
function workspace(files: Record<string, string | Buffer>): { dir: string; articles: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
  temporary.push(dir);
  const articles = join(dir, 'articles');
  cpSync(join(ROOT, 'content/articles'), articles, { recursive: true });
  for (const name of readdirSync(articles)) rmSync(join(articles, name));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(articles, name), content);
  return { dir, articles, out: join(dir, 'sources') };
}

function run(args: string[], cwd = ROOT) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/ingest.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const seed = (name: string) => readFileSync(join(ROOT, 'content/articles', name));
const common = (w: { dir: string; articles: string; out: string }) => ['--in', w.articles, '--out', w.out, '--pages', join(w.dir, 'pages'), '--topics', join(ROOT, 'content/topics'), '--outlets', join(ROOT, 'content/outlets.yaml')];

describe('npm run ingest', () => {
  it('prints exactly one JSON object of the documented shape with --json, and exits 0', () => {
    const w = workspace({ '000_f3d79c33339327a7.txt': seed('000_f3d79c33339327a7.txt') });
    const { code, stdout } = run([...common(w), '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['sources', 'errors', 'warnings']);
    const [source] = report.sources;
    for (const key of ['file', 'slug', 'title', 'outlet', 'authors', 'agencies', 'published', 'date', 'url', 'language', 'words', 'sha256', 'topics', 'output', 'blocks', 'removed']) {
      expect(source).toHaveProperty(key);
    }
    expect(Object.keys(source.blocks[0]).sort()).toEqual(['id', 'text', 'topics', 'type']);
    expect(Object.keys(source.removed[0]).sort()).toEqual(['reason', 'text']);
    expect(source.output).toMatch(/sources\/2024-12-15-the-moscow-times-[a-z0-9-]+\.mdx$/);
    // `output` is relative to the folder the command ran in.
    expect(readFileSync(resolve(ROOT, source.output), 'utf8')).toContain('"title": "Russia Using N. Korean Troops');
  });

  it('exits 1 when a file is rejected, still writing the others, and names the file on stderr with --quiet', () => {
    const w = workspace({ 'good.txt': seed('002_38d8672d9c594a14.txt'), 'bad.txt': '' });
    const { code, stderr, stdout } = run([...common(w), '--quiet']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('rejected bad.txt: empty file');
    expect(readdirSync(w.out)).toEqual(['2024-12-14-the-kyiv-independent-north-korean-troops-joining-russian-assaults-in-kursk.mdx']);
  });

  it('exits 0 with --allow-rejected (as the site build runs it), still reporting the rejected file', () => {
    const w = workspace({ 'good.txt': seed('002_38d8672d9c594a14.txt'), 'bad.txt': '' });
    const { code, stderr } = run([...common(w), '--quiet', '--allow-rejected']);
    expect(code).toBe(0);
    expect(stderr).toContain('rejected bad.txt: empty file');
    expect(readdirSync(w.out)).toHaveLength(1);
  });

  it('reports an output it cannot write as an error naming it, and writes the rest', () => {
    const w = workspace({ 'a.txt': seed('002_38d8672d9c594a14.txt'), 'b.txt': seed('003_3d6b6fc75f30831d.txt') });
    const blocked = '2024-12-14-the-kyiv-independent-north-korean-troops-joining-russian-assaults-in-kursk.mdx';
    mkdirSync(join(w.out, blocked), { recursive: true });
    const { code, stdout } = run([...common(w), '--json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.errors).toEqual([{ file: expect.stringMatching(new RegExp(`sources/${blocked}$`)), error: expect.stringMatching(/^could not be written \(EISDIR: [^\n]+\)$/) }]);
    expect(report.sources).toHaveLength(2);
    expect(readdirSync(w.out).sort()).toEqual([blocked, 'undated-russia-using-significant-number-of-north-korean-troops.mdx']);
    expect(readdirSync(w.out).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(run([...common(w), '--json', '--allow-rejected']).code).toBe(0);
  });

  it('reports progress on stderr for large runs', () => {
    const files = Object.fromEntries(
      Array.from({ length: 200 }, (_, i) => [
        `a${String(i).padStart(3, '0')}.txt`,
        `Report number ${i} on the front\n\nOfficials said on Monday that ${i} drones had been launched at targets in the region overnight.\n`,
      ]),
    );
    const w = workspace(files);
    const { code, stderr, stdout } = run(common(w));
    expect(code).toBe(0);
    expect(stderr.match(/^ingest: \d+\/200 articles$/gm)).toHaveLength(10);
    expect(stdout).toContain('200 ingested, 0 rejected');
  });

  it('prints a summary table by default', () => {
    const w = workspace({ 'good.txt': seed('001_99405d8647efe3c7.txt'), 'x.bin': 'not an article' });
    const { code, stdout } = run(common(w));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^file\s+date\s+outlet\s+words\s+removed\s+topics$/m);
    expect(stdout).toMatch(/^good\.txt\s+2024-12-14\s+DW\s+\d+\s+20\s+/m);
    expect(stdout).toContain('warning x.bin: not an article (.txt, .md or .html); ignored');
    expect(stdout).toContain('1 ingested, 0 rejected, 1 warnings; 1 written, 0 unchanged, 0 stale removed');
  });

  it('writes byte-identical files on a re-run and leaves no temporary files', () => {
    const w = workspace({ 'a.txt': seed('003_3d6b6fc75f30831d.txt'), 'b.txt': seed('004_c20c6f5e01426b56.txt') });
    run(common(w));
    const first = readdirSync(w.out).map((n) => readFileSync(join(w.out, n), 'utf8'));
    const { stdout } = run(common(w));
    expect(stdout).toContain('0 written, 2 unchanged');
    expect(readdirSync(w.out).map((n) => readFileSync(join(w.out, n), 'utf8'))).toEqual(first);
    expect(readdirSync(w.out).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('removes the output of a deleted input, and never a file it did not write', () => {
    const w = workspace({ 'a.txt': seed('003_3d6b6fc75f30831d.txt'), 'b.txt': seed('004_c20c6f5e01426b56.txt') });
    run(common(w));
    writeFileSync(join(w.out, 'hand-written.mdx'), '---\ntitle: mine\n---\n');
    rmSync(join(w.articles, 'b.txt'));
    const { stdout } = run(common(w));
    expect(stdout).toContain('1 stale removed');
    expect(readdirSync(w.out).sort()).toEqual(['hand-written.mdx', 'undated-russia-using-significant-number-of-north-korean-troops.mdx']);
  });

  it('exits 2 with one line naming the flag when the configuration is bad, before reading any article', () => {
    const w = workspace({ 'good.txt': seed('002_38d8672d9c594a14.txt') });
    const topics = join(w.dir, 'topics');
    cpSync(join(ROOT, 'content/topics'), topics, { recursive: true });
    // A topic's id names its pages, so a file name too long for a page name is refused by name.
    writeFileSync(join(topics, `${'long-topic-name-'.repeat(10)}.md`), readFileSync(join(ROOT, 'content/topics/kursk-incursion.md')));
    const tooLong = run([...common(w).slice(0, -4), '--topics', topics, '--outlets', join(ROOT, 'content/outlets.yaml')]);
    expect(tooLong.code).toBe(2);
    expect(tooLong.stderr).toMatch(/^ingest: --topics \S+: topic long-topic-name-long-topic-name-long-top…: file name too long for a page name \(160 bytes; at most 100\)\n$/);

    const outlets = join(w.dir, 'outlets.yaml');
    writeFileSync(outlets, 'outlets:\n  - name: [unclosed\n');
    const malformed = run([...common(w).slice(0, -2), '--outlets', outlets]);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/^ingest: --outlets \S+: malformed outlets file: [^\n]+\n$/);
    writeFileSync(outlets, 'outlets: []\n');
    expect(run([...common(w).slice(0, -2), '--outlets', outlets]).stderr).toMatch(/^ingest: --outlets \S+: malformed outlets file: agencies: [^\n]+\n$/);
    expect(readdirSync(w.dir)).not.toContain('sources');
  });

  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['--in', '/nonexistent/folder'], /--in \/nonexistent\/folder: no such folder/],
    [['stray-positional'], /Unexpected argument 'stray-positional'/],
  ])('exits 2 with usage for %j', (args, message) => {
    const { code, stderr } = run(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('usage: npm run ingest --');
  });
});
