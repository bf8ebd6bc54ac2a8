// A photo credit glued to the paragraph under it, a byline glued to a wire's dateline, and a wire's
// credits line glued under the last paragraph, in a text dump that lost the line break.
import { describe, expect, it } from 'vitest';
import { splitBylineFromCaption, splitBylineFromDateline, splitCreditsFromParagraph, splitGluedCredit } from '../../src/pipeline/clean/glued-credits.ts';
import { article, ingest } from '../helpers/ingest.ts';

const lead = 'For the first time, the regional government confirmed that its troops had crossed the border on Tuesday.';

describe('a photo credit glued to a paragraph', () => {
  it.each([
    [`Photo credits: Lakeside Wire ${lead}`, ['Photo credits: Lakeside Wire', lead]],
    [`Photo: Jane Example/Lakeside Wire ${lead}`, ['Photo: Jane Example/Lakeside Wire', lead]],
    [
      'Фото: Агентство Приклад По данным губернатора, беспилотники атаковали нефтебазу ночью, а пожар потушили только к утру.',
      ['Фото: Агентство Приклад', 'По данным губернатора, беспилотники атаковали нефтебазу ночью, а пожар потушили только к утру.'],
    ],
  ])('is split off: %s', (line, want) => {
    expect(splitGluedCredit(line)).toEqual(want);
  });

  it.each([
    // The sentence's subject cannot be told from the credit's name.
    'Photo: AFP President Jane Example said the troops would stay in the region for as long as they were needed.',
    // A credit naming a paper, and one of a name only.
    'Photo: Jane Example for The Lakeside Times',
    'Photo: The Associated Press',
    // Too short to be a paragraph.
    'Photo credit: Jane Example The depot burns.',
    // A caption under a label, with no credit before it: a caption, as before.
    'Photo: Firefighters work at the site of a burning fuel depot in the Example region on August 7, 2024.',
    // A stop after the name: the credit ends there, and what follows may be a caption.
    'Photo: Lakeside Wire. For the first time, the regional government confirmed that its troops had crossed the border on Tuesday.',
    // A line that is no credit.
    lead,
  ])('is left whole: %s', (line) => {
    expect(splitGluedCredit(line)).toBeNull();
  });

  it('keeps the lead paragraph it held, and the credit in the audit', () => {
    const page = `Troops cross the border\n\n12 August, 2024\n\nPhoto credits: Lakeside Wire ${lead}\n\nThe governor said the fighting went on near two villages, and that several hundred residents had left their homes.\n\nNo side gave figures for losses.\n`;
    const source = ingest([article('glued-credit.txt', page)]).report.sources[0]!;
    expect(source.blocks[0]).toMatchObject({ type: 'paragraph', text: lead });
    expect(source.removed).toContainEqual({ text: 'Photo credits: Lakeside Wire', reason: 'photo-credit' });
    expect(source.removed.map((r) => r.text).join('\n')).not.toContain('For the first time');
  });

  it('keeps a paragraph the credit it cannot split from runs on into, rather than lose it with the credit', () => {
    const story = [
      'Foto: Example Agentur Berichten zufolge sagte der Gouverneur, dass in der Nacht ein Tanklager im Grenzgebiet von Drohnen getroffen worden sei.',
      'Die Feuerwehr habe den Brand nach mehreren Stunden gelöscht, verletzt worden sei niemand.',
      'Die Behörden des Nachbarlandes äußerten sich zunächst nicht zu dem Angriff, wie am Morgen bekannt wurde.',
    ].join(' ');
    const source = ingest([article('one-line.txt', `${story}\n`)]).report.sources[0]!;
    expect(source.blocks.map((b) => b.text)).toEqual([story]);
    // A credit with a short caption after it is a credit still.
    expect(ingest([article('credit.txt', `Tanklager brennt nach Drohnenangriff\n\nFoto: Example Agentur Feuerwehrleute am Tanklager.\n\n${story.slice(story.indexOf('Berichten'))}\n`)]).report.sources[0]!.removed).toContainEqual({ text: 'Foto: Example Agentur Feuerwehrleute am Tanklager.', reason: 'photo-credit' });
  });
});

