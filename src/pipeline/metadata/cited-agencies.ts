// Metadata, agencies cited: the wire agencies an article names in its own text as where its
// facts come from ("according to KCNA", "Об этом сообщает Reuters", "wie die Agentur Yonhap
// meldete"), each with the first paragraph that names it, so a reader can check the attribution.
// They are kept apart from the agencies the page credits (a byline, a dateline, a credit line):
// an article that quotes KCNA is not KCNA's copy, and a citation must not name KCNA as its author.
// A name is read as cited wherever the article prints it, in any language, except where the page
// shows it is something else: a photo's credit ("Photo: Reuters") or part of a longer name
// ("Michael Bloomberg", "Thomson Reuters").
import type { Registry } from '../registry.ts';
import type { Block } from '../types.ts';
import { EAST_ASIAN_LETTERS, escapeRegExp } from '../words.ts';

/** A wire agency the article names, and the first paragraph that names it. */
export interface CitedAgency {
  name: string;
  paragraph: string;
}

// Spellings this short ("AP", "AFP", "TASS") are matched with their case; longer ones in any case
// ("Ria Novosti" for "RIA Novosti").
const CASE_SENSITIVE_UP_TO = 4;
// A Russian or Ukrainian name takes a case ending ("по данным Интерфакса", "повідомили Укрінформу").
const CYRILLIC_ENDING = '(?:[а-яёіїєґ]{1,2})?';
// Words that introduce an agency and are capitalised themselves ("Nachrichtenagentur Yonhap", "Agence AFP").
const AGENCY_WORD = /(?:agen[ctz]|агентств|агенц|agentur)\p{L}*$/iu;
// What stands before a photo's credit inside a paragraph ("Photo: Reuters", "Фото: ТАСС", "Bild: dpa").
const PHOTO_CREDIT = /(?:photo|foto|фото|bild|image|picture)\p{L}*\s*(?:[:©/]|by|von|par|credit\p{L}*\s*:?)(?:[^.;:!?]{0,40}\/)?\s*$|©\s*$/iu;
// What follows an agency's name in a photo's credit ("AP Photo/Jane Roe", "Reuters/Scanpix").
const PHOTO_CREDIT_AFTER = /^\s*(?:\/|(?:photo|foto|фото|images?)(?!\p{L}))/iu;

const EAST_ASIAN = new RegExp(`[${EAST_ASIAN_LETTERS}]`, 'u');

interface Matcher {
  /** Null when no agency has a spelling that may stand in running text. */
  pattern: RegExp | null;
  agencyOf: Map<string, string>;
  /** Short names in capitals as printed in title case ("Tass"), which count only beside a word for an agency. */
  titledSpellings: Set<string>;
}
const matchers = new WeakMap<Registry, Matcher>();

/** One pattern for every spelling of every agency, built once per registry (it is run on every paragraph). */
function matcherFor(registry: Registry): Matcher {
  let matcher = matchers.get(registry);
  if (!matcher) {
    const agencyOf = new Map<string, string>();
    const parts: string[] = [];
    // Chinese, Japanese and Korean spellings stand inside a run of letters ("据新华社报道",
    // "연합뉴스에 따르면"): no word edge marks them, so they are matched wherever they stand.
    const unbounded: string[] = [];
    const titledSpellings = new Set<string>();
    // Longest first: where "dpa-AFX" stands, "dpa" must not be read.
    const spellings = registry.agencies
      .flatMap((a) => [a.name, ...a.aliases].filter((s) => !a.ambiguous.includes(s)).map((s) => ({ spelling: s, name: a.name })))
      .sort((a, b) => b.spelling.length - a.spelling.length);
    for (const { spelling, name } of spellings) {
      agencyOf.set(spelling.toLowerCase(), name);
      const literal = escapeRegExp(spelling);
      if (EAST_ASIAN.test(spelling)) {
        unbounded.push(literal);
        continue;
      }
      // (A short name in capitals may be printed in title case, "Tass", "Kcna": the words around it must then say it is an agency.)
      const titled = spelling.length <= CASE_SENSITIVE_UP_TO && /^\p{Lu}{3,}$/u.test(spelling) ? spelling[0] + spelling.slice(1).toLowerCase() : null;
      if (titled) titledSpellings.add(titled);
      const body = spelling.length <= CASE_SENSITIVE_UP_TO ? (titled ? `${literal}|${escapeRegExp(titled)}` : literal) : `(?i:${literal})`;
      parts.push(/[а-яёіїєґ]$/u.test(spelling) ? `${body}${CYRILLIC_ENDING}` : body);
    }
    // Not inside a longer token ("A$AP", "@AFP").
    const alternatives = [
      ...(parts.length ? [`(?<![\\p{L}\\p{N}$&@#_])(?<spelling>${parts.join('|')})(?![\\p{L}\\p{N}])`] : []),
      ...(unbounded.length ? [`(?<spelling>${unbounded.join('|')})`] : []),
    ];
    const pattern = alternatives.length ? new RegExp(alternatives.join('|'), 'gu') : null;
    matcher = { pattern, agencyOf, titledSpellings };
    matchers.set(registry, matcher);
  }
  return matcher;
}

