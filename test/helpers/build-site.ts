// Global setup: ingest the seeds and build the site once, so every dist/ test reads the same build.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { ROOT, TEST_DIST } from './paths.ts';

export default function setup(): void {
  rmSync(TEST_DIST, { recursive: true, force: true });
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  execFileSync(process.execPath, ['scripts/ingest.ts', '--quiet'], { cwd: ROOT, env, stdio: 'inherit' });
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', TEST_DIST, '--silent'], { cwd: ROOT, env, stdio: 'inherit' });
}
