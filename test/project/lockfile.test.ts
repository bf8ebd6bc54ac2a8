// The committed package-lock.json carries every platform's optional binaries (esbuild's, Pagefind's,
// Rolldown's, Astro's compiler…), so that `npm install` on macOS or Windows finds its own and
// leaves the lockfile as it is. npm has written lockfiles that keep only the platform they ran
// on (npm/cli#4828); .ci/run checks as well that an install changes nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

interface LockEntry {
  optionalDependencies?: Record<string, string>;
  os?: string[];
  cpu?: string[];
}
interface Lockfile {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
}

/** The folder a package at `path` would load `name` from, as Node resolves it: its own node_modules, then each parent's. */
function resolvedPath(lock: Lockfile, path: string, name: string): string | null {
  for (let at = path; ; ) {
    const candidate = `${at ? `${at}/` : ''}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!at) return null;
    const parent = at.lastIndexOf('/node_modules/');
    at = parent < 0 ? '' : at.slice(0, parent);
  }
}

/** Every optional dependency the lockfile's packages declare that it holds no entry for: "pkg → dep". */
function missingOptionals(lock: Lockfile): string[] {
  const missing: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    for (const name of Object.keys(entry.optionalDependencies ?? {})) {
      if (!resolvedPath(lock, path, name)) missing.push(`${path || '(root)'} → ${name}`);
    }
  }
  return missing;
}

describe('package-lock.json', () => {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as Lockfile;

  it('finds a missing platform binary in a lockfile written on one platform (the shape of npm/cli#4828)', () => {
    const oneSided: Lockfile = {
      lockfileVersion: 3,
      packages: {
        '': {},
        'node_modules/esbuild': { optionalDependencies: { '@esbuild/linux-x64': '0.28.2', '@esbuild/darwin-arm64': '0.28.2' } },
        'node_modules/@esbuild/linux-x64': { os: ['linux'], cpu: ['x64'] },
        'node_modules/tool/node_modules/esbuild': { optionalDependencies: { '@esbuild/darwin-arm64': '0.19.0' } },
        'node_modules/tool/node_modules/@esbuild/darwin-arm64': { os: ['darwin'], cpu: ['arm64'] },
      },
    };
    expect(missingOptionals(oneSided)).toEqual(['node_modules/esbuild → @esbuild/darwin-arm64']);
  });

  it('holds every optional dependency its packages declare, for every platform', () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(3);
    expect(missingOptionals(lock)).toEqual([]);
  });

  it('holds the native binaries a Mac, a Windows and a Linux machine need', () => {
    const platforms = (os: string, cpu: string) =>
      Object.entries(lock.packages)
        .filter(([, e]) => e.os?.includes(os) && e.cpu?.includes(cpu))
        .map(([path]) => path.replace(/^.*node_modules\//, ''));
    for (const [os, cpu] of [['darwin', 'arm64'], ['darwin', 'x64'], ['win32', 'x64'], ['linux', 'x64'], ['linux', 'arm64']] as const) {
      const names = platforms(os, cpu);
      // The build's native tools: the bundler, the search indexer, the Astro compiler.
      for (const tool of ['@esbuild/', '@pagefind/', '@rolldown/binding-', '@astrojs/compiler-binding-']) {
        expect(names.some((n) => n.startsWith(tool)), `${os}-${cpu}: ${tool}…`).toBe(true);
      }
    }
  });
});
