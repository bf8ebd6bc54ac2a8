// Figures: the disagreements the seeds hold, and our own tricky texts (other units, scales,
// conversions in brackets, killed versus wounded, one source's two moments).
import { describe, expect, it } from 'vitest';
import { extractClaims, groupClaims, sourcesDisagree } from '../../src/pipeline/analyse/claims.ts';
import type { Source } from '../../src/pipeline/types.ts';
import { seeds } from '../helpers/ingest.ts';

const report = seeds();
const groups = groupClaims(extractClaims(report.sources));
const group = (subject: string) => groups.find((g) => g.subject === subject)!;
const slug = (prefix: string) => report.sources.find((s) => s.file.startsWith(prefix))!.slug;
const values = (subject: string) => [...new Set(group(subject).claims.map((c) => c.value))].sort((a, b) => a - b);

function source(name: string, paragraphs: string[]): Source {
  return { slug: name, blocks: paragraphs.map((text, i) => ({ id: `p${i}`, type: 'paragraph', text, topics: [] })) } as unknown as Source;
}

describe('figures in the seeds', () => {
  it('groups the North Korean troop counts and flags that the sources disagree', () => {
    expect(values('North Korean troops: deployed')).toEqual([8000, 10000, 11000, 12000]);
    expect(group('North Korean troops: deployed').disagree).toBe(true);
    const budanov = group('North Korean troops: deployed').claims.find((c) => c.value === 8000)!;
    expect(budanov).toMatchObject({ text: 'about 8,000 North Korean soldiers', attribution: 'Budanov', when: 'As of early February', source: slug('004') });
    expect(group('North Korean troops: deployed').claims.find((c) => c.value === 11000)).toMatchObject({ attribution: 'Zelensky', when: 'last month' });
  });

  it('flags the distance to the oil terminal: 165 km in one source, 170 km in another', () => {
    expect(group('distance').claims.map((c) => [c.value, c.source])).toEqual([[165, slug('000')], [170, slug('001')]]);
    expect(group('distance').disagree).toBe(true);
  });

  it('converts "some 300 square miles" to km² and sets it beside "800 square kilometers"', () => {
    expect(values('area')).toEqual([777, 800, 1400]);
    expect(group('area').disagree).toBe(true);
    expect(group('area').claims.filter((c) => c.source === slug('000')).map((c) => c.text)).toEqual(['800 square kilometers', 'almost 1,400 square kilometers']);
  });

  it('keeps killed, wounded and Russian troops apart from the deployment count', () => {
    expect(values('North Korean troops: killed')).toEqual([300]);
    expect(values('North Korean troops: wounded')).toEqual([2700]);
    expect(values('Russian troops: deployed')).toEqual([60000]);
  });

  it('does not call one source’s different drone figures a disagreement', () => {
    expect(group('drones: downed').disagree).toBe(false);
    expect(group('drones: launched').claims.map((c) => c.value)).toEqual([132]);
  });
});

describe('our own tricky texts', () => {
  const claims = extractClaims([
    source('a', [
      'The depot lies 62 miles (100 kilometers) from the border, the governor said.',
      'Officials said 1.5 million shells and 12% of the stock were lost.',
      'At least 40 soldiers were killed and 95 wounded, according to the regional administration.',
    ]),
    source('b', ['The depot is about 100 kilometres from the border, a military spokesperson said.']),
  ]);

  it('converts miles to km and skips the conversion printed in brackets', () => {
    const distances = claims.filter((c) => c.unit === 'km');
    expect(distances.map((c) => [c.value, c.text])).toEqual([[100, '62 miles'], [100, 'about 100 kilometres']]);
    expect(groupClaims(distances)[0]!.disagree).toBe(false);
  });

  it('reads scales and percentages', () => {
    expect(claims.find((c) => c.unit === 'shells')?.value).toBe(1_500_000);
    expect(claims.find((c) => c.unit === '%')).toMatchObject({ value: 12, subject: 'share: stock' });
  });

  it('tells killed from wounded and reads "according to"', () => {
    expect(claims.filter((c) => c.unit === 'troops').map((c) => [c.value, c.subject, c.attribution])).toEqual([
      [40, 'troops: killed', 'regional administration'],
      [95, 'troops: wounded', 'regional administration'],
    ]);
  });

  it('names who said it from "X said" and "said X"', () => {
    expect(claims.find((c) => c.value === 100 && c.source === 'a')?.attribution).toBe('governor');
    expect(claims.find((c) => c.source === 'b')?.attribution).toBe('military spokesperson');
  });
});

