// The file-system edge of the pipeline: reading inputs and configuration, and writing outputs
// so that a reader of the output folder never sees a half-written file or a stale one.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
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

/**
 * Makes the output folder hold exactly these files: each written atomically (temporary file,
 * then rename) and only when its bytes change; generated files with no input any more removed.
 */
export function syncOutputs(dir: string, outputs: Output[]): { written: number; unchanged: number; removed: string[] } {
  let written = 0;
  let unchanged = 0;
  for (const output of outputs) {
    const target = join(dir, output.name);
    if (existsSync(target) && readFileSync(target, 'utf8') === output.text) {
      unchanged++;
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
    writeFileSync(temporary, output.text);
    renameSync(temporary, target);
    written++;
  }
  const wanted = new Set(outputs.map((o) => o.name));
  const removed: string[] = [];
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.mdx') || wanted.has(name)) continue;
    const path = join(dir, name);
    if (readFileSync(path, 'utf8').includes(GENERATED_MARK)) {
      unlinkSync(path);
      removed.push(name);
    }
  }
  return { written, unchanged, removed };
}
