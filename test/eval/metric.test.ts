// The eval metric and field checks on hand-made cases whose answers are worked out by hand.
import { describe, expect, it } from 'vitest';
import { averageBody, bodyScore, shingles, tokens } from '../../src/eval/metric.ts';
import { holdsPhrase, junkLeft, scorePage, titleMatches } from '../../src/eval/score.ts';
import { summarise } from '../../src/eval/report.ts';

describe('body metric', () => {
  it('tokenises Unicode words in lower case, splitting on punctuation', () => {
    expect(tokens("Kyiv's 1,000 drones — Зеленський, Sudscha_2")).toEqual(['kyiv', 's', '1', '000', 'drones', 'зеленський', 'sudscha_2']);
  });

  it('counts 4-token shingles as a multiset', () => {
    const bag = shingles('a b c d a b c d');
    expect(bag.get('a b c d')).toBe(2);
    expect([...bag.values()].reduce((x, y) => x + y, 0)).toBe(5);
  });

  it('scores precision over predicted and recall over gold shingles', () => {
    // gold: 6 tokens → 3 shingles; predicted adds two tokens in front → 5 shingles, 3 shared.
    const score = bodyScore('menu home one two three four five six', 'one two three four five six');
    expect(score.precision).toBeCloseTo(3 / 5);
    expect(score.recall).toBe(1);
  });

  it('counts a repeated shingle only as often as the gold has it', () => {
    const score = bodyScore('one two three four one two three four', 'one two three four');
    expect(score.precision).toBeCloseTo(1 / 5);
    expect(score.recall).toBe(1);
  });

  it('gives a page with nothing predicted 0 precision and 0 recall', () => {
    expect(bodyScore('', 'one two three four')).toEqual({ precision: 0, recall: 0 });
  });

  it('averages precision and recall over pages, then takes the F1 of the averages', () => {
    const avg = averageBody([{ precision: 1, recall: 0.5 }, { precision: 0.5, recall: 1 }]);
    expect(avg.precision).toBe(0.75);
    expect(avg.recall).toBe(0.75);
    expect(avg.f1).toBeCloseTo(0.75);
    // Not the mean of the per-page F1s (0.667).
    expect(averageBody([{ precision: 1, recall: 0 }, { precision: 0, recall: 1 }]).f1).toBe(0.5);
  });
});

describe('field checks', () => {
  it('matches titles by their words, and a headline without its labelled subheading', () => {
    expect(titleMatches('Kosovo’s future status', 'Kosovo?s future status')).toBe(true);
    expect(titleMatches('Harbour reopens after the storm', 'Harbour reopens after the storm: ferries run again')).toBe(true);
    expect(titleMatches('Harbour', 'Harbour reopens after the storm: ferries run again')).toBe(false);
    expect(titleMatches('Ferry strike ends', 'Ferry strike ends Crews return after a week of talks with the port')).toBe(true);
    expect(titleMatches('Ferry strike ends', 'Ferry strike ends after a week of talks')).toBe(false);
    expect(titleMatches('Port news', 'Port news Ferry strike ends after a week')).toBe(false);
    expect(titleMatches('Harbour reopens after storm | The Example Gazette', 'Harbour reopens after storm')).toBe(false);
  });

  it('accepts only an honest "Untitled" where the page prints no headline', () => {
    expect(titleMatches('Untitled', null)).toBe(true);
    expect(titleMatches('Untitled (UNN, 2024-10-22)', null)).toBe(true);
    expect(titleMatches('Untitled: Officials in the Kursk region said…', null)).toBe(false);
    expect(titleMatches('Some headline', null)).toBe(false);
  });

  it('finds junk as a whole kept line, or inside one when it is four words or more', () => {
    expect(junkLeft(['Details'], 'Details')).toBe(true);
    expect(junkLeft(['The details are not known.'], 'Details')).toBe(false);
    expect(junkLeft(['Photo: AFP. Follow us on Telegram for news'], 'Follow us on Telegram')).toBe(true);
  });

  it('reads junk the cleaner removed as a line of its own as gone, though a longer kept line says the same words', () => {
    const lead = 'Minister of Ports Jane Roe said on Monday that the quay would reopen.';
    expect(junkLeft([lead], 'Minister of Ports Jane Roe', ['Minister of Ports Jane Roe'])).toBe(false);
    expect(junkLeft([lead], 'Minister of Ports Jane Roe', [])).toBe(true);
    expect(junkLeft(['Minister of Ports Jane Roe'], 'Minister of Ports Jane Roe', ['Minister of Ports Jane Roe'])).toBe(true);
  });

  it('finds junk left when a part of it is kept as a line of its own', () => {
    expect(junkLeft(['A crane on the quay at dawn. May 2024.'], '3 May 2024 A crane on the quay at dawn. May 2024.', ['3 May 2024'])).toBe(true);
    expect(junkLeft(['Quay'], '3 May 2024 Quay')).toBe(false);
  });

  it('finds a body boundary phrase word for word, punctuation aside', () => {
    expect(holdsPhrase('He said: "We will see."\nNext line', 'we will see')).toBe(true);
    expect(holdsPhrase('We will seek more', 'we will see')).toBe(false);
    // Japanese sets no spaces: the phrase's letters count, wherever its words end.
    expect(holdsPhrase('港で火災が発生したと１０日、明らかにした。', '港で火災が発生した')).toBe(true);
    expect(holdsPhrase('港で火災が発生したと１０日、明らかにした。', '空港で火災')).toBe(false);
  });

  it('counts a date stated where the page prints none as invented, and ranks a rejected page worst', () => {
    const good = { title: 'Depot fire', body: ['A depot burned overnight after a drone attack.'], outlet: 'X', authors: [], agencies: [], published: null, language: 'en', topics: [] };
    const invented = scorePage('b', { published: null }, { ...good, published: '2024-01-01' }, null);
    expect(invented.inventedDate).toBe(true);
    expect(invented.fields.published?.ok).toBe(false);
    const rejected = scorePage('c', { title: 'Depot fire', topics: ['oil-depot-strikes'] }, null, 'no article body left');
    const summary = summarise([scorePage('a', { title: 'Depot fire' }, good, null), invented, rejected], 5);
    expect(summary.rejected).toBe(1);
    expect(summary.title).toEqual({ accuracy: 0.5, n: 2 });
    expect(summary.published).toEqual({ accuracy: 0, n: 1, invented: 1 });
    expect(summary.topics).toMatchObject({ precision: 1, recall: 0 });
    expect(summary.worst.map((w) => w.id)).toEqual(['c', 'b']);
    expect(summary.worst[0]!.problems[0]).toBe('rejected: no article body left');
  });
});

