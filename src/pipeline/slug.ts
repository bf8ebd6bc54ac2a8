import slugify from '@sindresorhus/slugify';

/** A page slug from date, outlet and title: ASCII, lower case, at most eight title words. */
export function slugOf(date: string | null, outlet: string | null, title: string): string {
  const titleWords = slugify(title).split('-').filter(Boolean).slice(0, 8).join('-');
  return [date ?? 'undated', outlet ? slugify(outlet) : null, titleWords || 'untitled'].filter(Boolean).join('-');
}

/** Makes slugs unique in order of appearance: the second "x" becomes "x-2". */
export function uniqueSlugs(slugs: string[]): string[] {
  const seen = new Set<string>();
  return slugs.map((slug) => {
    let candidate = slug;
    for (let n = 2; seen.has(candidate); n++) candidate = `${slug}-${n}`;
    seen.add(candidate);
    return candidate;
  });
}
