// The entity index and a page per person, place, facility, organisation or unit, with the
// sentences that name it.
import type { RootContent } from 'mdast';
import type { Entity } from '../analyse/entities.ts';
import type { Source } from '../types.ts';
import { capitalise, count, heading, href, link, list, page, para, text, type DossierPage } from './mdast.ts';
import { byDate } from './sources.ts';

// An entity page lists the newest mentions up to here; the data export has every one.
const MAX_MENTIONS = 100;

/** The entity index, and a page per entity. */
export function entityPages(entities: Entity[], bySlug: Map<string, Source>): DossierPage[] {
  return [
    page('entities/', 'entities/index.mdx', { title: 'People, places and organisations', description: 'Everyone and everything the sources name, with every spelling they use.', kind: 'entities' }, entityIndex(entities)),
    ...entities.map((e) =>
      page(`entities/${e.id}/`, `entities/${e.id}.mdx`, { title: e.name, description: `${capitalise(e.type)} named in ${e.mentions.length} paragraphs of the sources.`, kind: 'entity' }, entityPage(e, bySlug)),
    ),
  ];
}

const ENTITY_TYPES: Record<Entity['type'], string> = { person: 'People', place: 'Places', facility: 'Facilities (depots, terminals, refineries)', organisation: 'Organisations', unit: 'Military units' };

function entityIndex(entities: Entity[]): RootContent[] {
  const out: RootContent[] = [para(text('Every person, place, facility, organisation and unit the sources name, with the spellings they use. Names are found by rules and can be wrong; each page lists the sentences to check.'))];
  for (const [type, title] of Object.entries(ENTITY_TYPES)) {
    const ofType = entities.filter((e) => e.type === type);
    if (!ofType.length) continue;
    out.push(heading(2, title));
    out.push(list(ofType.map((e) => para(link(href('entities/', `entities/${e.id}/`), e.name), text(` (${count(e.mentions.length, 'paragraph')}${e.aliases.length ? `; also spelt ${e.aliases.join(', ')}` : ''})`)))));
  }
  return out;
}

function entityPage(entity: Entity, bySlug: Map<string, Source>): RootContent[] {
  const from = `entities/${entity.id}/`;
  const mentions = [...entity.mentions].sort((a, b) => byDate(bySlug.get(a.source)!, bySlug.get(b.source)!));
  const shown = mentions.length <= MAX_MENTIONS ? mentions : mentions.slice(-MAX_MENTIONS);
  return [
    para(text(`${capitalise(entity.type)}. ${entity.aliases.length ? `Also spelt: ${entity.aliases.join(', ')}.` : 'One spelling in the sources.'}`)),
    heading(2, 'Where the sources name it'),
    ...(shown.length < mentions.length
      ? [para(text(`The last ${shown.length} of ${mentions.length} mentions in date order (undated sources last); `), link(href(from, 'data/entities.json'), 'every mention is in the data export'), text('.'))]
      : []),
    list(
      shown.map((m) => {
        const s = bySlug.get(m.source)!;
        return para(text(`${m.sentence} (`), link(href(from, `sources/${m.source}/#${m.paragraph}`), `${s.outlet ?? 'Outlet not stated'}, ${s.date ?? 'undated'}`), text(')'));
      }),
    ),
  ];
}