describe('agency labels', () => {
  const page = { title: 'Depot fire', body: ['A depot burned overnight after a drone attack.'], outlet: 'X', authors: [], published: null, language: 'ru', topics: [] };
  const agenciesOk = (got: string[], want: string[], agencyAliases?: Record<string, string[]>) =>
    scorePage('a', { agencies: want }, { ...page, agencies: got, ...(agencyAliases ? { agencyAliases } : {}) }, null).fields.agencies?.ok;

  it('accept another spelling the registry knows the predicted agency by, and nothing more or less', () => {
    const aliases = { TASS: ['ТАСС', 'ИТАР-ТАСС'], KCNA: ['ЦТАК'] };
    expect(agenciesOk(['TASS'], ['ТАСС'], aliases)).toBe(true);
    expect(agenciesOk(['Reuters', 'KCNA'], ['Reuters', 'ЦТАК'], aliases)).toBe(true);
    expect(agenciesOk(['TASS'], ['ТАСС'])).toBe(false);
    expect(agenciesOk(['TASS', 'KCNA'], ['ТАСС'], aliases)).toBe(false);
    expect(agenciesOk(['TASS'], ['ТАСС', 'Interfax'], aliases)).toBe(false);
  });
});

describe('outlet labels', () => {
  it('accept the name, a host or another script in brackets, but not an original named in brackets', async () => {
    const { outletNames } = await import('../../src/eval/score.ts');
    expect(outletNames('Dayfr (es.dayfr.com)')).toEqual(['Dayfr', 'es.dayfr.com']);
    expect(outletNames('UNIAN (УНІАН)')).toEqual(['UNIAN', 'УНІАН']);
    expect(outletNames('Al Arabiya English (Reuters)')).toEqual(['Al Arabiya English']);
    expect(outletNames('web.example.name (mirror; original outlet not named)')).toEqual(['web.example.name']);
  });

  it('accept a bare host for a label that only writes the host out as a name, and nothing else', async () => {
    const { hostSpellsLabel } = await import('../../src/eval/score.ts');
    expect(hostSpellsLabel('dailyexample.com', 'Daily Example')).toBe(true);
    expect(hostSpellsLabel('news.samplewire.uk', 'SampleWire News')).toBe(true);
    expect(hostSpellsLabel('dailyexample.com', 'Daily Example (Reuters)')).toBe(true);
    expect(hostSpellsLabel('dailyexample.com', 'Example Times')).toBe(false);
    expect(hostSpellsLabel('Daily Example', 'Daily Example')).toBe(false);
  });
});
