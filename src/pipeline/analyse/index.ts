// Analyse stage: what the sources say together: passages they share, figures they give,
// versions of the same quote, a timeline of the events they date, and the entities they name.
import type { Source, Topic } from '../types.ts';
import { extractEntities, type Entity } from './entities.ts';
import { extractClaims, groupClaims, type Claim, type ClaimGroup } from './claims.ts';
import { extractQuotes, groupQuotes, type QuoteGroup } from './quotes.ts';
import { findSharedPassages, syndicationBySource, type SharedPassage, type Syndication } from './syndication.ts';
import { buildTimeline, type TimelineEvent } from './timeline.ts';

/** The cross-source findings the dossier pages and exports show. */
export interface Analysis {
  shared: SharedPassage[];
  /** For each source slug, the sources it shares most passages with, and how many sources in all. */
  syndication: Map<string, Syndication>;
  claims: Claim[];
  groups: ClaimGroup[];
  quotes: QuoteGroup[];
  timeline: TimelineEvent[];
  entities: Entity[];
}

/** Analyse stage: ingested sources → shared passages and grouped figures. */
export function analyse(sources: Source[], topics: Topic[]): Analysis {
  const shared = findSharedPassages(sources);
  const claims = extractClaims(sources);
  return {
    shared,
    syndication: syndicationBySource(shared),
    claims,
    groups: groupClaims(claims),
    quotes: groupQuotes(extractQuotes(sources)),
    timeline: buildTimeline(sources),
    entities: extractEntities(sources, topics),
  };
}
