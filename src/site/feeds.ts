// Atom feeds: the dossier's newest sources (feed.xml) and each topic's (topics/<id>/feed.xml), so
// that a reader can follow the dossier as it grows. Written by the `feed` library from plain data.
import { createHash } from 'node:crypto';
import { Feed } from 'feed';
import { escapeHtml } from './escape-html.ts';
import { siteLink, type SiteAddress } from './site-link.ts';

/** How many sources a feed lists: the newest by date. */
export const FEED_ENTRIES = 50;

/** What a feed entry says of a source. */
export interface FeedSource {
  slug: string;
  title: string;
  outlet: string | null;
  authors: string[];
  agencies: string[];
  /** YYYY-MM-DD, when the page states it. */
  published: string | null;
  /** YYYY-MM-DD, the date the dossier orders the source by; a source without one is not in a feed. */
  date: string | null;
  topics: string[];
}

/** A source entry of the site's collection as a feed reads it. */
export function feedSource(entry: { id: string; data: Omit<FeedSource, 'slug'> }): FeedSource {
  const { title, outlet, authors, agencies, published, date, topics } = entry.data;
  return { slug: entry.id, title, outlet, authors, agencies, published, date, topics };
}

/** One feed: its title, where it and its page are, and the sources it may list. */
export interface FeedSpec {
  title: string;
  subtitle: string;
  /** The feed's path inside the site ("feed.xml", "topics/<id>/feed.xml"). */
  path: string;
  /** The page the feed follows ("" for the overview, "topics/<id>/"). */
  page: string;
  sources: FeedSource[];
  topicTitles: ReadonlyMap<string, string>;
}

/**
 * The feed as Atom XML: the FEED_ENTRIES newest dated sources, newest first, each with its date,
 * outlet, authors and topics. An undated source is left out, since an Atom entry needs a date and
 * the dossier never invents one. Entry ids are UUIDs from the slug, so they stay the same when the
 * site moves.
 */
export function atomFeed(spec: FeedSpec, address: SiteAddress): string {
  const entries = spec.sources
    .filter((s): s is FeedSource & { date: string } => Boolean(s.date))
    .sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug))
    .slice(0, FEED_ENTRIES);
  const feed = new Feed({
    title: spec.title,
    description: spec.subtitle,
    id: uuidUrn(`feed:${spec.path}`),
    link: absolute(address, spec.page),
    feedLinks: { atom: absolute(address, spec.path) },
    language: 'en',
    // The newest source's date: the feed changes when its sources do, not at every build.
    updated: entries.length ? day(entries[0]!.date) : new Date(0),
    generator: 'Kursk dossier (feed)',
    author: { name: 'Kursk dossier' },
  });
  for (const source of entries) {
    const topics = source.topics.map((id) => spec.topicTitles.get(id) ?? id);
    const people = source.authors.length ? source.authors : source.agencies;
    feed.addItem({
      // The library marks titles and summaries as HTML: the article's words are escaped, so a
      // feed reader shows them as text.
      title: escapeHtml(source.title),
      id: uuidUrn(`source:${source.slug}`),
      link: absolute(address, `sources/${source.slug}/`),
      date: day(source.date),
      ...(source.published ? { published: day(source.published) } : {}),
      description: escapeHtml(`${source.outlet ?? 'Outlet not stated'}, ${source.published ? `published ${source.published}` : `dated ${source.date}`}. ${topics.length ? `Topics: ${topics.join(', ')}.` : 'No topic.'}`),
      ...(people.length ? { author: people.map((name) => ({ name })) } : {}),
      category: source.topics.map((id) => ({ term: id, ...attributeSafe(spec.topicTitles.get(id)) })),
    });
  }
  return relativeWithoutSite(feed.atom1(), address);
}

// The library takes only absolute URLs. Without the site's URL (DOSSIER_SITE) the feed's links are
// written on this reserved host and then made root-relative, which a feed reader resolves against
// the feed's own address (RFC 4287 §2).
const NO_SITE = 'https://site-not-configured.invalid';

function absolute(address: SiteAddress, path: string): string {
  return address.site ? siteLink(address, path) : `${NO_SITE}${siteLink(address, path)}`;
}

function relativeWithoutSite(xml: string, address: SiteAddress): string {
  return address.site ? xml : xml.replaceAll(`href="${NO_SITE}/`, 'href="/');
}

/** A name-based UUID (SHA-256, in the form of version 5) as a URN: an Atom id that never changes. */
export function uuidUrn(name: string): string {
  const hex = createHash('sha256').update(`kursk-dossier:${name}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A category label, when it can be one: the library escapes "&" in attributes but not "<". */
function attributeSafe(label: string | undefined): { name?: string } {
  return label && !/[<>]/.test(label) ? { name: label } : {};
}

function day(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}
