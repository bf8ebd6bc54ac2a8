// Analyse stage, entities: people, places, facilities, organisations and military units the sources name,
// with spellings merged. Candidates are runs of capitalised words; context decides their kind
// (a title before a person, "region" or "Oblast" after a place, an institution word inside an
// organisation), and compromise's lexicon decides for the remaining unique phrases only. Two
// spellings are one entity only when a topic file lists them as variants, when a surname alone
// matches exactly one full name, or when a word in another script or spelling sounds as exactly
// one person's surname or one place does (Зеленський, Zelenskyy): Klychkov the governor never
// becomes Klitschko the mayor.
import transliterate from '@sindresorhus/transliterate';
import { UKRAINIAN_ROMANISATION as UKRAINIAN } from '../romanise.ts';
import nlp from 'compromise';
import type { Source, Topic } from '../types.ts';
import { boundName, uniqueSlugs } from '../slug.ts';
import { memoised } from '../memo.ts';
import { wholeWord } from '../words.ts';
import { sentencesOf } from './sentences.ts';

export type EntityType = 'person' | 'place' | 'facility' | 'organisation' | 'unit';

/** Something the sources name, with every spelling they use and every paragraph that names it. */
export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: { source: string; paragraph: string; sentence: string }[];
}

const CAPITALISED = /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}'’.-]*)(?:[ ](?:\p{Lu}[\p{L}'’.-]*|of))*(?![\p{L}\p{N}])/gu;
// A title inside a run of capitals ("Kyiv Mayor Vitali Klitschko"): the names after it are a person.
const TITLE = /(?:^|\s)(?:President|Governor|Commander-in-Chief|Chief|Ambassador|Minister|Prime Minister|Mayor|General|Spokesperson)\s+(?=\p{Lu})/u;
const TITLE_BEFORE = /\b(?:[Pp]resident|[Gg]overnor|Commander-in-Chief|chief|[Aa]mbassador(?: to \p{Lu}\p{L}+)?|[Mm]inister|[Mm]ayor|spokesperson|leader)\s+$/u;
// A facility is named next to what it is: "the oil terminal Stalnoy Kon", "an oil depot in
// Stalnoi Kon", "нафтобазу «Стальной Конь»", "the Novoshakhtinsk refinery".
const FACILITY_NOUN = String.raw`(?:depot|terminal|refinery|tank farm|pumping station|facility|plant|airfield|air base|нефтебаз\p{L}*|нафтобаз\p{L}*|нпз|терминал\p{L}*|термінал\p{L}*|öllager|tanklager|raffinerie|dépôt|terminal pétrolier)`;
const FACILITY_BEFORE = new RegExp(String.raw`${FACILITY_NOUN}["”»]?\s+(?:(?:in|at|near|в|у|bei|à|près de)\s+)?["“«„]?$`, 'iu');
// The facility word stands within this many characters before the name ("oil depot in ").
const FACILITY_REACH = 60;
const FACILITY_AFTER = new RegExp(String.raw`^["”»“]?\s+(?:oil |fuel )?${FACILITY_NOUN}(?![\p{L}])`, 'iu');
const UNIT_WORDS = /\b(?:Forces|Brigade|Battalion|Regiment|Corps|Division|Army|Guard)\b/;
const ORG_WORDS = /\b(?:Staff|Service|Ministry|Agency|Council|Command|Times|Independent|Interfax|Transneft[\w-]*|Naftogaz|Insights|NIS|Post|News)\b/;
// A name has at most this many words ("South Korea's National Intelligence Service" is four after
// the possessive). A longer run of capitals is a headline in capitals or a list of names, and
// taking it as one name made a 600-character entity id that failed the whole run.
const MAX_NAME_WORDS = 6;
const NOT_NAMES = new Set('The A An In On At By For But And Or While He She It They We This That These Those Earlier Meanwhile Today Here There Taken As Up At Some One Two Ukrainian Russian Russians Ukrainians Western Eastern Saturday Sunday Monday Tuesday Wednesday Thursday Friday January February March April May June July August September October November December Telegram Oblast Kyiv, Also More Of'.split(' '));

// The paragraphs each entity is already mentioned in: a lookup, not a scan of its mentions,
// which grow with the dossier.
const mentioned = new WeakMap<Entity, Set<string>>();

/** Records a mention once per paragraph. */
function addMention(entity: Entity, mention: Entity['mentions'][number]): void {
  const seen = mentioned.get(entity) ?? new Set<string>();
  mentioned.set(entity, seen);
  const key = `${mention.source}#${mention.paragraph}`;
  if (seen.has(key)) return;
  seen.add(key);
  entity.mentions.push(mention);
}

