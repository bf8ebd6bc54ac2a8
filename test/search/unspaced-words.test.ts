// The hidden words that let search find a word inside Chinese and Japanese text (sentences
// written for this test).
import { describe, expect, it } from 'vitest';
import { unspacedSearchWords } from '../../src/site/search/unspaced-words.ts';

describe('words search can find inside Chinese and Japanese text', () => {
  it('gives the run from each word onwards, so a query that starts where a word starts begins one of them', () => {
    const pieces = unspacedSearchWords('乌克兰无人机夜间袭击了油库。', 'zh')!.split(' ');
    expect(pieces[0]).toBe('乌克兰无人机夜间袭击了油库');
    expect(pieces.some((p) => p.startsWith('无人机'))).toBe(true);
    expect(pieces.some((p) => p.startsWith('袭击'))).toBe(true);
    // Punctuation ends a run: no piece reaches across it.
    expect(pieces.every((p) => !p.includes('。'))).toBe(true);
  });

  it('reads Japanese by its own words, numbers inside a run included', () => {
    const pieces = unspacedSearchWords('知事は28日、無人機が攻撃したと述べた。', 'ja')!.split(' ');
    expect(pieces).toContain('知事は28日');
    expect(pieces.some((p) => p.startsWith('無人機'))).toBe(true);
    expect(pieces.some((p) => p.startsWith('攻撃'))).toBe(true);
  });

  it('keeps each piece short: a long run costs one short piece a word, not the rest of the run each time', () => {
    const run = '俄罗斯国防部称'.repeat(20);
    for (const piece of unspacedSearchWords(run, 'zh')!.split(' ')) expect(piece.length).toBeLessThanOrEqual(16);
  });

  it('gives pieces for a paragraph\'s first 5,000 characters only, so a huge paragraph does not make a huge page', () => {
    const huge = '乌克兰无人机夜间袭击了油库。'.repeat(20_000);
    expect(unspacedSearchWords(huge, 'zh')!.length).toBeLessThan(5000 * 8);
  });

  it('gives nothing for text in other scripts, Korean among them, which parts its words with spaces', () => {
    expect(unspacedSearchWords('North Korean troops were sent to Kursk.', 'en')).toBeNull();
    expect(unspacedSearchWords('북한군이 쿠르스크 전선에 투입됐다.', 'ko')).toBeNull();
  });
});
