// The language of a page, in the languages of the press that writes about the war, not only the
// largest ones. The fixture is one news paragraph of our own, written in each language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cyrillicByLetters, detectLanguage, iso6391 } from '../../src/pipeline/metadata/language.ts';
import { article, ingest } from '../helpers/ingest.ts';
import { ROOT } from '../helpers/paths.ts';

const paragraphs: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/languages/drone-strike.json'), 'utf8'));

describe('the language of a page', () => {
  it('is told for each of thirty-four languages, Baltic, Nordic, Balkan, Caucasian and East Asian ones among them', () => {
    const wrong = Object.entries(paragraphs)
      .map(([code, text]) => ({ code, got: detectLanguage(text) }))
      .filter(({ code, got }) => got !== code);
    expect(wrong).toEqual([]);
  });

  it('is Russian or Ukrainian by the letters only that language writes, where trigrams named a Cyrillic neighbour', () => {
    const russian = 'Двадцать лет назад страна следила за этой подводной лодкой, и вопросы остались открытыми: эксперты спорят до сих пор.';
    expect(cyrillicByLetters(russian, 'bg')).toBe('ru');
    const ukrainian = 'Двадцять років тому країна стежила за цим човном, і питання досі відкриті: експерти сперечаються й сьогодні.';
    expect(cyrillicByLetters(ukrainian, 'ru')).toBe('uk');
    // Bulgarian writes neither; Belarusian writes both kinds, and is left as franc read it.
    const bulgarian = 'Преди двадесет години страната следеше подводницата, а въпросите остават отворени и днес.';
    expect(cyrillicByLetters(bulgarian, 'bg')).toBe('bg');
    expect(cyrillicByLetters('Дваццаць гадоў таму краіна сачыла за падводнай лодкай, і пытанні засталіся: эксперты спрачаюцца.', 'be')).toBe('be');
  });

  it('reaches the source: a Slovenian page is Slovenian, not Bosnian or Croatian', () => {
    const page = `Napad na skladišče nafte v Kurski regiji\n\n${paragraphs.sl}\n\n${paragraphs.sl}\n`;
    const { report } = ingest([article('slovenian.txt', page)]);
    expect(report.sources[0]).toMatchObject({ language: 'sl' });
  });

  it('names a language by its macrolanguage’s two-letter code where its own code has none', () => {
    expect(iso6391('arb')).toBe('ar');
    expect(iso6391('lvs')).toBe('lv');
    expect(iso6391('ukr')).toBe('uk');
    // franc names any text in Chinese characters Mandarin ("cmn"): it is Chinese, "zh".
    expect(iso6391('cmn')).toBe('zh');
    // A language with no two-letter code at all stays without one.
    expect(iso6391('bho')).toBeUndefined();
  });

  it('is Icelandic, which franc does not know (it reads it as Swedish), by the thorn no other living language writes; and Norwegian is "no", Bokmål or Nynorsk', () => {
    expect(detectLanguage(paragraphs.is!)).toBe('is');
    expect(detectLanguage(paragraphs.sv!)).toBe('sv');
    expect(iso6391('nob')).toBe('no');
    expect(iso6391('nno')).toBe('no');
  });

  it('is told from the whole page when the article is too short to tell, its menus and links written in the same language', () => {
    const menu = 'Startseite | Politik | Wirtschaft | Sport | Kultur | Wetter | Kontakt | Impressum | Datenschutz | Newsletter abonnieren | Alle Nachrichten aus der Region | Über uns';
    const footer = ['Diesen Artikel teilen', 'Weitere Artikel aus dem Ressort Politik', 'Alle Rechte vorbehalten. Nachdruck nur mit Genehmigung der Redaktion.'];
    const page = [menu, '', 'Brand im Öllager nach Drohnenangriff', '', 'Ein Öllager in der Grenzregion brannte in der Nacht nach einem Angriff.', '', ...footer].join('\n');
    const { report } = ingest([article('short.txt', page)]);
    expect(report.sources[0]!.language).toBe('de');
  });

  it('is not told from a text too short to tell', () => {
    expect(detectLanguage(paragraphs.sl!.slice(0, 150))).toBeNull();
    expect(detectLanguage(paragraphs.zh!.slice(0, 30))).toBeNull();
  });

  it('is told from a Chinese, Japanese or Korean paragraph far shorter than a Latin-script one: a character or two is a word', () => {
    for (const code of ['zh', 'ja', 'ko']) {
      expect(paragraphs[code]!.length).toBeLessThan(120);
      expect(detectLanguage(paragraphs[code]!), code).toBe(code);
    }
    // A Latin-script text with a Chinese quotation in it is not dense: too short to tell, as any other.
    const mixed = `${paragraphs.sl!.slice(0, 120)} ${paragraphs.zh!.slice(0, 45)}`;
    expect(detectLanguage(mixed)).toBeNull();
  });
});
