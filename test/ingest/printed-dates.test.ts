// Printed publication dates in the forms the dossier's sources use, on hand-made pages.
import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../src/pipeline/clean/index.ts';
import { dateLine, findDates } from '../../src/pipeline/dates.ts';
import { article, ingest } from '../helpers/ingest.ts';

const body = 'A fuel depot in the border region caught fire overnight after an attack by drones, the regional governor said on Monday.\n\nFirefighters worked for several hours to contain the blaze, and nobody was hurt.';
const published = (dateLine: string, lead = body) => {
  const { report } = ingest([article('page.txt', `Depot burns after drone strike\n\n${dateLine}\n\n${lead}`)]);
  return report.sources[0]!.published;
};

describe('printed publication date', () => {
  it.each([
    ['3 Dec, 2025 14:05', '2025-12-03'],
    ['Oct. 28, 2024', '2024-10-28'],
    ['28.10.2024', '2024-10-28'],
    ['4. 9. 2024', '2024-09-04'],
    ['4.9.2024 10:15', '2024-09-04'],
    ['2024-10-28T09:30:00+02:00', '2024-10-28'],
    ['28 жовтня 2024', '2024-10-28'],
    // Indonesian, Vietnamese and Hindi, by the runtime's CLDR data.
    ['Sabtu, 4 Maret 2023 07:02 WIB', '2023-03-04'],
    ['Thứ Bảy, 4 tháng 3, 2023 07:02', '2023-03-04'],
    ['4 मार्च 2023', '2023-03-04'],
    ['28 октября 2024 г., 10:15', '2024-10-28'],
    ['28. Oktober 2024', '2024-10-28'],
    ['le 28 octobre 2024', '2024-10-28'],
    ['14 dicembre 2024', '2024-12-14'],
    ['14 de diciembre de 2024', '2024-12-14'],
    ['28 października 2024', '2024-10-28'],
    ['3 grudnia 2024 r., 10:05', '2024-12-03'],
    ['28. října 2024', '2024-10-28'],
    ['14. prosince 2024 10:05', '2024-12-14'],
    ['06:56, Wed, Dec 3, 2025 Updated: 06:58, Wed, Dec 3, 2025', '2025-12-03'],
    ['2024年10月28日 14:05', '2024-10-28'],
    ['2024年10月28日 14時05分', '2024-10-28'],
    ['2024년 10월 28일 오후 2:05', '2024-10-28'],
    // Year first, each field closed by a dot (Korean blogs).
    ['2025. 1. 23. 10:57', '2025-01-23'],
    // Languages chrono has no locale for, read by their own long date pattern (cldr-dates.ts).
    ['28 octombrie 2024, 14:05', '2024-10-28'],
    ['2024. október 28. 14:05', '2024-10-28'],
    ['28 Ekim 2024 Pazartesi', '2024-10-28'],
    ['28 Οκτωβρίου 2024', '2024-10-28'],
    ['28. lokakuuta 2024', '2024-10-28'],
    ['2024 m. spalio 28 d.', '2024-10-28'],
    ['2024. gada 28. oktobris', '2024-10-28'],
    ['28 באוקטובר 2024', '2024-10-28'],
    ['28 أكتوبر 2024', '2024-10-28'],
    // Arabic's regional month names (the Levant's, the Maghreb's), and an alef written with its hamza below.
    ['28 إكتوبر 2024', '2024-10-28'],
    ['19 نيسان 2018', '2018-04-19'],
    ['3 أفريل 2024', '2024-04-03'],
    ['5 غشت 2023', '2023-08-05'],
    ['28 d’octubre del 2024', '2024-10-28'],
    ['28 октомври 2024 г.', '2024-10-28'],
    // Thai, in the Gregorian year and in the Buddhist era's, 543 years ahead.
    ['28 ต.ค. 2024', '2024-10-28'],
    ['28 ตุลาคม 2567', '2024-10-28'],
    // A stamp of labelled fields between bars: "posted | DATE  updated | DATE".
    ['입력 | 2025-01-13 12:14 수정 | 2025-01-13 12:40', '2025-01-13'],
    ['Published | 13.01.2025 12:14 | Updated | 13.01.2025 12:40', '2025-01-13'],
    // A comma before the year, as some pages print it.
    ['29 septembrie, 2025', '2025-09-29'],
    ['28 Οκτωβρίου, 2024', '2024-10-28'],
    ['28 października, 2024', '2024-10-28'],
    // A blog theme's month-first date in the page's own month names ("F j, Y").
    ['• on agosto 12, 2020', '2020-08-12'],
    ['octubre 5, 2023', '2023-10-05'],
    ['Oktober 12th, 2024', '2024-10-12'],
    ['серпня 12, 2024', '2024-08-12'],
    // A blog's stamp, the date month first between hyphens.
    ['Posted on: 08-17-2024 With: 1 Comment Posted by: Mara Lind', '2024-08-17'],
    // An ordinal day, a comma, then the English month, under another language's label.
    ['تاريخ النشر: 9th, August 2024 GMT', '2024-08-09'],
    // A desk's credit and the date between dashes.
    ['- Special to The Harbour Times - Tuesday, September 24, 2024', '2024-09-24'],
  ])('reads "%s" near the headline as %s', (line, iso) => {
    expect(published(line)).toBe(iso);
  });

  it('reads a date with slashes month first on an English page only, and day first on a page in another language', () => {
    expect(published('Published: 02/05/2023')).toBe('2023-02-05');
    const spanish = 'Un depósito de combustible en la región fronteriza se incendió durante la noche tras un ataque con drones, dijo el gobernador regional el lunes.\n\nLos bomberos trabajaron durante varias horas para contener el incendio, y nadie resultó herido.';
    expect(published('Publicado: 02/05/2023', spanish)).toBe('2023-05-02');
    // A day past the twelfth can only be read one way, in any language.
    expect(published('Publicado: 25/05/2023', spanish)).toBe('2023-05-25');
  });

  it('reads a date with dots and a two-digit year day first, on a page in any language', () => {
    expect(published('10:04 03.09.15')).toBe('2015-09-03');
    expect(published('Published 03.09.2015')).toBe('2015-09-03');
    expect(published('Published 25.12.24')).toBe('2024-12-25');
  });

  it('never takes the date of an embedded post\'s signature for the page\'s', () => {
    const embed = 'The fire at the depot seen from the ring road tonight.\n— JR2 (@Example210) September 14, 2025\n(59.48, 32.05). pic.twitter.com/AbC123xYz';
    const { report } = ingest([article('embed.txt', `Depot burns after drone strike\n\n${body}\n\n${embed}\n\nThe governor said the fire was out by morning, and that nobody had been hurt in the attack.\n`)]);
    expect(report.sources[0]!.published).toBeNull();
    expect(report.sources[0]!.removed.map((r) => r.text)).toContain('— JR2 (@Example210) September 14, 2025');
  });

  it('never takes the day a masthead says the paper was founded for the publication date', () => {
    const masthead = (line: string) => {
      const { report } = ingest([article('paper.txt', `The Lakeside Courier\n${line}\n\nDepot burns after drone strike\n\n${body}`)]);
      return report.sources[0]!.published;
    };
    expect(masthead('Lakeside, Oregon  Est. May 19, 1883')).toBeNull();
    expect(masthead('Lakeside, Oregon  Founded 19 May 1883')).toBeNull();
    expect(dateLine('Gegründet am 3. Mai 1946')).toBeNull();
    // A date the time zone EST follows is a stamp still; so is one after "Updated".
    expect(dateLine('May 19, 2024 10:00 EST')?.iso).toBe('2024-05-19');
    expect(dateLine('Updated May 19, 2024')?.iso).toBe('2024-05-19');
  });

  it('reads the stamps of publication and update alike as dates, not as a photo\'s alt text and caption', () => {
    const caption = '지난 7일 촬영된 사진에서 항구의 연료 저장고가 불에 타고 있다.예시통신';
    const page = ['국제 국제정치', '', '드론 공격에 항구 연료 저장고 화재', '', '홍길동 기자', '', '예시뉴스', '', '입력 2024.08.11 14:49', '', '수정 2024.08.11 14:49', '', caption, caption, '', body].join('\n');
    const source = ingest([article('stamps.txt', page)]).report.sources[0]!;
    expect(source.published).toBe('2024-08-11');
    expect(source.removed.find((r) => r.text.startsWith('입력'))?.reason).not.toBe('caption');
  });

  it('reads a post\'s stamp that counts its comments beside the date as a date line, not a sentence with a date in it', () => {
    expect(dateLine('Posted on November 1st, 2024 • 15 Comments')?.iso).toBe('2024-11-01');
    expect(dateLine('March 3, 2024 | Leave a comment')?.iso).toBe('2024-03-03');
    expect(dateLine('12.03.2024 | 3 Kommentare')?.iso).toBe('2024-03-12');
    expect(dateLine('Published on May 6th, 2024 - One Comment')?.iso).toBe('2024-05-06');
    expect(dateLine('In 15 comments on November 1st, 2024 readers asked')).toBeNull();
    const { report } = ingest([article('post.txt', `Home\nAbout\nDepot burns after drone strike\nPosted on November 1st, 2024 • 15 Comments\n\n${body}\n`)]);
    expect(report.sources[0]!.published).toBe('2024-11-01');
  });

  it('never takes the day a site\'s header prints over its masthead for the article\'s', () => {
    const page = (top: string) => `${top}\n\nDepot burns after drone strike\n\n${body}\n`;
    const dated = (top: string) => ingest([article('header.txt', page(top), 'url: https://www.lakesideharbournews.example/depot-fire\n')]).report.sources[0]!;
    const header = dated('Tuesday, April 16, 2024 | Back issues\nLakeside Harbour News Lakeside Harbour News');
    expect(header.outlet).toBe('Lakeside Harbour News');
    expect(header.published).toBeNull();
    // Under the masthead, the date is the article's.
    expect(dated('Lakeside Harbour News\nTuesday, April 16, 2024').published).toBe('2024-04-16');
    // Over the breadcrumb that leads to the article, it is the header's.
    expect(dated('субота, 21 березня, 2026\nLHN > NEWS > Depot burns after drone strike').published).toBeNull();
  });

  it('reads the whole date of the dateline that opens the lead, and no date a sentence opens on', () => {
    const lead = (opening: string) => published('', `${opening} a fuel depot in the border region caught fire overnight after an attack by drones, the governor said.\n\nNobody was hurt.`);
    expect(lead('LAKESIDE, 19 April 2018 –')).toBe('2018-04-19');
    expect(lead('Lakeside, Apr. 19, 2018 (Example Wire) -')).toBe('2018-04-19');
    expect(lead('هيوستون 19 إبريل 2018 /')).toBe('2018-04-19');
    // A dateline without the year gives no whole date; a sentence may open on its date, and dash.
    expect(lead('LAKESIDE, April 19 (Example Wire) -')).toBeNull();
    expect(lead('On 19 April 2018 –')).toBeNull();
    expect(lead('In Lakeside on 19 April 2018 –')).toBeNull();
  });

  it('reads the stamp printed after the headline on the page\'s first line, and only there', () => {
    const headline = 'Drones hit a fuel depot in the border region';
    const first = ingest([article('stamp.txt', `${headline} Saturday, December 14, 2024 9:48:00 AM\n\n${body}`)]).report.sources[0]!;
    expect(first.title).toBe(headline);
    expect(first.published).toBe('2024-12-14');
    // A line that ends a sentence on its date ("… on …") stays whole.
    const sentence = `${headline} on Saturday, December 14, 2024 at 9:48 AM`;
    expect(ingest([article('sentence.txt', `${sentence}\n\n${body}`)]).report.sources[0]!.published).toBeNull();
  });

  it('never takes a date before the web began for a page\'s: a history page prints the day of its battle on top', () => {
    expect(published('23 августа 1943 года')).toBeNull();
    expect(published('LAKESIDE, 19 April 1962 –')).toBeNull();
    expect(published('23 августа 2024 года')).toBe('2024-08-23');
  });

  it('never takes a relative stamp or a date inside the article for the publication date', () => {
    expect(published('2 hours ago')).toBeNull();
    expect(published('Updated 12:30 GMT')).toBeNull();
    expect(published('', 'On 12 August 2024 a fuel depot in the border region caught fire after an attack by drones, the governor said.\n\nNobody was hurt.')).toBeNull();
    // A Chinese sentence with a date in it runs on without spaces: it is no date line.
    expect(dateLine('记者10月28日从当地获悉')).toBeNull();
    expect(dateLine('发布时间：2024年10月28日 14:05')?.iso).toBe('2024-10-28');
    expect(findDates('2024年13月40日')).toEqual([]);
    expect(findDates('2024年13月28日')).toEqual([]);
    expect(findDates('于10月28日发布').map((d) => d.text)).toEqual(['10月28日']);
    // A whole date only: a month name with a day but no year is not read in these languages (too often a word).
    expect(findDates('28 octombrie')).toEqual([]);
    expect(findDates('32 octombrie 2024')).toEqual([]);
    expect(findDates('32 listopada 2024')).toEqual([]);
  });

  it('never takes the date of a story in the feed under the article for the page\'s', () => {
    const feed = ['Support us', '', 'Articles', '', 'World', '29.01.2026', '14:00', '', 'Winter storms close the mountain passes for a second week', '', 'Drivers were told to stay home as snow kept falling on the…'];
    const page = (above: string[]) => ingest([article('page.txt', ['Depot burns after drone strike', '', ...above, body, '', 'Earlier this month another depot in the region was hit by a drone.', '', ...feed].join('\n'))]).report.sources[0]!;
    const source = page([]);
    expect(source.published).toBeNull();
    expect(source.removed).toContainEqual({ text: '29.01.2026', reason: 'dateline' });
    // The article's own date above it is still the page's.
    expect(page(['12.03.2025', '']).published).toBe('2025-03-12');
  });

  it('never takes the date under a teaser\'s headline after the article for the page\'s', () => {
    const teaser = ['Ferry line reopens after a month of storms: what changed', '14.03.2025, 15:00', '', 'The harbour master said the first boats would leave at dawn on Friday, weather permitting, and timetables would…'];
    const page = ['Depot burns after drone strike', '', body, '', 'Earlier this month another depot in the region was hit by a drone.', '', ...teaser].join('\n');
    const source = ingest([article('teaser-date.txt', page)]).report.sources[0]!;
    expect(source.published).toBeNull();
    expect(source.removed).toContainEqual({ text: '14.03.2025, 15:00', reason: 'teaser' });
  });

  it("never takes the header's date bar beside the weather for the publication date", () => {
    const header = (lines: string[]) => ingest([article('page.txt', [...lines, '', 'Depot burns after drone strike', '', body].join('\n'))]).report.sources[0]!.published;
    expect(header(['61.9 F', 'Example City', 'Thursday, January 22, 2026'])).toBeNull();
    expect(header(['Weather: Hi: 7°C / Lw: 4°C', 'Tuesday, January 15, 2008'])).toBeNull();
    // Without the weather, a date over the headline is the article's.
    expect(header(['Thursday, January 22, 2026'])).toBe('2026-01-22');
  });

  it("takes a page dump's whole-day date stamp, and says so", () => {
    const { report } = ingest([article('page.txt', ` date 2024-10-22 Depot burns after drone strike\n\n${body}`)]);
    expect(report.sources[0]).toMatchObject({ published: '2024-10-22', dateBasis: 'published (the date stamp printed at the top of the page)' });
    const month = ingest([article('page.txt', ` date 2024-10 Depot burns after drone strike\n\n${body}`)]).report.sources[0]!;
    expect(month.published).toBeNull();
    expect(month.title).toBe('Depot burns after drone strike');
  });
});

