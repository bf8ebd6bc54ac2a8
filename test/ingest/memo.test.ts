// The bounded memo the pipeline keeps its repeated answers in (src/pipeline/memo.ts).
import { describe, expect, it } from 'vitest';
import { memoised } from '../../src/pipeline/memo.ts';

describe('memoised', () => {
  it('computes each argument once while it is kept, and forgets all at once at its bound', () => {
    const asked: string[] = [];
    const length = memoised((text) => (asked.push(text), text.length), 2);
    expect([length('ab'), length('abc'), length('ab'), length('abc')]).toEqual([2, 3, 2, 3]);
    expect(asked).toEqual(['ab', 'abc']);
    // A third argument at the bound empties the memo: the first is computed again.
    expect([length('abcd'), length('ab')]).toEqual([4, 2]);
    expect(asked).toEqual(['ab', 'abc', 'abcd', 'ab']);
  });
});
