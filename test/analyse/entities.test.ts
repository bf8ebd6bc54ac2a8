// Entities: spellings merged where the topic files say they are one name, never otherwise.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/pipeline/analyse/entities.ts';
import type { Source } from '../../src/pipeline/types.ts';
import { context, seeds } from '../helpers/ingest.ts';

const report = seeds();
const entities = extractEntities(report.sources, context.topics);
const named = (name: string) => entities.find((e) => e.name === name);
const slug = (prefix: string) => report.sources.find((s) => s.file.startsWith(prefix))!.slug;

function source(name: string, paragraphs: string[]): Source {
  return { slug: name, blocks: paragraphs.map((text, i) => ({ id: `p${i}`, type: 'paragraph', text, topics: [] })) } as unknown as Source;
}

describe('entities in the seeds', () => {
  it('makes Zelensky and Zelenskyy one person, counting surname-only mentions', () => {
    const zelensky = named('Volodymyr Zelensky')!;
    expect(zelensky.type).toBe('person');
    expect(zelensky.aliases).toContain('Volodymyr Zelenskyy');
    expect(new Set(zelensky.mentions.map((m) => m.source))).toEqual(new Set(['000', '001', '002', '003', '004'].map(slug)));
    expect(entities.filter((e) => /Zelensk/.test(e.name))).toHaveLength(1);
  });

  it('makes the governor one person under Klychkov and Klychko, across two sources', () => {
    const governor = named('Andrei Klychkov')!;
    expect(governor).toMatchObject({ type: 'person', aliases: ['Andrei Klychko'] });
    expect(new Set(governor.mentions.map((m) => m.source))).toEqual(new Set([slug('000'), slug('001')]));
  });

  it('tells people, places, organisations and units apart', () => {
    expect(named('Kursk')?.type).toBe('place');
    expect(named('North Korea')?.type).toBe('place');
    expect(named('Kyrylo Budanov')?.type).toBe('person');
    expect(named('Transneft-Druzhba')?.type).toBe('organisation');
    expect(named('Special Operations Forces')?.type).toBe('unit');
    // A facility is named next to what it is: "an oil depot in Stalnoi Kon", "the oil terminal Stalnoy Kon".
    expect(named('Stalnoi Kon')).toMatchObject({ type: 'facility', aliases: ['Stalnoy Kon'] });
    expect(new Set(named('Stalnoi Kon')!.mentions.map((m) => m.source))).toEqual(new Set([slug('000'), slug('001')]));
  });

  it('finds facilities in other languages and scripts, and joins their spellings', () => {
    const found = extractEntities(
      [
        source('en', ['Drones hit the oil terminal Stalnoy Kon overnight.', 'A fire broke out at the Novoshakhtinsk refinery after the attack.']),
        source('uk', ['Дрони вночі атакували нафтобазу «Стальной Конь» в Орловській області.']),
      ],
      context.topics,
    );
    const terminal = found.find((e) => e.name === 'Stalnoi Kon')!;
    expect(terminal.type).toBe('facility');
    expect(terminal.aliases).toEqual(expect.arrayContaining(['Stalnoy Kon', 'Стальной Конь']));
    expect(found.find((e) => e.name === 'Novoshakhtinsk')?.type).toBe('facility');
  });

  it('gives every entity a unique id and a sentence for each mention', () => {
    expect(new Set(entities.map((e) => e.id)).size).toBe(entities.length);
    for (const e of entities) for (const m of e.mentions) expect(m.sentence.length).toBeGreaterThan(0);
  });
});

describe('names that look alike', () => {
  it('never merges Klitschko the mayor with Klychkov the governor', () => {
    const found = extractEntities(
      [
        source('a', ['Kyiv Mayor Vitali Klitschko said the city had power again.', 'Governor Andrei Klychkov said a fire was burning in the region.']),
        source('b', ['Klitschko said on Sunday that repairs would take a week.']),
      ],
      context.topics,
    );
    const mayor = found.find((e) => e.name === 'Vitali Klitschko')!;
    const governor = found.find((e) => e.name === 'Andrei Klychkov')!;
    expect(mayor.aliases).toEqual([]);
    expect(governor.aliases).toEqual([]);
    expect(mayor.mentions.map((m) => m.source)).toEqual(['a', 'b']);
    expect(governor.mentions.map((m) => m.source)).toEqual(['a']);
  });
});

