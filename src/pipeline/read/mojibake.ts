// UTF-8 text that was once decoded as Windows-1252 and saved again ("Kosovoâ€™s", "RÃ¼cker"):
// a browser or crawler that guessed the wrong encoding. Each run of characters that are exactly
// the Windows-1252 reading of a UTF-8 sequence is turned back into that sequence's character.
// Runs that do not decode as UTF-8 are left as they are, so correct text is never touched.

// Windows-1252's characters in 0x80–0x9F, by byte; the five bytes it leaves undefined read as the C1 controls.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const BYTE_OF = new Map<string, number>([...CP1252_HIGH].map((c, i) => [c, 0x80 + i]));
const CONTINUATION = `[\\u00a0-\\u00bf${CP1252_HIGH}]`;
// A lead byte followed by as many continuation bytes as it announces (one for Â–ß, two for à–ï, three for ð–ô), as Windows-1252 shows them.
const SEQUENCE = new RegExp(`[\\u00c2-\\u00df]${CONTINUATION}|[\\u00e0-\\u00ef]${CONTINUATION}{2}|[\\u00f0-\\u00f4]${CONTINUATION}{3}`, 'gu');
const decoder = new TextDecoder('utf-8', { fatal: true });
const PLAUSIBLE = /^[\u00a0-\u024f\u0370-\u052f\u2000-\u206f\u20a0-\u20cf\u2100-\u214f]$/u;

function byteOf(c: string): number | undefined {
  const code = c.codePointAt(0)!;
  return code >= 0xa0 && code <= 0xff ? code : BYTE_OF.get(c);
}

/** The text with mis-decoded UTF-8 sequences restored, and how many were restored. */
export function repairMojibake(text: string): { text: string; repaired: number } {
  if (!/[\u00c2-\u00f4]/.test(text)) return { text, repaired: 0 };
  let repaired = 0;
  const fixed = text.replace(SEQUENCE, (run) => {
    const bytes = [...run].map(byteOf);
    if (bytes.some((b) => b === undefined)) return run;
    try {
      const char = decoder.decode(new Uint8Array(bytes as number[]));
      // One character back, of the ranges text is written in (Latin, Greek, Cyrillic, punctuation,
      // currency): "ß»" in German reads as an NKo letter, which no page meant.
      if ([...char].length !== 1 || !PLAUSIBLE.test(char)) return run;
      repaired++;
      return char;
    } catch {
      return run;
    }
  });
  return { text: fixed, repaired };
}
