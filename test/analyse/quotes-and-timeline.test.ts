// Versions of one quote across sources, and dated events resolved against each source's date.
import { describe, expect, it } from 'vitest';
import { extractQuotes, groupQuotes } from '../../src/pipeline/analyse/quotes.ts';
import { buildTimeline, datesIn } from '../../src/pipeline/analyse/timeline.ts';
import type { Source } from '../../src/pipeline/types.ts';
import { seeds } from '../helpers/ingest.ts';

const report = seeds();
const slug = (prefix: string) => report.sources.find((s) => s.file.startsWith(prefix))!.slug;
const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

function source(name: string, paragraphs: string[], date: string | null = '2024-12-15'): Source {
  return { slug: name, date, blocks: paragraphs.map((text, i) => ({ id: `p${i}`, type: 'paragraph', text, topics: [] })) } as unknown as Source;
}

describe('quotes in the seeds', () => {
  const groups = groupQuotes(extractQuotes(report.sources));
  const today = groups.find((g) => g.variants.some((v) => v.text.includes('preliminary')))!;

  it('sets the four versions of Zelensky’s statement side by side, speaker included', () => {
    expect(today.speaker).toBe('Zelensky');
    expect(today.variants.map((v) => v.source).sort()).toEqual(['000', '001', '002', '003'].map(slug).sort());
  });

  it('marks "significant" against "noticeable"', () => {
    const marked = (prefix: string) => today.variants.find((v) => v.source === slug(prefix))!.segments.filter((s) => s.differs).map((s) => s.text.trim());
    expect(marked('000')).toContain('significant');
    expect(marked('001')).toContain('noticeable');
    expect(marked('003')).toContain('noticeable');
  });

  it('still groups versions when the corpus holds many copies of each source (wire copy)', () => {
    const copies = Array.from({ length: 60 }, (_, i) => report.sources.map((s) => ({ ...s, slug: `${s.slug}-copy-${i}` }))).flat();
    const many = groupQuotes(extractQuotes(copies));
    // Every group of the seeds is still one group (a quote one seed alone prints now has copies too).
    for (const g of groups) {
      const texts = new Set(g.variants.map((v) => v.text));
      expect(many.filter((m) => m.variants.some((v) => texts.has(v.text)))).toHaveLength(1);
    }
    const statement = many.find((g) => g.variants.some((v) => v.text.includes('preliminary')))!;
    expect(statement.variants).toHaveLength(4 * 60);
    expect(statement.variants.some((v) => v.segments.some((s) => s.differs && s.text.trim() === 'noticeable'))).toBe(true);
  });

  it('takes a quote that runs over two sentences whole', () => {
    expect(today.variants.find((v) => v.source === slug('000'))!.text).toBe(
      'Today, we already have preliminary data that the Russians have begun to use North Korean soldiers in their assaults. A significant number of them',
    );
  });
});

describe('quotes in our own texts', () => {
  const quotes = extractQuotes([
    source('a', ['The minister spoke on Monday. "We will rebuild every bridge that was destroyed this year," he said.', 'Minister Anna Sample said: "Nothing about this winter will be easy for anyone."']),
    source('b', ['"We shall rebuild every bridge destroyed this year," Sample told reporters.']),
    source('c', ['"Every winter is hard for the farmers in the north," a farmer said.']),
  ]);

  it('carries a speaker across "he said" and groups only versions of the same statement', () => {
    const groups = groupQuotes(quotes);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.variants.map((v) => v.source)).toEqual(['a', 'b']);
    expect(quotes.find((q) => q.text.startsWith('Nothing'))!.speaker).toBe('Minister Anna Sample');
  });
});

