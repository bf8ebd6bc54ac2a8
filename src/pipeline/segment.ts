// Segment stage: the kept lines become blocks with anchors a citation can rely on. A paragraph's
// id comes from its own text, so it survives re-ingests and cleaner changes elsewhere on the
// page; a heading's id is the slug Astro gives the same heading, so both agree (bounded in
// length, see headingAnchor).
import { createHash } from 'node:crypto';
import GithubSlugger from 'github-slugger';
import { dateLine } from './dates.ts';
import { headingAnchor } from './slug.ts';
import type { Block, KeptLine } from './types.ts';

/** Segment stage: kept lines → headings and paragraphs with stable, unique anchor ids. */
export function segment(kept: KeptLine[]): Block[] {
  const slugger = new GithubSlugger();
  // How many paragraphs so far had each text: the next copy's suffix, without searching for it
  // (searching made a page of 50,000 identical lines take minutes).
  const copies = new Map<string, number>();
  return kept.map((line): Block => {
    if (line.role === 'heading') {
      const datetime = line.time ? dateLine(line.time)?.iso : undefined;
      return {
        id: headingAnchor(slugger, line.text),
        type: 'heading',
        text: line.text,
        topics: [],
        ...(line.time ? { time: line.time } : {}),
        ...(datetime ? { datetime } : {}),
      };
    }
    const base = `p-${createHash('sha256').update(line.text).digest('hex').slice(0, 8)}`;
    const copy = (copies.get(base) ?? 0) + 1;
    copies.set(base, copy);
    return { id: copy === 1 ? base : `${base}-${copy}`, type: 'paragraph', text: line.text, topics: [] };
  });
}
