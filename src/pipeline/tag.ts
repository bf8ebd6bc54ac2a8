// Tag stage: a paragraph gets a topic when it states something about it. Each topic's match
// rule is a list of term groups per language; a passing mention hits one group, a statement
// hits them all ("North Korean" and "troops"; "oil" and "drone"; "КНДР" and "військові").
// Words are compared on their stems in the page's language, so a term needs one form of a word.
import { stemmerFor, type Stemmer } from './stem.ts';
import { escapeRegExp, SOUTHEAST_ASIAN_LETTERS, UNSPACED_LETTERS } from './words.ts';
import type { Block, Topic } from './types.ts';

/** One word of a term: a stem to meet, a beginning the word must have ("deploy*"), or the word itself ("=units", which "united" must not meet). */
type TermWord = { stem: string } | { prefix: string } | { exact: string };
/** A topic's rules for one language, compiled: its term groups, and the terms that put a paragraph off it. */
interface Rules {
  groups: TermWord[][][];
  unless: TermWord[][];
}

const compiled = new WeakMap<Topic, Map<string, Rules>>();

// The article's opening: a topic stated here is what the article is about.
const LEAD_PARAGRAPHS = 2;
// Elsewhere, a topic stated in one paragraph only is an aside (a closing line of background).
const ASIDE_PARAGRAPHS = 1;

/**
 * Tag stage: blocks → blocks with their topics; returns the article's topics, in topic order:
 * those its headline (or its summary box: `headlines` holds both) or opening paragraphs state,
 * or more than one of its paragraphs. One paragraph further down ("the launch comes after North
 * Korea sent troops to Russia") is an aside, not what the article is about, unless the headline
 * states it too: it is tagged with the article's topics only, so that a topic page quotes just
 * the sources it lists.
 */
export function tagBlocks(blocks: Block[], topics: Topic[], language: string | null = 'en', headlines: string[] = []): { blocks: Block[]; topics: string[] } {
  const stated = blocks.map((block) => (block.type === 'paragraph' ? topicsOf(block.text, topics, language) : []));
  const paragraphs = stated.filter((_, i) => blocks[i]!.type === 'paragraph');
  // The headline says what the article is about; a paragraph must still state it, for the topic page to quote.
  const headlined = headlines.flatMap((headline) => topicsOf(headline, topics, language));
  const about = (id: string) => {
    const stating = paragraphs.filter((t) => t.includes(id)).length;
    return paragraphs.slice(0, LEAD_PARAGRAPHS).some((t) => t.includes(id)) || stating > ASIDE_PARAGRAPHS || (stating > 0 && headlined.includes(id));
  };
  const articleTopics = topics.map((t) => t.id).filter(about);
  const tagged = blocks.map((block, i) => (block.type === 'paragraph' ? { ...block, topics: stated[i]!.filter((id) => articleTopics.includes(id)) } : block));
  return { blocks: tagged, topics: articleTopics };
}

/**
 * The ids of the topics a paragraph states something about, by the topic's terms in the page's
 * language (English where the topic lists none for it), compared on word stems.
 */
export function topicsOf(text: string, topics: Topic[], language: string | null = 'en'): string[] {
  const found: string[] = [];
  const byLanguage = new Map<string, Paragraph>();
  for (const topic of topics) {
    const lang = language && topic.match[language] ? language : 'en';
    let paragraph = byLanguage.get(lang);
    if (!paragraph) byLanguage.set(lang, (paragraph = readParagraph(text, stemmerFor(lang))));
    const { groups, unless } = rulesOf(topic, lang);
    if (groups.length && groups.every((group) => group.some((term) => holds(paragraph, term))) && !unless.some((term) => holds(paragraph, term))) found.push(topic.id);
  }
  return found;
}

/** A paragraph's words, folded and stemmed, with where each stem stands. */
interface Paragraph {
  words: string[];
  stems: string[];
  at: Map<string, number[]>;
}

function readParagraph(text: string, stem: Stemmer): Paragraph {
  const words = wordsOf(text);
  const stems = words.map((w) => unmark(stem(w)));
  const at = new Map<string, number[]>();
  stems.forEach((s, i) => {
    const list = at.get(s);
    if (list) list.push(i);
    else at.set(s, [i]);
  });
  return { words: words.map(unmark), stems, at };
}

/** True when the paragraph holds the term's words one after another. */
function holds(p: Paragraph, term: TermWord[]): boolean {
  const first = term[0]!;
  const starts = 'stem' in first ? (p.at.get(first.stem) ?? []) : p.words.flatMap((w, i) => (meets(w, '', first) ? [i] : []));
  return starts.some((i) => term.every((part, k) => i + k < p.words.length && meets(p.words[i + k]!, p.stems[i + k]!, part)));
}

/** True when a paragraph's word (and its stem) meets one word of a term. */
function meets(word: string, stem: string, part: TermWord): boolean {
  return 'stem' in part ? stem === part.stem : 'prefix' in part ? word.startsWith(part.prefix) : word === part.exact;
}

