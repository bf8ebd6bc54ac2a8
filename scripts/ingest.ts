// npm run ingest -- [--in DIR] [--out DIR] [--pages DIR] [--json] [--quiet] [--topics DIR] [--outlets FILE] [--allow-rejected]
// Parses flags, runs the pipeline, prints the report. Exit 0: all ingested; 1: some rejected
// (0 with --allow-rejected, which the site build uses so one bad file does not stop it); 2: usage.
import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadArticles, loadRegistry, loadTopics, syncOutputs } from '../src/pipeline/files.ts';
import { ingestArticles } from '../src/pipeline/ingest.ts';
import type { Registry } from '../src/pipeline/registry.ts';
import type { Topic } from '../src/pipeline/types.ts';
import { formatReport } from '../src/pipeline/report.ts';

const USAGE = 'usage: npm run ingest -- [--in DIR] [--out DIR] [--pages DIR] [--json] [--quiet] [--topics DIR] [--outlets FILE] [--allow-rejected]';

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        in: { type: 'string', default: 'content/articles' },
        out: { type: 'string', default: 'content/sources' },
        pages: { type: 'string', default: 'content/dossier' },
        topics: { type: 'string', default: 'content/topics' },
        outlets: { type: 'string', default: 'content/outlets.yaml' },
        json: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        'allow-rejected': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    process.stderr.write(`ingest: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  for (const [flag, path, kind] of [['--in', values.in, 'dir'], ['--topics', values.topics, 'dir'], ['--outlets', values.outlets, 'file']] as const) {
    if (!existsSync(path) || statSync(path).isDirectory() !== (kind === 'dir')) {
      process.stderr.write(`ingest: ${flag} ${path}: no such ${kind === 'dir' ? 'folder' : 'file'}\n${USAGE}\n`);
      return 2;
    }
  }

  // Topics and outlets are configuration, not articles: without them no article can be judged.
  const config = loadConfig(values.topics, values.outlets);
  if (typeof config === 'string') {
    process.stderr.write(`ingest: ${config}\n`);
    return 2;
  }
  const { inputs, warnings } = loadArticles(values.in);
  const outDir = relative(process.cwd(), resolve(values.out)) || '.';
  const progress = !values.json && !values.quiet && inputs.length >= 200;
  const step = Math.ceil(inputs.length / 10);
  const onProgress = (done: number, total: number) => {
    if (done % step === 0) process.stderr.write(`ingest: ${done}/${total} articles\n`);
  };
  const { report, outputs, pages, data } = ingestArticles(inputs, {
    ...config,
    outDir,
    ...(progress ? { onProgress } : {}),
  });
  report.warnings.unshift(...warnings);
  const sync = syncOutputs(values.out, outputs);
  const pagesSync = syncOutputs(values.pages, [...pages.map((p) => ({ name: p.file, text: p.text })), ...data.map((d) => ({ name: `data/${d.name}`, text: d.text }))]);
  // A file that could not be written is reported like a rejected article, naming the output.
  for (const [folder, { failed }] of [[values.out, sync], [values.pages, pagesSync]] as const) {
    for (const f of failed) report.errors.push({ file: relative(process.cwd(), resolve(folder, f.name)) || '.', error: f.error });
  }

  if (values.json) process.stdout.write(`${JSON.stringify(report)}\n`);
  else if (!values.quiet) process.stdout.write(formatReport(report, sync));
  else for (const e of report.errors) process.stderr.write(`ingest: rejected ${e.file}: ${e.error}\n`);
  return report.errors.length && !values['allow-rejected'] ? 1 : 0;
}

/** The topics and the registry, or a one-line message naming the flag and the problem. */
function loadConfig(topics: string, outlets: string): { topics: Topic[]; registry: Registry } | string {
  let loaded: Topic[];
  try {
    loaded = loadTopics(topics);
  } catch (error) {
    return `--topics ${topics}: ${firstLine(error)}`;
  }
  try {
    return { topics: loaded, registry: loadRegistry(outlets) };
  } catch (error) {
    return `--outlets ${outlets}: ${firstLine(error)}`;
  }
}

/** An error's message as one line, for a terminal or a log. */
function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0]!;
}

process.exitCode = main();
