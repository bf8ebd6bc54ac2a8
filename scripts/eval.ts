// npm run eval -- --corpus DIR [--format html|txt] [--files DIR2] [--json] [--worst N] [--topics DIR] [--outlets FILE] [--no-urls] [--markdown [--header]]
// Measures the ingest on labelled pages (src/eval/). Exit 0: measured; 2: usage or unreadable corpus.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseGoldJsonl, parseManifestJsonl, type Corpus } from '../src/eval/corpus.ts';
import { formatRow, formatSummary, summarise, TABLE_HEADER } from '../src/eval/report.ts';
import { evaluate } from '../src/eval/run.ts';
import { loadRegistry, loadTopics } from '../src/pipeline/files.ts';

const USAGE = 'usage: npm run eval -- --corpus DIR [--format html|txt] [--files DIR] [--json] [--worst N] [--topics DIR] [--outlets FILE] [--no-urls] [--markdown [--header]]';

function fail(message: string): number {
  process.stderr.write(`eval: ${message}\n${USAGE}\n`);
  return 2;
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        corpus: { type: 'string' },
        format: { type: 'string', default: 'html' },
        files: { type: 'string' },
        json: { type: 'boolean', default: false },
        worst: { type: 'string', default: '10' },
        topics: { type: 'string', default: 'content/topics' },
        outlets: { type: 'string', default: 'content/outlets.yaml' },
        'no-urls': { type: 'boolean', default: false },
        markdown: { type: 'boolean', default: false },
        header: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return fail((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!values.corpus) return fail('--corpus DIR is required');
  if (values.format !== 'html' && values.format !== 'txt') return fail(`--format must be html or txt, not "${values.format}"`);
  const worst = Number(values.worst);
  if (!Number.isInteger(worst) || worst < 0) return fail(`--worst takes a whole number, not "${values.worst}"`);

  const dir = values.corpus;
  const gold = join(dir, 'gold.jsonl');
  const manifest = join(dir, 'manifest.jsonl');
  let corpus: Corpus;
  try {
    if (existsSync(gold)) corpus = { root: dir, pages: parseGoldJsonl(gold, readFileSync(gold, 'utf8'), values.format) };
    else if (existsSync(manifest)) corpus = { root: values.files ?? dir, pages: parseManifestJsonl(manifest, readFileSync(manifest, 'utf8')) };
    else return fail(`${dir}: no gold.jsonl or manifest.jsonl`);
  } catch (error) {
    return fail((error as Error).message);
  }

  const progress = !values.json && corpus.pages.length >= 200;
  const step = Math.ceil(corpus.pages.length / 10);
  const run = await evaluate(corpus, {
    topics: loadTopics(values.topics),
    registry: loadRegistry(values.outlets),
    urls: !values['no-urls'],
    ...(progress ? { onProgress: (done: number, total: number) => done % step === 0 && process.stderr.write(`eval: ${done}/${total} pages\n`) } : {}),
  });
  const summary = summarise(run.scores, worst);
  const result = run.writeError ? { ...summary, writeError: run.writeError } : summary;
  const name = `${basename(dir)}${existsSync(gold) ? ` ${values.format}` : ''}`;
  if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else if (values.markdown) process.stdout.write(`${values.header ? `${TABLE_HEADER}\n` : ''}${formatRow(name, summary)}\n`);
  else {
    process.stdout.write(formatSummary(`${dir}${existsSync(gold) ? ` (${values.format})` : ''}`, summary));
    if (run.writeError) process.stdout.write(`writing the outputs failed: ${run.writeError}\n`);
  }
  return 0;
}

process.exitCode = await main();