/** Finds the named entities of every source and merges their spellings. */
export function extractEntities(sources: Source[], topics: Topic[]): Entity[] {
  const canonical = variantCanonicals(topics);
  const kinds = new Map<string, EntityType | null>();
  const entities = new Map<string, Entity>();
  const add = (name: string, type: EntityType, spelling: string, mention: Entity['mentions'][number]) => {
    const key = canonicalName(name, canonical);
    const entity = entities.get(key) ?? { id: slug(key), name: key, type, aliases: [], mentions: [] };
    entities.set(key, entity);
    if (spelling !== entity.name && !entity.aliases.includes(spelling)) entity.aliases.push(spelling);
    addMention(entity, mention);
  };

  for (const source of sources) {
    for (const block of source.blocks) {
      if (block.type !== 'paragraph') continue;
      for (const sentence of sentencesOf(block.text)) {
        for (const m of sentence.matchAll(CAPITALISED)) {
          const phrase = namePart(m[0]);
          if (!phrase || phrase.split(' ').length > MAX_NAME_WORDS) continue;
          const before = sentence.slice(0, m.index + m[0].length - phrase.length - (m[0].endsWith("'s") || m[0].endsWith('’s') ? 2 : 0));
          const after = sentence.slice(m.index + m[0].length);
          const found = classify(phrase, before, after, kinds);
          if (!found) continue;
          add(found.name, found.type, found.name, { source: source.slug, paragraph: block.id, sentence });
        }
      }
    }
  }
  const named = addSurnameMentions([...entities.values()], sources);
  addSpellingMentions(named, sources);
  const found = named.sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  const ids = uniqueSlugs(found.map((e) => e.id));
  return found.map((e, i) => ({ ...e, id: ids[i]! }));
}

function classify(phrase: string, before: string, after: string, kinds: Map<string, EntityType | null>): { name: string; type: EntityType } | null {
  const words = phrase.split(' ');
  if (words.length === 1 && (NOT_NAMES.has(phrase) || phrase.length < 2)) return null;
  if (words.every((w) => NOT_NAMES.has(w))) return null;
  if (UNIT_WORDS.test(phrase)) return { name: phrase, type: 'unit' };
  if (ORG_WORDS.test(phrase)) return { name: phrase, type: 'organisation' };
  const titled = TITLE.exec(phrase);
  if (titled) return { name: phrase.slice(titled.index + titled[0].length), type: 'person' };
  if (words.length <= 3 && titleBefore(before)) return { name: phrase, type: 'person' };
  if (/^\s+(?:region|Oblast|oblast|province|district)\b/.test(after)) return { name: phrase, type: 'place' };
  if (words.length <= 3 && (FACILITY_BEFORE.test(before.slice(-FACILITY_REACH)) || FACILITY_AFTER.test(after))) return { name: phrase, type: 'facility' };
  if (!kinds.has(phrase)) {
    const doc = nlp(phrase);
    kinds.set(phrase, doc.people().found && words.length >= 2 ? 'person' : doc.places().found ? 'place' : doc.organizations().found ? 'organisation' : null);
  }
  const type = kinds.get(phrase);
  return type ? { name: phrase, type } : null;
}

// TITLE_BEFORE, searched from a given index: every capitalised run of a sentence asks whether a
// title ends the text before it, and searching all that text each time grew with its square.
const TITLE_BEFORE_FROM = new RegExp(TITLE_BEFORE.source, 'gu');
/** Longer than any title with the one space after it ("Ambassador to Liechtenstein "), as the text's white space is folded. */
const TITLE_REACH = 100;

/** Whether a title ("Governor ", "ambassador to Russia ") ends the text before a name: its last TITLE_REACH characters searched, with the text before them still seen by \b. */
function titleBefore(before: string): boolean {
  TITLE_BEFORE_FROM.lastIndex = Math.max(0, before.length - TITLE_REACH);
  return TITLE_BEFORE_FROM.test(before);
}

/** The name in a run of capitals: after a possessive ("Russia's Kursk"), without leading words
 * that are not names ("In", "The", "Ukrainian"), without a trailing "'s". */
function namePart(run: string): string {
  let name = run.split(/[’']s /).pop()!.replace(/[’']s$/, '').replace(/\s+of$/, '').replace(/[.,]$/, '');
  const words = name.split(' ');
  while (words.length > 1 && NOT_NAMES.has(words[0]!)) words.shift();
  name = words.join(' ');
  return name;
}

