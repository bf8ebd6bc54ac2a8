// The outlet's name as the page prints it, recognised because the page's own address spells it:
// "Euromaidan Press" on euromaidanpress.com, "Censor.NET" on censor.net, "The Jerusalem Post" on
// jpost.com, "Süddeutsche Zeitung" on sueddeutsche.de, "Радіо Свобода" on radiosvoboda.org.
// Nothing here knows any outlet: it compares the letters of printed names with the host's.
import transliterate from '@sindresorhus/transliterate';
import { UKRAINIAN_ROMANISATION as UKRAINIAN } from '../romanise.ts';
import { parse } from 'tldts';

/** The parts of a host a name may spell: the registrable label ("alarabiya"), its subdomains ("japannews"), the suffix's letters ("net"). */
export interface HostParts {
  host: string;
  labels: string[];
  suffix: string;
}

// Subdomains that name a language, an edition or a device, never the outlet.
const GENERIC_SUBDOMAINS = new Set('www m mobile amp en eng english rus ru es fr de ua uk it pl cs api a web war news edition international world beta'.split(' '));
// Words a site adds to its name in its address ("timesnownews", "koreadailyus").
const ADDRESS_SUFFIXES = ['news', 'online', 'tv', 'media', 'info', 'daily', 'today', 'live', 'us', 'uk', '24'];
// Articles a printed name may begin with and its address leaves out ("The Irish Times", "L'Unione Sarda").
const LEADING_ARTICLES = new Set(['the', 'l', 'la', 'le', 'les', 'el', 'il', 'lo', 'die', 'der', 'das']);
const CONNECTORS = new Set(['and', 'of', 'de', 'du', 'des', 'la', 'di', 'del', 'und', 'y', 'et', '&']);
const MAX_WORDS = 5;

/** The address's host as it is written (an IP address too), without "www."; null for an address without one. */
export function hostOf(url: string | null): string | null {
  return url ? (parse(url).hostname?.replace(/^www\./, '') ?? null) : null;
}

/** The host's parts, or null for an address without a registrable domain. */
export function hostParts(url: string | null): HostParts | null {
  if (!url) return null;
  const parsed = parse(url);
  if (!parsed.hostname || !parsed.domainWithoutSuffix) return null;
  const subdomains = (parsed.subdomain ?? '').split('.').filter((s) => s && !GENERIC_SUBDOMAINS.has(s));
  return {
    host: parsed.hostname.replace(/^www\./, ''),
    labels: [parsed.domainWithoutSuffix, ...subdomains].map(letters).filter((l) => l.length >= 2),
    suffix: letters(parsed.publicSuffix ?? ''),
  };
}


// Romanising is the matcher's main cost, and pages repeat their words: each word is romanised once per run, up to a bound.
const romanised = new Map<string, string[]>();
const ROMANISED_LIMIT = 50_000;

/** The letters and digits of a word in lower-case ASCII, in each romanisation it may have in an address. */
function keys(word: string): string[] {
  let found = romanised.get(word);
  if (!found) {
    const plain = /^[\x00-\x7f]*$/.test(word) ? letters(word) : letters(transliterate(word));
    found = /\p{Script=Cyrillic}/u.test(word) ? [...new Set([plain, letters(transliterate(word, { customReplacements: UKRAINIAN }))])] : [plain];
    if (romanised.size >= ROMANISED_LIMIT) romanised.clear();
    romanised.set(word, found);
  }
  return found;
}

/** The keys of a phrase: its words' keys joined, in the first and in the last romanisation. */
function phraseKeys(words: string[]): string[] {
  const each = words.map(keys);
  return [...new Set([each.map((k) => k[0]).join(''), each.map((k) => k.at(-1)).join('')])];
}

