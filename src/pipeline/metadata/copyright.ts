// The holder a copyright line names: "© 2024 Example News. All rights reserved." → "Example News".
// Sites print the notice in many orders ("Copyright © 2007, Example", "© Example 2008",
// "© Copyright 2008 by Example", "© MMVIII, Example Inc.", "© 1996- Example"), so the markers,
// years and small words around the name are peeled off first, then the name runs to the notice's
// next part (a full stop, a comma, a bar, a spaced dash, "All rights reserved").

// "©", "(c)", "Copyright", "版权所有" ("all rights reserved", which Chinese pages print first).
const MARKER = /^(?:©|\(c\)|copyright\b|版权所有|版權所有)/iu;
// A year or a range of years, in figures or Roman numerals ("2007", "1995-2008", "1996-", "MMVIII").
const YEARS = /^(?:\d{4}|(?:MM|MCM)[CDLXVI]{0,8}\b)(?:\s*[-–]\s*(?:\d{4}|\d{2}\b)?)?/u;
// What stands between the years and the name: "by", "of", "Courtesy of", and punctuation.
const LEAD_WORDS = /^(?:by\b|of\b|courtesy of\b|[.,:–-](?=\s|\p{L}))/iu;
// Where the name ends: the notice's next part (after a bar, a dot, a comma or a colon, a spaced
// dash), an address to write to, or the years printed after the name ("© Example 2007 Pictures from …").
const NAME_END = /\s*(?:[|•·。]|[,:]\s|\s[-–]\s|\s\S+@|\s\d{4}(?:\s*[-–]\s*\d{2,4})?(?=[\s.,]|$)|all rights reserved|tous droits|alle rechte|все права|版权所有|版權所有|$)|(?<!(?:^|[\s.])\p{Lu})\.(?=\s|$)/iu;
// The footer's links that may follow the name on its line, or stand for it: "© 2007 Example Privacy Policy", "© 2008 Advertise | Privacy".
const FOOTER_LINKS = /(?:^|\s+)(?:privacy|terms|contact|advertise|about us|disclaimer|sitemap)\b.*$/iu;
// Years printed after the name: "© Example 2008", "© Example 1913 - 2012", "Example2008".
const TRAILING_YEARS = /\s*(?:\d{4}|(?:MM|MCM)[CDLXVI]{0,8})(?:\s*[-–]\s*\d{2,4})?$/u;
const MAX_NAME_LENGTH = 41;

/** The holder a copyright line names, or null for a line that is none (a "Copyright & Permissions" link) or names no one ("© 2008"). */
export function copyrightName(line: string): string | null {
  let rest = line.trim();
  if (!MARKER.test(rest)) return null;
  let marked = false;
  let dated = false;
  for (let peeled = true; peeled; ) {
    peeled = false;
    for (const pattern of [MARKER, YEARS, LEAD_WORDS]) {
      const m = pattern.exec(rest);
      if (!m) continue;
      if (pattern === MARKER && !/^copyright$/iu.test(m[0])) marked = true;
      if (pattern === YEARS) dated = true;
      rest = rest.slice(m[0].length).trimStart();
      peeled = true;
    }
  }
  const end = NAME_END.exec(rest);
  const name = (end ? rest.slice(0, end.index) : rest).replace(FOOTER_LINKS, '').replace(TRAILING_YEARS, '').replace(/[\s,.:;–-]+$/u, '');
  if (!/^[\p{L}\p{N}]/u.test(name) || !/\p{L}/u.test(name) || name.length > MAX_NAME_LENGTH || /^all rights/iu.test(name)) return null;
  // A bare "Copyright" is a word, not a notice ("Copyright and Trade Mark Notice", a link to the
  // site's terms); and a name in lower case is a brand or a name ("© spiked", "© jane roe"), not
  // a phrase ("© 2008 owned by or licensed to …").
  const words = name.split(/\s+/u);
  if (/^\p{Ll}/u.test(name) && (!(marked || dated) || words.length > LOWER_CASE_NAME_WORDS || words.some((w) => PHRASE_WORDS.test(w)))) return null;
  return name;
}

const LOWER_CASE_NAME_WORDS = 3;
// Words of a phrase, not of a name.
const PHRASE_WORDS = /^(?:by|or|and|to|from|under|is|are|was|for|with)$/u;