describe('a wire story\'s byline glued to its dateline', () => {
  const story = 'Russia launched an overnight drone attack on the capital after a twelve-day break, the city\'s military administration said.';

  it.each([
    [`By Jane Example KYIV (Lakeside Wire) -${story}`, ['By Jane Example', `KYIV (Lakeside Wire) -${story}`]],
    [`By Jane Example and John Sample KYIV, Ukraine (AP) — ${story}`, ['By Jane Example and John Sample', `KYIV, Ukraine (AP) — ${story}`]],
  ])('is split off: %s', (line, want) => {
    expect(splitBylineFromDateline(line)).toEqual(want);
  });

  it.each([
    // No byline before the place; a place and no wire; a sentence that opens on "By".
    `KYIV (Lakeside Wire) - ${story}`,
    `By Jane Example KYIV - ${story}`,
    `By the end of the week KYIV (Lakeside Wire) - ${story}`,
  ])('is left whole: %s', (line) => {
    expect(splitBylineFromDateline(line)).toBeNull();
  });

  it('credits the reporter and keeps the lead paragraph', () => {
    const page = `Drones strike the capital after a pause\n\nJuly 2, 2023\n\nBy Jane Example KYIV (Lakeside Wire) -${story}\n\nAir defences shot down most of the drones, officials said, and nobody was hurt.\n`;
    const source = ingest([article('wire.txt', page)]).report.sources[0]!;
    expect(source.authors).toEqual(['Jane Example']);
    expect(source.blocks[0]!.text).toBe(`KYIV (Lakeside Wire) -${story}`);
  });
});

describe('a wire\'s credits line glued under the last paragraph', () => {
  const last = 'The fire covered 200 square metres and burned for six hours before it was put out.';

  it('is split off, and its reporter credited, not its editor', () => {
    expect(splitCreditsFromParagraph(`${last} (Writing by Jane Example Editing by John Sample)`)).toEqual([last, '(Writing by Jane Example Editing by John Sample)']);
    const page = `Depot burns after drone strike\n\nA fuel depot in the border region caught fire overnight after an attack by drones, the regional governor said on Monday.\n\n${last} (Reporting by Jane Example; Editing by John Sample)\n`;
    const source = ingest([article('credits.txt', page)]).report.sources[0]!;
    expect(source.authors).toEqual(['Jane Example']);
    expect(source.blocks.at(-1)!.text).toBe(last);
  });

  it.each([
    // A sentence's own brackets; brackets with no credit; a credit not after a sentence's end.
    `${last} (The depot belongs to a regional company.)`,
    `${last} (Example Wire)`,
    'The fire was reported by the governor (Reporting by Jane Example)',
  ])('is left whole: %s', (line) => {
    expect(splitCreditsFromParagraph(line)).toBeNull();
  });
});

describe('a byline glued behind a photo\'s caption', () => {
  it('is split off at its label, and its writers credited', () => {
    expect(splitBylineFromCaption('Illustrative photo (Example Agency) Author: Jane Example, John Sample')).toEqual(['Illustrative photo (Example Agency)', 'Author: Jane Example, John Sample']);
    const page = 'Drones hit three refineries overnight\n\nIllustrative photo (Example Agency) Author: Jane Example, John Sample\n\nUkraine attacked three oil refineries with drones overnight, a source told the agency.\n\nThe refineries were hit in three regions, the source said.\n';
    expect(ingest([article('caption-byline.txt', page)]).report.sources[0]!.authors).toEqual(['Jane Example', 'John Sample']);
  });

  it.each([
    // A comment's stamp stays whole; so does a sentence that names an author.
    'Posted by: Jane Example | January 14, 2008 06:24 PM',
    'The novel was a success, the publisher said. Author: Jane Example',
  ])('is left whole: %s', (line) => {
    expect(splitBylineFromCaption(line)).toBeNull();
  });
});
