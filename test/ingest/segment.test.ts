// Segment stage at scale: anchors stay stable and unique however often a line repeats.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/pipeline/segment.ts';

describe('paragraph ids of repeated lines', () => {
  it('number the copies of a line in order, in time that grows with the copies, not their square', () => {
    const blocks = segment(Array.from({ length: 50_000 }, (_, i) => ({ text: i % 2 ? 'ok' : '.', role: 'paragraph' as const })));
    const ids = blocks.map((b) => b.id);
    expect(new Set(ids).size).toBe(50_000);
    expect(ids.slice(0, 4)).toEqual([ids[0], ids[1], `${ids[0]}-2`, `${ids[1]}-2`]);
    expect(ids.at(-1)).toBe(`${ids[1]}-25000`);
  });
});