describe('text that is not a name', () => {
  // Made-up words, capitalised: a headline in capitals, or a list of names without commas.
  const run = (n: number, offset = 0) => Array.from({ length: n }, (_, i) => `Velo${String.fromCharCode(97 + ((i + offset) % 26))}sa`).join(' ');

  it('never takes a run of more than six capitalised words as one name, and still finds the names beside it', () => {
    const found = extractEntities(
      [
        source('a', [
          // Each run holds what would make it a name: an institution word, a unit word, a place after it.
          `${run(60)} Council Forces were named on Monday.`,
          `The list ended with ${run(80, 3)} region.`,
          `${run(64, 5)} Ministry said so.`,
          'Governor Andrei Klychkov said a fire was burning in the region.',
        ]),
      ],
      context.topics,
    );
    expect(found.filter((e) => e.name.split(' ').length > 6)).toEqual([]);
    expect(found.map((e) => e.name)).toContain('Andrei Klychkov');
  });

  it('gives a very long name an id of at most 100 bytes, different from a name that starts the same', () => {
    const long = `Korominvel${'undostrabelgorni'.repeat(20)}`;
    const found = extractEntities(
      [source('a', [`President ${long}a Velund said the depot was hit.`, `President ${long}b Velund said the depot was hit.`])],
      context.topics,
    );
    const ids = found.filter((e) => e.name.startsWith('Korominvel')).map((e) => e.id);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    for (const id of ids) expect(Buffer.byteLength(id)).toBeLessThanOrEqual(100);
  });

  it('reads a page naming 4,000 people, and a sentence of 40,000 capitalised words, in seconds', () => {
    const syllables = 'ka ro mi vel und os tra bel gor ni sa len dor vik ta mar ul ze fen hal'.split(' ');
    const surname = (n: number) => `Ve${Array.from({ length: 3 }, (_, k) => syllables[Math.floor(n / 20 ** k) % 20]).join('')}`;
    const found = extractEntities(
      [
        source('a', Array.from({ length: 4000 }, (_, i) => [`Governor Anna ${surname(i)} said the depot was hit.`, `${surname(i)} said it again.`]).flat()),
        source('b', [`${'Montag, '.repeat(40_000)}Governor Andrei Klychkov said so.`]),
      ],
      context.topics,
    );
    const people = found.filter((e) => e.type === 'person' && e.name.startsWith('Anna Ve'));
    expect(people).toHaveLength(4000);
    for (const person of people) expect(person.mentions).toHaveLength(2);
    expect(found.map((e) => e.name)).toContain('Andrei Klychkov');
  });
});

describe('one person, one place, in any script or spelling', () => {
  const sources = [
    source('en', [
      'President Volodymyr Zelensky said the troops had held their positions near the town.',
      'Governor Andrei Klychkov said a drone had hit the depot, while Mayor Vitali Klitschko spoke in Kyiv.',
      'The fighting went on around Sudzha region, officials said.',
    ]),
    source('uk', ['Зеленський заявив, що бої тривають.', 'Губернатор Клычков сообщил о пожаре.', 'Бої тривають біля Суджа, повідомили військові.']),
    source('ru', ['Зеленский заявил об обмене пленными.', 'Zełenski powiedział, że walki trwają.']),
  ];
  const found = extractEntities(sources, []);
  const find = (name: string) => found.find((e) => e.name === name)!;

  it('joins the Cyrillic and Polish spellings of a surname to the person', () => {
    const zelensky = find('Volodymyr Zelensky');
    expect(zelensky.aliases).toEqual(expect.arrayContaining(['Зеленський', 'Зеленский', 'Zełenski']));
    expect(new Set(zelensky.mentions.map((m) => m.source))).toEqual(new Set(['en', 'uk', 'ru']));
  });

  it('keeps the governor Klychkov (Клычков) apart from the mayor Klitschko', () => {
    expect(find('Andrei Klychkov').aliases).toContain('Клычков');
    expect(find('Vitali Klitschko').aliases).not.toContain('Клычков');
    expect(find('Vitali Klitschko').mentions.map((m) => m.source)).toEqual(['en']);
  });

  it('joins a place in another script (Суджа) to the place', () => {
    expect(find('Sudzha').aliases).toContain('Суджа');
  });

  it('keeps a name that only looks alike apart', () => {
    // "Зеленська" (another person, or an adjective) does not sound as "Zelensky".
    const other = extractEntities([source('a', ['President Volodymyr Zelensky spoke.']), source('b', ['Зеленська відвідала школу.'])], []);
    expect(other.find((e) => e.name === 'Volodymyr Zelensky')!.aliases).not.toContain('Зеленська');
  });
});
