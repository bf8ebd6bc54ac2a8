// Hostile pages made in code: huge, one-line, capitalised, exotic-character, many-line, deeply
// nested and long-titled pages. The words are this file's own; a seeded generator makes every
// run produce the same bytes, so a failure can be reproduced by writing the pages out.

/** A small deterministic generator (mulberry32): the same seed gives the same pages. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOUNS = 'council depot river bridge village convoy drone brigade harbour report officer station rail line field road market tower fuel supply winter border'.split(' ');
const VERBS = 'said reported confirmed described estimated denied announced recorded'.split(' ');
const ADJECTIVES = 'northern quiet small burning damaged distant local regional heavy early'.split(' ');
const SYLLABLES = 'ka ro mi vel und os tra bel gor ni sa len dor vik ta mar ul ze fen hal'.split(' ');

/** The word with a capital first letter. */
function capitalise(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

/** Picks one item. */
function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

/** A made-up proper name of two or three syllables ("Velosa"), capitalised. */
export function madeUpName(next: () => number): string {
  return capitalise(Array.from({ length: 2 + Math.floor(next() * 2) }, () => pick(next, SYLLABLES)).join(''));
}

/** One plain sentence of the generator's own words, with a number and a name in it. */
export function sentence(next: () => number): string {
  const n = 1 + Math.floor(next() * 900);
  return `The ${pick(next, ADJECTIVES)} ${pick(next, NOUNS)} near ${madeUpName(next)} was hit on Monday, and officials ${pick(next, VERBS)} that ${n} people had left the ${pick(next, NOUNS)}.`;
}

/** A paragraph of `count` sentences. */
export function paragraph(next: () => number, count: number): string {
  return Array.from({ length: count }, () => sentence(next)).join(' ');
}

/** A page as a plain-text dump: a headline, then paragraphs separated by blank lines. */
export function textPage(title: string, paragraphs: string[]): string {
  return `${title}\n\n${paragraphs.join('\n\n')}\n`;
}

/** `count` capitalised words in a row: a headline in capitals, a list of names without commas. */
export function capitalisedRun(next: () => number, count: number): string {
  return Array.from({ length: count }, () => madeUpName(next)).join(' ');
}

/** UTF-8 bytes of the text. */
export function utf8(text: string): Buffer {
  return Buffer.from(text, 'utf8');
}

/** The text as UTF-16LE with a byte-order mark, with one lone high surrogate spliced in. */
export function utf16WithLoneSurrogate(text: string): Buffer {
  const body = Buffer.from(text, 'utf16le');
  const half = body.length / 2 - ((body.length / 2) % 2);
  return Buffer.concat([Buffer.from([0xff, 0xfe]), body.subarray(0, half), Buffer.from([0x3d, 0xd8]), body.subarray(half)]);
}

/** The text as UTF-8 with a surrogate code point encoded as UTF-8 would never encode it (ED A0 80). */
export function utf8WithEncodedSurrogate(text: string): Buffer {
  const body = utf8(text);
  const half = Math.floor(body.length / 2);
  const at = body.indexOf(0x20, half);
  return Buffer.concat([body.subarray(0, at), Buffer.from([0xed, 0xa0, 0x80]), body.subarray(at)]);
}

/** An HTML page whose article sits `depth` <div>s deep. */
export function nestedHtml(next: () => number, depth: number): string {
  const body = `<h1>Deeply nested page on the depot fire</h1><p>${paragraph(next, 4)}</p><p>${paragraph(next, 3)}</p>`;
  return `<!doctype html><html lang="en"><head><title>Deeply nested page</title></head><body>${'<div>'.repeat(depth)}${body}${'</div>'.repeat(depth)}</body></html>`;
}

/** Two pages quoting versions of one long statement that differ in every seventh word. */
function longQuotePages(next: () => number, words: number): Record<string, Buffer> {
  const statement = Array.from({ length: words }, () => madeUpName(next).toLowerCase());
  const other = statement.map((w, i) => (i % 7 === 0 ? madeUpName(next).toLowerCase() : w));
  const page = (quote: string[]) => utf8(textPage('A long statement read out', [paragraph(next, 2), `"${quote.join(' ')}," Anna Bell said.`]));
  return { 'long-quote-a.txt': page(statement), 'long-quote-b.txt': page(other) };
}

/** Every hostile page by file name; `scale` shrinks the big ones for quick runs (1 = full size). */
export function hostilePages(scale = 1): Record<string, Buffer> {
  const next = random(20240815);
  const sized = (n: number) => Math.max(1, Math.round(n * scale));
  const prose = (count: number) => Array.from({ length: count }, () => paragraph(next, 5));
  const longWord = (n: number) => Array.from({ length: n }, () => madeUpName(next).toLowerCase()).join('');

  return {
    // About 6 MB: ten thousand paragraphs of five sentences.
    'huge.txt': utf8(textPage('Officials report on the depot fires across the region', prose(sized(10_000)))),
    // One line of a megabyte: no line breaks, no blank lines, sentences without end.
    'one-line.txt': utf8(Array.from({ length: sized(9_500) }, () => sentence(next)).join(' ')),
    // Runs of sixty and more capitalised words, as a headline in capitals or a list of names.
    'capitalised-runs.txt': utf8(
      textPage('Names read out at the council meeting on Monday', [
        ...Array.from({ length: 20 }, (_, i) => `${capitalisedRun(next, 60 + i * 7)} were named by the council on Monday, officials said.`),
        `The list ended with ${capitalisedRun(next, 80)}.`,
        capitalisedRun(next, 120),
        paragraph(next, 3),
      ]),
    ),
    'emoji-only.txt': utf8(Array.from({ length: 200 }, (_, i) => String.fromCodePoint(0x1f300 + (i % 400), 0x200d, 0x1f525)).join(' ')),
    // Letters under towers of combining marks.
    'combining-marks.txt': utf8(textPage('Combining marks over every letter of this headline'.replace(/\p{L}/gu, (c) => `${c}\u0301\u0308\u0323\u0330`), prose(5).map((p) => p.replace(/[aeiou]/g, (c) => `${c}${'\u0300\u0301\u0302\u0303'.repeat(8)}`)))),
    // Hebrew and Arabic letters with bidirectional overrides and isolates.
    'rtl.txt': utf8(
      textPage(
        '\u202eשלום עולם הכותרת\u202c',
        Array.from({ length: 8 }, (_, i) => `\u2067${'ابتثجحخدذرزسشصضطظعغفقكلمنهوي'.slice(i, i + 12)} ${'אבגדהוזחטיכלמנסעפצקרשת'.slice(i, i + 9)}\u2069 ${sentence(next)} \u202e${sentence(next)}\u202c`),
      ),
    ),
    // Zero-width spaces, joiners, word joiners and soft hyphens inside and between the words.
    'zero-width.txt': utf8(textPage('Zero\u200bwidth\u200c headline\u200d about\u2060 the\u00ad depot', prose(6).map((p) => p.replace(/ /g, ' \u200b\u2060').replace(/e/g, 'e\u00ad\u200d')))),
    'zero-width-only.txt': utf8('\u200b\u200c\u200d\u2060\ufeff\u00ad'.repeat(2000)),
    'lone-surrogate-utf16.txt': utf16WithLoneSurrogate(textPage('A page with a lone surrogate in its UTF-16', prose(4))),
    // Accented and Cyrillic text around the surrogate: read as a legacy encoding, all of it would be mojibake.
    'encoded-surrogate-utf8.txt': utf8WithEncodedSurrogate(textPage('A page with an encoded surrogate in its UTF-8', prose(4).map((p) => p.replace(/ near /g, ' near the café in Київ — ')))),
    // NUL bytes at the start, and NUL bytes only after the first 64 KiB.
    'nul-bytes.txt': Buffer.concat([utf8('A page with NUL bytes\n\n'), Buffer.alloc(64), utf8(prose(3).join('\n\n'))]),
    'late-nul-bytes.txt': Buffer.concat([utf8(textPage('A page whose NUL bytes come late', prose(150))), Buffer.from([0, 0, 0, 0x0a]), utf8(paragraph(next, 3))]),
    // Fifty thousand lines of one to three characters.
    'tiny-lines.txt': utf8(`Tiny lines all the way down the page\n${Array.from({ length: sized(50_000) }, (_, i) => (i % 7 === 0 ? '' : pick(next, ['a', 'I', 'ok', '.', '-', '42', 'é', '…'])) ).join('\n')}\n${paragraph(next, 3)}\n`),
    'deep.html': utf8(nestedHtml(next, 5_000)),
    // Markdown nested a thousand levels by indentation, and five thousand by quote markers.
    'deep-list.md': utf8(`# A deeply nested list\n\n${paragraph(next, 3)}\n\n${Array.from({ length: 1_000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')}\n`),
    'deep-quote.md': utf8(`# A deeply nested quote\n\n${paragraph(next, 3)}\n\n${'> '.repeat(5_000)}${paragraph(next, 2)}\n`),
    // One paragraph five thousand times over.
    'repeated-paragraph.txt': utf8(textPage('One paragraph over and over', Array.from({ length: 5_000 }, () => 'The council said on Monday that the depot near the river had burned overnight and that forty people had left.'))),
    // A dated page of five thousand different sentences about the same Monday.
    'same-day.txt': utf8(textPage('Everything that happened on Monday', ['By Anna Bell', 'December 14, 2024', ...Array.from({ length: 1_000 }, () => Array.from({ length: 5 }, () => `${madeUpName(next)} ${Array.from({ length: 6 }, () => madeUpName(next).toLowerCase()).join(' ')} happened on Monday.`).join(' '))])),
    // Lines of 100,000 characters of one pattern each: markup, capitals, figures.
    'pattern-lines.txt': utf8(textPage('Lines of one pattern', [paragraph(next, 2), ...['[', '**x ', '#', 'REUTERS ', 'AB ', '5 km ', '5% ', '12 drones ', 'Montag, ', 'last week '].map((atom) => atom.repeat(Math.ceil(100_000 / atom.length))), paragraph(next, 2)])),
    // Four thousand people named on one page.
    'many-people.txt': utf8(textPage('Officials named in the report', Array.from({ length: 4_000 }, () => `Governor ${madeUpName(next)} ${madeUpName(next)}${madeUpName(next).toLowerCase()} said the depot was hit.`))),
    // Two versions of one 30,000-word statement, a seventh of their words apart.
    ...longQuotePages(next, 30_000),
    // A headline of very long words, and a Markdown page whose outlet, title and names are long.
    // Capitalised as a headline is: an all-lower-case line above a lead is a menu or a language switcher, not a headline.
    'long-title.txt': utf8(textPage(Array.from({ length: 12 }, () => capitalise(longWord(20))).join(' '), prose(3))),
    'long-names.md': utf8(
      `---\ntitle: ${JSON.stringify(Array.from({ length: 40 }, () => madeUpName(next)).join(' '))}\noutlet: ${JSON.stringify(Array.from({ length: 30 }, () => madeUpName(next)).join(' '))}\npublished: 2024-12-01\n---\n\n## ${capitalisedRun(next, 70)}\n\n${paragraph(next, 4)}\n\n## ${longWord(120)}\n\n${paragraph(next, 4)}\n\nPresident ${capitalise(longWord(60))} ${capitalise(longWord(60))} said the depot was hit.\n`,
    ),
  };
}
