// Word stems per language, from the Snowball-family stemmers of @orama/stemmers: "солдатів" and
// "солдат", "Drohnen" and "Drohne" meet on one stem, so a topic's terms need one form each.
import { stemmer as arabic } from '@orama/stemmers/arabic';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stemmer as ukrainian } from '@orama/stemmers/ukrainian';

/** Turns a lower-case word into its stem. */
export type Stemmer = (word: string) => string;

// Languages whose terms are stems. Arabic is stemmed for its attached article and prepositions
// ("بكورسك", "الجنود"); the other languages' terms name their word forms with a trailing * instead.
const STEMMERS: Record<string, Stemmer> = { ar: arabic, en: english, fr: french, de: german, it: italian, ru: russian, es: spanish, uk: ukrainian };

// Pages repeat their words: each word is stemmed once per language, up to a bound.
const cache = new Map<string, Map<string, string>>();
const CACHE_LIMIT = 100_000;

/** The stemmer of a language (ISO 639-1), or the word itself where the library has none. */
export function stemmerFor(language: string): Stemmer {
  const stem = STEMMERS[language];
  if (!stem) return (word) => word;
  let seen = cache.get(language);
  if (!seen) cache.set(language, (seen = new Map()));
  const memo = seen;
  return (word) => {
    let found = memo.get(word);
    if (found === undefined) {
      if (memo.size >= CACHE_LIMIT) memo.clear();
      found = stem(word);
      memo.set(word, found);
    }
    return found;
  };
}
