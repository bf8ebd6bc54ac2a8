// npm run ingest -- [--in DIR] [--out DIR] [--pages DIR] [--json] [--quiet] [--topics DIR] [--outlets FILE] [--allow-rejected]
// Parses flags, runs the pipeline, prints the report. Exit 0: all ingested; 1: some rejected
// (0 with --allow-rejected, which the site build uses so one bad file does not stop it); 2: usage.
import { parseArgs } from 'node:util';
import { ingestFolder, loadConfig, missingInput } from '../src/pipeline/ingest-folder.ts';
import { formatReport } from '../src/pipeline/report.ts';

const USAGE = 'usage: npm run ingest -- [--in DIR] [--out DIR] [--pages DIR] [--json] [--quiet] [--topics DIR] [--outlets FILE] [--allow-rejected]';

async function main(): Promise<number> {
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
  const missing = missingInput({ articles: values.in, topics: values.topics, outlets: values.outlets });
  if (missing) {
    process.stderr.write(`ingest: ${missing}\n${USAGE}\n`);
    return 2;
  }

  // Topics and outlets are configuration, not articles: without them no article can be judged.
  const config = loadConfig(values.topics, values.outlets);
  if (typeof config === 'string') {
    process.stderr.write(`ingest: ${config}\n`);
    return 2;
  }
  const progress = !values.json && !values.quiet;
  const onProgress = (done: number, total: number) => {
    if (total >= 200 && done % Math.ceil(total / 10) === 0) process.stderr.write(`ingest: ${done}/${total} articles\n`);
  };
  const { report, sync } = await ingestFolder({ articles: values.in, sources: values.out, pages: values.pages }, { ...config, ...(progress ? { onProgress } : {}) });

  if (values.json) process.stdout.write(`${JSON.stringify(report)}\n`);
  else if (!values.quiet) process.stdout.write(formatReport(report, sync));
  else for (const e of report.errors) process.stderr.write(`ingest: rejected ${e.file}: ${e.error}\n`);
  return report.errors.length && !values['allow-rejected'] ? 1 : 0;
}

process.exitCode = await main();
