// Emit stage, dossier pages: the overview, the topic pages, the indexes and the entity pages,
// written as MDX from the ingested sources, a module per page kind over the builders of mdast.ts.
// Links are relative to each page, so the site works under any base path.
import type { Analysis } from '../analyse/index.ts';
import type { Source, Topic } from '../types.ts';
import { entityPages } from './entities.ts';
import { monthPages, monthsWhenLong, sourceIndexPage, timelinePage } from './indexes.ts';
import type { DossierPage } from './mdast.ts';
import { overviewPage } from './overview.ts';
import { blockLookups, byDate, passageOwners, passagesByTopic, type Lookups } from './sources.ts';
import { topicIndexPage, topicPages } from './topics.ts';

export type { DossierPage } from './mdast.ts';

/** Emit stage: sources and topics → the dossier's overview, topic pages, indexes and entity pages. */
export function emitDossier(sources: Source[], topics: Topic[], analysis: Analysis): DossierPage[] {
  const ordered = [...sources].sort(byDate);
  const bySlug = new Map(sources.map((s) => [s.slug, s]));
  const lookups: Lookups = { bySlug, passages: passagesByTopic(ordered, topics), owners: passageOwners(analysis), ...blockLookups(bySlug) };
  const byMonth = monthsWhenLong(ordered, analysis.timeline);
  return [
    overviewPage(ordered, topics, lookups.passages),
    topicIndexPage(topics, lookups.passages),
    sourceIndexPage(ordered, topics, byMonth),
    ...entityPages(analysis.entities, bySlug),
    timelinePage(analysis.timeline, byMonth, bySlug),
    ...monthPages(byMonth, topics, bySlug),
    ...topics.flatMap((topic) => topicPages(topic, ordered, topics, analysis, lookups)),
  ];
}