describe('a fraction', () => {
  it('is a quantity when a word follows it ("1/2 onion"), not a day and month; a bare "1/2" after a label is still a date', () => {
    expect(findDates('1/2 onion')).toEqual([]);
    expect(dateLine('3/4 cup of flour')).toBeNull();
    expect(dateLine('Posted 1/2')).toMatchObject({ text: '1/2' });
  });

  it('keeps a recipe\'s ingredients as its lines, none removed as a dateline', () => {
    const ingredients = ['1/2 head of cabbage', '1/2 onion', '1/4 teaspoon salt', '2 carrots'];
    const cleaned = cleanPage([
      { text: 'Home Recipes', blankBefore: true, outsideArticle: true },
      { text: 'A lighter coleslaw', blankBefore: true, heading: 1 },
      { text: 'This coleslaw keeps its crunch for a day in the fridge, because the dressing is made with yogurt.', blankBefore: true },
      ...ingredients.map((text, i) => ({ text, blankBefore: i === 0 })),
      { text: 'Shred the cabbage and the carrots, slice the onion thinly and toss them with the salt before you dress them.', blankBefore: true },
    ]);
    expect(cleaned.kept.map((k) => k.text)).toEqual(expect.arrayContaining(ingredients));
    expect(cleaned.removed.map((r) => r.reason)).not.toContain('dateline');
  });
});
