// Wire-section evidence: a republisher files an agency's copy under a section of the agency's name
// ("…/news-services/reuters/20230720-…/", "…/afp/…"). The page's address then says whose copy it is
// even where the text credits no one (a photo's credit aside).
import type { Registry } from '../registry.ts';

/** The agencies a URL's folders are named after (a whole folder, not a word of a slug); none without a URL. */
export function agenciesInAddress(url: string | null, registry: Registry): string[] {
  if (!url) return [];
  let folders: string[];
  try {
    // The last part of the path is the article's own name, which may hold any word.
    folders = new URL(url).pathname.split('/').filter(Boolean).slice(0, -1).map((f) => decodeURIComponent(f).toLowerCase());
  } catch {
    return [];
  }
  const found: string[] = [];
  for (const agency of registry.agencies) {
    const spellings = [agency.name, ...agency.aliases].map((s) => s.toLowerCase().replace(/\s+/gu, '-'));
    if (folders.some((f) => spellings.includes(f))) found.push(agency.name);
  }
  return found;
}
