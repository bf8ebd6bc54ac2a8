// Tag stage: a paragraph gets a topic when it states something about it. Each topic's match
// rule is a list of term groups; a passing mention hits one group, a statement hits them all
// ("North Korean" and "troops"; "oil" and "drone").
import type { Block, Topic } from './types.ts';

const compiled = new WeakMap<Topic, RegExp[]>();

/** Tag stage: blocks → blocks with their topics; returns the article's topics (the union, in topic order). */
export function tagBlocks(blocks: Block[], topics: Topic[]): { blocks: Block[]; topics: string[] } {
  const tagged = blocks.map((block) => (block.type === 'paragraph' ? { ...block, topics: topicsOf(block.text, topics) } : block));
  const used = new Set(tagged.flatMap((b) => b.topics));
  return { blocks: tagged, topics: topics.map((t) => t.id).filter((id) => used.has(id)) };
}

/** The ids of the topics a paragraph states something about. */
export function topicsOf(text: string, topics: Topic[]): string[] {
  const folded = fold(text);
  return topics.filter((topic) => groupsOf(topic).every((group) => group.test(folded))).map((t) => t.id);
}

function groupsOf(topic: Topic): RegExp[] {
  let groups = compiled.get(topic);
  if (!groups) {
    groups = topic.all.map((group) => new RegExp(group.flatMap((term) => spellings(term, topic)).map(termPattern).join('|'), 'u'));
    compiled.set(topic, groups);
  }
  return groups;
}

/**
 * The spellings a text does not use for names it does use, from the topics' variant lists
 * ("Stalnoi Kon" → "Stalnoy Kon"): printed on the page, they let search find it by any spelling.
 */
export function otherSpellings(text: string, topics: Topic[]): string[] {
  const folded = fold(text);
  const found = new Set<string>();
  for (const topic of topics) {
    for (const set of topic.variants) {
      const used = set.filter((spelling) => variantPattern(spelling).test(folded));
      if (used.length) for (const spelling of set) if (!used.includes(spelling)) found.add(spelling);
    }
  }
  return [...found];
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
  const escaped = fold(prefix ? term.slice(0, -1) : term)
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ /g, '\\s+');
  return `(?<![\\p{L}\\p{N}])${escaped}${prefix ? '[\\p{L}\\p{N}]*' : ''}(?![\\p{L}\\p{N}])`;
}

/** Lower case, without accents, with one kind of apostrophe: how text and terms are compared. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").toLowerCase();
}
