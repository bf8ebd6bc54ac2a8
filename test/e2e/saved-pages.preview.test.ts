// The saved pages from `astro preview`, as a reader's browser gets them: every source's raw file
// byte for byte, as plain text (an HTML page too, so none of its scripts can run), and nothing
// else of it. The server is started here on loopback and stopped by its process group.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, TEST_CONTENT, TEST_DIST } from '../helpers/paths.ts';
import { builtReport } from '../helpers/site.ts';

const report = builtReport();
const PORT = 4391;
const origin = `http://127.0.0.1:${PORT}`;

describe('saved pages from the preview server', () => {
  let preview: ChildProcess;

  beforeAll(async () => {
    // Its own process group, so that stopping it stops the children astro preview starts.
    preview = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--outDir', TEST_DIST, '--host', '127.0.0.1', '--port', String(PORT)], {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', DOSSIER_CONTENT: TEST_CONTENT },
      detached: true,
      stdio: 'ignore',
    });
    for (let i = 0; i < 200; i++) {
      if (await fetch(`${origin}/`).then((r) => r.ok, () => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`astro preview did not answer on ${origin}`);
  });
  afterAll(() => {
    if (preview?.pid) process.kill(-preview.pid, 'SIGTERM');
  });

  it('serves each source’s raw file as plain text, whose SHA-256 is the one its page shows', async () => {
    expect(report.sources.some((s) => s.format === 'html')).toBe(true);
    for (const source of report.sources) {
      const name = source.format === 'html' ? 'original.html.txt' : 'original.txt';
      const response = await fetch(`${origin}/sources/${source.slug}/${name}`);
      expect(response.status, name).toBe(200);
      expect(response.headers.get('content-type'), `${source.file}: ${name}`).toMatch(/^text\/plain\b/);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(createHash('sha256').update(bytes).digest('hex'), source.file).toBe(source.sha256);
      const page = await (await fetch(`${origin}/sources/${source.slug}/`)).text();
      expect(page).toContain(source.sha256);
    }
  });

  it('serves no saved HTML page under a name a host would serve as HTML', async () => {
    for (const source of report.sources.filter((s) => s.format === 'html')) {
      for (const name of ['original.html', 'original.htm', source.file]) expect((await fetch(`${origin}/sources/${source.slug}/${name}`)).status, name).toBe(404);
    }
  });
});
