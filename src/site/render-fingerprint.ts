// What a generated page's HTML depends on besides its own text. Astro keeps its data store
// between builds and skips an entry whose digest it already holds; a page's digest therefore
// covers all of this, so that an unchanged page is not rendered again and a changed dependency
// (the renderer's code, a library, a topic title, the site's address, a quoted source) is.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's own code (src/) and its locked library versions: what renders a page. */
const CODE = fileURLToPath(new URL('../', import.meta.url));
const LOCKFILE = fileURLToPath(new URL('../../package-lock.json', import.meta.url));

/** A digest of every file under `dir` whose name passes `keep`, by path and content; a missing folder digests as empty. */
export function folderFingerprint(dir: string, keep: (name: string) => boolean = () => true): string {
  const hash = createHash('sha256');
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(keep).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return hash.digest('hex');
    throw error;
  }
  for (const name of names) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(dir, name));
    } catch (error) {
      // A folder is listed too; it holds nothing of its own to digest.
      if ((error as NodeJS.ErrnoException).code === 'EISDIR') continue;
      throw error;
    }
    hash.update(name).update('\0').update(bytes).update('\0');
  }
  return hash.digest('hex');
}

/** A digest of the renderer: the project's code and its lockfile, read afresh (a few milliseconds) so that an edit in `astro dev` counts. */
export function rendererFingerprint(): string {
  let lock = '';
  try {
    lock = readFileSync(LOCKFILE, 'utf8');
  } catch {
    // Without a lockfile the installed versions are unknown; the code still counts.
  }
  return createHash('sha256').update(folderFingerprint(CODE)).update('\0').update(lock).digest('hex');
}
