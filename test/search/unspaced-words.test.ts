// The hidden words that let search find a word inside Chinese and Japanese text (sentences
// written for this test).
import { describe, expect, it } from 'vitest';
import { unspacedExcerpt, unspacedSearchWords } from '../../src/site/search/unspaced-words.ts';

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

describe('the excerpt of a result found by such words', () => {
  const content = '乌克兰无人机袭击油库. 据官员表示，乌克兰无人机夜间袭击了油库。消防人员花了数小时。 据官员表示 官员表示 无人机夜间袭击了 夜间袭击了';

  it('is the sentence of the text that holds the query, the word marked, not the hidden pieces', () => {
    expect(unspacedExcerpt(content, ['夜间'])).toBe('据官员表示，乌克兰无人机<mark>夜间</mark>袭击了油库。');
    expect(unspacedExcerpt(content, ['消防人员'])).toBe('<mark>消防人员</mark>花了数小时。');
  });

  it('shows the text as text', () => {
    expect(unspacedExcerpt('<b>据官员</b>表示', ['表示'])).toBe('&lt;b&gt;据官员&lt;/b&gt;<mark>表示</mark>');
  });

  it('leaves Pagefind\'s own excerpt for a query in other scripts, or a word the text does not hold', () => {
    expect(unspacedExcerpt(content, ['drones'])).toBeNull();
    expect(unspacedExcerpt(content, ['坦克'])).toBeNull();
  });
});
