// Which query words a page's text holds, and the nearest words offered for one that none holds.
import { stemmer } from '@orama/stemmers/english';
import { describe, expect, it } from 'vitest';
import { foldWord, holdsWord, missingWords, nearestWords, pageWords, queryWords } from '../../src/site/search/held-words.ts';

const TEXT = 'The governor of Oryol, Andrei Klychkov, said drones struck the Stalnoi Kon terminal. North-Korean troops — “a few” — took part. Зеленський подякував.';

describe('foldWord and queryWords', () => {
  it('fold case, accents and punctuation as Pagefind does, in any script', () => {
    expect(foldWord('Klychkov,')).toBe('klychkov');
    expect(foldWord('Zelenský')).toBe('zelensky');
    // Pagefind takes the breve off й too; folded on both sides alike, the words still meet.
    expect(foldWord('«Стальной')).toBe('стальнои');
    expect(foldWord('Зеленський')).toBe(foldWord('ЗЕЛЕНСЬКИЙ'));
    expect(queryWords('  Stalnoi   Kon — ')).toEqual(['stalnoi', 'kon']);
  });
});

describe('holdsWord', () => {
  const words = pageWords(TEXT);
  const holds = (q: string) => holdsWord(words, foldWord(q), stemmer);

  it('holds a word of the text, and a prefix of it the reader is still typing', () => {
    for (const q of ['Klychkov', 'Kly', 'Klych', 'Klychk', 'Oryol', 'terminal', 'Зеленський', 'Зелен']) expect(holds(q), q).toBe(true);
  });

  it('holds a word by its stem ("governors" for "governor") or by its beginning ("drone" for "drones")', () => {
    expect(holds('drone')).toBe(true);
    expect(holds('terminals')).toBe(true);
    expect(holds('governors')).toBe(true);
  });

  it('holds both parts of a hyphenated word, and the whole', () => {
    for (const q of ['North', 'Korean', 'NorthKorean', 'north-korean']) expect(holds(q), q).toBe(true);
  });

  it('does not hold a word of which the text has only a shorter prefix: Pagefind’s substitutes', () => {
    // Pagefind answers "Avatar" with the pages holding "a", "Tsurkan" with those holding "t…".
    for (const q of ['Avatar', 'Tsurkan', 'Naftogaz', 'Klychkova', 'Oryolsk']) expect(holds(q), q).toBe(false);
  });

  it('lists the query words a text misses', () => {
    expect(missingWords(TEXT, queryWords('Kursk Klychkov Avatar'), stemmer)).toEqual(['kursk', 'avatar']);
    expect(missingWords(TEXT, queryWords('Stalnoi Kon'), stemmer)).toEqual([]);
  });
});

describe('nearestWords', () => {
  const written = TEXT.split(/\s+/);

  it('offers the words a typo or two away, as the page writes them, closest first', () => {
    expect(nearestWords('klychkova', written)).toEqual(['Klychkov']);
    expect(nearestWords('oriol', written)).toEqual(['Oryol']);
    // A transposed pair is two edits: allowed in a word of five letters or more.
    expect(nearestWords('stalnio', written)).toEqual(['Stalnoi']);
  });

  it('offers nothing for a word far from every word of the text, nor for a word of three letters', () => {
    expect(nearestWords('tsurkan', written)).toEqual([]);
    expect(nearestWords('kin', written)).toEqual([]);
  });

  it('allows one edit in a word of four letters, not two', () => {
    expect(nearestWords('kona', ['Kon', 'Kong', 'Kino'])).toEqual(['Kon', 'Kong']);
  });

  it('ranks by edits, then by how often the pages write the word', () => {
    expect(nearestWords('strikez', ['striker', 'strikes', 'strike', 'strikes', 'strikers'])).toEqual(['strikes', 'strike', 'striker', 'strikers']);
  });
});
