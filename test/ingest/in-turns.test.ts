// The commands ingest in turns: back to the event loop after each article, so that a saved HTML
// page's DOM, once closed, can be freed (jsdom reaches its nodes through WeakRefs, which V8 keeps
// alive until the current task ends; one synchronous loop over 900 pages held 4 GB).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/pipeline/files.ts';
import { ingestArticles, ingestArticlesInTurns, type IngestResult } from '../../src/pipeline/ingest.ts';
import { article, context } from '../helpers/ingest.ts';
import { ROOT } from '../helpers/paths.ts';

const everything = (run: IngestResult) => ({ outputs: run.outputs, pages: run.pages, data: run.data, errors: run.report.errors, warnings: run.report.warnings });

const page = (n: number) =>
  article(
    `page-${n}.html`,
    `<!doctype html><html><head><title>Depot fire ${n} | Example Herald</title></head><body><nav><a href="/">Home</a></nav>
<article><h1>Depot fire ${n}</h1><p>A drone struck a fuel depot in the region overnight, the governor said on Tuesday morning.</p>
<p>Firefighters worked for hours to contain the blaze, and no one was hurt, according to the regional emergency service.</p></article></body></html>`,
  );

describe('ingest in turns', () => {
  it('returns to the event loop after each article, not once at the end', async () => {
    const inputs = [1, 2, 3, 4].map(page);
    const readWhenTurned: number[] = [];
    let read = 0;
    const run = ingestArticlesInTurns(inputs, { ...context, onProgress: (done) => (read = done + 1) });
    // Each turn of the event loop sees how many articles had been read by then.
    const watch = () => {
      readWhenTurned.push(read);
      if (read < inputs.length) setImmediate(watch);
    };
    setImmediate(watch);
    const result = await run;
    expect(result.report.sources).toHaveLength(4);
    // Turns come between the articles (a synchronous loop would give one turn, after the fourth).
    expect(readWhenTurned).toEqual([2, 3, 4]);
  });

  it('writes exactly what the synchronous run writes (the seeds and a rejected page)', async () => {
    const inputs = [...loadArticles(join(ROOT, 'content/articles')).inputs, article('empty.txt', '\n\n')];
    const inTurns = await ingestArticlesInTurns(inputs, context);
    expect(inTurns.report.errors.map((e) => e.file)).toEqual(['empty.txt']);
    expect(everything(inTurns)).toEqual(everything(ingestArticles(inputs, context)));
  });
});
