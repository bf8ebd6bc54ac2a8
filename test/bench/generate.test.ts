// The benchmark's synthetic corpus: deterministic, varied, and ingestible like real dumps.
import { describe, expect, it } from 'vitest';
import { generateArticles } from '../../src/bench/generate.ts';
import { article, ingest } from '../helpers/ingest.ts';

describe('generated articles', () => {
  const articles = generateArticles(200, 7);
  const { report } = ingest(articles.map((a) => article(a.file, a.text)));

  it('are the same for the same seed, and differ for another', () => {
    expect(generateArticles(200, 7)).toEqual(articles);
    expect(generateArticles(200, 8)[0]!.text).not.toBe(articles[0]!.text);
  });

  it('are all different, and all ingest without errors or duplicate warnings', () => {
    expect(new Set(articles.map((a) => a.text)).size).toBe(200);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.sources).toHaveLength(200);
  });

  it('vary in language, authors and dates, and carry furniture for the cleaner to remove', () => {
    expect(new Set(report.sources.map((s) => s.language))).toEqual(new Set(['en', 'de', 'fr', 'ru']));
    expect(new Set(report.sources.flatMap((s) => s.authors)).size).toBeGreaterThan(50);
    expect(new Set(report.sources.map((s) => s.date)).size).toBeGreaterThan(100);
    expect(report.sources.every((s) => s.removed.length >= 3)).toBe(true);
  });

  it('include wire paragraphs that several sources share', () => {
    expect(report.sources.filter((s) => s.syndicatedWith.length > 0).length).toBeGreaterThan(2);
  });
});
