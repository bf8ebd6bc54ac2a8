// npm run dev -- [--in DIR] [--content DIR] [--topics DIR] [--outlets FILE] [Astro's own flags]
// Ingests the articles, starts Astro's dev server, and re-ingests on every change to the articles,
// sidecars, topics or outlet registry (src/dev/live-ingest.ts). Flags it does not know go to
// `astro dev` as they are: npm run dev -- --port 4400 --host 127.0.0.1
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { liveIngest } from '../src/dev/live-ingest.ts';
import { missingInput } from '../src/pipeline/ingest-folder.ts';

const USAGE = 'usage: npm run dev -- [--in DIR] [--content DIR] [--topics DIR] [--outlets FILE] [astro dev flags]';
const ASTRO = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));

/** Splits our flags from Astro's, which pass through in their order. */
function parseFlags(args: string[]): { ours: Record<string, string>; astro: string[] } | string {
  const ours: Record<string, string> = { in: 'content/articles', content: 'content', topics: 'content/topics', outlets: 'content/outlets.yaml' };
  const astro: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name, inline] = arg.startsWith('--') ? arg.slice(2).split(/=(.*)/s) : [];
    if (name && name in ours) {
      const value = inline ?? args[++i];
      if (!value) return `--${name} needs a value`;
      ours[name] = value;
    } else astro.push(arg);
  }
  return { ours, astro };
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  if (typeof flags === 'string') {
    process.stderr.write(`dev: ${flags}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const { ours, astro } = flags;
  const missing = missingInput({ articles: ours.in!, topics: ours.topics!, outlets: ours.outlets! });
  if (missing) {
    process.stderr.write(`dev: ${missing}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const log = (line: string) => process.stderr.write(`${line}\n`);
  let server: ChildProcess | undefined;
  let stopping = false;
  let restarting = false;
  let live: ReturnType<typeof liveIngest>;
  const start = () => {
    // The site reads the ingest's output and the saved pages from these folders (src/content.config.ts, src/site/originals.ts).
    const env = { ...process.env, DOSSIER_CONTENT: ours.content, DOSSIER_ARTICLES: ours.in, ASTRO_TELEMETRY_DISABLED: '1' };
    server = spawn(process.execPath, [ASTRO, 'dev', ...astro], { stdio: 'inherit', env });
    server.on('exit', (code, signal) => {
      if (stopping || restarting) return;
      live.close();
      process.exitCode = code ?? (signal ? 1 : 0);
    });
  };
  // Topic titles and the sidebar are read when Astro starts: a changed topic restarts it.
  const restart = () => {
    if (!server) return;
    restarting = true;
    server.once('exit', () => {
      restarting = false;
      start();
    });
    server.kill('SIGTERM');
  };
  try {
    live = liveIngest({ articles: ours.in!, sources: join(ours.content!, 'sources'), pages: join(ours.content!, 'dossier'), topics: ours.topics!, outlets: ours.outlets! }, log, restart);
  } catch (error) {
    process.stderr.write(`dev: ${(error as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  try {
    await live.run('start');
  } catch (error) {
    process.stderr.write(`dev: the ingest failed: ${(error as Error).message}\n`);
    process.exitCode = 1;
    return;
  }
  start();
  // Stopping this process stops the server it started.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      stopping = true;
      live.close();
      if (!server || server.exitCode !== null) process.exit(0);
      server.once('exit', () => process.exit(0));
      server.kill('SIGTERM');
    });
  }
}

await main();
