import chardet from 'chardet';
import { InputError } from '../types.ts';
import { repairMojibake } from './mojibake.ts';

/** Bytes decoded to text, with the encoding that was used. */
export interface DecodedText {
  text: string;
  encoding: string;
}

// chardet names → WHATWG labels TextDecoder accepts. ISO-8859-1 is read as windows-1252,
// its superset, as browsers do; pages labelled Latin-1 routinely carry 1252's curly quotes.
const SINGLE_BYTE: Record<string, string> = {
  'windows-1251': 'windows-1251',
  'windows-1252': 'windows-1252',
  'ISO-8859-1': 'windows-1252',
  'ISO-8859-15': 'iso-8859-15',
  'windows-1250': 'windows-1250',
  'ISO-8859-2': 'iso-8859-2',
  'KOI8-R': 'koi8-r',
  'ISO-8859-5': 'iso-8859-5',
  'windows-1253': 'windows-1253',
  'ISO-8859-7': 'iso-8859-7',
  'windows-1254': 'windows-1254',
  'ISO-8859-9': 'windows-1254',
};

/** Decodes a raw file: BOM first, then strict UTF-8, then UTF-8 with a few broken bytes, then a detected single-byte encoding. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new InputError('empty file');
  const bom = byteOrderMark(bytes);
  if (bom) return finish(decodeWithBom(bytes.subarray(bom.length), bom), bom.name);
  if (looksBinary(bytes)) throw new InputError('binary file (NUL or control bytes), not a text article');
  try {
    return finish(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8');
  } catch {
    // Not strict UTF-8: UTF-8 with a few broken bytes, or one of the legacy single-byte encodings.
  }
  const damaged = mostlyUtf8(bytes);
  if (damaged) return finish(damaged.text, `utf-8 (${damaged.replaced} invalid byte sequence${damaged.replaced === 1 ? '' : 's'} replaced)`);
  const label = detectSingleByte(bytes);
  return finish(new TextDecoder(label).decode(bytes), label);
}

// Valid UTF-8 characters beyond ASCII per invalid sequence above which a file is UTF-8 with a few
// broken bytes. Text in a legacy encoding is nearly all invalid sequences and almost no valid ones.
const UTF8_VALID_PER_INVALID = 10;

/**
 * UTF-8 with a few bytes it cannot hold (a cut-off character, an encoded surrogate), decoded with
 * U+FFFD for those bytes; null when the file is not mostly UTF-8. Read as a legacy encoding
 * instead, one bad byte made every other non-ASCII character of the page mojibake.
 */
function mostlyUtf8(bytes: Uint8Array): { text: string; replaced: number } | null {
  const text = new TextDecoder('utf-8').decode(bytes);
  let replaced = 0;
  let valid = 0;
  let previous = '';
  for (const char of text) {
    // A run of U+FFFD is one broken sequence (an encoded surrogate gives three).
    if (char === '\uFFFD' && previous !== '\uFFFD') replaced++;
    else if (char !== '\uFFFD' && char > '\x7F') valid++;
    previous = char;
  }
  return replaced > 0 && valid >= replaced * UTF8_VALID_PER_INVALID ? { text, replaced } : null;
}

/** Decodes what follows a byte-order mark; bytes the mark's encoding cannot hold reject the file, naming the encoding. */
function decodeWithBom(bytes: Uint8Array, bom: { label: string }): string {
  try {
    return new TextDecoder(bom.label, { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`not valid ${bom.label.toUpperCase()} text despite its byte-order mark (a lone surrogate or a cut-off character)`);
  }
}

function finish(text: string, encoding: string): DecodedText {
  // Stray NULs carry nothing a reader could see; a browser drops them too.
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/\0/g, '');
  if (normalised.trim() === '') throw new InputError('empty file (only white space)');
  // A page saved after a wrong decoding shows UTF-8 as Windows-1252 ("â€™"): the characters are restored, and the encoding says so.
  const { text: restored, repaired } = repairMojibake(normalised);
  return { text: restored, encoding: repaired ? `${encoding}, ${repaired} mis-decoded character${repaired === 1 ? '' : 's'} restored` : encoding };
}

function byteOrderMark(b: Uint8Array): { label: string; name: string; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { label: 'utf-8', name: 'utf-8 (BOM)', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { label: 'utf-16le', name: 'utf-16le (BOM)', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { label: 'utf-16be', name: 'utf-16be (BOM)', length: 2 };
  return null;
}

/**
 * A file is binary when a NUL stands among its first bytes (where every binary format puts its
 * header) or more than 1% of its bytes are C0 controls other than tab/newline/CR/form feed. A few
 * stray NULs deep inside a saved page are damage, not a sign of another format.
 */
function looksBinary(b: Uint8Array): boolean {
  const sample = b.subarray(0, 65536);
  let controls = 0;
  for (const [i, byte] of sample.entries()) {
    if (byte === 0 && i < 1024) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls++;
  }
  return controls > sample.length / 100;
}

/** Asks chardet for its ranking and takes the best single-byte encoding we can decode. */
function detectSingleByte(bytes: Uint8Array): string {
  for (const guess of chardet.analyse(bytes)) {
    const label = SINGLE_BYTE[guess.name];
    if (label) return label;
  }
  return 'windows-1252';
}