/** A topic's term groups for a language, and its terms that put a paragraph off it, compiled for that language's stems once. */
function rulesOf(topic: Topic, language: string): Rules {
  let byLanguage = compiled.get(topic);
  if (!byLanguage) compiled.set(topic, (byLanguage = new Map()));
  let rules = byLanguage.get(language);
  if (!rules) {
    const stem = stemmerFor(language);
    const compile = (terms: string[]) => terms.map((term) => compileTerm(term, stem)).filter((t) => t.length > 0);
    rules = { groups: (topic.match[language] ?? []).map((group) => compile(group.flatMap((term) => spellings(term, topic)))), unless: compile(topic.unless ?? []) };
    byLanguage.set(language, rules);
  }
  return rules;
}

/**
 * A term's words: each stemmed as the paragraph's are; kept as a beginning where it ends in *
 * ("deploy*", "Severní Kore*": the languages the library does not stem name their word forms so);
 * kept whole where it starts with = ("=units": its stem is also "united"'s).
 */
function compileTerm(term: string, stem: Stemmer): TermWord[] {
  return term.split(/\s+/u).flatMap((chunk) => {
    const prefix = chunk.endsWith('*');
    const exact = chunk.startsWith('=');
    const words = wordsOf(chunk.replace(/^=|\*$/gu, ''));
    return words.map((w, i): TermWord => (exact ? { exact: unmark(w) } : prefix && i === words.length - 1 ? { prefix: unmark(w) } : { stem: unmark(stem(w)) }));
  });
}

/**
 * Lower-case words of a text (letters and digits; apostrophes and hyphens split words as they do
 * in the terms). Chinese and Japanese put no spaces between words, Thai, Lao, Khmer and Burmese
 * only between phrases: each of their characters (a Thai vowel or tone mark too) counts as a
 * word, so a term ("无人机", "โดรน") is met where its characters stand one after another.
 */
function wordsOf(text: string): string[] {
  const words = text.normalize('NFC').replace(/[’‘`]/g, "'").toLowerCase().match(WORD) ?? [];
  return CHARACTER_WORDS.test(text) ? words.flatMap((w) => (CHARACTER_WORDS.test(w) ? (w.match(CHARACTERS_APART) ?? []) : [w])) : words;
}

// Letters and digits, with the marks that follow them inside a word (an Indic vowel sign).
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
const CHARACTER_WORDS = new RegExp(`[${UNSPACED_LETTERS}${SOUTHEAST_ASIAN_LETTERS}]`, 'u');
const CHARACTERS_APART = new RegExp(`[${UNSPACED_LETTERS}${SOUTHEAST_ASIAN_LETTERS}]|[^${UNSPACED_LETTERS}${SOUTHEAST_ASIAN_LETTERS}]+`, 'gu');

/** A word without its accents, so "Öl" meets "ol" and "é" meets "e" once stemmed. */
function unmark(word: string): string {
  return /^[a-z0-9]*$/.test(word) ? word : word.normalize('NFKD').replace(ACCENT, '').normalize('NFC');
}

/**
 * The marks that are accents: those shared by every script (Latin, Greek and Cyrillic accents,
 * Arabic's vowel points). A script's own marks stay: a Devanagari vowel sign is part of the
 * spelling ("रूस", Russia, is not "रस"), not an accent a writer may leave out.
 */
const ACCENT = /(?=\p{M})\p{Script=Inherited}/gu;

/**
 * The spellings a text does not use for names it does use, from the topics' variant lists
 * ("Stalnoi Kon" → "Stalnoy Kon"): printed on the page, they let search find it by any spelling.
 */
export function otherSpellings(text: string, topics: Topic[]): string[] {
  const folded = fold(text);
  const found = new Set<string>();
  for (const topic of topics) {
    for (const set of topic.variants) {
      const used = set.filter((spelling) => folded.includes(firstWordOf(spelling)) && variantPattern(spelling).test(folded));
      if (used.length) for (const spelling of set) if (!used.includes(spelling)) found.add(spelling);
    }
  }
  return [...found];
}

// A spelling's pattern matches only where its first word stands letter for letter: a plain search
// for that word first spares the pattern (a whole-word test over the whole article) for most spellings.
const firstWords = new Map<string, string>();
function firstWordOf(spelling: string): string {
  let word = firstWords.get(spelling);
  if (word === undefined) firstWords.set(spelling, (word = fold(spelling.replace(/\*$/, '')).split(' ')[0]!));
  return word;
}

const variantPatterns = new Map<string, RegExp>();
function variantPattern(spelling: string): RegExp {
  let re = variantPatterns.get(spelling);
  if (!re) variantPatterns.set(spelling, (re = new RegExp(termPattern(spelling), 'u')));
  return re;
}

/** A term and every spelling variant the topic lists for it. */
export function spellings(term: string, topic: Pick<Topic, 'variants'>): string[] {
  const set = topic.variants.find((v) => v.some((s) => fold(s) === fold(term)));
  return set ? [...new Set([term, ...set])] : [term];
}

/** A term as a whole-word pattern; a trailing * stands for any word ending ("deploy*"). */
function termPattern(term: string): string {
  const prefix = term.endsWith('*');
  const escaped = escapeRegExp(fold(prefix ? term.slice(0, -1) : term)).replace(/ /g, '\\s+');
  return `(?<![\\p{L}\\p{M}\\p{N}])${escaped}${prefix ? '[\\p{L}\\p{M}\\p{N}]*' : ''}(?![\\p{L}\\p{M}\\p{N}])`;
}

/** Lower case, without accents, with one kind of apostrophe: how text and terms are compared. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(ACCENT, '').replace(/[’‘`]/g, "'").toLowerCase();
}