/** "Zelensky said …": a surname alone, in any spelling the person goes by, is that person. */
function addSurnameMentions(entities: Entity[], sources: Source[]): Entity[] {
  const people = entities.filter((e) => e.type === 'person' && e.name.includes(' '));
  const surnames = new Map<string, Entity[]>();
  for (const person of people) {
    for (const spelling of [person.name, ...person.aliases]) {
      const surname = spelling.split(' ').at(-1)!;
      surnames.set(surname, [...new Set([...(surnames.get(surname) ?? []), person])]);
    }
  }
  // A surname of letters only is a whole word exactly when it is one of the sentence's runs of
  // letters: looked up by those runs, not searched for, since a page naming 4,000 people made 16
  // million searches. The few surnames with an apostrophe, a dot or a hyphen are still searched.
  const byWord = new Map<string, Entity>();
  const searched: [string, Entity][] = [];
  for (const [surname, owners] of surnames) {
    if (owners.length !== 1) continue;
    if (/^\p{L}+$/u.test(surname)) byWord.set(surname, owners[0]!);
    else searched.push([surname, owners[0]!]);
  }
  for (const source of sources) {
    for (const block of source.blocks) {
      if (block.type !== 'paragraph') continue;
      for (const sentence of sentencesOf(block.text)) {
        const mention = { source: source.slug, paragraph: block.id, sentence };
        for (const word of new Set(sentence.match(/\p{L}+/gu))) {
          const person = byWord.get(word);
          if (person) addMention(person, mention);
        }
        for (const [surname, person] of searched) if (wholeWord(surname).test(sentence)) addMention(person, mention);
      }
    }
  }
  // Surnames alone that were kept as entities of their own are now counted under the person.
  return entities.filter((e) => !(e.type !== 'unit' && !e.name.includes(' ') && (surnames.get(e.name)?.length ?? 0) === 1));
}

/**
 * A name's letters as they sound, whatever the script or spelling: romanised (Ukrainian rules,
 * then the library's own), lower case, y/j/i as one letter, doubled letters once. "Зеленський",
 * "Зеленский", "Zelenskyy" and "Zełenski" meet on "zelenski"; "Klitschko" and "Klychkov" do not.
 */
export function soundKey(name: string): string {
  return soundKeys(name);
}

// Pages repeat their names: each is romanised once per run, up to a bound.
const soundKeys = memoised(computeSoundKey, 50_000);

function computeSoundKey(name: string): string {
  const roman = /[^\p{Script=Latin}\p{N}\s\p{P}]/u.test(name) ? transliterate(name, { customReplacements: UKRAINIAN }) : transliterate(name);
  return roman.toLowerCase().replace(/[^a-z]/g, '').replace(/[yj]/g, 'i').replace(/(.)\1+/g, '$1');
}

// A key this short names too many things to join spellings by.
const SOUND_KEY_MIN = 4;

/**
 * "Зеленський заявив …": a word in another script or spelling that sounds as a person's surname
 * or a one-word place does is that entity, when it sounds like no other; the spelling becomes an alias.
 */
function addSpellingMentions(entities: Entity[], sources: Source[]): void {
  const owners = new Map<string, Set<Entity>>();
  for (const entity of entities) {
    if (entity.type !== 'person' && entity.type !== 'place' && entity.type !== 'facility') continue;
    if (entity.type !== 'person' && entity.name.includes(' ')) continue;
    for (const spelling of [entity.name, ...entity.aliases]) {
      const word = entity.type === 'person' ? spelling.split(' ').at(-1)! : spelling;
      const key = soundKey(word);
      if (key.length >= SOUND_KEY_MIN) owners.set(key, new Set([...(owners.get(key) ?? []), entity]));
    }
  }
  const byKey = new Map([...owners].filter(([, set]) => set.size === 1).map(([key, set]) => [key, [...set][0]!]));
  for (const source of sources) {
    for (const block of source.blocks) {
      if (block.type !== 'paragraph') continue;
      for (const sentence of sentencesOf(block.text)) {
        for (const word of new Set(sentence.match(/(?<![\p{L}\p{N}])\p{Lu}\p{L}+/gu))) {
          // Spellings in plain ASCII are the English ones the surname rule already reads.
          if (/^[A-Za-z]+$/.test(word)) continue;
          const entity = byKey.get(soundKey(word));
          if (!entity) continue;
          addMention(entity, { source: source.slug, paragraph: block.id, sentence });
          if (!entity.aliases.includes(word) && word !== entity.name) entity.aliases.push(word);
        }
      }
    }
  }
}

/** Each spelling a topic lists as a variant, mapped to the first spelling of its set. */
function variantCanonicals(topics: Topic[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const topic of topics) for (const set of topic.variants) for (const spelling of set) if (!map.has(spelling)) map.set(spelling, set[0]!);
  return map;
}

/** A name with every variant spelling in it replaced by its set's first spelling. */
function canonicalName(name: string, canonical: Map<string, string>): string {
  let out = name;
  for (const [spelling, first] of canonical) if (spelling !== first) out = out.replace(wholeWord(spelling), first);
  return out;
}

/** An entity's id: ASCII, lower case, bounded like every name the pipeline derives from text. */
function slug(text: string): string {
  return boundName(text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'entity');
}
