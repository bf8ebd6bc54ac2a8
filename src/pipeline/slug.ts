import { createHash } from 'node:crypto';
import slugify from '@sindresorhus/slugify';
import type GithubSlugger from 'github-slugger';

/**
 * The longest name, in UTF-8 bytes, the pipeline derives from text: a source slug, an entity id,
 * a heading anchor. File systems refuse a file name over 255 bytes (ENAMETOOLONG), and the
 * temporary file each output is first written to adds about 20; 100 leaves room for both and
 * keeps every slug a real title gives (date, outlet, eight words) as it was.
 */
export const MAX_NAME_BYTES = 100;
/** An outlet's share of a source slug, so that a long outlet name leaves room for the title. */
const MAX_OUTLET_BYTES = 40;
/** Length of the hash that keeps shortened names apart. */
const HASH_LENGTH = 8;

/**
 * A page slug from date, outlet and title: ASCII, lower case, at most eight title words and
 * MAX_NAME_BYTES. A title with no letters that romanise (Chinese, Japanese) is stood for by a
 * short hash of it, so that its page is not named "untitled".
 */
export function slugOf(date: string | null, outlet: string | null, title: string): string {
  const titleWords = slugify(title).split('-').filter(Boolean).slice(0, 8).join('-');
  const outletPart = outlet ? boundName(slugify(outlet), MAX_OUTLET_BYTES) : null;
  const titlePart = titleWords || (/\p{L}/u.test(title) ? shortHash(title) : 'untitled');
  return boundName([date ?? 'undated', outletPart, titlePart].filter(Boolean).join('-'));
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, HASH_LENGTH);
}

/**
 * A name of at most `max` UTF-8 bytes. A longer one is cut at a word boundary ("-") where there
 * is one and gets a short hash of the whole name, so that two names cut to the same words stay apart.
 */
export function boundName(name: string, max = MAX_NAME_BYTES): string {
  if (Buffer.byteLength(name) <= max) return name;
  const hash = shortHash(name);
  const head = cutAtWord(prefixOfBytes(name, max - HASH_LENGTH - 1));
  return head ? `${head}-${hash}` : hash;
}

/** The longest prefix of whole characters that fits in `bytes` UTF-8 bytes. */
function prefixOfBytes(text: string, bytes: number): string {
  let used = 0;
  let end = 0;
  for (const char of text) {
    used += Buffer.byteLength(char);
    if (used > bytes) break;
    end += char.length;
  }
  return text.slice(0, end);
}

/** The prefix without a word cut in half: back to the last "-" when one stands in its second half; no trailing "-". */
function cutAtWord(prefix: string): string {
  const boundary = prefix.lastIndexOf('-');
  const cut = boundary > prefix.length / 2 ? prefix.slice(0, boundary) : prefix;
  return cut.replace(/-+$/, '');
}

/** A heading's anchor: the slug GitHub and Astro give it, bounded. The ingest and the site's renderer both call this, so they agree. */
export function headingAnchor(slugger: GithubSlugger, text: string): string {
  return boundName(slugger.slug(text));
}

/** Makes slugs unique in order of appearance: the second "x" becomes "x-2" (bounded like every name). */
export function uniqueSlugs(slugs: string[]): string[] {
  const seen = new Set<string>();
  return slugs.map((slug) => {
    let candidate = slug;
    for (let n = 2; seen.has(candidate); n++) candidate = boundName(`${slug}-${n}`);
    seen.add(candidate);
    return candidate;
  });
}
