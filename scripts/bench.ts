// npm run bench -- [--articles N] [--runs N] [--json]: generates N articles and measures the pipeline.
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { runBenchmark } from '../src/bench/run.ts';

const USAGE = 'usage: npm run bench -- [--articles N] [--runs N] [--json]';
let values;
try {
  ({ values } = parseArgs({ options: { articles: { type: 'string', default: '500' }, runs: { type: 'string', default: '1' }, json: { type: 'boolean', default: false } }, strict: true }));
} catch (error) {
  process.stderr.write(`bench: ${(error as Error).message}\n${USAGE}\n`);
  process.exit(2);
}
const articles = Number(values.articles);
if (!Number.isInteger(articles) || articles < 1) {
  process.stderr.write(`bench: --articles takes a whole number of at least 1\n${USAGE}\n`);
  process.exit(2);
}
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  process.stderr.write(`bench: --runs takes a whole number of at least 1\n${USAGE}\n`);
  process.exit(2);
}
const root = fileURLToPath(new URL('../', import.meta.url));
const result = await runBenchmark(articles, root, `${root}bench/.work`, runs);
process.stdout.write(values.json ? `${JSON.stringify(result)}\n` : `${JSON.stringify(result, null, 2)}\n`);
