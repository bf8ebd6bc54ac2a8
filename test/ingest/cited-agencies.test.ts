// Agencies an article names in its own text as its sources: hand-made sentences in the dossier's
// languages, and the shapes that name an agency without citing it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cslItem } from '../../src/pipeline/citations.ts';
import { loadRegistry } from '../../src/pipeline/files.ts';
import { citedAgencies } from '../../src/pipeline/metadata/cited-agencies.ts';
import type { Block } from '../../src/pipeline/types.ts';
import { article, ingest } from '../helpers/ingest.ts';
import { ROOT } from '../helpers/paths.ts';

const registry = loadRegistry(join(ROOT, 'content/outlets.yaml'));
const blocks = (...texts: string[]): Block[] => texts.map((text, i) => ({ id: `p-${i + 1}`, type: 'paragraph', text, topics: [] }));
const cited = (...texts: string[]) => citedAgencies(blocks(...texts), registry);
const names = (...texts: string[]) => cited(...texts).map((a) => a.name);

describe('agencies cited in the text', () => {
  it('are a short name in capitals printed in title case only beside a word for an agency', () => {
    expect(names('The state news agency Kcna reported on Monday that the troops had returned.')).toEqual(['KCNA']);
    expect(names('Los drones atacaron el depósito, según la agencia de noticias estatal rusa Tass.')).toEqual(['TASS']);
    // A nationality before the name does not make it a longer name when "news agency" follows it.
    expect(names('The Russian ITAR-Tass news agency said rescuers would reach the hatch by noon.')).toEqual(['TASS']);
    expect(names('Jane Tass, the harbour master, said the ferry would sail.')).toEqual([]);
    expect(names('Tass and her crew left the quay at dawn.')).toEqual([]);
    // An agency's name that is a word of a language the dossier reads counts only in a credit: Indonesian "antara" (between).
    expect(names('Konflik antara kedua negara meningkat, kata para pejabat.')).toEqual([]);
    // …or behind an elided article, as Italian and French pages print the wires.
    expect(names('Il deposito è in fiamme, secondo quanto riferito all’Afp da una fonte militare.')).toEqual(['AFP']);
  });

  it('reads the longer of two agencies\' names where one begins the other ("dpa-AFX", not "dpa")', () => {
    expect(names('Der Konzern bestätigte den Brand, berichtete dpa-AFX am Abend.')).toEqual(['dpa-AFX']);
    expect(names('The governor told Interfax-Ukraine that the fire was out.')).toEqual(['Interfax-Ukraine']);
    // Arabic and Persian spellings of the wires.
    expect(names('وقال مسؤول لوكالة رويترز إن الحريق أُخمد.')).toEqual(['Reuters']);
  });

  it('are named with the first paragraph that names them, in the order they come', () => {
    expect(
      cited(
        'The depot burned for a day, the regional governor said.',
        'Two soldiers were captured, according to KCNA, and Reuters could not verify the claim.',
        'KCNA later repeated the figure.',
      ),
    ).toEqual([
      { name: 'KCNA', paragraph: 'p-2' },
      { name: 'Reuters', paragraph: 'p-2' },
    ]);
  });

  it('are read in the dossier\'s languages, with a Russian case ending and another script\'s spelling', () => {
    expect(names('Об этом сообщает агентство Рейтер со ссылкой на ЦТАК.')).toEqual(['Reuters', 'KCNA']);
    expect(names('Склад горел всю ночь, сообщили источники Интерфакса.')).toEqual(['Interfax']);
    expect(names('Про це повідомляє південнокорейське агентство Йонхап.')).toEqual(['Yonhap']);
    expect(names('Das berichtete die Nachrichtenagentur Yonhap unter Berufung auf Abgeordnete.')).toEqual(['Yonhap']);
    expect(names("Selon l'agence officielle KCNA, le dirigeant a salué les soldats.")).toEqual(['KCNA']);
    expect(names('El lanzamiento fue un éxito, según KCNA.')).toEqual(['KCNA']);
    expect(names('„Jsou to teroristé,“ citovala TASS prezidenta.')).toEqual(['TASS']);
    expect(names('Jak podała agencja Reutera, pożar ugaszono dopiero rano.')).toEqual(['Reuters']);
    // Bulgarian and Serbian spellings.
    expect(names('Складът е горял цяла нощ, съобщи Ройтерс, позовавайки се на Франс прес.')).toEqual(['Reuters', 'AFP']);
    expect(names('Пожар је угашен ујутру, јавља Ројтерс.')).toEqual(['Reuters']);
  });

  it('are read inside Chinese, Japanese and Korean sentences, where no space or word edge sets a name apart', () => {
    expect(names('据新华社报道，朝鲜士兵已抵达前线。')).toEqual(['Xinhua']);
    expect(names('朝中社称，金正恩会见了士兵。路透社无法核实。')).toEqual(['KCNA', 'Reuters']);
    expect(names('共同通信によると、北朝鮮兵が戦闘に参加した。')).toEqual(['Kyodo']);
    expect(names('연합뉴스에 따르면 북한군이 전선에 투입됐다.')).toEqual(['Yonhap']);
  });

  it('name an agency once, whichever of its spellings the text uses', () => {
    expect(cited('The state agency RIA Novosti quoted the ministry. RIA later withdrew the report, РИА Новости said.')).toEqual([{ name: 'RIA Novosti', paragraph: 'p-1' }]);
  });

  it('are matched in any case when the spelling is long, and with its case when it is an abbreviation', () => {
    expect(names('The German report cited Ria Novosti.')).toEqual(['RIA Novosti']);
    expect(names('Pilots call it the ap mode, and the tass valve stayed shut.')).toEqual([]);
  });

  it('leave out a photo credit and a longer name the agency\'s name is part of', () => {
    expect(names('Firefighters at the depot on Monday. Photo: Reuters')).toEqual([]);
    expect(names('Smoke over the refinery (Photo: Example Images/AFP) on Sunday.')).toEqual([]);
    expect(names('Smoke over the refinery. Photograph by Jane Roe / AFP.')).toEqual([]);
    expect(names('The tanks burned on (AP Photo/Jane Roe) Tuesday.')).toEqual([]);
    expect(names('The plant was shown in an image credited Reuters/Example Agency.')).toEqual([]);
    expect(names('She worked at Thomson Reuters for ten years.')).toEqual([]);
    expect(names('A new song by A$AP Rocky was released.')).toEqual([]);
  });

  it('take a name that opens the sentence, follows a possessive or an agency word', () => {
    expect(names('Reuters reported the strike first.')).toEqual(['Reuters']);
    expect(names('The depot burned. Wie Reuters berichtete, brannte das Depot.')).toEqual(['Reuters']);
    expect(names('The claim was made by the North\u2019s KCNA on Friday.')).toEqual(['KCNA']);
    expect(names('Die Agentur Interfax meldete den Brand.')).toEqual(['Interfax']);
  });

  it('leave out a spelling the registry calls ambiguous, which counts only in a credit or a dateline', () => {
    expect(names('Michael Bloomberg gave a speech. Bloomberg said the city would recover.')).toEqual([]);
    expect(names('The deal was first reported by Bloomberg News.')).toEqual(['Bloomberg']);
  });

  it('are none when the registry has no agency, or only spellings it calls ambiguous', () => {
    const page = blocks('Bloomberg reported the deal, and Reuters confirmed it.');
    expect(citedAgencies(page, { outlets: [], agencies: [] })).toEqual([]);
    expect(citedAgencies(page, { outlets: [], agencies: [{ name: 'Bloomberg', aliases: [], ambiguous: ['Bloomberg'] }] })).toEqual([]);
  });

  it('leave out what the page already credits', () => {
    expect(citedAgencies(blocks('The figure was confirmed by Reuters and by AFP.'), registry, ['Reuters'])).toEqual([{ name: 'AFP', paragraph: 'p-1' }]);
  });

  it('reach the source page\'s front matter apart from the credited agencies, and no citation names them as authors', () => {
    const text = [
      'Depot burns after drone strike',
      'KYIV (Reuters) - A fuel depot in the border region caught fire overnight after an attack by drones, the regional governor said on Monday.',
      'North Korean state media KCNA said the strike showed the need for closer ties, according to Yonhap.',
    ].join('\n\n');
    const { report, outputs } = ingest([article('page.txt', text)]);
    const s = report.sources[0]!;
    expect(s.agencies).toEqual(['Reuters']);
    expect(s.citedAgencies.map((a) => a.name)).toEqual(['KCNA', 'Yonhap']);
    const cite = s.blocks.find((b) => b.id === s.citedAgencies[0]!.paragraph)!;
    expect(cite.text).toMatch(/^North Korean state media KCNA/);
    expect(outputs[0]!.text).toContain('"citedAgencies": [');
    expect(cslItem(s).author).toEqual([{ literal: 'Reuters' }]);
  });
});
