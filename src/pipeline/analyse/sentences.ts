// Sentences and who they are attributed to: shared by the figure and quote extractors.

const SPEECH = String.raw`(?:said|says|claimed|claims|told|reported|warned|confirmed|estimated|accused|added)`;
const SPEAKER_BEFORE = new RegExp(String.raw`(?:^|[,;"”]\s*)([^,;"“”]{2,80}?)\s+(?:has |have |had )?(?:\w+ly )?${SPEECH}\b`, 'i');
const SPEAKER_AFTER = new RegExp(String.raw`\b${SPEECH}\s+((?:the )?(?:\p{Lu}[\p{L}'’.-]*\s?){1,4})`, 'u');

/** Who a sentence attributes its statement to: "according to X", "X said", "said X". */
export function speakerOf(sentence: string, previous: string | null): string | null {
  const according = /according to (?!(?:his|her|their|its|our|my|some|these|those)\b)([^,.;]+)/i.exec(sentence);
  if (according) return tidy(according[1]!);
  const before = SPEAKER_BEFORE.exec(sentence);
  if (before) {
    const who = tidy(before[1]!.replace(/^(?:and|but|while|as)\s+/i, ''));
    if (/^(?:he|she|they)$/i.test(who)) return previous;
    if (/^[\p{Lu}"]/u.test(who) || /\b(?:officials?|source|agency|governor|ministry|staff|military|president|spokesperson)\b/i.test(who)) return who;
  }
  const after = SPEAKER_AFTER.exec(sentence);
  return after ? tidy(after[1]!) : null;
}

function tidy(who: string): string {
  return who.replace(/^(?:the|a|an)\s+/i, '').replace(/\s+/g, ' ').trim();
}

/** Splits a paragraph into sentences (a full stop, then a capital). */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?]["”’]?)\s+(?=["“]?\p{Lu})/u).filter(Boolean);
}

