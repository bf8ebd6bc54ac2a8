// Clean stage at scale: a page of 100,000 lines is judged in time that grows with its length.
import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../src/pipeline/clean/index.ts';
import type { PageLine } from '../../src/pipeline/types.ts';

describe('finding where the article ends', () => {
  it('cleans 50,000 paragraphs followed by 50,000 short lines, keeping every paragraph', () => {
    const line = (text: string): PageLine => ({ text, blankBefore: true });
    const prose = Array.from({ length: 50_000 }, (_, i) => line(`The council said on day ${i} that the depot near the river had burned overnight and that people had left.`));
    const tail = Array.from({ length: 50_000 }, (_, i) => line(`Short label number ${i} here now`));
    const cleaned = cleanPage([line('Headline of the page here'), ...prose, ...tail]);
    expect(cleaned.kept).toHaveLength(50_000);
    expect(cleaned.removed).toHaveLength(50_000);
  });

  it('drops 20,000 shorter copies of 20,000 paragraphs as repeats, and keeps the paragraphs', () => {
    const line = (text: string): PageLine => ({ text, blankBefore: true });
    const page = Array.from({ length: 20_000 }, (_, i) => [
      line(`The council said on day ${i} that the depot near the river had burned overnight and that people had left, officials said.`),
      line(`The council said on day ${i} that the depot near the river had burned overnight and that people had left.`),
    ]).flat();
    const cleaned = cleanPage([line('Headline of the page here'), ...page]);
    expect(cleaned.kept).toHaveLength(20_000);
    expect(cleaned.removed.filter((r) => r.reason === 'repeat')).toHaveLength(20_000);
  });
});
