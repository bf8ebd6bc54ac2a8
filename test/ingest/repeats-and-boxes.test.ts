// The repeated-lines, summary-label and glued-date passes, on page shapes written for this test.
import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../src/pipeline/clean/index.ts';
import { splitGluedDate } from '../../src/pipeline/clean/glued-dates.ts';
import { readText } from '../../src/pipeline/read/text.ts';
import { article, ingest } from '../helpers/ingest.ts';

const HEADLINE = 'Harbour crane collapses during storm';
const LEAD = 'A harbour crane collapsed on Tuesday night as a storm swept across the port, the harbour authority said in a statement.';
const SECOND = 'Nobody was injured, but the quay will stay closed for at least a week while engineers inspect the damage.';
const QUOTED = '“We were lucky that the night shift had already left the quay,” harbour master Ana Sousa said. “It could have been much worse.”';
const LAST = 'The crane was installed in 1998 and had passed its last inspection in the spring, according to the port operator.';

const clean = (lines: string[]) => cleanPage(readText(lines.join('\n\n')));
const reasons = (lines: string[]) => Object.fromEntries(clean(lines).removed.map((r) => [r.text, r.reason]));
const paragraphs = (lines: string[]) => clean(lines).kept.filter((k) => k.role === 'paragraph').map((k) => k.text);

describe('repeated lines', () => {
  it('drops a standfirst the lead repeats behind its dateline, and keeps the lead', () => {
    const page = [HEADLINE, LEAD, `PORTO (Harbour News) - ${LEAD}`, SECOND, LAST];
    expect(reasons(page)[LEAD]).toBe('repeat');
    expect(paragraphs(page)).toEqual([`PORTO (Harbour News) - ${LEAD}`, SECOND, LAST]);
  });

  it('drops a pull quote that repeats a quote of the article, and the speaker named under it', () => {
    const pull = '“We were lucky that the night shift had already left the quay, it could have been much worse.”';
    const page = [HEADLINE, LEAD, QUOTED, pull, 'Harbour master Ana Sousa', SECOND, LAST];
    expect(reasons(page)).toMatchObject({ [pull]: 'repeat', 'Harbour master Ana Sousa': 'repeat' });
    expect(paragraphs(page)).toEqual([LEAD, QUOTED, SECOND, LAST]);
  });

  it('keeps a subheading under a pull quote when the article never says its words', () => {
    const pull = '“We were lucky that the night shift had already left the quay, it could have been much worse.”';
    const kept = clean([HEADLINE, LEAD, QUOTED, pull, 'Cranes along the coast', SECOND, LAST]).kept.map((k) => k.text);
    expect(kept).toContain('Cranes along the coast');
  });

  it('keeps the first of two equal lines (the header again under the photo), leaves a page that prints its whole article twice, and a paragraph that shares only some words', () => {
    const twice = [HEADLINE, LEAD, SECOND, LAST, LEAD, SECOND, LAST];
    expect(paragraphs(twice)).toEqual([LEAD, SECOND, LAST, LEAD, SECOND, LAST]);
    const header = [HEADLINE, SECOND, 'by Harbour News, 12 March 2025', 'The quay after the storm. (Courtesy)', SECOND, 'by Harbour News, 12 March 2025', LEAD, LAST];
    expect(paragraphs(header)).toEqual([SECOND, LEAD, LAST]);
    const retold = 'A harbour crane collapsed on Tuesday night, and engineers now fear that two more cranes of the same make may be unsafe.';
    expect(paragraphs([HEADLINE, LEAD, retold, SECOND])).toEqual([LEAD, retold, SECOND]);
  });
});

describe('summary under a label of its own', () => {
  const summary = 'A storm toppled a harbour crane overnight. Nobody was hurt, and the quay is closed for a week.';

  it('drops the label and the short paragraph under it, in any of the dossier\'s languages', () => {
    for (const label of ['Summary', 'Resumen', 'Zusammenfassung:', 'Résumé']) {
      const page = [HEADLINE, label, summary, LEAD, SECOND];
      expect(reasons(page)).toMatchObject({ [label]: 'summary-box', [summary]: 'summary-box' });
      expect(paragraphs(page)).toEqual([LEAD, SECOND]);
    }
  });

  it('keeps the short lead under a one-word menu label that may also name a summary ("Главное"), or under "Resume"', () => {
    for (const label of ['Главное', 'Коротко', 'Resume']) expect(paragraphs([HEADLINE, label, summary, LEAD, SECOND])).toEqual([summary, LEAD, SECOND]);
  });

  it('keeps a box with no article under it: its bullets are all the page holds of the article', () => {
    const bullets = ['- A storm toppled a harbour crane on Tuesday night.', '- Nobody was hurt, the harbour authority said.', '- The quay will stay closed for at least a week.'];
    expect(paragraphs([HEADLINE, 'Summary', ...bullets])).toEqual(bullets);
    expect(paragraphs([HEADLINE, 'Key points: A storm toppled a harbour crane on Tuesday night.', bullets[1]!, bullets[2]!])).toHaveLength(3);
  });

  it('keeps a long paragraph under the label: that is the article', () => {
    const long = `${LEAD} ${SECOND} ${LAST} ${QUOTED}`;
    const after = 'The port expects to reopen the quay next Monday, once crews have cleared the debris away.';
    expect(paragraphs([HEADLINE, 'Summary', long, after])).toEqual([long, after]);
  });
});

