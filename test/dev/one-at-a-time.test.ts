// How `npm run dev` queues its ingest runs (src/dev/one-at-a-time.ts).
import { describe, expect, it } from 'vitest';
import { oneAtATime } from '../../src/dev/one-at-a-time.ts';

const tick = () => new Promise<void>((done) => setImmediate(done));

describe('one at a time', () => {
  it('starts each call after the previous one has ended, in the order they came', async () => {
    const events: string[] = [];
    const run = oneAtATime(async (name: string) => {
      events.push(`start ${name}`);
      await tick();
      await tick();
      events.push(`end ${name}`);
    });
    await Promise.all([run('a'), run('b'), run('c')]);
    expect(events).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('goes on after a call that failed, whose caller still sees the failure', async () => {
    const done: string[] = [];
    const run = oneAtATime(async (name: string) => {
      await tick();
      if (name === 'broken') throw new Error('the articles folder is gone');
      done.push(name);
    });
    const first = run('broken');
    const second = run('mended');
    await expect(first).rejects.toThrow('the articles folder is gone');
    await expect(second).resolves.toBeUndefined();
    await run('again');
    expect(done).toEqual(['mended', 'again']);
  });
});
