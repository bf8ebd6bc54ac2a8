// Bylines and credit lines in the shapes real pages print them, on hand-made pages.
import { describe, expect, it } from 'vitest';
import { shapeOf } from '../../src/pipeline/clean/shapes.ts';
import { article, ingest } from '../helpers/ingest.ts';

const body = 'A fuel depot in the border region caught fire overnight after an attack by drones, the regional governor said on Monday.\n\nFirefighters worked for several hours to contain the blaze, and nobody was hurt.';
const authors = (before: string, after = '') =>
  ingest([article('page.txt', `Depot burns after drone strike\n\n${before}\n\n${body}\n\n${after}`)]).report.sources[0]!.authors;

describe('authors', () => {
  it('leaves out one word of a byline\'s list that the article names, the place the writers filed from', () => {
    expect(authors('By Jane Example and Lakeside', 'The depot near Lakeside stored diesel for the harbour.')).toEqual(['Jane Example']);
    // A writer's surname alone in the list stays, when the article does not name it.
    expect(authors('By Jane Example and Roe')).toEqual(['Jane Example', 'Roe']);
  });

  it.each([
    ['Author: Jane Example', ['Jane Example']],
    // "By", "Von", "Par", "Por" with a colon, as a label.
    ['By: Jane Example', ['Jane Example']],
    ['Von: Hanna Beispiel', ['Hanna Beispiel']],
    ['Par : Jeanne Exemple', ['Jeanne Exemple']],
    ['byJane Example', ['Jane Example']],
    // Polish "compiled by", as a label and abbreviated.
    ['Opracowanie: Jan Przykładowy', ['Jan Przykładowy']],
    ['oprac. Jan Przykładowy', ['Jan Przykładowy']],
    ['Author`s name Jane Example', ['Jane Example']],
    ['By Jane Example • Published: 02 Jun 2024 • 11:40', ['Jane Example']],
    ['By JANE EXAMPLE - Associated Press Writer --', ['JANE EXAMPLE']],
    ['By Jane Example — Staff Writer', ['Jane Example']],
    ['by The Example Independent news desk March 16, 2025 12:22 PM 2 min read', []],
    // A post's counter behind the name, its figure drawn by a script or printed.
    ['By Jane Example Views', ['Jane Example']],
    ['By Jane Example 1,204 views', ['Jane Example']],
    // A post's stamp that prints its date first and its writer behind the last "by".
    ['Posted on: 08-17-2024 With: 1 Comment Posted by: Jane Example', ['Jane Example']],
    ['Wikimedia Commons', []],
    ['Автор: Иван Примеров и Анна Образцова', ['Иван Примеров', 'Анна Образцова']],
    ['Автор: Іван Прикладенко та Анна Зразкова', ['Іван Прикладенко', 'Анна Зразкова']],
    ['Szerző: Példa Anna', ['Példa Anna']],
    // A name alone under the headline, a middle initial in it.
    ['Jane Q. Example', ['Jane Q. Example']],
    // More labels of a reporter's credit: English "Reporter:", Indonesian "Penulis:" (writer) and "Pewarta:" (reporter).
    ['Reporter: Jane Example', ['Jane Example']],
    ['Penulis: Jane Example', ['Jane Example']],
    ['Pewarta: Jane Example', ['Jane Example']],
    // An editor is credited under a label of their own, and is no author.
    ['Editor: Jane Example', []],
    ['Redaktur: Jane Example', []],
    // Romanian "de" ("by") before the name; a surname that begins with "De" keeps it.
    ['De Ioana Exemplu', ['Ioana Exemplu']],
    ['de Ioana Exemplu', ['Ioana Exemplu']],
    ['De Luca', ['De Luca']],
    ['Yazar: Ayşe Örnek', ['Ayşe Örnek']],
    ['Autorius: Jonas Pavyzdys', ['Jonas Pavyzdys']],
    ['Kirjoittaja: Matti Esimerkki', ['Matti Esimerkki']],
    ['Συντάκτης: Μαρία Παράδειγμα', ['Μαρία Παράδειγμα']],
    ['Piše: Ivana Primjer', ['Ivana Primjer']],
    ['Автор: Іван Прикладенко і Анна Зразкова', ['Іван Прикладенко', 'Анна Зразкова']],
    // An aggregator's card names the paper a story came from where a byline stands.
    ['Lakeside Herald', []],
    // A magazine's or a paper's name in the page's own language.
    ['Örnektime Dergi', []],
    ['By Pravda Example', []],
    // A newsroom's word in the page's own language is a desk, no person.
    ['Por Redação', []],
    ['Por Redação Exemplo', []],
    ['By Diario Ejemplo', []],
    ['By Northern Daily Post', []],
    ['Автор: Приморская газета', []],
    ['By Jane Times-Example', ['Jane Times-Example']],
    // A story carried from another paper: the writer, then that paper's name, with no comma between.
    ['By Jane Q. Example Lakeside Herald', ['Jane Q. Example']],
    ['By Jane Example Northern Daily Post', ['Jane Example']],
    ['By Jane van Example The Lakeside Times', ['Jane van Example']],
    // A wire's writer, then the wire's name, with no comma between: the wire is an agency.
    ['By JANE EXAMPLE Associated Press', ['JANE EXAMPLE']],
    ['ByJANE EXAMPLE Associated Press', ['JANE EXAMPLE']],
    // The writer's address behind the name, or the placeholder a site's e-mail guard leaves.
    ['BY JANE EXAMPLE [[email protected]]', ['JANE EXAMPLE']],
    // "Agencies" beside a writer is the wire copy's desk, no person; so is a Chinese page's copy editor's credit.
    ['By Jane Example and Agencies', ['Jane Example']],
    ['郭例子/核稿編輯', []],
    ['By Jane Example (jane.example@example.com)', ['Jane Example']],
    // Blogs join the name to the date with a word: "on", "posted", "published on".
    ['By Jane Example on March 3, 2024', ['Jane Example']],
    // The writer's role behind the name, with no comma: a wire's initials or a desk's word, then the role.
    ['By JANE EXAMPLE AP Sports Writer', ['JANE EXAMPLE']],
    ['By Jane Example Staff Writer', ['Jane Example']],
    ['By Jane Example Senior Correspondent', ['Jane Example']],
    ['By Chris Editor', ['Chris Editor']],
    // A desk named by its role: no person.
    ['By Editor Foreign Affairs', []],
    // A name that ends on the letters of a joining word ("le", "el") keeps them.
    ['By Jane Example March 3, 2024', ['Jane Example']],
    ['By Ana Manuel March 3, 2024', ['Ana Manuel']],
    ['by Jane Example posted Nov 13th 2024 1:17PM', ['Jane Example']],
    ['By Jane Example, published on 3rd March 2024', ['Jane Example']],
    ['By the end of the war on March 3, 2024', []],
    // A byline glued behind the tool links, or a name with its role and no "By".
    ['Email | Print | Text size – + By Jane Example', ['Jane Example']],
    ['Jane Example - Harbour News Service Staff Writer', ['Jane Example']],
    ['Jane Example, Island Correspondent', ['Jane Example']],
    // The role joined by "and", in lower case after a desk's word, or its word alone behind a bar.
    ['Jane Example | Radio and Television Writer', ['Jane Example']],
    ['Jane Example, Staff writer', ['Jane Example']],
    ['Jane Example | Correspondent', ['Jane Example']],
    // A name, perhaps its handle, then the article's labelled stamp, with no "By".
    ['Jane Example (@janeexample) Published May 04, 2023 | 09:30 AM', ['Jane Example']],
    ['Jane Example - Updated: 4 May 2023', ['Jane Example']],
    ['Written by Jane Example Topics: Ferries, Tides', ['Jane Example']],
    // A blog's "Post written by" line under its headline, with its full stop.
    ['Post written by Jane Example.', ['Jane Example']],
    ['Article written by Jane Example and John Roe', ['Jane Example', 'John Roe']],
    ['Post written by John Example Jr.', ['John Example Jr.']],
  ])('reads "%s" as %j', (line, want) => {
    expect(authors(line)).toEqual(want);
  });

  it('reads a name under a byline label on its own line, with the comma that joined it to the date below it', () => {
    expect(authors('Текст:\nJane Roe,\n20 June 2024, 12:14')).toEqual(['Jane Roe']);
    expect(authors('Jane Roe,\n20 June 2024')).toEqual(['Jane Roe']);
  });

  it('never credits a photo\'s slug under the headline that reads as a name, its words the story\'s own ("Depot Fire")', () => {
    expect(authors('Depot Fire')).toEqual([]);
    expect(authors('Border Fire')).toEqual([]);
    // A writer's name is not the story's words: "Jane Border" is credited, though the story says "border".
    expect(authors('Jane Border')).toEqual(['Jane Border']);
  });

  it('never credits a name alone under the date that the article names too (a photo\'s of the person it tells of), but keeps one whose bio opens a paragraph', () => {
    const story = (extra: string) =>
      ingest([article('named.txt', `Depot burns after drone strike\n\n13 July 2024\nJane Example\n\nA fuel depot in the border region caught fire overnight after an attack by drones, its governor, Jane Example, said on Monday.\n\nFirefighters worked for several hours to contain the blaze.${extra}`)]).report.sources[0]!.authors;
    expect(story('')).toEqual([]);
    expect(authors('13 July 2024\nJane Example', 'Jane Example is the paper\'s correspondent in the border region.')).toEqual(['Jane Example']);
  });

  it('reads the writer\'s name under the standfirst and the lead photo\'s credit as a byline, not a subheading', () => {
    const page = `Depot burns after drone strike\n\nDrones struck a fuel depot overnight, and the fire burned until morning, officials said.\n\nSmoke over the depot at dawn.\nPhoto: Example Agency\nJane Example\n\n${body}\n`;
    const source = ingest([article('photo-byline.txt', page)]).report.sources[0]!;
    expect(source.authors).toEqual(['Jane Example']);
    expect(source.blocks.map((b) => b.text)).not.toContain('Jane Example');
  });

  it('reads a desk credit ("By staff writers") as a byline that names nobody', () => {
    const { report } = ingest([article('page.txt', `Depot burns after drone strike\n\nBy staff writers\n\n${body}`)]);
    expect(report.sources[0]!.removed).toContainEqual({ text: 'By staff writers', reason: 'byline' });
    expect(report.sources[0]!.authors).toEqual([]);
  });

  it('reads a labelled byline under the article\'s last paragraph ("Por: NAME")', () => {
    expect(authors('', 'Por: Alfredo Ejemplo')).toEqual(['Alfredo Ejemplo']);
    expect(authors('', 'Por su parte, el gobernador dijo que el fuego ya estaba controlado.')).toEqual([]);
  });

  it('credits an agency under a byline\'s word as the agency spells itself ("Von dpa", "Par AFP")', () => {
    const credited = (line: string) => ingest([article('wire.txt', `Tanklager brennt nach Drohnenangriff\n\n${line}\n\n${body}\n`)]).report.sources[0]!;
    expect(credited('Von dpa').agencies).toEqual(['dpa']);
    expect(credited('Von dpa').removed).toContainEqual({ text: 'Von dpa', reason: 'byline' });
    expect(credited('Par AFP').agencies).toEqual(['AFP']);
  });

  it('reads the writers and the wire they write for, with no "By", under the article ("NAME And NAME, The Associated Press")', () => {
    const { report } = ingest([article('wire.txt', `Depot burns after drone strike\n\n${body}\n\nJane Q. Example And John Sample, The Associated Press\n`)]);
    expect(report.sources[0]!.authors).toEqual(['Jane Q. Example', 'John Sample']);
    expect(report.sources[0]!.agencies).toContain('AP');
    expect(report.sources[0]!.blocks.at(-1)!.text).toBe(body.split('\n\n').at(-1));
    // Two names and a place are no credit; nor is a sentence.
    expect(authors('', 'Jane Example and John Sample, Lakeside Harbour')).toEqual([]);
    // Nor is the wire's name with no writer before its comma.
    const wireOnly = ingest([article('wire-only.txt', `Depot burns after drone strike\n\n${body}\n\n, The Associated Press\n`)]).report.sources[0]!;
    expect(wireOnly.removed.map((r) => r.reason)).not.toContain('byline');
  });

  it('never credits an institution (a photo\'s credit under the byline, a press service) or a link to the next post', () => {
    const { report } = ingest([article('credit.txt', `Depot burns after drone strike\n\nBy AFP\nLakeside Emergencies Ministry\n\n${body}\n`)]);
    expect(report.sources[0]!.authors).toEqual([]);
    expect(report.sources[0]!.agencies).toEqual(['AFP']);
    expect(authors('Northern District Press Service')).toEqual([]);
    expect(authors('Articolo Precedente\n\nprecedente\n\nArticolo Successivo')).toEqual([]);
  });

  it('reads a press office credited under the date as the page\'s credit line: neither the headline nor an author', () => {
    const headline = 'Harbour Port invests in two new cranes before the winter season';
    const page = `31.05.2019  The Harbour Port Information and Public Relations Department\n\n${headline}\n\n${body}\n`;
    const source = ingest([article('office.txt', page)]).report.sources[0]!;
    expect(source.title).toBe(headline);
    expect(source.authors).toEqual([]);
    expect(source.published).toBe('2019-05-31');
    // A section's label or a subheading that ends on "Department" is no press office.
    expect(shapeOf('Justice Department', {})).not.toBe('byline');
    expect(shapeOf('Talks Between Students and the Tech Department', {})).not.toBe('byline');
    expect(shapeOf('Lakeside Council Press Office', {})).toBe('byline');
    // A writer and the news service they write for, with no "By": in capitals too; a label in capitals is no writer.
    expect(shapeOf('JANE ROE, Harbour News Service', {})).toBe('byline');
    expect(shapeOf('Jane Roe and John Doe, The Valley Newswire', {})).toBe('byline');
    expect(shapeOf('BREAKING NEWS, Harbour News Service', {})).not.toBe('byline');
    expect(shapeOf('Floods hit town, News Agency says', {})).not.toBe('byline');
  });

  it('never credits a share or print button\'s label in capitals as a person, in any language', () => {
    expect(authors('Diesen Artikel Teilen')).toEqual([]);
    expect(authors('Bu Yazıyı Paylaş')).toEqual([]);
    expect(authors('Imprimer Cet Article')).toEqual([]);
    // A name in capitals there is still the byline's.
    expect(authors('Jana Beispiel')).toEqual(['Jana Beispiel']);
  });

  it('parts names at "y" and "and" as whole words only, letters with accents around them included', () => {
    expect(authors('Por Begoña Yáñez y Iñaki Ejemplo')).toEqual(['Begoña Yáñez', 'Iñaki Ejemplo']);
    expect(authors('By Ayşe Büyükşahin')).toEqual(['Ayşe Büyükşahin']);
    // The same words part the reporters of a credits line, and a wire's writers.
    expect(authors('', 'Reporting by María Pérez y Juan López; Editing by Ann Roe')).toEqual(['María Pérez', 'Juan López']);
    expect(authors('', 'Ayşe Büyükşahin and Jane Roe, The Associated Press')).toEqual(['Ayşe Büyükşahin', 'Jane Roe']);
  });

  it('takes the reporters without the places they reported from', () => {
    expect(authors('', 'Reporting by Jane Example in Kyiv and John Sample in Melbourne; Editing by Chris Editor')).toEqual(['Jane Example', 'John Sample']);
  });

  it('takes the reporters of a wire credits line as its desks translate it, in brackets', () => {
    expect(authors('', '(Reporting by Jane Example in Kyiv; Editing by Chris Editor)')).toEqual(['Jane Example']);
    // A credits line naming the wire itself among its reporters is no photo's caption.
    expect(authors('', '(Reporting by Reuters in Moscow and Jane Example in Kyiv, editing by Chris Editor)')).toEqual(['Jane Example']);
    expect(authors('', '(Reportagem de Joana Exemplo em Lisboa)')).toEqual(['Joana Exemplo']);
    expect(authors('', '(Reporte de María Ejemplo y Juan Muestra; Editado en español por Ana Editora)')).toEqual(['María Ejemplo', 'Juan Muestra']);
    expect(authors('', '(Reportage Jeanne Exemple, version française Jean Modèle)')).toEqual(['Jeanne Exemple']);
    expect(authors('', '(Bericht von Hanna Beispiel; redigiert von Max Muster)')).toEqual(['Hanna Beispiel']);
    expect(authors('', '(Información de Reuters; escrito por María Ejemplo; editado por Ana Editora)')).toEqual(['María Ejemplo']);
    // Out of brackets the same words open a sentence of the story.
    expect(authors('', 'Reporte de Protección Civil: el incendio quedó controlado durante la noche.')).toEqual([]);
  });

  it('drops an editor\'s credit under the headline as a credit, never taking it for the headline, and keeps a note to the editor', () => {
    const source = ingest([article('page.txt', `Depot burns after drone strike\n\nEditor: Jane Example\n\n${body}`)]).report.sources[0]!;
    expect(source.title).toBe('Depot burns after drone strike');
    expect(source.removed).toContainEqual({ text: 'Editor: Jane Example', reason: 'byline' });
    const note = 'Editor: this story was updated on Monday.';
    expect(ingest([article('page.txt', `Depot burns after drone strike\n\n${body}\n\n${note}`)]).report.sources[0]!.blocks.map((b) => b.text)).toContain(note);
  });

  it('takes the reporter of a credit that names their agency in brackets, and the agency', () => {
    const credited = (line: string) => ingest([article('page.txt', `Depot burns after drone strike\n\n${body}\n\n${line}`)]).report.sources[0]!;
    expect(credited('Z Kijowa Jan Przykładowy (PAP)')).toMatchObject({ authors: ['Jan Przykładowy'], agencies: ['PAP'] });
    expect(credited('Jana Příkladová (ČTK)')).toMatchObject({ authors: ['Jana Příkladová'], agencies: ['ČTK'] });
    // A politician's party in brackets is no agency: the line is the article's.
    const party = credited('Jan Przykładowy (PiS)');
    expect(party.authors).toEqual([]);
    expect(party.removed.map((r) => r.text)).not.toContain('Jan Przykładowy (PiS)');
  });

  it('takes the reporters of a credits line, not its editors', () => {
    expect(authors('', 'Reporting by Jane Example and John Sample Editing by Chris Editor')).toEqual(['Jane Example', 'John Sample']);
    expect(authors('', 'Reporting by Jane Example; Editing by Chris Editor')).toEqual(['Jane Example']);
  });

  it('credits the name under a writer\'s role alone on its line, not the editor\'s, and takes the headline above them', () => {
    const page = `Depot burns after drone strike in the border region\nReporter\nJane Example\nEditor\nJohn Sample\nSabtu, 4 Maret 2023 07:02 WIB\n${body}`;
    const source = ingest([article('page.txt', page)]).report.sources[0]!;
    expect([source.title, source.authors, source.published]).toEqual(['Depot burns after drone strike in the border region', ['Jane Example'], '2023-03-04']);
  });

  it('credits a double name, and a name with its outlet behind a dash, over the date near the top', () => {
    const page = (name: string) => `Depot burns after drone strike\n\n${body.split('\n\n')[0]}\n\nPhoto: X\n\n${name}\n\n03 dec. 2025, 09:15\n\n${body.split('\n\n')[1]} The depot stored diesel for the harbour.`;
    expect(ingest([article('page.txt', page('Anna-Maria Example'))]).report.sources[0]!.authors).toEqual(['Anna-Maria Example']);
    expect(ingest([article('page.txt', page('Jane Example - lakesideNews'))]).report.sources[0]!.authors).toEqual(['Jane Example']);
  });

  it('credits the writer of an author box that a dump cut short inside the bio, under a role label', () => {
    expect(authors('', 'Avatar\nJane Example\n\nReporter\n\nJane Example is a reporter for')).toEqual(['Jane Example']);
  });

  it('never credits a menu\'s items, though two capitalised words read as a name ("Top Jobs", "Real Estate")', () => {
    const menu = 'Top Jobs\nReal Estate\nLocal Shopping\nAll Classifieds';
    expect(authors(menu)).toEqual([]);
    expect(authors(`${menu}\n\nBy Jane Example`)).toEqual(['Jane Example']);
    // Three lines, two naming no one: a menu too.
    expect(authors('Movie Passes: "The Example"\nMovie Passes: "Another Example"\nColorado Vacation')).toEqual([]);
    // A name between its labels is a byline.
    expect(authors('Author:\nJane Example\nDate:')).toEqual(['Jane Example']);
  });

  it('credits a name right under the headline or beside the date, whatever links follow it', () => {
    expect(authors('Jane Example\nView Profile\nEmail\nFacebook\nTwitter')).toEqual(['Jane Example']);
    expect(authors('Email\nPrint this story\nNormal font\nLarge font\nJane Example\nJanuary 17, 2008')).toEqual(['Jane Example']);
  });

  it('never credits a menu\'s words as a name ("Top Stories", "Latest Comments")', () => {
    expect(authors('Top Stories')).toEqual([]);
    expect(authors('Latest Comments')).toEqual([]);
  });

  it('credits the first of many lines that each name someone: the others are a thread\'s stamps or a staff list', () => {
    const thread = ['John Sample', 'Ann Other', 'Max Muster', 'Eva Probe'].map((name, k) => `by ${name} on March 3, 2024 1${k}:15 AM reply\n\nWell said, and thanks for the update.`).join('\n\n');
    expect(authors('by Jane Example on March 3, 2024 9:05 AM', thread)).toEqual(['Jane Example']);
  });

  it('reads a byline\'s whole line that an HTML page\'s extractor hands over as its author ("by NAME DATE Follow @handle")', () => {
    const paragraphs = body.split('\n\n').map((p) => `<p>${p}</p>`).join('');
    const html = (byline: string) =>
      `<!doctype html><html><head><title>Depot burns after drone strike</title></head><body><article><h1>Depot burns after drone strike</h1><div class="byline">${byline}</div>${paragraphs}${paragraphs.replaceAll('depot', 'second depot')}</article></body></html>`;
    const credited = (byline: string) => ingest([article('page.html', html(byline))]).report.sources[0]!.authors;
    expect(credited('by Jane Example November 13, 2012 11:46 AM PST Follow @janeexample')).toEqual(['Jane Example']);
    expect(credited('Monday, November 12, 2012, by Jane Example')).toEqual(['Jane Example']);
    expect(credited('Jane Example')).toEqual(['Jane Example']);
  });
});