describe('a date stamp glued to the line after it', () => {
  it('is split off a capitalised line, and not off a sentence or a stamp', () => {
    expect(splitGluedDate('12 August, 2024 A crane on the quay at dawn.')).toEqual(['12 August, 2024', 'A crane on the quay at dawn.']);
    expect(splitGluedDate('28.10.2024 Harbour master Ana Sousa said the quay would reopen.')).toEqual(['28.10.2024', 'Harbour master Ana Sousa said the quay would reopen.']);
    expect(splitGluedDate('Wed, Dec 3, 2025 14:05 Firefighters fought the blaze for hours.')).toEqual(['Wed, Dec 3, 2025 14:05', 'Firefighters fought the blaze for hours.']);
    // The year's abbreviation and its full stop stay with the date.
    expect(splitGluedDate('7 августа 2024 г.В порту всю ночь тушили пожар на причале.')).toEqual(['7 августа 2024 г.', 'В порту всю ночь тушили пожар на причале.']);
    expect(splitGluedDate('7 серпня 2024 р. У порту всю ніч гасили пожежу на причалі.')).toEqual(['7 серпня 2024 р.', 'У порту всю ніч гасили пожежу на причалі.']);
    expect(splitGluedDate(`12 August 2024 A ${'long '.repeat(100_000)}line.`)?.[0]).toBe('12 August 2024');
    expect(splitGluedDate('12 August 2024 was the day the crane fell.')).toBeNull();
    expect(splitGluedDate('06:56, Wed, Dec 3, 2025 Updated: 06:58, Wed, Dec 3, 2025')).toBeNull();
    expect(splitGluedDate('On 12 August 2024 A crane fell.')).toBeNull();
  });

  it('becomes the printed date, and the text after it stays on the page', () => {
    const caption = 'A crane lies across the quay after the storm. Porto, March 2025.';
    const { report } = ingest([article('page.txt', [HEADLINE, `12 March 2025 ${caption}`, LEAD, SECOND].join('\n\n'))]);
    const source = report.sources[0]!;
    expect(source.published).toBe('2025-03-12');
    expect(source.removed).toContainEqual({ text: '12 March 2025', reason: 'dateline' });
    expect(source.blocks.map((b) => b.text)).toContain(caption);
  });
});

describe('the lead photo\'s caption under the headline', () => {
  const caption = 'A crane lies across the quay after the storm.';
  const body = (lines: string[]) => ingest([article('page.txt', lines.join('\n\n'))]).report.sources[0]!;

  it('is dropped when its credit stands under it and the article follows; the credit is the photo\'s, not the story\'s', () => {
    for (const credit of ['(Associated Press)', 'Photo: Jane Roe/Example Agency']) {
      const source = body([HEADLINE, '12 March 2025', caption, 'The storm was the worst in years.', credit, 'Share', LEAD, SECOND, LAST]);
      expect(source.removed).toEqual(
        expect.arrayContaining([{ text: caption, reason: 'caption' }, { text: 'The storm was the worst in years.', reason: 'caption' }, { text: credit, reason: 'photo-credit' }]),
      );
      expect(source.blocks.map((b) => b.text)).toEqual([LEAD, SECOND, LAST]);
      expect(source.agencies).toEqual([]);
    }
  });

  it('is not a standfirst over a byline, nor a lead paragraph over a photo credit', () => {
    const standfirst = 'The storm was the worst in years.';
    expect(body([HEADLINE, standfirst, 'By Jane Roe', LEAD, SECOND]).blocks.map((b) => b.text)).toEqual([standfirst, LEAD, SECOND]);
    const lead = `${LEAD} ${SECOND}`;
    expect(body([HEADLINE, lead, 'Photo: Jane Roe/Example Agency', LAST, QUOTED]).blocks.map((b) => b.text)).toEqual([lead, LAST, QUOTED]);
  });

  it('is not the lead over a line naming the story\'s sources', () => {
    const lead = 'A harbour crane collapsed overnight as a storm swept across the port.';
    const sources = 'Source: the harbour authority; Jane Roe, the port\'s spokeswoman; a local Telegram channel';
    expect(body([HEADLINE, lead, sources, SECOND, LAST, QUOTED]).blocks.map((b) => b.text)).toEqual([lead, SECOND, LAST, QUOTED]);
  });

  it('stays when no paragraphs of the article follow the credit', () => {
    expect(body([HEADLINE, caption, LEAD, 'Photo: Jane Roe/Example Agency']).blocks.map((b) => b.text)).toEqual([caption, LEAD]);
  });
});

