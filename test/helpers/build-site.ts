// Global setup: ingest the seeds plus a code-like article, and build the site twice (at the
// root, and under a base path as for hosting in a subfolder), so every dist/ test reads the
// same builds.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { EXTRA_ARTICLES, ROOT, TEST_BASE, TEST_BASE_ROOT, TEST_CONTENT, TEST_DIST, TEST_TMP } from './paths.ts';

export default function setup(): void {
  rmSync(TEST_TMP, { recursive: true, force: true });
  const articles = join(TEST_TMP, 'articles');
  cpSync(join(ROOT, 'content/articles'), articles, { recursive: true });
  for (const extra of EXTRA_ARTICLES) copyFileSync(join(ROOT, 'test/fixtures', extra), join(articles, basename(extra)));
  mkdirSync(TEST_CONTENT, { recursive: true });

  // Vitest sets NODE_ENV=test, which would make Astro build with import.meta.env.DEV: build as npm run build does.
  const env = { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', DOSSIER_CONTENT: TEST_CONTENT, DOSSIER_ARTICLES: articles };
  const run = (args: string[], extraEnv: Record<string, string> = {}) =>
    execFileSync(process.execPath, args, { cwd: ROOT, env: { ...env, ...extraEnv }, stdio: 'inherit' });
  run(['scripts/ingest.ts', '--quiet', '--in', articles, '--out', join(TEST_CONTENT, 'sources'), '--pages', join(TEST_CONTENT, 'dossier')]);
  run(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', TEST_DIST, '--silent']);
  run(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(TEST_BASE_ROOT, TEST_BASE), '--silent'], { DOSSIER_BASE: TEST_BASE });
}