/** The agency a matched spelling stands for, its case ending aside. */
function agencyFor(matched: string, agencyOf: Map<string, string>): string | null {
  const lower = matched.toLowerCase();
  for (let cut = 0; cut <= 2 && cut < lower.length; cut++) {
    const name = agencyOf.get(lower.slice(0, lower.length - cut));
    if (name) return name;
  }
  return null;
}

// A word for an agency within a few words before the name ("la agencia de noticias estatal rusa Tass"), or right after it ("ITAR-Tass news agency").
const AGENCY_BEFORE = /(?:agen[ctz]|агентств|агенц|agentur)\p{L}*(?:\s+\S+){0,4}\s+$/iu;
const AGENCY_AFTER = /^\s+(?:(?:state\s+)?news\s+)?(?:agency|agencia|agence|agenzia|agentur)(?!\p{L})/iu;

/** True when a word for an agency stands beside the name at `at`. */
function besideAgencyWord(text: string, at: number, end: number): boolean {
  // (Or behind an elided article, as Italian and French print the wires: "all’Afp", "l'Ansa".)
  if (/\p{L}['’]$/u.test(text.slice(Math.max(0, at - 2), at))) return true;
  return AGENCY_BEFORE.test(text.slice(Math.max(0, at - 60), at)) || AGENCY_AFTER.test(text.slice(end, end + 30));
}

/** True when the name at `at` is part of a longer capitalised name or a photo's credit, not an agency cited. */
function notCited(text: string, at: number, end: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  if (PHOTO_CREDIT.test(before) || PHOTO_CREDIT_AFTER.test(text.slice(end, end + 12))) return true;
  // "the Russian ITAR-Tass news agency": a nationality before an agency that says it is one.
  if (AGENCY_AFTER.test(text.slice(end, end + 30))) return false;
  // "Michael Bloomberg": a capitalised word right before it, which does not open the sentence.
  const previous = /(?<!\p{L})(\p{Lu}[\p{L}'’-]*) $/u.exec(before);
  // A possessive is not a first name ("the North's KCNA").
  if (!previous || AGENCY_WORD.test(previous[1]!) || /['’]s$/u.test(previous[1]!)) return false;
  const opensSentence = /(?:^|[.!?:;"“”«»(—–-])\s*$/u.test(before.slice(0, previous.index));
  return !opensSentence;
}

/** The wire agencies the article's paragraphs name, in order, each with its first paragraph; those the page credits (`credited`) aside. */
export function citedAgencies(blocks: Block[], registry: Registry, credited: string[] = []): CitedAgency[] {
  const { pattern, agencyOf, titledSpellings } = matcherFor(registry);
  if (!pattern) return [];
  // A credited agency is already stated, and more strongly: the copy is its own.
  const found = new Map<string, string>(credited.map((name) => [name, '']));
  for (const block of blocks) {
    for (const match of block.text.matchAll(pattern)) {
      const name = agencyFor(match.groups!.spelling!, agencyOf);
      if (!name || found.has(name) || notCited(block.text, match.index, match.index + match[0].length)) continue;
      if (titledSpellings.has(match.groups!.spelling!) && !besideAgencyWord(block.text, match.index, match.index + match[0].length)) continue;
      found.set(name, block.id);
    }
  }
  return [...found].filter(([, paragraph]) => paragraph).map(([name, paragraph]) => ({ name, paragraph }));
}
