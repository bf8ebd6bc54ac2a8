// Gallery pass: a photo essay's text is its captions. In the part of a saved page an extractor
// took for the article, three captions or more, each a sentence (with its credit), that together
// outweigh the paragraphs around them are what the page says: they are kept as its paragraphs.
// So are they on a page read whole (a text dump) under an introduction of a few paragraphs.
// Anywhere else a caption belongs to its photo, beside the article, and goes to the audit. A part
// that holds captions and no paragraph at all is more likely a story's slideshow the extractor
// took for the story: the page is then read whole (see cleanPage), and the captions stay out;
// unless the page read whole holds no sentence either, when the captions are all the text it has.
import type { Line } from './line.ts';
import { wordCount } from './shapes.ts';

const MIN_CAPTIONS = 3;
// A caption that says something: a sentence of a few words, not a credit or a label.
const CAPTION_MIN_WORDS = 8;
// On a page read whole (a text dump), a photo essay has at most this many paragraphs beside its captions.
const WHOLE_PAGE_INTRO_PARAGRAPHS = 3;
// A sentence's end anywhere in the caption, not only at its end (endsSentence): a caption goes on
// with its credit, "… at low tide. Photo: Ada Rowe", "… in 2012. (AP Photo/Jane Roe)". Tried as
// endsSentence or SENTENCE_INSIDE instead, Dragnet's HTML body F1 fell from 0.8548 to 0.8538.
const SENTENCE_END = /\p{L}[.!?](?:["'”»)]*)(?:\s|$)/u;

/**
 * Indices of the captions in lines [start, end) that are a gallery's text; empty when they are not.
 * `alone`: the page holds no other text, so even one caption, with no paragraph beside it, is it.
 * `wholePage`: the lines are a page read whole, not the part an extractor took for the article.
 */
export function galleryCaptions(lines: Line[], start: number, end: number, { alone = false, wholePage = false } = {}): number[] {
  const captions: number[] = [];
  let captionWords = 0;
  let proseWords = 0;
  let proseLines = 0;
  for (let i = Math.max(0, start); i < end; i++) {
    const l = lines[i]!;
    if (l.verdict || l.heading) continue;
    const words = wordCount(l.text);
    if (l.shape === 'prose') {
      proseWords += words;
      proseLines++;
    } else if ((l.shape === 'caption' || l.shape === 'photo-credit') && words >= CAPTION_MIN_WORDS && SENTENCE_END.test(l.text)) {
      captions.push(i);
      captionWords += words;
    }
  }
  if (alone) return captions;
  // Read whole, a page can hold a story and its slideshow after it, whose captions run longer
  // than the story; a photo essay's own paragraphs are an introduction of a few.
  if (wholePage && proseLines > WHOLE_PAGE_INTRO_PARAGRAPHS) return [];
  return captions.length >= MIN_CAPTIONS && proseWords > 0 && captionWords > proseWords ? captions : [];
}
