// The language of a page's body, as an ISO 639-1 code ("uk", "sl"), detected by franc from
// the text. franc (not franc-min) knows the 187 languages of a million speakers or more: the
// press of the Baltic states, the Nordic countries, the Balkans and the Caucasus writes in
// languages franc-min leaves out (it read Slovenian as Bosnian, Lithuanian as Croatian,
// Estonian as French, Georgian and Hebrew as nothing).
import { franc } from 'franc';
import { iso6393 } from 'iso-639-3';
import { EAST_ASIAN_LETTERS } from '../words.ts';

/**
 * franc names some languages by an individual code that has no ISO 639-1 code of its own, while
 * the macrolanguage it belongs to has one (Standard Arabic is "arb", Arabic "ar"): the
 * macrolanguage's code, from the ISO 639-3 macrolanguage mappings.
 */
const MACROLANGUAGE_639_1: Record<string, string> = {
  arb: 'ar', // Standard Arabic
  cmn: 'zh', // Mandarin Chinese: franc's name for any text in Chinese characters
  pes: 'fa', // Iranian Persian
  prs: 'fa', // Dari
  als: 'sq', // Tosk Albanian
  lvs: 'lv', // Standard Latvian
  ekk: 'et', // Standard Estonian
  zlm: 'ms', // Malay
  uzn: 'uz', // Northern Uzbek
  azj: 'az', // North Azerbaijani
  khk: 'mn', // Halh Mongolian
  npi: 'ne', // Nepali
  pbu: 'ps', // Northern Pashto
  ckb: 'ku', // Central Kurdish
  swh: 'sw', // Swahili
  plt: 'mg', // Plateau Malagasy
  ydd: 'yi', // Eastern Yiddish
  fuv: 'ff', // Nigerian Fulfulde
  fuf: 'ff', // Pular
  quz: 'qu', // Cusco Quechua
  quy: 'qu', // Ayacucho Quechua
  qug: 'qu', // Chimborazo Highland Quichua
  ayr: 'ay', // Central Aymara
  knc: 'kr', // Central Kanuri
  kng: 'kg', // Koongo
  koi: 'kv', // Komi-Permyak
  // franc tells Bokmål from Nynorsk poorly on a page's worth of text (a Bokmål daily read as
  // Nynorsk): both are written Norwegian, "no".
  nob: 'no',
  nno: 'no',
};

const ISO_639_1 = new Map([...iso6393.filter((l) => l.iso6391).map((l): [string, string] => [l.iso6393, l.iso6391!]), ...Object.entries(MACROLANGUAGE_639_1)]);

/** The ISO 639-1 code of an ISO 639-3 code, or of its macrolanguage; undefined for a language that has none. */
export function iso6391(code: string): string | undefined {
  return ISO_639_1.get(code);
}

/** Language as an ISO 639-1 code, detected from the body text; null when too short to tell. */
export function detectLanguage(text: string): string | null {
  // The first thousand characters tell the language as well as the whole text, at a fraction of the cost.
  const sample = text.slice(0, 1000);
  const minLength = writtenDensely(sample) ? DENSE_MIN_LENGTH : MIN_LENGTH;
  if (text.length < minLength) return null;
  if (plainlyEnglish(sample)) return 'en';
  if (writtenInIcelandic(sample)) return 'is';
  return cyrillicByLetters(sample, iso6391(franc(sample, { minLength })) ?? null);
}

// Letters one Cyrillic language writes and its neighbours do not: Russian "ы" and "э" (Bulgarian,
// Ukrainian, Serbian and Macedonian have neither), Ukrainian "і", "ї", "є", "ґ" (Russian and
// Bulgarian have none). Trigrams of a short Russian text may still read as Bulgarian.
const RUSSIAN_LETTERS = /[ыэЫЭ]/gu;
const UKRAINIAN_LETTERS = /[іїєґІЇЄҐ]/gu;
const TELLING_LETTERS = 3;

/** The Cyrillic language its own letters show, where franc named a neighbour that never writes them. */
export function cyrillicByLetters(sample: string, guess: string | null): string | null {
  const count = (letters: RegExp) => sample.match(letters)?.length ?? 0;
  const [russian, ukrainian] = [count(RUSSIAN_LETTERS), count(UKRAINIAN_LETTERS)];
  if ((guess === 'bg' || guess === 'uk' || guess === 'mk' || guess === 'sr') && russian >= TELLING_LETTERS && ukrainian === 0) return 'ru';
  if ((guess === 'bg' || guess === 'ru' || guess === 'mk' || guess === 'sr') && ukrainian >= TELLING_LETTERS && russian === 0) return 'uk';
  return guess;
}

// franc knows only languages of a million speakers or more, and reads Icelandic as Swedish. Its
// thorn (þ), which no other living language writes, tells it.
const THORN = /[þÞ]/gu;
const THORNS = 3;

/** True for a text that writes the Icelandic thorn again and again. */
function writtenInIcelandic(sample: string): boolean {
  return (sample.match(THORN)?.length ?? 0) >= THORNS;
}

// A text shorter than this is too short to tell its language by.
const MIN_LENGTH = 200;
// Chinese, Japanese and Korean write a word in a character or two, and franc tells them by their
// script: forty of their characters say as much as 200 characters of Latin script.
const DENSE_MIN_LENGTH = 40;
const DENSE_SCRIPT = new RegExp(`[${EAST_ASIAN_LETTERS}]`, 'gu');

/** True when most of a text's letters are Chinese characters, kana or Hangul. */
function writtenDensely(sample: string): boolean {
  const dense = sample.match(DENSE_SCRIPT)?.length ?? 0;
  return dense >= DENSE_MIN_LENGTH && dense * 2 >= (sample.match(/\p{L}/gu)?.length ?? 0);
}

const ENGLISH_FUNCTION_WORDS = new Set(['the', 'and', 'of', 'to', 'in', 'a', 'that', 'is', 'was', 'for', 'on', 'with', 'said', 'by', 'as', 'at', 'from', 'has', 'have', 'it']);

/**
 * Most of a newsroom's corpus is English, and franc's trigram comparison with every language it
 * knows is costly (with franc-min's 82 it was once the ingest's largest single cost). Text where
 * "the" is frequent and common English function words make up a fifth of the words is English;
 * anything else goes to franc.
 */
function plainlyEnglish(sample: string): boolean {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 30) return false;
  let the = 0;
  let common = 0;
  for (const word of words) {
    if (word === 'the') the++;
    if (ENGLISH_FUNCTION_WORDS.has(word)) common++;
  }
  return the / words.length >= 0.03 && common / words.length >= 0.2;
}