describe('when sources disagree', () => {
  const claim = (source: string, value: number) => ({ source, value });
  it.each([
    ['two sources 1% apart or less', [claim('a', 1000), claim('b', 1010)], false],
    ['two sources more than 1% apart', [claim('a', 1000), claim('b', 1100)], true],
    ['one source giving two values, alone', [claim('a', 1000), claim('a', 5000)], false],
    ['one source holding both extremes, the others in agreement with neither', [claim('a', 100), claim('a', 900), claim('b', 500)], true],
    ['one source holding both extremes, another agreeing with its low value', [claim('a', 500), claim('a', 900), claim('b', 500)], true],
    ['one source holding both extremes, every other source agreeing with one value of it', [claim('a', 500), claim('a', 501), claim('b', 500), claim('c', 501)], false],
  ])('%s → %s', (_, claims, expected) => {
    expect(sourcesDisagree(claims)).toBe(expected);
  });

  it('agrees with comparing every pair, on random groups', () => {
    let seed = 3;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let round = 0; round < 500; round++) {
      const claims = Array.from({ length: 1 + Math.floor(random() * 6) }, () => claim('abc'[Math.floor(random() * 3)]!, 100 + Math.floor(random() * 4)));
      const everyPair = claims.some((a) => claims.some((b) => a.source !== b.source && Math.abs(a.value - b.value) > 0.01 * Math.max(a.value, b.value)));
      expect(sourcesDisagree(claims)).toBe(everyPair);
    }
  });
});

describe('figures in other languages', () => {
  const lang = (name: string, language: string, paragraphs: string[]) => ({ ...source(name, paragraphs), language }) as Source;
  const claims = extractClaims([
    lang('uk', 'uk', ['За даними розвідки, до регіону прибули 11 тисяч військових КНДР.', 'Загинули понад 300 північнокорейських солдатів.', 'Сили ППО збили 25 дронів над областю.']),
    lang('de', 'de', ['Nach Angaben Seouls sind 12.000 Soldaten aus Nordkorea in Russland.', 'Die Truppen halten rund 1.000 Quadratkilometer.']),
    lang('fr', 'fr', ['Selon Séoul, plus de 10 000 soldats nord-coréens ont été déployés.']),
    lang('ru', 'ru', ['В области находятся около 12 тыс. военных КНДР.']),
    lang('en', 'en', ['About 11,000 North Korean troops were sent, officials said.']),
  ]);
  const by = (name: string) => claims.filter((c) => c.source === name).map((c) => [c.value, c.subject, c.text]);

  it('reads figures with units and scale words in uk, ru, de and fr', () => {
    expect(by('uk')).toEqual([
      [11000, 'North Korean troops: deployed', '11 тисяч військових'],
      [300, 'North Korean troops: killed', 'понад 300 північнокорейських солдатів'],
      [25, 'drones: downed', '25 дронів'],
    ]);
    expect(by('de')).toEqual([[12000, 'North Korean troops: deployed', '12.000 Soldaten'], [1000, 'area', 'rund 1.000 Quadratkilometer']]);
    expect(by('fr')).toEqual([[10000, 'North Korean troops: deployed', 'plus de 10 000 soldats']]);
    expect(by('ru')).toEqual([[12000, 'North Korean troops: deployed', 'около 12 тыс. военных']]);
  });

  it('puts them in the same groups as the English figures, where the sources disagree', () => {
    const deployed = groupClaims(claims).find((g) => g.subject === 'North Korean troops: deployed')!;
    expect(new Set(deployed.claims.map((c) => c.source))).toEqual(new Set(['uk', 'de', 'fr', 'ru', 'en']));
    expect(deployed.disagree).toBe(true);
  });
});