describe('a box asking the reader to follow the site', () => {
  const astra = 'Meanwhile, the Russian Telegram channel Astra, citing local residents, reported a fire near the port.';
  const governor = 'The governor said on his Telegram channel that two drones had been shot down.';

  it('is dropped when it invites the reader or names the site as "us"; a channel the news names is the article', () => {
    const boxes = ['Follow us on Telegram for the latest updates', 'Subscribe to Harbour News on Telegram, Facebook and RSS!', 'Folgen Sie uns auf Telegram', 'Join our WhatsApp channel'];
    const page = [HEADLINE, LEAD, astra, governor, SECOND, ...boxes, LAST];
    expect(paragraphs(page)).toEqual([LEAD, astra, governor, SECOND, LAST]);
    for (const box of boxes) expect(reasons(page)[box]).toBe('widget');
  });
});

describe('a call for money and a note on commenting, said to the reader', () => {
  it('are dropped; a quote or a sentence that shares their words is the article', () => {
    const calls = ['Support Harbour News or become our patron!', 'Підтримайте нас на Patreon', 'Unterstützen Sie unsere Arbeit mit einer Spende'];
    const note = 'With your current subscription plan you can comment on stories. Before writing your first comment, please create a display name in your account settings.';
    const quote = '“Support our dockers,” the union said in a statement, and its members would not comment on the account given by the port.';
    const blood = 'Donate blood at the clinic on the quay, the harbour authority urged residents.';
    const page = [HEADLINE, LEAD, quote, blood, SECOND, LAST, ...calls, note];
    expect(paragraphs(page)).toEqual([LEAD, quote, blood, SECOND, LAST]);
    for (const box of [...calls, note]) expect(reasons(page)[box]).toBe('widget');
  });
});

describe('debris of the layout', () => {
  it('drops a comma or stop alone on a line, an embedded post\'s signature, a caption credited "(Courtesy)" and a glued "Other topics of interest" box', () => {
    const signature = '— Jane Roe ★★ (@janeroe_example) March 3, 2025';
    const caption = 'A crane lies across the quay on Wednesday. (Courtesy)';
    const box = 'Other Topics of Interest Port Reopens After Storm Damage Is Cleared';
    const page = [HEADLINE, LEAD, ',', SECOND, caption, '…', QUOTED, signature, box, LAST];
    expect(paragraphs(page)).toEqual([LEAD, SECOND, QUOTED, LAST]);
    expect(reasons(page)).toMatchObject({ ',': 'markup', '…': 'markup', [signature]: 'dateline', [caption]: 'caption', [box]: 'teaser' });
  });

  it('keeps a last line the excerpt cut off under a photo\'s credit when it holds a sentence before the cut', () => {
    const cut = 'Nobody was hurt, the harbour authority said. Engineers from the port and the crane maker will inspect the quay on Thursday and then';
    const page = [HEADLINE, LEAD, SECOND, 'The quay after the storm / Photo Jane Roe', cut];
    expect(paragraphs(page)).toEqual([LEAD, SECOND, cut]);
    expect(paragraphs([HEADLINE, LEAD, SECOND, 'Photo: Jane Roe/Example Agency', 'Cranes along the coast', cut])).toContain(cut);
    const signUp = "Don't miss a headline: get our summary of the port's news every day. Click here to sign up for the free Harbour Digest.Close";
    expect(paragraphs([HEADLINE, LEAD, SECOND, LAST, 'HARBOUR DIGEST', signUp])).not.toContain(signUp);
    const caption = 'The quay after the storm on Wednesday morning';
    expect(paragraphs([HEADLINE, LEAD, SECOND, 'Photo: Jane Roe/Example Agency', caption])).toEqual([LEAD, SECOND]);
  });
});
