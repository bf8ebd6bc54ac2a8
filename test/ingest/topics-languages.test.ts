// The tag stage in the dossier's languages: each topic's terms per language, compared on word
// stems, with the same rule as in English (a statement hits every group, a mention does not).
// The sentences are written for this test.
import { describe, expect, it } from 'vitest';
import { loadTopics } from '../../src/pipeline/files.ts';
import { parseTopic } from '../../src/pipeline/topics.ts';
import { topicsOf } from '../../src/pipeline/tag.ts';
import { InputError } from '../../src/pipeline/types.ts';

const topics = loadTopics('content/topics');
const tag = (text: string, language: string) => topicsOf(text, topics, language);

describe('topics in the languages of the sources', () => {
  it('tags a statement in each language with its topic', () => {
    expect(tag('Північнокорейські солдати воюють на боці Росії в Курській області, повідомила розвідка.', 'uk')).toContain('north-korean-deployment');
    expect(tag('Разведка сообщила, что военные КНДР уже переброшены в Курскую область.', 'ru')).toContain('north-korean-deployment');
    expect(tag('Ukrainische Drohnen haben in der Nacht ein Öllager in der Region Brjansk getroffen.', 'de')).toEqual(['oil-depot-strikes']);
    expect(tag('Des drones ukrainiens ont frappé un dépôt de carburant dans la région de Briansk.', 'fr')).toEqual(['oil-depot-strikes']);
    expect(tag('Ukraińskie drony zaatakowały w nocy skład paliw w obwodzie briańskim.', 'pl')).toEqual(['oil-depot-strikes']);
    expect(tag('Ukrajinské drony zasáhly v noci sklad ropy v Brjanské oblasti.', 'cs')).toEqual(['oil-depot-strikes']);
    expect(tag("L'offensiva ucraina nella regione di Kursk è entrata nella seconda settimana.", 'it')).toEqual(['kursk-incursion']);
    expect(tag('La ofensiva ucraniana en la región de Kursk entra en su segunda semana.', 'es')).toEqual(['kursk-incursion']);
  });

  it('meets any form of a word through its stem ("солдатів", "солдата"; "Drohnen", "Drohne")', () => {
    expect(tag('Солдата з КНДР взяли в полон.', 'uk')).toContain('north-korean-deployment');
    expect(tag('Eine ukrainische Drohne traf ein Tanklager.', 'de')).toEqual(['oil-depot-strikes']);
  });

  it('leaves a passing mention and the near misses untagged', () => {
    // A name alone, a missile test, a fire with no attack.
    expect(tag('Die Region Kursk liegt an der Grenze zur Ukraine.', 'de')).toEqual([]);
    expect(tag('КНДР провела испытание баллистической ракеты.', 'ru')).toEqual([]);
    expect(tag('Un incendie s’est déclaré dans une raffinerie après une panne électrique.', 'fr')).toEqual([]);
  });

  it('keeps a word whole where its stem would meet another ("=units" is not "United States")', () => {
    expect(tag('North Korea criticised the United States on Thursday.', 'en')).toEqual([]);
    expect(tag('North Korean units were seen near the front.', 'en')).toEqual(['north-korean-deployment']);
  });

  it('uses the English terms for a language the topic lists none for', () => {
    expect(tag('North Korean troops were sent to the Kursk region.', 'nl')).toContain('north-korean-deployment');
  });
});

describe('topic files', () => {
  const file = (match: string) => `---\ntitle: T\nsummary: S\nmatch:\n${match}\n---\n`;

  it('carry terms per language code, English among them', () => {
    const topic = parseTopic('t', file('  en:\n    - [depot]\n  uk:\n    - [нафтобаз*]'));
    expect(Object.keys(topic.match)).toEqual(['en', 'uk']);
    expect(() => parseTopic('t', file('  uk:\n    - [нафтобаз*]'))).toThrow(InputError);
    expect(() => parseTopic('t', file('  ukrainian:\n    - [нафтобаз*]'))).toThrow(/language code/);
  });
});
