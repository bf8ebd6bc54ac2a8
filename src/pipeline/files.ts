// The file-system edge of the pipeline: reading inputs and configuration, and writing outputs
// so that a reader of the output folder never sees a half-written file or a stale one.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { GENERATED_MARK } from './emit.ts';
import type { ArticleInput, Output } from './ingest.ts';
import { formatOf } from './read/index.ts';
import { parseRegistry, type Registry } from './registry.ts';
import { parseTopic } from './topics.ts';
import type { IngestWarning, Topic } from './types.ts';

const SIDECAR = /\.meta\.ya?ml$/i;

/** Reads every article in a folder, pairing NAME.meta.yaml sidecars with NAME.txt|md|html. */
export function loadArticles(dir: string): { inputs: ArticleInput[]; warnings: IngestWarning[] } {
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name)
    .sort();
  const stems = new Map(names.filter((n) => formatOf(n)).map((n) => [n.replace(/\.[^.]+$/, ''), n]));
  const sidecars = new Map(names.filter((n) => SIDECAR.test(n)).map((n) => [n.replace(SIDECAR, ''), n]));
  const warnings: IngestWarning[] = [];
  for (const name of names) {
    if (SIDECAR.test(name)) {
      if (!stems.has(name.replace(SIDECAR, ''))) warnings.push({ file: name, warning: 'sidecar without an article of the same name; ignored' });
    } else if (!formatOf(name) && !name.startsWith('.')) {
      warnings.push({ file: name, warning: 'not an article (.txt, .md or .html); ignored' });
    }
  }
  const inputs = [...stems].map(([stem, name]): ArticleInput => {
    const sidecar = sidecars.get(stem);
    return {
      file: name,
      bytes: readFileSync(join(dir, name)),
      ...(sidecar ? { sidecar: { file: sidecar, text: readFileSync(join(dir, sidecar), 'utf8') } } : {}),
    };
  });
  return { inputs, warnings };
}

/** Reads the topic definitions, content/topics/<id>.md. */
export function loadTopics(dir: string): Topic[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .sort()
    .map((n) => parseTopic(basename(n, '.md'), readFileSync(join(dir, n), 'utf8')));
}

/** Reads the outlet and agency registry. */
export function loadRegistry(file: string): Registry {
  return parseRegistry(readFileSync(file, 'utf8'));
}

/** What syncOutputs did; `failed` names each output it could not write or remove, and why, in one line. */
export interface SyncResult {
  written: number;
  unchanged: number;
  removed: string[];
  failed: { name: string; error: string }[];
}

/**
 * Makes the output folder hold exactly these files: each written atomically (temporary file,
 * then rename) and only when its bytes change; generated files with no input any more removed.
 * A file that cannot be written is reported and the others go on; its temporary file is removed,
 * so the folder never holds a half-written file.
 */
export function syncOutputs(dir: string, outputs: Output[]): SyncResult {
  const result: SyncResult = { written: 0, unchanged: 0, removed: [], failed: [] };
  for (const output of outputs) {
    try {
      if (writeIfChanged(join(dir, output.name), output.text)) result.written++;
      else result.unchanged++;
    } catch (error) {
      result.failed.push({ name: output.name, error: `could not be written (${systemError(error)})` });
    }
  }
  const wanted = new Set(outputs.map((o) => o.name));
  let present: string[];
  try {
    mkdirSync(dir, { recursive: true });
    present = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch (error) {
    result.failed.push({ name: '.', error: `output folder could not be read (${systemError(error)})` });
    return result;
  }
  for (const name of present) {
    if (!name.endsWith('.mdx') || wanted.has(name)) continue;
    try {
      const path = join(dir, name);
      if (!statSync(path).isFile() || !readFileSync(path, 'utf8').includes(GENERATED_MARK)) continue;
      unlinkSync(path);
      result.removed.push(name);
    } catch (error) {
      result.failed.push({ name, error: `stale file could not be removed (${systemError(error)})` });
    }
  }
  return result;
}

/** Writes the file through a temporary file and a rename unless it already holds the text; true when written. */
function writeIfChanged(target: string, text: string): boolean {
  if (existsSync(target) && readFileSync(target, 'utf8') === text) return false;
  mkdirSync(dirname(target), { recursive: true });
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, target);
  } catch (error) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // The temporary file could not even be named (ENAMETOOLONG): there is nothing to remove.
    }
    throw error;
  }
  return true;
}

/** "EISDIR: illegal operation on a directory": a file-system error without the paths Node appends. */
function systemError(error: unknown): string {
  return String((error as Error).message ?? error).split('\n')[0]!.replace(/, (?:open|rename|unlink|read|mkdir|stat|scandir) '.*$/, '');
}