function letters(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** True when the host spells these words (each word's letters in `words`, `key` all of them). */
function spells(parts: HostParts, key: string, words: string[]): boolean {
  // One letter is a word ("A fire broke out"), never a name, even where the address reads "anews".
  if (key.length < 2) return false;
  for (const label of parts.labels) {
    if (key === label || key === label + parts.suffix) return true;
    if (ADDRESS_SUFFIXES.some((s) => label === key + s)) return true;
    // "Süddeutsche Zeitung" on sueddeutsche.de: the address spells all but a last word (not the
    // name's first word again, where a masthead prints the name twice: "Harbour News Harbour").
    if (words.length >= 2 && words.slice(0, -1).join('') === label && words.at(-1) !== words[0]) return true;
    if (words.length >= 2 && label.length >= 4 && abbreviates(label, words)) return true;
  }
  return false;
}

/** True when the label is a prefix of each word in turn, every word used, one of them at least three letters ("jpost": Jerusalem Post). */
function abbreviates(label: string, words: string[]): boolean {
  const go = (at: number, w: number, long: boolean): boolean => {
    if (w === words.length) return at === label.length && long;
    const word = words[w]!;
    for (let n = Math.min(word.length, label.length - at); n >= 1; n--) {
      if (label.startsWith(word.slice(0, n), at) && go(at + n, w + 1, long || n >= 3)) return true;
    }
    return false;
  };
  return go(0, 0, false);
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.'’&-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/** Words of a printed name as the address would spell them: split at hyphens, dots and apostrophes, leading article dropped. */
function nameWords(tokens: string[]): string[] {
  const words = tokens.flatMap((t) => t.split(/[-.'’]/)).map((w) => keys(w)[0]!).filter(Boolean);
  return words.length > 1 && LEADING_ARTICLES.has(words[0]!) ? words.slice(1) : words;
}

/** A printed phrase can be a name: it starts with a capital or a digit, and its inner lower-case words are connectors. */
function nameShaped(tokens: string[]): boolean {
  const capital = (t: string) => /^[\p{Lu}\p{N}]/u.test(t) || /^\p{Ll}+\p{Lu}/u.test(t); // "iScanInfo"
  if (!capital(tokens[0]!) || !capital(tokens.at(-1)!)) return false;
  return tokens.every((t) => capital(t) || CONNECTORS.has(t.toLowerCase()));
}

/**
 * The name the page prints for itself that its address spells, with how often it is printed;
 * at each place the longest such name counts. Null when no printed name matches the host.
 */
export function nameSpeltByHost(lines: string[], parts: HostParts): { name: string; count: number } | null {
  const tally = new Map<string, { forms: Map<string, number>; words: number; count: number }>();
  // Every rule makes the name's first word start as the label does: other words are passed over at once.
  const initials = new Set(parts.labels.map((l) => l[0]!));
  const articles = new Set([...LEADING_ARTICLES]);
  for (const line of lines) {
    const tokens = [...line.matchAll(TOKEN)];
    for (let i = 0; i < tokens.length; i++) {
      const heads = keys(tokens[i]![0]);
      const nexts = tokens[i + 1] ? keys(tokens[i + 1]![0]) : [];
      const starts = (ks: string[]) => ks.some((k) => initials.has(k[0]!));
      if (!starts(heads) && !(heads.some((h) => articles.has(h)) && starts(nexts))) continue;
      let best: string | null = null;
      let bestWords = 0;
      for (let n = 1; n <= MAX_WORDS && i + n <= tokens.length; n++) {
        // Only words printed side by side make one name.
        const prev = tokens[i + n - 2];
        const cur = tokens[i + n - 1]!;
        if (n > 1 && line.slice(prev!.index! + prev![0].length, cur.index).trim() !== '') break;
        // A possessive is the name's, not part of it ("The Kyiv Independent’s reporters").
        const printed = tokens.slice(i, i + n).map((t, k) => (k === n - 1 ? t[0].replace(/['’]s$/u, '') : t[0]));
        const words = nameWords(printed);
        const exact = n === 1 && keys(printed[0]!).some((k) => parts.labels.includes(k));
        if (!exact && !nameShaped(printed)) continue;
        if (exact || phraseKeys(printed).some((k) => spells(parts, k, words))) {
          best = line.slice(tokens[i]!.index, cur.index! + printed.at(-1)!.length);
          bestWords = n;
        }
      }
      if (!best) continue;
      const key = phraseKeys([best])[0]!;
      const entry = tally.get(key) ?? { forms: new Map(), words: bestWords, count: 0 };
      entry.count++;
      entry.forms.set(best, (entry.forms.get(best) ?? 0) + 1);
      tally.set(key, entry);
      i += bestWords - 1;
    }
  }
  let winner: { name: string; count: number; words: number } | null = null;
  for (const entry of tally.values()) {
    const name = [...entry.forms].sort((a, b) => b[1] - a[1])[0]![0];
    if (!winner || entry.count > winner.count || (entry.count === winner.count && entry.words > winner.words)) winner = { name, count: entry.count, words: entry.words };
  }
  return winner && { name: winner.name, count: winner.count };
}