describe('dates resolved against the source', () => {
  it.each([
    ['Officials said Saturday that the fire was out.', '2024-12-15', ['2024-12-14']],
    ['Zelensky said last month that troops had arrived.', '2024-12-15', ['2024-11']],
    ['Ukraine crossed the border in August.', '2024-12-15', ['2024-08']],
    ['Ukraine crossed the border in August.', '2025-02-07', ['2024-08']],
    ['The treaty was signed on Dec. 1.', '2024-12-15', ['2024-12-01']],
    ['Russia invaded in February 2022.', null, ['2022-02']],
    ['Troops arrived last month.', null, []],
    ['He was briefed a day after the claims were made.', '2025-02-07', []],
    ['They have not met for three weeks.', '2025-02-07', []],
    ['"Today, we already have data," he said.', '2024-12-15', []],
  ])('%s (source dated %s) → %j', (sentence, date, expected) => {
    expect(datesIn(sentence, date ? day(date) : null)).toEqual(expected);
  });

  it.each([
    ['de', 'Am Samstag griffen Drohnen das Öllager an, teilte der Gouverneur mit.', ['2024-12-14']],
    ['de', 'Die Truppen kamen letzten Monat an.', ['2024-11']],
    ['fr', 'Il y a deux jours, des drones ont frappé le dépôt.', ['2024-12-13']],
    ['ru', 'В субботу беспилотники атаковали нефтебазу.', ['2024-12-14']],
    ['ru', 'Два дня назад войска вошли в село.', ['2024-12-13']],
    ['uk', 'Минулого тижня дрони атакували нафтобазу.', ['2024-12-08']],
    ['es', 'El sábado los drones atacaron el depósito.', ['2024-12-14']],
    ['it', 'Due giorni fa i droni hanno colpito il deposito.', ['2024-12-13']],
    ['es', 'Hoy, los bomberos siguen en el lugar.', []],
  ])('reads relative dates in %s: %s → %j', (language, sentence, expected) => {
    expect(datesIn(sentence, day('2024-12-15'), language)).toEqual(expected);
  });
});

describe('the seeds’ timeline', () => {
  const events = buildTimeline(report.sources);

  it('merges the same event from two sources and dates Saturday from a Sunday paper', () => {
    const saturday = events.find((e) => e.date === '2024-12-14' && e.label.startsWith('Ukrainian President Volodymyr Zelensky said Saturday'))!;
    expect(saturday.sources.map((s) => s.source).sort()).toEqual([slug('000'), slug('002')].sort());
  });

  it('takes "February 2022" even from the undated source, and keeps everything in order', () => {
    expect(events.find((e) => e.date === '2022-02')!.sources.map((s) => s.source)).toContain(slug('003'));
    expect(events.map((e) => e.date)).toEqual([...events.map((e) => e.date)].sort());
    expect(events.every((e) => /^\d{4}-\d{2}(?:-\d{2})?$/.test(e.date))).toBe(true);
  });
});

describe('quotes of hostile pages', () => {
  it('sets two 30,000-word versions of one statement side by side in seconds, marked as differing throughout', () => {
    const syllables = 'ka ro mi vel und os tra bel gor ni sa len dor vik ta mar ul ze fen hal'.split(' ');
    const word = (n: number) => Array.from({ length: 4 }, (_, k) => syllables[Math.floor(n / 20 ** k) % 20]).join('');
    const words = Array.from({ length: 30_000 }, (_, i) => word(i));
    const a = words.join(' ');
    const b = words.map((w, i) => (i % 7 === 0 ? `${w}x` : w)).join(' ');
    const groups = groupQuotes(extractQuotes([source('a', [`"${a}," Anna Bell said.`]), source('b', [`"${b}," Anna Bell said.`])]));
    expect(groups).toHaveLength(1);
    expect(groups[0]!.variants.map((v) => v.segments)).toEqual([[{ text: a, differs: true }], [{ text: b, differs: true }]]);
  });
});

describe('a timeline of hostile pages', () => {
  // Made-up words, so that no two sentences are alike: each is an event of its own.
  const syllables = 'ka ro mi vel und os tra bel gor ni sa len dor vik ta mar ul ze fen hal'.split(' ');
  const word = (n: number) => Array.from({ length: 4 }, (_, k) => syllables[Math.floor(n / 20 ** k) % 20]).join('');
  const distinct = (i: number) => `${Array.from({ length: 6 }, (_, k) => word(i * 6 + k)).join(' ')} happened on Monday.`;

  it('dates no "sentence" longer than MAX_EVENT_SENTENCE: a page without full stops', () => {
    const events = buildTimeline([source('a', [`${'It rained last week and '.repeat(20_000)}then it stopped.`, 'The depot burned on Monday.'])]);
    expect(events.map((e) => e.label)).toEqual(['The depot burned on Monday.']);
  });

  it('compares a mention with the day’s most recently mentioned events, so 8,000 events on one Monday take seconds', () => {
    const repeated = 'Firefighters fought the depot blaze through the whole night on Monday.';
    const paragraphs = Array.from({ length: 8000 }, (_, i) => (i % 100 === 0 ? `${distinct(i)} ${repeated}` : distinct(i)));
    const events = buildTimeline([source('a', paragraphs), source('b', [repeated.replace('whole ', '')])]);
    expect(events.filter((e) => e.date === '2024-12-09')).toHaveLength(8001);
    // Reported every hundred sentences, the depot blaze stays among the compared events and is one event.
    expect(events.find((e) => e.label === repeated)!.sources.map((s) => s.source)).toEqual(['a', 'b']);
  });
});
