// The headline pass on page shapes written for this test (each a small hand-made page dump).
import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../src/pipeline/clean/index.ts';
import { readText } from '../../src/pipeline/read/text.ts';
import { shapeOf } from '../../src/pipeline/clean/shapes.ts';
import { isCountedThreadLabel } from '../../src/pipeline/clean/comments.ts';
import { article, ingest } from '../helpers/ingest.ts';

const title = (page: string) => cleanPage(readText(page)).title;
const PARAGRAPHS = [
  'A fuel depot in the border region caught fire overnight after an attack by drones, the regional governor said on Monday.',
  'Firefighters worked for several hours to contain the blaze, and nobody was hurt, according to the emergency services.',
];
const para = (n: number) => PARAGRAPHS[n - 1]!;

describe('headline', () => {
  it('is the headline printed twice over the lead photo\'s credit, once with a dash and once with a hyphen', () => {
    const page = `Drones hit three refineries overnight – source\n\nDrones hit three refineries overnight - source\n\nIllustrative photo (Example Agency)\n\n${para(1)}\n\n${para(2)}\n\n${para(1).replace('fuel depot', 'second depot')}`;
    expect(title(page)).toBe('Drones hit three refineries overnight – source');
  });

  it('is a headline line over the lead photo, not the photo\'s alt text and caption printed twice under it over their credit', () => {
    const caption = 'Smoke rises over a burning fuel tank';
    const page = `Drones set a fuel depot ablaze near the river port\n\n${caption}\n${caption}\nPhoto: Example Agency\n\n${para(1)}\n\n${para(2)}`;
    expect(title(page)).toBe('Drones set a fuel depot ablaze near the river port');
    expect(cleanPage(readText(page)).removed.filter((r) => r.text === caption).map((r) => r.reason)).toEqual(['caption', 'caption']);
  });

  it('is a question over the lead photo\'s caption, printed twice, and its credit', () => {
    const caption = 'Firefighters work at the depot after the strike near the river port, in the border region, March 3, 2025.';
    const page = `Can the border region keep its fuel depots safe?\n\n${caption}\n${caption}\nEXAMPLE AGENCY/Jane Roe\n\n${para(1)}\n\n${para(2)}`;
    expect(title(page)).toBe('Can the border region keep its fuel depots safe?');
    // With no photo under it, a question that opens the page may be the lead's first sentence: it stays a paragraph.
    expect(title(`Can the border region keep its fuel depots safe?\n\n${para(1)}\n\n${para(2)}`)).not.toBe('Can the border region keep its fuel depots safe?');
  });

  it('is a page\'s first line printed as a list\'s one item, right over the article, without its bullet', () => {
    const page = `- Governor of the border region: fuel depot on fire after drone attack\n\n${para(1)}\n\n${para(2)}`;
    expect(title(page)).toBe('Governor of the border region: fuel depot on fire after drone attack');
    // A menu is a run of items.
    const menu = `- Fuel depots of the border region and their drones\n- Weather\n- Sport\n\n${para(1)}\n\n${para(2)}`;
    expect(title(menu) ?? '').not.toContain('Fuel depots of the border region');
  });

  it('is never a city\'s weather reading at the top of the page ("LAKESIDE 15°C / 9°C")', () => {
    expect(title(`LAKESIDE 15°C / 9°C\n\n${para(1)}\n\n${para(2)}`)).toBeNull();
    expect(title(`Lakeside Town 3° / -2°\n\nDrones set the border region's fuel depot on fire\n\n${para(1)}\n\n${para(2)}`)).toBe('Drones set the border region\'s fuel depot on fire');
  });

  it('is never a Chinese page\'s copy editor\'s credit ("NAME/核稿編輯") over the article', () => {
    const zh = ['無人機夜間襲擊了邊境地區的一座油庫，引發大火，州長週一表示。', '消防員花了數小時才控制住火勢，沒有人受傷。'];
    expect(title(`郭例子/核稿編輯\n\n${zh[0]}\n\n${zh[1]}`)).toBeNull();
  });

  it('is never a wire story\'s first line, its dateline and first words broken at a fixed width: that is the lead, kept', () => {
    const page = 'LAKESIDE, Examplia, June 9 A fire at a\nHarbour fuel depot killed two people on Tuesday, officials\nsaid, including a fireman who went missing after the blast.\nThe fire burned overnight and by morning had spread to at\nleast six tanks, most of them storing diesel for the ferries.';
    const cleaned = cleanPage(readText(page));
    expect(cleaned.title).toBeNull();
    expect(cleaned.kept[0]!.text).toBe('LAKESIDE, Examplia, June 9 A fire at a');
    // A headline may open on an acronym and a comma; no date follows it so.
    expect(title(`ACME, Lakeside Ferries confirm merger in British harbour probe\n\nDec 29, 2007\n\n${para(1)}\n\n${para(2)}`)).toBe('ACME, Lakeside Ferries confirm merger in British harbour probe');
    // A byline in capitals with its outlet behind a comma is no dateline.
    expect(cleanPage(readText(`Drones set the border region's fuel depot on fire\nJANE EXAMPLE, Lakeside News\n${para(1)}\n\n${para(2)}`)).kept[0]!.text).toBe(para(1));
  });

  it('is never an author box\'s label at the top of the page ("About the Author")', () => {
    expect(title(`About the Author\nJane Example\nJane Example is the harbour correspondent at Lakeside News.\n\n${para(1)}\n\n${para(2)}`)).not.toBe('About the Author');
  });

  it('never ends on a semicolon: a name joined to the page\'s tags ("Jane Example;") over them is no headline', () => {
    expect(title(`Jane Example;\nUkraina;Kursk;drony;wojna;\n2024-08-07 19:00:00\n${para(1)}\n\n${para(2)}`)).toBeNull();
  });

  it('is a first line written as a sentence, when the paragraph under it retells it in nearly all its words', () => {
    const headline = 'Drones set the border region\'s fuel depot on fire overnight, governor says.';
    expect(title(`${headline}\n\n${para(1)}\n\n${para(2)}`)).toBe(headline);
    expect(cleanPage(readText(`${headline}\n\n${para(1)}\n\n${para(2)}`)).kept[0]!.text).toBe(para(1));
    // A short lead sentence shares a few of its words with the next paragraph, not nearly all: the page prints no headline.
    const lead = 'The governor spoke to reporters on Monday morning at the regional office.';
    expect(title(`${lead}\n\n${para(1)}\n\n${para(2)}`)).toBeNull();
    // A teaser that is the next paragraph's own start is that paragraph printed twice, not its headline.
    const start = 'A fuel depot in the border region caught fire overnight after an attack by drones.';
    expect(title(`${start}\n\n${para(1)}\n\n${para(2)}`)).toBeNull();
  });

  it('is never an embedded post\'s text over its signature, which carries its picture\'s link', () => {
    const post = 'Special forces of the border guard captured 102 soldiers in the border region pic.twitter.com/AbC123xYz';
    const page = `${para(1)}\n${post}\n— Example Governor (@examplegov) March 3, 2025\n${para(2)}\n${para(1).replace('fuel depot', 'second depot')}`;
    expect(title(page)).not.toBe(post);
    expect(cleanPage(readText(page)).kept.map((k) => k.text)).toContain(para(1));
  });

  it('is never a credit\'s label standing over its name ("Published by")', () => {
    const page = `Published by\nExample Wire\n\n${para(1)}\n\n${para(2)}`;
    expect(title(page)).not.toBe('Published by');
    expect(shapeOf('Published by', {})).toBe('colon-label');
    expect(shapeOf('Written by:', {})).toBe('colon-label');
    expect(shapeOf('Published by the council, the plan sets out new fuel rules.', {})).toBe('prose');
  });

  it('is the top of the block above the lead, not the standfirst under it', () => {
    expect(title(['Depot burns after drone strike', 'Officials say the fire spread to two tanks before it was contained', para(1), para(2)].join('\n'))).toBe('Depot burns after drone strike');
  });

  it('is the shorter line right on the lead when a longer one, a photo\'s caption, stands above it', () => {
    const caption = 'A firefighter stands in the smoke as a tank burns at the depot near the river port';
    expect(title([caption, 'Drones set a fuel depot on fire overnight', para(1), para(2)].join('\n'))).toBe('Drones set a fuel depot on fire overnight');
    // A line under the headline that credits someone is a byline the byline rule could not read.
    const headline = 'Seven questions the island council still has to answer before the spring';
    expect(title([headline, '+ Posted by Jane Roe // Executive Producer, Harbour Radio', para(1), para(2)].join('\n'))).toBe(headline);
  });

  it.each([
    'Be The First To Comment',
    'Comments (9) Add A Comment',
    '{ 10 comments… read them below or add one }',
    'Like Tweet +1 Share Pin It Share',
    'Pin It Share this page',
  ])('is never a comment box\'s count or a share row between the menu and the lead: "%s"', (box) => {
    const menu = ['Home', 'News', 'Sport', 'Culture'];
    expect(title([...menu, box, '', para(1), '', para(2)].join('\n'))).toBe(null);
    expect(title(['Depot burns after drone strike', '', box, '', para(1), '', para(2)].join('\n'))).toBe('Depot burns after drone strike');
  });

  it('is given without a separator left dangling at its end where the title bar\'s site name stood', () => {
    expect(title(['Depot burns after drone strike -', '', para(1), '', para(2)].join('\n'))).toBe('Depot burns after drone strike');
    expect(title(['Depot burns after drone strike |', '', para(1), '', para(2)].join('\n'))).toBe('Depot burns after drone strike');
    expect(title(['Depot burns after drone strike - source', '', para(1), '', para(2)].join('\n'))).toBe('Depot burns after drone strike - source');
  });

  it('is the headline a snippet page prints twice, between two copies of the summary, over the article', () => {
    const summary = `${para(1)} ${para(2)}`;
    const headline = 'Fuel depot burns for a night after a drone attack';
    const lead = 'Around two hundred people were told to leave their homes near the depot on Sunday, and roads to it were closed.';
    const page = [summary, headline, summary, '', headline, lead, para(1), para(2)].join('\n');
    const cleaned = cleanPage(readText(page));
    expect(cleaned.title).toBe(headline);
    expect(cleaned.kept.map((k) => k.text)).toEqual([lead, para(1), para(2)]);
  });

  it('is the line a breadcrumb ends with, over the post\'s stamp, under a menu whose items carry blurbs', () => {
    const menu = ['Home', 'Consulting“As someone building a small business on my own, I found an hour with an adviser worth a month of reading.', 'Podcast', 'Blog', 'BooksMarch, 2024: The harbour guide is out and selling! Below is the table of contents as a PDF.', 'About', 'AboutMara Lind Mara Lind writes about the islands, their ferries and the people who run them, and hosts a weekly podcast.'];
    const headline = 'A long wait ends on the quay';
    const page = ['', ...menu, `Home / ${headline}`, headline, '', 'Posted on: 03-03-2024 With: 1 Comment Posted by: Mara Lind', '', para(1), '', para(2), '', 'Categories: Islands'].join('\n');
    expect(title(page)).toBe(headline);
    // A short one too, over the byline; a section's page prints its own short name under the
    // breadcrumb so, over a teaser's headline: not taken by this rule.
    expect(title(page.replaceAll(headline, 'Quay news'))).toBe('Quay news');
    const section = page.replaceAll(headline, 'Harbour news today').replace('\n\nPosted on', '\nFerry back in service after the storm\nPosted on');
    expect(title(section)).toBe(null);
  });

  it('is a headline of two words over a standfirst that stands on the date, under the magazine\'s name', () => {
    const standfirst = 'Three depots burned on the coast this summer, and the harbour is still counting the cost of the fires, the repairs and the lost trade.';
    const page = ['Harbour Monthly', '', 'Quiet summer', '', standfirst, '', 'Published: 02/05/2024', '', para(1), '', para(2)].join('\n');
    expect(title(page)).toBe('Quiet summer');
    // Without the stamp under it, the first paragraph is the article's, and the short line over it a label.
    expect(title(page.replace('Published: 02/05/2024', ''))).toBe(null);
  });

  it('is the line a page prints under its article, over the comment form, when nothing stands above the article', () => {
    const article = `${para(1)} ${para(2)}`;
    expect(title([article, 'Drones set the border fuel depot on fire', '', 'Leave a Reply'].join('\n'))).toBe('Drones set the border fuel depot on fire');
    // With no form under it, the line may be the start of a paragraph that a cut-off dump ends on.
    expect(title([article, 'Drones set the border fuel depot on fire'].join('\n'))).toBe(null);
    // The form's heading as the blog's software translates it.
    expect(title([article, 'Drones set the border fuel depot on fire', '', 'Залишити відповідь'].join('\n'))).toBe('Drones set the border fuel depot on fire');
    expect(title([article, 'Drones set the border fuel depot on fire', '', 'Schreibe einen Kommentar'].join('\n'))).toBe('Drones set the border fuel depot on fire');
    const cleaned = cleanPage(readText([article, 'Drones set the border fuel depot on fire', '', 'Leave a Reply'].join('\n')));
    expect(cleaned.kept.map((k) => k.text)).toEqual([article]);
    // A line that does not name the article is another story's link; under a header, the article's headline is above it.
    expect(title([article, 'Island choir sings at the harbour festival', '', 'Leave a Reply'].join('\n'))).toBe(null);
    expect(title(['Harbour News', 'Menu', article, 'Drones set the border fuel depot on fire', '', 'Leave a Reply'].join('\n'))).toBe(null);
    // Anything else under it (a list of posts) makes it one line of many.
    expect(title([article, 'Drones set the border fuel depot on fire', 'Ferry timetable for the long weekend'].join('\n'))).toBe(null);
  });

  it('is the upper of two lines as long set together over the stamps, not the deck under it', () => {
    const headline = 'Depot fires fell by a quarter, survey finds';
    const deck = 'More drones and fewer blazes in the year';
    const page = ['Email This Story Print This Story', '', headline, deck, '', 'POSTED: 8:21 am EST January 2, 2024', 'UPDATED: 8:27 am EST January 2, 2024', '', para(1), '', para(2)].join('\n');
    expect(title(page)).toBe(headline);
  });

  it('is never a byline without "By" (a name and the writer\'s role): a page that prints no headline is untitled', () => {
    expect(title(['January 2, 2024 4:48 a.m. EST', '', 'Jane Roe - Harbour News Service Staff Writer', '', para(1), '', para(2)].join('\n'))).toBe(null);
  });

  it('is a short line at the foot of a menu when a standfirst of one sentence stands between it and the byline', () => {
    const menu = ['Harbour Radar', 'Home', 'Shop', 'News & Commentary', 'Web Ops & Performance', 'Print', 'Listen'];
    const page = [...menu, 'Order on a quiet coast', 'Three depots burned there this month.', 'by Jane Roe | @janeroe | Comment | August 9, 2024', '', para(1), '', para(2)].join('\n');
    expect(title(page)).toBe('Order on a quiet coast');
  });

  it('is the line a blog prints under the day, below blurbs about the blog', () => {
    const header = [
      'Harbour Mail is a simple newsletter service for people with something to say.',
      'About',
      'Harbour Letters is an attempt to gather and sort letters, postcards and telegrams sent from the island since the war.',
      '',
      'Learn more here.',
      '',
      'Edited by Jane Roe, who also runs a list of the island\'s lighthouses.',
      '',
      'Get in touch.',
      'RSS|Email|Feed',
    ];
    const post = ['', 'Tuesday, 30 October 2024', 'The ferry that came back', para(1), '', para(2)];
    expect(title([...header, ...post].join('\n'))).toBe('The ferry that came back');
    // A stamp with its clock time is a comment's: the line under it is its writer's name.
    const comment = ['', 'Fri, 2024-11-08 15:30', 'Harbour Watcher (not verified)', para(1), '', para(2)];
    expect(title([...header, ...comment].join('\n'))).toBeNull();
  });

  it('skips a short section label and a market ticker above the headline', () => {
    expect(title(['Russia Ukraine conflict', 'Drone hits fuel depot near the border, governor says', 'Reuters', para(1), para(2)].join('\n'))).toBe(
      'Drone hits fuel depot near the border, governor says',
    );
  });

  it('is the line the page prints twice, as headline and again under a label', () => {
    expect(title(['News of the day - Fuel depot ablaze after night attack', 'Fuel depot ablaze after night attack', 'Short summary of what happened there', para(1), para(2)].join('\n'))).toBe(
      'Fuel depot ablaze after night attack',
    );
  });

  it('may end in a full stop when the page prints it twice, or behind a breadcrumb', () => {
    const headline = 'Une attaque de drone met le feu à un dépôt de carburant.';
    expect(title([`Accueil » Monde » ${headline}`, headline, 'par', para(1), para(2)].join('\n'))).toBe(headline);
    expect(title([headline, headline, para(1), para(2)].join('\n'))).toBe(headline);
  });

  it('is found below a promotion and a site menu, not in them', () => {
    const page = [
      'Our first printed magazine is out now. Be among the first readers to order a copy today.',
      '',
      'Skip to content',
      'Analysis Features Opinion Field Reports Company News',
      'About Join the Team Advertising Jobs',
      'Learn more Arrow right',
      '',
      'Troops withdraw from border town after weeks of fighting',
      '',
      'by Example News desk March 16, 2025 12:22 PM 2 min read',
      '',
      para(1),
      '',
      para(2),
    ].join('\n');
    expect(title(page)).toBe('Troops withdraw from border town after weeks of fighting');
  });

  it('is found on its date under a ticker of glued headlines that named the story first', () => {
    const page = [
      'Breaking News:',
      'Depot fire spreads to second tankTroops leave border townFuel prices climb after strikesGovernor visits the border regionRail line reopens in the northFarmers count losses after floodsNew bridge opens to traffic',
      'Your source for news',
      ...['News', 'Business', 'Sport', 'Travel', 'Weather'],
      '15 January 2025 16:22 GMT',
      'Depot fire put out after two days',
      'Saturday, 11 Jan 2025 20:43',
      para(1),
      para(2),
    ].join('\n');
    expect(title(page)).toBe('Depot fire put out after two days');
  });

  it('is not a stamped heading under the paragraphs of a page that prints no headline (a quoted story, a comment)', () => {
    const page = [
      'Readers have written to us all week about the fire at the fuel depot, and many asked what the governor said.',
      'We print his statement below, as his office released it, with the report from our correspondent.',
      'Depot fire put out after two days',
      'By Jane Example',
      para(1),
      para(2),
    ].join('\n');
    const cleaned = cleanPage(readText(page));
    expect(cleaned.title).toBeNull();
    expect(cleaned.kept.map((k) => k.text)).toContain('We print his statement below, as his office released it, with the report from our correspondent.');
  });

  it('is not a section label in capitals over a headline in title case, under a list of other stories', () => {
    const mostRead = ['Most read', '1. Fuel prices climb again after the strikes', '2. Rail line reopens in the north', '3. Farmers count their losses after floods'];
    const page = [...mostRead, 'ENERGY & FUEL / DEPOTS & PIPELINES', 'Drone Strike Sets Border Fuel Depot Ablaze', 'By Jane Example | Monday | 06/01/2025', para(1), para(2)].join('\n');
    expect(title(page)).toBe('Drone Strike Sets Border Fuel Depot Ablaze');
  });

  it('is not a caption that says where in the picture ("ABOVE: …") under a headline in capitals', () => {
    const page = ['News', 'Sport', 'Weather', 'STAFF WALK OUT OVER DEPOT CUTS', 'ABOVE: Jane Example with staff at the depot gate', '9th January 2025', para(1), para(2)].join('\n');
    const cleaned = cleanPage(readText(page));
    expect(cleaned.title).toBe('STAFF WALK OUT OVER DEPOT CUTS');
    expect(cleaned.removed).toContainEqual({ text: 'ABOVE: Jane Example with staff at the depot gate', reason: 'caption' });
  });

  it('may end on a clock time ("7:30 P.m.") when it is in title case, under a run of short links; a sentence ending on one is prose', () => {
    const headline = 'Harbour Town (12-3) At River City (9-6), 7:30 P.m.';
    const preview = '(Example Sports Wire) - Harbour Town will try to stretch its winning run to six games when it visits River City on Friday.';
    const page = ['Scores', 'Schedules', 'Tickets', 'Harbour Town Tickets', headline, preview, para(1), para(2)].join('\n');
    const cleaned = cleanPage(readText(page));
    expect(cleaned.title).toBe(headline);
    expect(cleaned.kept.map((k) => k.text)).toContain(preview);
    expect(title(['Regional Fuel Depot Reopens, Officials Say At 9 A.m.', para(1), para(2)].join('\n'))).toBe('Regional Fuel Depot Reopens, Officials Say At 9 A.m.');
    expect(shapeOf('The depot reopened at 9 a.m.', {})).toBe('prose');
  });

  it('may end on a full stop of its own when it is in title case; a list of names, a short caption and a sentence stay as they were', () => {
    const headline = 'Harbour and River Towns Sign Mutual Ferry Pact.';
    expect(title([headline, para(1), para(2)].join('\n'))).toBe(headline);
    expect(shapeOf('Subs: Roe, Doe, Major, Minor, Example.', {})).not.toBe('heading-like');
    expect(shapeOf('View of the Harbour from The Old Pier.', {})).toBe('prose');
    expect(shapeOf('The ferry pact was signed by both towns on Monday.', {})).toBe('prose');
  });

  it('is the line the page prints twice, in title case and ending on a question, not the shorter section label above it', () => {
    const headline = 'Six Months On, Harbour Town Reopened Its Ferry Line. What Has Changed?';
    const lead = 'Harbour Town reopened its ferry line to the islands six months ago, and the town council says trade has grown since.';
    const page = ['Category', 'Harbour Town Ferry', '', headline, '', headline, '', lead, '', para(1), '', para(2)].join('\n');
    expect(title(page)).toBe(headline);
    expect(shapeOf('Is This The End?', {})).toBe('prose');
  });

  it('may be of three or four words over a date and its deck, when it names the lead', () => {
    const page = ['Home', 'News', 'Sport', 'Weather', 'Contact us', 'Monday, 4 March 2024 09:12', 'Depot blaze contained', 'Monday, 4 March 2024 08:40', 'Crews say the blaze at the border depot is now under control', para(1), para(2)].join('\n');
    expect(title(page)).toBe('Depot blaze contained');
    // A short label that does not name the lead is no headline over the deck.
    expect(title(page.replace('Depot blaze contained', 'Latest regional stories'))).toBe('Crews say the blaze at the border depot is now under control');
  });

  it('stands on its byline above a long row of tools, and a help question among them is one of the tools', () => {
    const tools = ['Email article', 'Share article', 'Add to Feeds', 'Add to Bookmarks', 'Post to Network', 'Post to Facebook', 'What are these?', 'Printer friendly', 'Text size + -'];
    const header = ['Travel', 'Search for:', 'powered by Example', 'Article from:'].flatMap((l) => [l, '']);
    const more = ['The governor said the depot would stay closed while investigators examined the damage to its tanks.', 'Residents of two nearby villages were told to keep their windows shut until the smoke cleared.'];
    const article = [para(1), '', para(2), '', more[0], '', more[1]];
    const page = [...header, 'A long night on the frontier', '', 'By Jane Example March 4, 2024 12:00am', '', ...tools, 'Smoke over the depot on Monday night. Picture: Example Agency', ...article].join('\n');
    expect(title(page)).toBe('A long night on the frontier');
    // A question of its own, with a blank line over it, is a headline.
    expect(title(['What went wrong at the depot?', '', ...article].join('\n'))).toBe('What went wrong at the depot?');
  });
  it('is not the title of a sign-up box printed over the article: a page that prints no headline is untitled', () => {
    const box = ['Keep up with free updates', 'Just sign up to the Harbour Weekly briefing, delivered straight to your inbox.'];
    const cleaned = cleanPage(readText([...box, para(1), para(2)].join('\n')));
    expect(cleaned.title).toBe(null);
    expect(cleaned.removed).toContainEqual({ text: box[1], reason: 'newsletter' });
    // The headline over the box is still the headline.
    expect(title(['Depot burns after drone strike', '', ...box, para(1), para(2)].join('\n'))).toBe('Depot burns after drone strike');
  });

  it('is not a caption the page prints twice, the second time with its credits after a dash', () => {
    const caption = 'Pictures released by the army of the burnt-out depot near the river port, on 13 March 2025';
    const headline = 'Army says it has retaken the river port after weeks of fighting';
    const page = ['Harbour TV', 'Alerte info', '', headline, '', caption, '', `${caption} - Handout / Harbour Defence Ministry / AFP`, '', para(1), '', para(2)].join('\n');
    const cleaned = cleanPage(readText(page));
    expect(cleaned.title).toBe(headline);
    expect(cleaned.removed).toContainEqual({ text: `${caption} - Handout / Harbour Defence Ministry / AFP`, reason: 'caption' });
    // A headline printed again as a line that runs on past it is still printed twice.
    const echoed = ['Harbour TV', '', 'Depot burns after drone strike', '', 'Depot burns after drone strike and the port closes', '', para(1), '', para(2)].join('\n');
    expect(cleanPage(readText(echoed)).title).toBe('Depot burns after drone strike');
  });

  it('is not a caption closed by its credit in square brackets ("… [EPA]"), standing on the lead under the byline', () => {
    const caption = 'Firefighters said the blaze at the depot had burned for six hours [Example Agency/AFP]';
    const page = ['Home', 'Depot fire burns through the night', '| Print |', 'E-mail', 'By Agencies', caption, para(1), para(2)].join('\n');
    const cleaned = cleanPage(readText(page));
    expect(cleaned.title).toBe('Depot fire burns through the night');
    expect(cleaned.removed).toContainEqual({ text: caption, reason: 'caption' });
    expect(shapeOf('Smoke rises over the fuel depot after the strike [Reuters]', {})).toBe('caption');
    expect(shapeOf('Residents were evacuated from three streets near the depot [screen capture]', {})).toBe('caption');
    // A sentence that ends in a bracketed note is no caption.
    expect(shapeOf('The governor said the fire was out [update below]', {})).not.toBe('caption');
  });

  it('is not a caption closed by the social account the picture came from, nor alt text saying what the picture is', () => {
    const headline = 'Fires spread at port oil terminal after night of drone attacks';
    const caption = 'Smoke over the fuel tanks at the port on May 17, 2024 @via social media';
    const page = [headline, 'Night raid hits facilities across the southern region', '• bureau', '• 12:26 PM, May 17, 2024', '• 1258', headline, caption, para(1), para(2)].join('\n');
    const cleaned = cleanPage(readText(page));
    expect(cleaned.title).toBe(headline);
    expect(cleaned.removed).toContainEqual({ text: caption, reason: 'caption' });
    expect(shapeOf('The governor shared a picture of the burning tank near the river port [@ExampleGovernor]', {})).toBe('caption');
    expect(shapeOf('Smoke rises over the depot, photo via Telegram', {})).toBe('caption');
    expect(shapeOf('Image of the largest refinery in the region', {})).toBe('caption');
    // A byline's handle is in round brackets; a headline may say a thing was shared via an app.
    expect(shapeOf('Jane Roe (@janeroe)', {})).not.toBe('caption');
    expect(shapeOf('Governor says the footage was shared via Telegram', {})).not.toBe('caption');
  });

  it('is not a caption printed again with its credit glued to its full stop ("….(KXYZ)"), standing on the byline', () => {
    const caption = 'The depot is expected to stay closed for weeks while the damage is assessed.';
    const page = ['Birthday Club', 'After depot fire, regulator opens an inquiry into the blaze', '', caption, `${caption}(KXYZ)`, 'By KXYZ Staff', 'Published: Sep. 30, 2022 at 10:50 PM EDT', para(1), para(2)].join('\n');
    const cleaned = cleanPage(readText(page));
    expect(cleaned.title).toBe('After depot fire, regulator opens an inquiry into the blaze');
    expect(cleaned.removed).toContainEqual({ text: `${caption}(KXYZ)`, reason: 'caption' });
    expect(shapeOf('Smoke rises over the depot after the strike.[Example Agency]', {})).toBe('caption');
    // A headline may end on a bracketed note with no stop before it; a sentence may close on a spaced credit.
    expect(shapeOf('Depot burns after drone strike (VIDEO)', {})).not.toBe('caption');
    expect(shapeOf('The fire was put out by morning, the governor said. (Lakeside Wire)', {})).not.toBe('caption');
  });

  it('is the line under a lead photo\'s caption that says it is one ("in this combined image"), not the caption', () => {
    const caption = 'The governor, left, and the depot director are seen in this combined image.';
    const page = ['Regional News', 'Weather', caption, 'Governor orders inquiry into depot fire', 'Updated Tue. Mar. 5 2024 10:12 PM ET', 'Jane Example, Staff Writer', para(1), para(2)].join('\n');
    const cleaned = cleanPage(readText(page));
    expect(cleaned.title).toBe('Governor orders inquiry into depot fire');
    expect(cleaned.removed).toContainEqual({ text: caption, reason: 'caption' });
    expect(shapeOf('Police stop a car at a checkpoint in this undated file photo.', {})).toBe('caption');
    expect(shapeOf('The governor spoke in this morning\'s briefing about the fire.', {})).toBe('prose');
  });

  it('is the headline printed twice with its words spaced apart once, over a top heading that is only the date', () => {
    const page = [
      'Drone attack sets refinery ablaze in the south-VIDEO',
      '',
      'Drone attack sets refinery ablaze in the south -VIDEO',
      '# 13 March 2024 10:13 (UTC +04:00)',
      '',
      para(1),
      '',
      para(2),
    ].join('\n');
    const cleaned = cleanPage(readText(page));
    expect(cleaned.title).toBe('Drone attack sets refinery ablaze in the south-VIDEO');
    expect(cleaned.removed).toContainEqual({ text: '13 March 2024 10:13 (UTC +04:00)', reason: 'dateline' });
    expect(ingest([article('page.md', page)]).report.sources[0]!.published).toBe('2024-03-13');
  });

  it('is the start of a print view\'s first line where the headline runs into the lead with no break', () => {
    const page = [`Короткое замыкание остановило установку на заводеНа заводе в области ночью произошло короткое замыкание, сообщили в пресс-службе предприятия.`, '10:04 03.09.15'].join('\n');
    const cleaned = cleanPage(readText(page));
    expect(cleaned.title).toBe('Короткое замыкание остановило установку на заводе');
    expect(cleaned.kept.map((k) => k.text)).toEqual(['На заводе в области ночью произошло короткое замыкание, сообщили в пресс-службе предприятия.']);
    // A name's capital inside a short opening, or a capital after a capital, is no break.
    expect(title(`Apple ships macOS update to fix a flaw in the browser\n\n${para(1)}\n\n${para(2)}`)).toBe('Apple ships macOS update to fix a flaw in the browser');
    expect(title(`Sony cuts the price of PlayStation consoles across Europe\n\n${para(1)}\n\n${para(2)}`)).toBe('Sony cuts the price of PlayStation consoles across Europe');
  });

  it('is the line under the headline with the breadcrumb glued before it', () => {
    const page = ['Saturday, April 30, 2024', 'HomeWorldDrones set two fuel depots on fire overnight', '', 'Drones set two fuel depots on fire overnight', '', para(1), '', para(2)].join('\n');
    expect(title(page)).toBe('Drones set two fuel depots on fire overnight');
  });

  it('is not a photo caption printed twice (alt text and caption) above the article', () => {
    const page = [
      'A view shows broken glass and debris in a damaged hall of a station after a drone attack in the city, officials said on Tuesday morning',
      'A view shows broken glass and debris in the damaged hall of a railway station after a reported drone attack in the city on Tuesday',
      'Drone hits oil depot in border region, no casualties reported',
      'Read Mode',
      '100% Font Size',
      para(1),
      para(2),
    ].join('\n');
    expect(title(page)).toBe('Drone hits oil depot in border region, no casualties reported');
  });

  it('is the line under the lead photo\'s captions when the page prints them first, under the photo\'s own line', () => {
    const headline = 'Firefighters contain blaze at fuel depot after drone attack';
    const photoCaption = 'Smoke rises over the fuel depot near the border on Monday morning, as seen from the main road to the nearest village.';
    const shown = ['City News', 'Weather', 'Mon. Mar. 4 2024 9:40 AM ET', 'View larger image', photoCaption, headline, 'city.example.com', para(1), para(2)].join('\n');
    const cleaned = cleanPage(readText(shown));
    expect(cleaned.title).toBe(headline);
    expect(cleaned.kept.map((k) => k.text)).toEqual([para(1), para(2)]);
    // Two short captions (of the photo and of a clip) under a file photo's caption.
    const clips = ['Mon. Mar. 4 2024 9:40 AM ET', 'A fire engine stands by the depot gate in this undated file photo.', 'The fire chief speaks with reporters at the depot gate.', 'The regional governor speaks about the damage to the depot on Monday.', headline, para(1), para(2)];
    expect(title(clips.join('\n'))).toBe(headline);
  });

  it('is not a subheading under the first paragraphs of a page that prints no headline, below a captioned photo', () => {
    const long = [
      'Crews from three towns fought the fire at the depot through the night, and by morning the flames had been put out, the regional emergency service said in a statement.',
      'The depot stores diesel and petrol for the region, and its owner said that two of its tanks had been damaged but that the others were intact and would reopen soon.',
    ];
    const page = ['By Jane Example • Published: 4 Mar 2024', 'The depot after the fire Credit: Example Agency', ...long, 'What the governor said about the attack', para(1), para(2)].join('\n');
    const cleaned = cleanPage(readText(page));
    expect(cleaned.title).toBeNull();
    expect(cleaned.kept.map((k) => k.text)).toEqual(expect.arrayContaining(long));
  });

  it('is not a subheading under the first paragraphs of an excerpt that begins in the article, though the paragraph right above it tells a detail of its own', () => {
    const opening = [
      '"A drone attack caused a fire at a fuel and lubricants depot in the district today," the regional governor said on Telegram on the morning of 6 March.',
      'Videos shared on social networks show at least one damaged tank with black smoke pouring from it.',
    ];
    const rest = [
      'According to the state news agency, the depot belonged to a mining group that is part of a large steel company.',
      'The defence ministry did not comment on the attack but said it had destroyed three drones overnight, two of them over the neighbouring region.',
      'Since the war began, depots and refineries across the region have regularly been hit by strikes attributed to drones.',
    ];
    const cleaned = cleanPage(readText([...opening, 'Fuel depots and refineries targeted', ...rest].join('\n')));
    expect(cleaned.title).toBeNull();
    expect(cleaned.kept.map((k) => k.text)).toEqual(expect.arrayContaining([...opening, ...rest]));
  });

  it('is not the first paragraph of a page dump that prints its whole text twice', () => {
    const text = ['A fuel depot in the border region caught fire overnight after an attack by drones.', para(2), 'The governor said that the fire was out by morning.'];
    expect(title([...text, ...text].join('\n'))).toBeNull();
  });

  it('stands over the paragraph right under its stamp, when that paragraph tells the story in other words than the rest', () => {
    const first = 'KURSK -- The night turned into a long lesson for the town\'s brigade.';
    const page = [
      'The transport minister has a warning for owners of heavy trucks who break the rules on the highway again and again...',
      '[ more ]',
      'Latest News',
      'Gunmen kill two in downtown attack',
      'Up to 100 cars involved in highway crash',
      'More Latest News',
      'Depot fire: crews learn a hard lesson!',
      'Firefighters still short of foam when the tanks caught fire',
      'Jane Roe, The Example Post',
      'Published: Friday, January 18, 2008',
      first,
      'The regional depot burned for nine hours before the firefighters could bring foam from the city, officials said.',
      'View Larger Image',
      'Smoke over the depot on Friday.',
      'Reuters',
      'Winter fires at the depots',
      'The depot holds diesel for the whole region, and two of its tanks burned out before the foam arrived from the city at dawn.',
      'Firefighters said that the foam stored at the depot had run out within the first hour, and that they had asked for more twice.',
      'The regional governor promised that every depot would keep enough foam for a night of firefighting by the end of the year.',
    ].join('\n');
    const cleaned = cleanPage(readText(page));
    expect(cleaned.title).toBe('Depot fire: crews learn a hard lesson!');
    expect(cleaned.kept.map((k) => k.text)).toContain(first);
  });

  it('is found above a photo caption standing over its credit, between the headline and its date', () => {
    const caption = 'Smoke and ash ... firefighters work through the night at the depot.';
    const page = ['Home » World » Article', 'Fire guts fuel depot, two tanks lost', 'Email', 'Printer friendly version', caption, 'Photo: Jane Roe', 'March 4, 2024', para(1), para(2)].join('\n');
    const cleaned = cleanPage(readText(page));
    expect(cleaned.title).toBe('Fire guts fuel depot, two tanks lost');
    expect(cleaned.kept.map((k) => k.text)).toEqual([para(1), para(2)]);
  });

  it('is missing, and the source is plainly untitled, when the page prints none', () => {
    expect(title([para(1), para(2)].join('\n'))).toBeNull();
    expect(title(['ua en ru', para(1), para(2)].join('\n'))).toBeNull();
  });
});

describe('furniture shapes met on the way', () => {
  const removed = (page: string) => Object.fromEntries(cleanPage(readText(page)).removed.map((r) => [r.text, r.reason]));

  it.each([
    ['Jane Roe, file', 'photo-credit'],
    ['Example Photo/Jane Roe, File', 'photo-credit'],
    ['Jane Roe/jroe@example.com', 'photo-credit'],
    ['Harbour master Jane Roe (Pic:Example)', 'caption'],
    ['Special to The Gazette', 'byline'],
    ['The Coastal Gazette Staff', 'byline'],
    ['By Staff reports - Updates today, results tonight at example.com', 'byline'],
    ['The harbour lost its archive, file by file.', 'prose'],
    ['Staff shortages close the harbour office', 'heading-like'],
    ['Coastal News Service', 'byline'],
    ['The Harbour Wire Service', 'byline'],
    ['News service returns to the islands', 'heading-like'],
    ['16th Jan 2008, 09:28am by Jane Roe.', 'byline'],
    ['Posted November 4th, 2012 / By Jean-Paul Roe', 'byline'],
    ['Modified on August 15, 2012 by Sue Sample', 'byline'],
    ['Posted on: 08-17-2012 With: 1 Comment Posted by: Jane Roe', 'byline'],
    ['Published on 3 March 2024 in Ferries, by Jane Roe', 'byline'],
    // A name, then the writer's role in capitalised words: a byline without "By"; a section or a headline ending in a role is not.
    ['Jane Roe - Harbour News Service Staff Writer', 'byline'],
    ['Jane Roe, Island Correspondent', 'byline'],
    ['Harbour Council - Letters to the Editor', 'heading-like'],
    ['Ferry Strike Ends - Editor', 'heading-like'],
    ['Written by Jane Roe Topics: Ferries, Harbour life', 'byline'],
    ['Post written by Jane Roe.', 'byline'],
    ['Post written by the harbour master after the storm.', 'prose'],
    ['By the harbour wall Tags: ferries', 'heading-like'],
    ['Posted on the harbour wall by the ferry crew', 'heading-like'],
    ['Harbour Theme 2011 by Example Themes', 'heading-like'],
    ['Ferry stands by its timetable', 'heading-like'],
    ['Coastal News Service; with files from Example Press', 'byline'],
    ['With files from The Example Press', 'byline'],
    ['The ferry sailed; with files from the archive it was rebuilt', 'heading-like'],
    ['Courtesy of the harbour band, who are building a choir to go with the drummer, a few minutes of shanties:', 'prose'],
    ['What we know so far about the ferry:', 'heading-like'],
    ['Watch the video:', 'colon-label'],
    ['This page is best viewed in an up-to-date web browser. Please consider upgrading your browser if you are able to do so.', 'widget'],
    ['Please enable JavaScript to view the comments.', 'widget'],
    ['Site Requirements : Internet Explorer 6.0+, Flash Player 9.0. Site best viewed in 1024x768 resolution', 'widget'],
    ['Bitte aktivieren Sie JavaScript in Ihrem Browser.', 'widget'],
    // A picture's source under the labels of Japanese, Korean and Chinese pages.
    ['引用:depositphotos*この画像は記事の内容と一切関係ありません', 'photo-credit'],
    ['写真：ロイター', 'photo-credit'],
    ['사진: 연합뉴스', 'photo-credit'],
    // A caption closed by its credit in brackets, in Hebrew and Arabic too ("photo:").
    ['טקס בכיכר העיר ( צילום: רשות השידור )', 'caption'],
    ['حريق في مستودع الوقود ( تصوير: وكالة الأنباء )', 'caption'],
    // A share row is a toolbar, "Pin It" one of its buttons; "it" in a sentence is no button.
    ['Like Tweet +1 Share Pin It Share', 'widget'],
    ['Like it?', 'prose'],
    // A Ukrainian headline says what it holds in brackets: no credit.
    ['Дрони атакували нафтобазу у прикордонному краї (фото, відео)', 'heading-like'],
    ['图片来源：路透社', 'photo-credit'],
    // A caption's credit in brackets, with the caption's full stop after it; a long sentence may end on its source so.
    ['Smoke rises over the depot after the strike (Photo: Telegram).', 'caption'],
    ['Khói bốc lên từ kho dầu sau cuộc tấn công (Ảnh: Reuters).', 'caption'],
    ['(the photo on the ferry page was taken by my neighbour, I think).', 'prose'],
    ['Firefighters worked through the night to put out the blaze at the depot, and the regional governor said on Monday that nobody had been hurt, although several tanks of fuel burned down (Reuters).', 'prose'],
    // The text a video player shows where it cannot play, in the page's language or in English.
    ["Your browser doesn't support HTML5 video.", 'widget'],
    ['Your browser does not support the video tag.', 'widget'],
    ['Ihr Browser unterstützt dieses Video nicht.', 'widget'],
    ['Ваш браузер не поддерживает видео.', 'widget'],
    ['Votre navigateur ne prend pas en charge la vidéo.', 'widget'],
    ['The browser does not support the new video format, the company said on Monday.', 'prose'],
    // Or it sends the reader elsewhere to watch; a report says what a video shows.
    ['If you have trouble viewing the video, click on the source link to watch it on the official site', 'widget'],
    ['Wenn das Video nicht angezeigt wird, klicken Sie hier', 'widget'],
    ['في حال واجهت مشكلة في مشاهدة الفيديو، إضغط على رابط المصدر', 'widget'],
    ['The video shows a drone hitting the depot shortly before dawn.', 'prose'],
    // A Korean page's caption opens on a triangle pointing up at the photo.
    ['▲ Officials attend a parliamentary session in the capital on Tuesday. (Example Agency)', 'caption'],
    ['If you use Chrome, your browser will update itself to support the new standard next week, the company said.', 'prose'],
    ['This entry was posted on Monday, March 3rd, 2024 at 9:12 am and is filed under Ferries. You can follow any responses to this entry through the RSS 2.0 feed.', 'breadcrumb'],
    ['Filed under Life. Bookmark the permalink.', 'breadcrumb'],
    ['Filed under: Ferries, Harbour life', 'breadcrumb'],
    ['Filed under the new harbour law, the suit claims the ferry company broke its contract with the council.', 'prose'],
    ['Prosecutors said the charges were filed under the harbour act, and the video was posted on a forum.', 'prose'],
    ['Posted in Ferries, Harbour life | Leave a Comment', 'breadcrumb'],
    ['Путин и Ким подписали договор', 'heading-like'],
    ['Зеленський підписав закон про паливо', 'heading-like'],
    ['Le maire a inscrit le ferry', 'heading-like'],
    ['Подписаться на рассылку', 'newsletter'],
    // A paywall's notice says what reading takes; a sentence about reaching a thing is the article's.
    ['To read this article in full you must be registered with the harbour site.', 'newsletter'],
    ['This story is available to subscribers only.', 'newsletter'],
    ['You have reached your limit of free articles this month.', 'newsletter'],
    ['Il vous reste 62 % de cet article à lire.', 'newsletter'],
    ['Dieser Artikel ist nur für Abonnenten verfügbar.', 'newsletter'],
    // A call to sign up for news "delivered to your inbox"; a sentence about an inbox is the article's.
    ['Just sign up to the Harbour Weekly briefing, delivered straight to your inbox.', 'newsletter'],
    ['Die wichtigsten Nachrichten des Tages, jeden Morgen kostenlos in Ihr Postfach: jetzt anmelden.', 'newsletter'],
    ['The ferry company said the scam emails had reached your inbox if you booked a crossing last year.', 'prose'],
    ['Hackers used the flaw to access the content of the ferry company\'s private emails, the police said.', 'prose'],
    // The site's rules for comments, long as they are; a long paragraph that only uses "your", "comments" and "profile" is the article's.
    [
      'Comments that insult other readers or stray from the harbour story will be deleted by the moderators. Posts signed with a name that is not your own will be deleted as well. Readers who break our posting standards, the terms of use or the privacy policy more than once will be blocked from the discussion. You alone answer for what you write here, so please read the full rules before you join in.',
      'widget',
    ],
    [
      'A few habits for a calm crossing, from the ferry crew: keep your ticket in an inner pocket; eat something light before boarding; sit low and in the middle of the boat; profile the weather before you leave and again at the quay; ignore the comments of fellow travellers who claim they never feel the swell; and remember that the short crossing at dawn is the calmest of the day, whatever the season, the tide or the wind.',
      'prose',
    ],
    ['The crew used a ladder to access the roof of the harbour office, the report says.', 'prose'],
    ['Підписуйтесь на наш канал', 'newsletter'],
    ['Island News Top Stories World Politics Business Ferries Sports Health Food & Wine Opinion Harbour Life Says... Tech Music Books Poetry Home & Garden Weather Tides Schools Letters Jobs Cars Video Most Read', 'breadcrumb'],
    ['The ferry crews, the harbour master and the Island Council met on Monday to agree the new timetable for the spring, which adds two crossings a day to the route', 'prose'],
    ['Ferry Crew Members Honoured: Jane Roe, John Doe, Ann Example, Bob Sample, Carl Test, Dana Case, Eve Mock, Fay Stub, Gus Fake, Hal Dummy, Ida Probe, Jo Trial, Kit Check', 'prose'],
    ['Posted in News | 3 Comments »', 'breadcrumb'],
    [
      'Politics | Island | Ferries | Harbour South | Cricket | Photos | Videos | Live Streams | World | Business | Sports | Blogs | Tech | Latest News | Talk | Citizen Reporter | Sitemap | Football | News | Books | Chat | Apps | TV | Live TV | Morning Tides | South Island | Island Global | Mobile Site | Weather | About Us | Contact Us | Careers at the Gazette | Privacy Policy | Advertise With Us | RSS Feeds',
      'breadcrumb',
    ],
    // Link labels each in its own brackets are a row of links; a sentence with bracketed asides is prose.
    ['[ Contact Us ][ Feedback ][ Privacy ][ Advertise ][ Harbour-example.com ]', 'breadcrumb'],
    ['The ferry [the old one] left early [as planned] and the harbour [west side] stayed shut.', 'prose'],
    // A blog's links to the posts before and after it, however long their titles; a quotation's guillemets touch its words.
    ['« The harbour band rehearses its spring programme on the quay | Main | Ferry timetable for the long weekend »', 'breadcrumb'],
    ['« The harbour band rehearses its spring programme on the quay | Main', 'breadcrumb'],
    ['Main | Ferry timetable for the long weekend, with two extra crossings »', 'breadcrumb'],
    ['« Nous ne céderons pas », dit le maire du port | Le Journal', 'heading-like'],
    // A trail of slashes from the site's home to the story, whose last step is the headline; a headline with a slash in it is none.
    ['Harbour Gazette Home / Ferries / News / Island ferry back in service after repairs', 'breadcrumb'],
    ['Startseite / Häfen / Nachrichten / Die Fähre fährt wieder', 'breadcrumb'],
    ['Home truths / The ferry crews speak out about pay and hours', 'heading-like'],
    // Other stories' titles between dots; sentences between dots are prose.
    ['Most read: Island ferry back in service · Storm shuts the harbour · Video: the band on the quay · Tides for the week ·', 'breadcrumb'],
    ['The ferry returned · the harbour reopened. Passengers cheered · the mayor spoke · it rained all day and the quay flooded.', 'prose'],
    ['The ferry | the harbour | the council: the report names them all, and says that each of the three must pay a share of the cost of the new quay, which is expected to open in the spring of next year after two winters of work.', 'prose'],
    ['Posted in the harbour office, the notice drew 12 comments from islanders who said the timetable was wrong.', 'prose'],
  ])('reads "%s" as %s', (line, shape) => {
    expect(shapeOf(line, {})).toBe(shape);
  });

  it.each(['This entry was posted in Ferries. Bookmark the permalink.', 'Filed under Ferries |'])('ends a blog post at its footer ("%s"), above the sidebar\'s boxes and lists', (footer) => {
    const post = ['The old ferry crossed to the island twice today, and the crew said the engine ran well in the cold morning air.', 'Islanders waited on the quay with flasks of tea; some had not been to the mainland since the autumn storms closed the route.'];
    const sidebar = ['About Harbour Blog', 'Harbour Blog is written by a ferry fan who has crossed to the island every week since 1998.', '', 'Follow me on twitter @harbourblog', 'Recent Comments', 'jane on The ferry is back', 'rick on Top 20 harbour walks', 'Gennet C. on Amazing harbour video – Do you know where to buy all these boats?', 'Archives', 'October 2024', 'September 2024'];
    const page = ['Harbour Blog – notes from the quay and the boats that use it', 'Press', 'Contact', '', 'The ferry is back on the water at last', '', post[0], '', post[1], '', footer, ...sidebar].join('\n');
    const cleaned = cleanPage(readText(page));
    expect(cleaned.kept.map((k) => k.text)).toEqual(post);
    expect(cleaned.removed.map((r) => r.text)).toContain(footer);
  });

  it('keeps a short blog post whose first paragraph ends in a colon over what it introduces, under its headline and byline', () => {
    const intro = 'Courtesy of the harbour band, who are building a choir to go with the drummer, a few minutes of sea shanties at the quay:';
    const post = [intro, 'Note the tiny, tiny tugboat.', 'Thanks @harbourfan for the tip!'];
    const page = ['« Older post title here', 'And now, the ferry band plays', 'March 3rd, 2024 by Jane', ...post, 'Share this!', 'Leave a Reply', 'Name (required)', 'Archives', 'March 2024', 'February 2024'].join('\n\n');
    const cleaned = cleanPage(readText(page));
    expect(cleaned.title).toBe('And now, the ferry band plays');
    expect(cleaned.kept.map((k) => k.text)).toEqual(post);
  });

  const blogPost = [
    'The harbour band played its first concert of the spring on the quay last night, and about two hundred people came to listen despite the cold wind.',
    'The band has practised in the ferry shed all winter, the conductor said, and will play every Friday until the end of the summer season.',
  ];

  it('takes the headline under a blog\'s links to the posts before and after it, not the links', () => {
    // The headline asks a question and reads as a sentence; a "Recent posts" list prints it again.
    // The links were the one line above the post that did not read as one.
    const headline = 'Harbour band 2024 - Psst… want to hear the ferry shed sessions?';
    const links = '« Harbour band rehearsal in the ferry shed, with photos and recording | Main | Ferry shed repairs. Harbour band moves out! »';
    const post = [
      'At the harbour band concert of 2024, the ferry shed sessions were played live for the first time, and the harbour band said more will follow.',
      'To be very clear – the ferry shed sessions are still a rehearsal – no dates, period. The harbour band will say more about the ferry shed soon.',
      'At the concert on the quay, the harbour band talked about the ferry shed sessions, and I did a post about them, which I would encourage you to see.',
    ];
    const page = ['Harbour Blog', 'notes from the quay and the boats that use it', 'Home', 'Archives', 'Subscribe', '', links, '', 'March 3, 2024', headline, '', ...post.flatMap((p) => [p, '']), 'Recent Posts', headline, 'Ferry shed repairs. Harbour band moves out!'].join('\n');
    const cleaned = cleanPage(readText(page));
    expect(cleaned.title).toBe(headline);
    expect(cleaned.kept.map((k) => k.text)).toEqual(expect.arrayContaining(post));
    expect(cleaned.removed).toContainEqual({ text: links, reason: 'navigation' });
  });

  it('takes the headline under a trail from the site\'s home, not the trail that ends with it', () => {
    // The standfirst under the headline is unpunctuated too, and as long as a sentence.
    const trail = 'Harbour Gazette Home / Ferries / News / Island ferry crews on the other side of the strike';
    const post = [
      'Jane Example remembers the day when she really understood what it means to work on "the other side of the strike."',
      'It was a winter morning, a couple of years ago. A client of her employer, an island agency that supplies ferry crews, called at dawn.',
      'It quickly became clear that the ferry company had vastly underestimated the crossings, and the agency was not prepared for it.',
    ];
    const page = [
      'Newsletters',
      'Quizzes',
      'Slideshows',
      'Ferry timetables and tide tables for the islands',
      'View all solution centres',
      trail,
      'March 3, 2024',
      'Island ferry crews on the other side of the strike',
      'As the ferry company turns increasingly toward agency crews, its own sailors wonder if the grass is greener working for an agency',
      'By Jane Roe | Harbour Gazette',
      'Print|',
      '.',
      '',
      ...post.flatMap((p) => [p, '']),
    ].join('\n');
    const cleaned = cleanPage(readText(page));
    expect(cleaned.title).toBe('Island ferry crews on the other side of the strike');
    expect(cleaned.removed).toContainEqual({ text: trail, reason: 'navigation' });
  });

  it('takes an exclamation headline under a row of other stories\' titles and the links to the posts around it', () => {
    const sidebar = ['Ferries', 'Tides', 'Forums', 'Store', 'Reviews', 'Videos', 'For sailors who like sailors who like ferries!', 'Search Harbour Blog:', 'Harbour Blog Feeds:', 'Staff:', 'Editor: Jane Roe - Email', 'Writer: John Doe - Email', 'Have a tip?', 'Send it to us here!', 'Archives:', '2024', '2023'];
    const row = "Hot Stuff: Tides for the week · Spring concert draws a crowd! · Video: the band on the quay · Tides for the week · Storm Couldn't Keep Us Down For Long! ·";
    const post = [...blogPost, 'The launch of the summer season starts at 6:00 pm, and goes until midnight, when the last ferry leaves the quay for the island.'];
    const page = [
      ...sidebar,
      row,
      '« Ferry timetable for the long weekend, with two extra crossings | Main | Tides for the week »',
      'Spring concert draws a crowd!',
      '',
      ...post.flatMap((p) => [p, '']),
      'Jane',
      'Posted to Concerts on 3 March 2024 · Comments (1)',
    ].join('\n');
    const cleaned = cleanPage(readText(page));
    expect(cleaned.title).toBe('Spring concert draws a crowd!');
    expect(cleaned.kept.map((k) => k.text)).toEqual(post);
    expect(cleaned.removed).toContainEqual({ text: row, reason: 'navigation' });
  });

  it('drops toolbars, social invitations, inline photo credits and look-alike letters in credits', () => {
    const page = [
      'Depot burns after drone strike',
      'Smoke over the depot at dawn. Photo: Example Agency',
      'Fоtо: Example/Agency', // Cyrillic о inside a Latin word
      para(1),
      'Stay updated with the latest news by following us on X (Twitter)',
      'Print this article Email this article',
      para(2),
    ].join('\n');
    expect(removed(page)).toMatchObject({
      'Smoke over the depot at dawn. Photo: Example Agency': 'caption',
      'Fоtо: Example/Agency': 'photo-credit',
      'Stay updated with the latest news by following us on X (Twitter)': 'widget',
      'Print this article Email this article': 'widget',
    });
  });

  it('drops rows of links and toolbars of a saved page', () => {
    const page = ['NEWS | SPORT | FINANCE | WEATHER | login | register', 'Contact Us · Station Info · TV Listings', 'Email to a friend', 'Depot burns after drone strike', para(1), para(2)].join('\n');
    expect(removed(page)).toMatchObject({
      'NEWS | SPORT | FINANCE | WEATHER | login | register': 'navigation',
      'Contact Us · Station Info · TV Listings': 'navigation',
      'Email to a friend': 'widget',
    });
    expect(cleanPage(readText(page)).title).toBe('Depot burns after drone strike');
  });

  it('finds a headline standing right on the lead under a menu, and drops the copyright line', () => {
    const page = ['Home', 'World', 'Sport', 'Harbour reopens after storm', para(1), '', para(2), '', 'Copyright 2008 The Example Gazette. All rights reserved.'].join('\n');
    const cleaned = cleanPage(readText(page));
    expect(cleaned.title).toBe('Harbour reopens after storm');
    expect(removed(page)['Copyright 2008 The Example Gazette. All rights reserved.']).toBe('widget');
  });

  it('reads the names of a byline that goes on with bullets', () => {
    const page = ['Depot burns after drone strike', 'By Jane Example • Published: 02 Jun 2024 • 11:40', para(1), para(2)].join('\n');
    expect(removed(page)['By Jane Example • Published: 02 Jun 2024 • 11:40']).toBe('byline');
  });

  it('drops appeals, notes in brackets, own-page promotions, source credits and image placeholders', () => {
    const page = [
      'Depot burns after drone strike',
      'Representational image',
      para(1),
      'Details',
      para(2),
      'For the latest updates on the war, visit our dedicated page.',
      '[Short quotation of 5% of the original article]',
      'Reporting includes information from TASS and Interfax.',
      'Dear readers,',
      'We are an independent newsroom. To continue our work, we need your help.',
      'Support us today',
    ].join('\n');
    expect(removed(page)).toMatchObject({
      'Representational image': 'photo-credit',
      'For the latest updates on the war, visit our dedicated page.': 'teaser',
      Details: 'navigation',
      '[Short quotation of 5% of the original article]': 'widget',
      'Reporting includes information from TASS and Interfax.': 'byline',
      'Dear readers,': 'appeal',
      'We are an independent newsroom. To continue our work, we need your help.': 'appeal',
    });
  });

  it('drops an appeal that opens by asking ("… we have a small favour to ask."), to its button', () => {
    const ask = '… we have a small favour to ask. The Example Herald has reported from the region for twenty years, and now it needs its readers.';
    const support = 'Your support, however small, keeps us going. If you can, please support us monthly from just $2. Thank you.';
    const page = ['Depot burns after drone strike', para(1), '', para(2), '', ask, support, 'Remind me later.'].join('\n');
    expect(removed(page)).toMatchObject({ [ask]: 'appeal', [support]: 'appeal', 'Remind me later.': 'appeal' });
    expect(removed(['Depot burns after drone strike', para(1), '', para(2), '', 'Before you go, here is one more thing the reader should know about the storm.'].join('\n'))).toMatchObject({ 'Before you go, here is one more thing the reader should know about the storm.': 'appeal' });
    // The words inside a sentence of the article are the article's.
    const told = 'The mayor said: "Before you go home tonight, we have a small favour to ask of every driver."';
    expect(removed(['Depot burns after drone strike', para(1), '', told, '', para(2)].join('\n'))[told]).toBeUndefined();
  });

  it('drops a long caption closed by its credit behind a spaced slash ("… Jane Roe / Example Agency via AP", "… / AAP"), not a breadcrumb of slashes', () => {
    const credited = 'Unverified image of a soldier near the border town. Troops have advanced in the area, a think tank said in its latest report... Jane Roe / Example Agency via AP';
    const agency = 'Award winners pose with their trophies at the harbour music festival in 2006 / AAP';
    const crumbs = 'Home / News / World / Europe / Harbour / Ferries / AFP';
    const page = removed(['Depot burns after drone strike', para(1), credited, para(2), agency, crumbs].join('\n'));
    expect(page[credited]).toBe('caption');
    expect(page[agency]).toBe('caption');
    expect(page[crumbs]).not.toBe('caption');
  });

  it('drops file-photo and generated-image captions, a figure alone, "Video of the day", "End of Feed", a standards link, a sign-up form and a story link in capitals', () => {
    const furniture = [
      'This file photo shows the depot in the border region, pictured in 2021.',
      'Generated by AI (ExampleDraw) A burning depot at night',
      '25,4 т.',
      'Відео дня',
      'End of Feed',
      'Our Standards: The Example Trust Principles.',
      'The latest news from around the region Invalid email',
      'GOVERNOR SAYS FIRE AT SECOND DEPOT IS NOW UNDER CONTROL AFTER NIGHT OF ATTACKS',
    ];
    const page = ['Depot burns after drone strike', '', para(1), '', furniture[0]!, furniture[1]!, furniture[2]!, furniture[3]!, '', furniture[7]!, '', para(2), '', furniture[4]!, furniture[5]!, furniture[6]!].join('\n');
    const result = cleanPage(readText(page));
    expect(result.kept.map((k) => k.text)).toEqual([para(1), para(2)]);
    expect(result.removed.map((r) => r.text)).toEqual(expect.arrayContaining(furniture));
    // Sentences that only begin alike stay: "The photo shows …", "Generado por la crisis, …", a numbered item.
    const keep = ['The photo shows soldiers in uniforms that officials say are North Korean, near the border town.', 'Generado por la crisis, el aumento de los precios del petróleo sigue en toda Europa esta semana.'];
    expect(cleanPage(readText(['Depot burns after drone strike', '', para(1), '', ...keep, '', para(2)].join('\n'))).kept.map((k) => k.text)).toEqual([para(1), ...keep, para(2)]);
  });

  it('keeps the last line of an excerpt cut off mid-sentence as the end of its paragraph', () => {
    const { kept } = cleanPage(readText(['Depot burns after drone strike', para(1), para(2), 'The ministry said later that the'].join('\n')));
    expect(kept.at(-1)).toEqual({ text: 'The ministry said later that the', role: 'paragraph' });
  });

  it('does not take a subheading whose first word opens the next paragraph for an author box', () => {
    const page = ['Depot burns after drone strike', para(1), para(2), 'Boomerang Drones Return Home', 'Boomerang drones came back to the same depot a week later, the governor said on his channel.', 'A third attack followed in the spring, according to local media reports from the region.'].join('\n');
    const { kept } = cleanPage(readText(page));
    expect(kept.map((k) => k.text)).toContain('A third attack followed in the spring, according to local media reports from the region.');
    expect(kept).toContainEqual({ text: 'Boomerang Drones Return Home', role: 'heading' });
  });
  it('is the candidate standing on the byline or date stamp, not a "now playing" bar above it', () => {
    const page = ['Now playing: the morning briefing with our news team', 'Drone strike sets fuel depot ablaze near the border', 'Published 3 December 2024, 10:05', para(1), para(2)].join('\n');
    expect(title(page)).toBe('Drone strike sets fuel depot ablaze near the border');
  });

  it('is below the breadcrumb that ends the site header, and below a one-sided arrow link', () => {
    expect(title(['Top stories from around the world today', 'World | Europe | Ukraine', 'Drone strike sets fuel depot ablaze', para(1), para(2)].join('\n'))).toBe('Drone strike sets fuel depot ablaze');
    expect(title(['Back to the front page »', 'Drone strike sets fuel depot ablaze', para(1), para(2)].join('\n'))).toBe('Drone strike sets fuel depot ablaze');
    // A quotation's marks touch its words: a cut-off quotation is text, not a link.
    const { kept } = cleanPage(readText(['Depot burns after drone strike', para(1), para(2), '«Целью операции был'].join('\n')));
    expect(kept.at(-1)).toEqual({ text: '«Целью операции был', role: 'paragraph' });
  });

  it('is the last item of a menu run when it stands on the byline, past a credit line and share tools', () => {
    const menu = ['Home', 'News', 'Sport', 'Weather', 'Photo Galleries'];
    const page = [...menu, 'Depot burns after overnight drone strike', 'Article from: Example Wire', 'Font size: Decrease Increase', 'Print article', '', 'By Jane Example', '', '8 January 2024 10:28', '', para(1), '', para(2)];
    expect(title(page.join('\n'))).toBe('Depot burns after overnight drone strike');
    // Tool links of a word or three ("Translate", "Share Article") may stand between the date and the lead.
    const tools = [...menu, 'Depot burns after overnight drone strike', 'By Jane Example', 'Published: January 9, 2008', 'Translate', 'Printer-Friendly', '', para(1), '', para(2)];
    expect(title(tools.join('\n'))).toBe('Depot burns after overnight drone strike');
  });

  it('is found between names from the page\'s code ("template_top"), which are markup, not a menu', () => {
    const menu = ['Home', 'News', 'Sport', 'Weather', 'Subscribe'];
    const page = [...menu, 'template_top', 'template_top', 'DEPOT FIRE', 'Fuel depot burns', 'template_top', 'ad_slot_2', 'By Jane Example, Staff Writer', 'January 8, 2024', para(1), '', para(2)];
    const cleaned = cleanPage(readText(page.join('\n')));
    expect(cleaned.title).toBe('Fuel depot burns');
    expect(cleaned.removed.filter((r) => r.reason === 'markup').map((r) => r.text)).toEqual(['template_top', 'template_top', 'template_top', 'ad_slot_2']);
    expect(shapeOf('Fuel_depot burns', {})).not.toBe('markup');
  });

  it('is the candidate on the stamp, not a link printed twice above it ("Back to headlines")', () => {
    const page = ['Back to headlines', '', 'Depot burns after overnight drone strike', 'By Jane Example', 'Monday, January 8, 2024', '', para(1), '', para(2), '', 'Back to headlines'];
    expect(title(page.join('\n'))).toBe('Depot burns after overnight drone strike');
  });

  it('is found under a menu of lower-case items, which are not mended into one sentence', () => {
    const menu = ['food & wine', 'home and garden', 'travel', 'fashion & style', 'pets & animals', 'columns', 'letters', 'discussion boards'];
    const { title: found, kept, removed } = cleanPage(readText([...menu, '', 'Depot burns after overnight drone strike', 'Monday, January 8, 2024', '', para(1), '', para(2)].join('\n')));
    expect(found).toBe('Depot burns after overnight drone strike');
    expect(kept.map((k) => k.text)).toEqual([para(1), para(2)]);
    expect(removed.map((r) => r.text)).toEqual(expect.arrayContaining(menu));
    // A short line ending on a comma or a semicolon does go on in the next one.
    const verse = cleanPage(readText(['Depot burns after overnight drone strike', '', para(1), '', 'In a car;', 'at the office;', 'anywhere.', '', para(2)].join('\n')));
    expect(verse.kept.map((k) => k.text)).toContain('In a car; at the office; anywhere.');
  });

  it('stands over its deck when all its words are common ones, which share nothing with the lead', () => {
    // Every word of this headline is on the function-word list, so its words can neither name the lead nor fail to.
    const page = ['Home', 'Local', '', 'New research shows fire cases up this year', 'Brigades count more blazes after the driest summer on record', 'Jane Example in Leeds, example.com', 'Advertisement', 'Brigades across the county were called to more blazes this summer than in any year on record, their annual count shows.', '', 'The driest summer on record left fields and woodland ready to burn, the county brigade said.'];
    expect(title(page.join('\n'))).toBe('New research shows fire cases up this year');
  });

  it('is not run on into a short lower-case section label under it, while a broken sentence is still mended', () => {
    const page = ['Home', 'Fuel depot burns for a second night after the drone strike', 'energy and industry', '', 'By Jane Example', 'Monday, January 8, 2024', '', para(1), '', para(2)];
    const { title: found, removed } = cleanPage(readText(page.join('\n')));
    expect(found).toBe('Fuel depot burns for a second night after the drone strike');
    expect(removed.map((r) => r.text)).toContain('energy and industry');
    // A tail that ends the sentence, or runs on into a lower-case line, is still the sentence's.
    const wrapped = cleanPage(readText(['Depot burns after overnight drone strike', '', 'Firefighters said on Monday that the fire had left the roof partially', 'torn off.', '', 'A second paragraph of the report says that the governor would visit the', 'damaged site on', 'the following morning.'].join('\n')));
    expect(wrapped.kept.map((k) => k.text)).toEqual([
      'Firefighters said on Monday that the fire had left the roof partially torn off.',
      'A second paragraph of the report says that the governor would visit the damaged site on the following morning.',
    ]);
  });

  it('ends the article where readers\' comments begin, stamps above or below their text', () => {
    const above = ['Depot burns after overnight drone strike', '', para(1), '', para(2), '', 'COMMENTS (2) Post a comment', 'Posted by reader1 on 01/13/08 at 12:02PM', 'What a story, thanks for the report.', 'Posted by other_reader on 01/13/08 at 1:54PM', 'I agree with you completely.'];
    const page = cleanPage(readText(above.join('\n')));
    expect(page.kept.map((k) => k.text)).toEqual([para(1), para(2)]);
    expect(page.removed.filter((r) => r.reason === 'comments').map((r) => r.text)).toEqual(above.slice(6));
    // Below their text, under a "Comments" label: the label starts the thread.
    const below = ['Depot burns after overnight drone strike', '', para(1), '', para(2), '', 'Comments', 'What a story, thanks for the report.', 'Posted By: reader1 | January 07 2008 at 03:06 PM', 'I agree with you completely.', 'Posted By: other_reader | January 07 2008 at 03:12 PM'];
    expect(cleanPage(readText(below.join('\n'))).kept.map((k) => k.text)).toEqual([para(1), para(2)]);
    // The label in another alphabet starts it too.
    const cyrillic = ['Depot burns after overnight drone strike', '', para(1), '', para(2), '', 'Коментарі', 'Дякую за новину.', 'Коментар від reader1 | 07.01.2008 15:06', 'Згоден з вами.', 'Коментар від reader2 | 07.01.2008 15:12'];
    expect(cleanPage(readText(cyrillic.join('\n'))).kept.map((k) => k.text)).toEqual([para(1), para(2)]);
    // One stamp is the article's own.
    const own = ['Depot burns after overnight drone strike', 'Posted by Jane Example on 01/13/08 at 12:02PM', '', para(1), '', para(2)];
    expect(cleanPage(readText(own.join('\n'))).kept.map((k) => k.text)).toEqual([para(1), para(2)]);
  });

  it('keeps a blog post whose own stamp has the shape of a comment\'s, and is no "# 1 :" list of most-read stories', () => {
    const standfirst = 'The fire at the depot burned through the night, and crews from three towns were called in.';
    const post = ['Depot burns after overnight drone strike', standfirst, 'Posted by editor_one - Tuesday, January 08, 2008 12:40 PM', '', para(1), '', para(2), '', 'Comment(s)', 'Posted by reader1 - Tuesday, January 08, 2008 1:32 PM', 'What a story, thanks for the report.'];
    const page = cleanPage(readText(post.join('\n')));
    expect(page.kept.map((k) => k.text)).toEqual([standfirst, para(1), para(2)]);
    expect(page.removed.filter((r) => r.reason === 'comments').map((r) => r.text)).toEqual(post.slice(8));
    const list = ['Depot burns after overnight drone strike', '', para(1), '', para(2), '', 'Most read news', '# 1 : Farm shop closing', '# 2 : Local team scores a goal'];
    expect(title(list.join('\n'))).toBe('Depot burns after overnight drone strike');
  });

  it('keeps an article that stands under its author\'s box, and ends one that stands above it', () => {
    const bio = ['Example Relief Agency', 'Example Relief Agency is a charity that runs shelters and field kitchens in the region.'];
    const article = [para(1), para(2), para(1).replace('Monday', 'Tuesday'), para(2).replace('several', 'eight'), para(1).replace('depot', 'terminal'), para(2).replace('blaze', 'fire')];
    const standfirst = 'How many people can the shelters take in before the winter comes?';
    const under = cleanPage(readText(['Depot burns after overnight drone strike', standfirst, 'By Example Relief Agency | Published 01/13/2008', ...bio, '', ...article].join('\n')));
    expect(under.kept.map((k) => k.text)).toEqual(expect.arrayContaining(article));
    const above = cleanPage(readText(['Depot burns after overnight drone strike', '', ...article, '', ...bio, '', 'More from the region: a long list of other stories.'].join('\n')));
    expect(above.kept.map((k) => k.text)).toEqual(article);
  });

  it('ends the article at a list of teaser cards (headline over a one-paragraph summary), not at a numbered list of its own', () => {
    const cards = ['Bridge reopens after repairs', 'The river crossing was closed for two months after the floods damaged its supports.', 'School vans to be replaced', 'The district will buy smaller buses for its sports teams after the crash last week.', 'Record year for house sales', 'The resale market enjoyed a record year for sales and prices, the association said.'];
    const page = cleanPage(readText(['Depot burns after overnight drone strike', '', para(1), '', para(2), '', ...cards].join('\n')));
    expect(page.kept.map((k) => k.text)).toEqual([para(1), para(2)]);
    expect(page.removed.filter((r) => r.reason === 'teaser').map((r) => r.text)).toEqual(cards);
    // "1. Name" over a paragraph is the article's own list.
    const ranked = ['1. Example Relief Agency', cards[1]!, '2. Example Food Bank', cards[3]!, '3. Example Shelter Network', cards[5]!];
    const listicle = cleanPage(readText(['Depot burns after overnight drone strike', '', para(1), '', para(2), '', ...ranked].join('\n')));
    expect(listicle.kept.map((k) => k.text)).toEqual(expect.arrayContaining([cards[1], cards[3], cards[5]]));
    // An explainer's sections, each a subheading set off over one paragraph, are the article's own.
    const sections = ['What happened', '', cards[1]!, '', 'What officials say', '', cards[3]!, '', 'What comes next', '', cards[5]!];
    const explainer = cleanPage(readText(['Depot burns after overnight drone strike', '', para(1), '', para(2), '', ...sections].join('\n')));
    expect(explainer.kept.map((k) => k.text)).toEqual([para(1), para(2), ...sections.filter(Boolean)]);
    // Sponsored cards above the article end nothing.
    const sponsored = cleanPage(readText(['Depot burns after overnight drone strike', '', 'Assessing your storage? Download the research report for free, complimentary and exclusive.', ...cards, '', para(1), '', para(2), '', para(1).replace('Monday', 'Sunday')].join('\n')));
    expect(sponsored.kept.map((k) => k.text)).toEqual(expect.arrayContaining([para(1), para(2)]));
  });

  it('ends the article at its list of teaser cards even when the page goes on with more sections of cards below', () => {
    const card = (n: number, topic: string) => [`${topic} story number ${n} in brief`, `A short summary of the ${topic.toLowerCase()} story number ${n}, told in one sentence for the list of other stories.`];
    const section = (topic: string) => [`${topic} »`, ...[1, 2, 3, 4].flatMap((n) => card(n, topic))];
    const regional = [1, 2, 3].flatMap((n) => card(n, 'Regional'));
    const page = cleanPage(readText(['Depot burns after overnight drone strike', '', para(1), '', para(2), '', ...regional, '', ...section('World'), '', ...section('Health'), '', ...section('Science')].join('\n')));
    expect(page.kept.map((k) => k.text)).toEqual([para(1), para(2)]);
    expect(page.removed.filter((r) => r.reason === 'teaser').map((r) => r.text)).toEqual(expect.arrayContaining(regional));
  });

  it('keeps a subheading glued to a paragraph of several sentences, and drops a label glued to a run of headlines as a teaser', () => {
    const section = 'The ferry will run twice a day until the end of March, the harbour authority said. After that it returns to its summer timetable of six crossings a day, weather permitting, and the first boat will leave the quay at six in the morning.';
    const glued = 'Ferry back in serviceStorm closes the causewayShipyard workers end their strikeHarbour fees rise again for the third year in a row as costs climb and the council looks for savings across the islands and the mainlandNew bridge to the mainland opens to traffic next spring';
    const page = cleanPage(readText(['Depot burns after overnight drone strike', '', para(1), '', 'Top stories this week', glued, '', para(2), '', 'What happens next', section, '', para(1).replace('Monday', 'Tuesday')].join('\n')));
    expect(page.kept).toEqual(expect.arrayContaining([{ text: 'What happens next', role: 'heading' }, { text: section, role: 'paragraph' }]));
    expect(page.removed).toEqual(expect.arrayContaining([{ text: 'Top stories this week', reason: 'teaser' }, { text: glued, reason: 'teaser' }]));
  });

  it('ends the article at a list of dated cards set off by blank lines (headline, summary, date, the date above or below), not at a thread of comments', () => {
    const below = [1, 2, 3].flatMap((n) => ['', `Harbour story number ${n} in brief`, '', `A short summary of harbour story number ${n}, told in one sentence.`, '', `2024-03-0${n}`]);
    const above = [1, 2, 3].flatMap((n) => ['', n === 2 ? 'Will the ferry run in winter?' : `Harbour story number ${n} in brief`, `updated 10:5${n} AM EST, Wed March 6, 2024`, `A short summary of harbour story number ${n}, told in one sentence.`]);
    for (const cards of [below, above]) {
      const page = cleanPage(readText(['Depot burns after overnight drone strike', '', para(1), '', para(2), ...cards].join('\n')));
      expect(page.kept.map((k) => k.text)).toEqual([para(1), para(2)]);
      expect(page.removed.filter((r) => r.reason === 'teaser').map((r) => r.text)).toEqual(expect.arrayContaining(cards.filter((l) => l.includes('summary'))));
    }
    // Readers' names over their comments' dates are no cards' headlines.
    const thread = ['Lisa', 'redshoes', 'Jane Roe'].flatMap((name, n) => ['', name, `March ${n + 6}th, 2024 at 3:34 pm`, '', `I would love to know more about the ferry, comment number ${n + 1} says.`]);
    const page = cleanPage(readText(['Depot burns after overnight drone strike', '', para(1), '', para(2), ...thread].join('\n')));
    expect(page.removed.filter((r) => r.reason === 'teaser')).toEqual([]);
  });

  it('is never a row of controls between the headline and its byline ("Printer Friendly | Email | … | Font Size: a a A A")', () => {
    const toolbar = 'Printer Friendly | Email | Add to My News | Post comments Font Size: a a A A | Rank: # 1,234 of 5,678';
    expect(shapeOf(toolbar, {})).toBe('widget');
    expect(shapeOf('Harbour | Ferries | Old ferry sails again after a winter in the shipyard', {})).toBe('breadcrumb');
    const page = ['Harbour news', '3 days ago Ferry fares to rise in the spring', '4 days ago Council approves new bus lanes', 'Ferry back for the season', toolbar, 'Filed under: Harbour, Ferries', 'Mar 3, 2024 2:04 AM by Staff, The Island Gazette', '', para(1), '', para(2)].join('\n');
    expect(title(page)).toBe('Ferry back for the season');
  });

  it('is never a toolbar or an update stamp above it ("E-mail article Print view Share: …", "Last Updated on1/16/2008 6:56:55 PM")', () => {
    expect(title(['E-mail article Print view Share: Digg Newsvine', 'World Digest', 'Depot burns after drone strike', para(1), para(2)].join('\n'))).toBe('Depot burns after drone strike');
    expect(title(['Last Updated on1/16/2008 6:56:55 PM', 'Correction? Contact Us', 'Depot burns after drone strike', para(1), para(2)].join('\n'))).toBe('Depot burns after drone strike');
    // A link to another page, and short items between bars.
    expect(title(['Go to Example News Home', 'Depot burns overnight', '3 days ago', para(1), para(2)].join('\n'))).toBe('Depot burns overnight');
    expect(title(['RSS News for you | What is this?', 'Depot burns overnight', para(1), para(2)].join('\n'))).toBe('Depot burns overnight');
    // A headline about the networks is no toolbar.
    expect(title(['Facebook, Twitter ban Trump', para(1), para(2)].join('\n'))).toBe('Facebook, Twitter ban Trump');
    // "Back to" a page is a link; "Back to school" is a headline.
    expect(title(['Back to school in depot town', para(1), para(2)].join('\n'))).toBe('Back to school in depot town');
  });

  it('is never a bulleted highlight under it', () => {
    const page = ['Depot burns after overnight drone strike', '· Fire spread to two tanks before dawn', '· Governor says nobody was hurt', 'Monday, January 8, 2024', '', para(1), '', para(2)];
    expect(title(page.join('\n'))).toBe('Depot burns after overnight drone strike');
  });

  it('is never a byline the byline rule cannot read ("By Name in London")', () => {
    expect(title(['Depot burns after strike', 'By Jane Example in London', para(1), para(2)].join('\n'))).toBe('Depot burns after strike');
  });

  it('is found under a line of the page\'s script that the text dump printed, and the script line is markup', () => {
    const script = "var slot = 'top'; var ready = window.adsReady && document.cookie.length > 0; if (ready) { document.write(banner(slot, 300, 250)); } else { queue.push(function () { render(slot); }); }";
    const { title: found, removed } = cleanPage(readText([script, '', 'Depot burns after drone strike', para(1), para(2)].join('\n')));
    expect(found).toBe('Depot burns after drone strike');
    expect(removed).toContainEqual({ text: script, reason: 'markup' });
  });
  it('may open with a name written with a capital inside its first word ("iTunes")', () => {
    const page = ['Ferry strike ends after two weeks', 'Council approves new bus lanes', 'Harbour wall to be rebuilt', '', 'RSS Directory', '', 'iFerry app sells tickets for the island crossings', 'Island Times', 'Friday 28th December, 2024', '', para(1), '', para(2)].join('\n');
    expect(title(page)).toBe('iFerry app sells tickets for the island crossings');
  });
  it('is not joined with a lower-case line that starts with the site\'s address', () => {
    expect(title(['Depot burns after drone strike near the border', 'www.example.cn 2024-11-24 16:23:08 Print', para(1), para(2)].join('\n'))).toBe('Depot burns after drone strike near the border');
    expect(title(['Depot burns after drone strike near the border', '', 'border.example.ca', '', para(1), '', para(2)].join('\n'))).toBe('Depot burns after drone strike near the border');
    // A first word with dots that is no host ("e.g.") is still the tail of a broken sentence.
    const broken = ['The depot held several kinds of fuel in separate tanks for the region,', 'e.g. diesel for the ferries and petrol for the buses.'];
    expect(cleanPage(readText(['Depot burns after drone strike near the border', broken[0], broken[1], para(2)].join('\n'))).kept.map((k) => k.text)).toContain(broken.join(' '));
  });
  it('drops a summary box whose label is glued to its first bullet, and keeps the article under it', () => {
    const page = [
      'Depot burns after drone strike',
      '',
      'Das Wichtigste in Kürze Ein Treibstofflager im Grenzgebiet brennt nach einem Drohnenangriff.',
      '',
      'Die Feuerwehr war die ganze Nacht im Einsatz.',
      '',
      'Verletzt wurde nach Angaben der Behörden niemand.',
      '',
      'Ein Treibstofflager in der Grenzregion ist in der Nacht nach einem Angriff mit Drohnen in Brand geraten. Das teilte der Gouverneur am Montag mit.',
      '',
      'Die Feuerwehr kämpfte mehrere Stunden gegen die Flammen. Nach Angaben der Rettungsdienste wurde niemand verletzt.',
    ].join('\n');
    const { kept, removed: dropped } = cleanPage(readText(page));
    expect(dropped.filter((r) => r.reason === 'summary-box').map((r) => r.text.split(' ')[0])).toEqual(['Das', 'Die', 'Verletzt']);
    expect(kept.filter((k) => k.role === 'paragraph').map((k) => k.text.split(' ')[0])).toEqual(['Ein', 'Die']);
  });
  it('is above a box of highlights with no full stops, which is dropped; a lone headline under "In brief" is no box', () => {
    const highlights = ['Fuel depot in the border region burns through the night', 'Governor says drones struck two storage tanks', 'No injuries reported, emergency services say'];
    const page = ['Share this on:', 'Facebook', 'Depot ablaze after drone attack on border region', 'Story Highlights', ...highlights, 'Next Article in World »', '', para(1), '', para(2)].join('\n');
    const { title: found, removed: dropped } = cleanPage(readText(page));
    expect(found).toBe('Depot ablaze after drone attack on border region');
    expect(dropped.filter((r) => r.reason === 'summary-box').map((r) => r.text)).toEqual(['Story Highlights', ...highlights]);
    const column = cleanPage(readText(['Depot ablaze after drone attack on border region', '', para(1), '', para(2), '', 'In brief', '', 'Ferry strike ends after two weeks of talks', '', 'The island ferry will sail again on Monday after the crew and the owners agreed on pay.'].join('\n')));
    expect(column.removed.filter((r) => r.reason === 'summary-box')).toEqual([]);
  });
  it('drops a box under a one-word label with its colon ("Головне:"), whose bullets still tell the article\'s topic; the word alone may be a menu\'s', () => {
    const bullets = ['Майже сотня дронів атакувала Росію', 'Внаслідок атаки дронів виникла пожежа на нафтобазі', 'Підприємство тимчасово призупинило роботу'];
    const paragraphs = [
      'У ніч на суботу в прикордонній області гриміли вибухи, повідомила місцева влада.',
      'Рятувальники працювали на місці пожежі до ранку, постраждалих немає.',
      'Оперативний штаб повідомив, що після атаки дронів загорівся резервуар на нафтобазі.',
    ];
    const page = ['Головне:', '', ...bullets.flatMap((b) => [b, '']), ...paragraphs.flatMap((p) => [p, ''])].join('\n');
    const source = ingest([article('box.txt', page)]).report.sources[0]!;
    expect(source.removed.filter((r) => r.reason === 'summary-box').map((r) => r.text)).toEqual(['Головне:', ...bullets]);
    expect(source.topics).toEqual(['oil-depot-strikes']);
    expect(cleanPage(readText(['Головне', '', ...bullets.flatMap((b) => [b, '']), ...paragraphs].join('\n'))).removed.filter((r) => r.reason === 'summary-box')).toEqual([]);
  });

  it('is printed under its label ("Title: “…”"), shown without the label and the quotes, and the label kept in the audit', () => {
    const cleaned = cleanPage(readText(['Title: “Fuel depot ablaze after a night of drone attacks”', para(1), para(2)].join('\n')));
    expect(cleaned.title).toBe('Fuel depot ablaze after a night of drone attacks');
    expect(cleaned.removed).toContainEqual({ text: 'Title:', reason: 'navigation' });
  });

  it('is shown without a kicker in capitals glued before it ("CORÉE DU NORD Test d\'un projectile…"), and an acronym opening a headline stays', () => {
    const shown = (line: string) => cleanPage(readText([line, para(1), para(2)].join('\n'))).title;
    expect(shown("CORÉE DU NORD Test d'un projectile non identifié en mer du Japon")).toBe("Test d'un projectile non identifié en mer du Japon");
    expect(shown('UKRAINE WAR Drones hit a fuel depot in the border region')).toBe('Drones hit a fuel depot in the border region');
    expect(shown('NATO Allies Agree To Send More Air Defence')).toBe('NATO Allies Agree To Send More Air Defence');
    expect(shown('UNICEF Says Children in Kursk Need Aid')).toBe('UNICEF Says Children in Kursk Need Aid');
  });

  it('is shown without a tag in square brackets before it ("[Russia] - …", "[VIDEO] …"), the tag kept in the audit', () => {
    const cleaned = (line: string) => cleanPage(readText([line, para(1), para(2)].join('\n')));
    expect(cleaned('[Russia] - Drones hit a fuel depot in the border region').title).toBe('Drones hit a fuel depot in the border region');
    expect(cleaned('[VIDEO] Drones hit a fuel depot in the border region').removed).toContainEqual({ text: '[VIDEO]', reason: 'navigation' });
    // A headline that is no more than its tag's words stays whole.
    expect(cleaned('[Update] Depot fire').title).toBe('[Update] Depot fire');
  });

  it('is the first line of a text dump that kept the page\'s block tags ("Headline<p>Lead.</p>"), each tag a paragraph\'s break', () => {
    const cleaned = cleanPage(readText(`Fuel depot ablaze after a night of drone attacks<p>${para(1)}</p><p>${para(2)}</p>`));
    expect(cleaned.title).toBe('Fuel depot ablaze after a night of drone attacks');
    expect(cleaned.kept.map((k) => k.text)).toEqual([para(1), para(2)]);
  });

  it('is the headline printed three times over a lone dash, not a menu of three lines', () => {
    const headline = 'Fuel depot ablaze after a night of drone attacks';
    expect(title(['', headline, '', headline, headline, '-', '', para(1), '', para(2)].join('\n'))).toBe(headline);
  });

  it('is not joined with the ids an embed leaves under it, which are markup', () => {
    const ids = 't 7fa3c2d19be04c1a8e5f60b2d9c4a7e1 name Q7ZK2MX9PLA4VB8NWT3RYC5D';
    const { title: found, removed } = cleanPage(readText(['Fuel depot ablaze after a night of drone attacks', ids, para(1), para(2)].join('\n')));
    expect(found).toBe('Fuel depot ablaze after a night of drone attacks');
    expect(removed).toContainEqual({ text: ids, reason: 'markup' });
  });
  it('drops credits in brackets or "based on reporting by", and a row of tags, as furniture', () => {
    const page = ['Depot burns after drone strike', para(1), para(2), '(Reporting by Jane Example; Editing by John Sample)', 'Based on reporting by TASS and Interfax', 'Tags: drones, fuel depots, border regions'].join('\n');
    expect(removed(page)).toMatchObject({
      '(Reporting by Jane Example; Editing by John Sample)': 'byline',
      'Based on reporting by TASS and Interfax': 'byline',
      'Tags: drones, fuel depots, border regions': 'navigation',
    });
  });
});

describe('headline from a stated title', () => {
  it('is not a subheading under the lead that is only the stated title\'s first words, and the lead stays', () => {
    const lead = 'The harbour ferry between the two islands returned to service on Monday after four months of winter repairs.';
    const page = [lead, 'Ferry back on the water', para(1), para(2)].join('\n');
    const cleaned = cleanPage(readText(page), { title: 'Ferry back on the water: islanders cheer the end of a long winter' });
    expect(cleaned.title).toBe('Ferry back on the water: islanders cheer the end of a long winter');
    expect(cleaned.kept.map((k) => k.text)).toContain(lead);
  });

  it('is the stated title\'s first words where they stand above the article ("Headline | Site" in <title>)', () => {
    const cleaned = cleanPage(readText(['Ferry back on the water', para(1), para(2)].join('\n')), { title: 'Ferry back on the water | The Island Gazette' });
    expect(cleaned.title).toBe('Ferry back on the water');
    expect(cleaned.kept.map((k) => k.text)).toEqual([para(1), para(2)]);
  });
});

describe('headline by its words (text dumps with no stated title)', () => {
  const body = [
    'The harbour ferry between the two islands returned to service on Monday after four months of winter repairs in the shipyard.',
    'Engineers replaced both engines of the ferry and repainted the hull, the harbour authority said in a statement on its website.',
    'The ferry carries about 300 passengers a day in summer, and the islands have no other link to the mainland in bad weather.',
  ];

  it('is the candidate naming the lead, not a header line the shapes would take over a stamp-like line', () => {
    const page = ['Most viewed stories this week', 'Island ferry back in service after winter repairs', 'The Coastal Gazette', 'Photo: Example Archive', ...body].join('\n');
    expect(title(page)).toBe('Island ferry back in service after winter repairs');
  });

  it('is the headline standing on its date under a header line, though it is short', () => {
    const page = ['Latest harbour news from the coast', 'Island ferry returns', 'March 3, 2024', ...body].join('\n');
    expect(title(page)).toBe('Island ferry returns');
  });

  it('is a headline of two to four words set off over its byline and date under a menu, never a section label there', () => {
    const menu = ['Home', 'News', 'Sport', 'Football'];
    const stamp = ['By staff writers', 'March 3, 2024', ''];
    expect(title([...menu, '', 'Ferry back', ...stamp, ...body].join('\n'))).toBe('Ferry back');
    // A label in capitals, a label of one word, and a label the menu prints too, head no article.
    expect(title([...menu, '', 'HARBOUR NEWS', ...stamp, ...body].join('\n'))).toBeNull();
    expect(title([...menu, '', 'Harbour', ...stamp, ...body].join('\n'))).toBeNull();
    expect(title(['Home', 'Harbour news', 'Sport', 'Football', '', 'Harbour news', ...stamp, ...body].join('\n'))).toBeNull();
    // Glued to the menu, it is the menu's last item.
    expect(title([...menu, 'Ferry back', ...stamp, ...body].join('\n'))).toBeNull();
  });

  it('is never the header\'s weather box, however many readings it gives ("Weather: Town / -4°C / Wind: 13 Km/h / Humidity: 68 %")', () => {
    const weather = 'Weather: Harbour Town, March 3rd 2024 / -4°C / Partly cloudy / Wind: 13 Km/h / Humidity: 68 %';
    const page = ['Home page | RSS Feed | Contact us', '', weather, '', 'Our advertisers', 'Search archive', 'Island ferry back in service after winter repairs', 'Article online since March 3rd 2024', 'Be the first to comment', ...body].join('\n');
    expect(title(page)).toBe('Island ferry back in service after winter repairs');
    // A headline about the weather reads no wind and humidity.
    expect(shapeOf('Weather: roads close as temperatures fall to -20°C and winds of 90 km/h hit the north', {})).toBe('heading-like');
    expect(title(['Weather: roads close as temperatures fall to -20°C and winds of 90 km/h hit the north', ...body].join('\n'))).toBe('Weather: roads close as temperatures fall to -20°C and winds of 90 km/h hit the north');
  });

  it('is the line over its date, not the last item of a list of related stories between the date and the lead', () => {
    // Paragraphs set off by blank lines: lines with none between them are a list or a menu.
    const article = body.flatMap((paragraph) => ['', paragraph]);
    const related = ['Related articles', 'Harbour authority orders two new ferries for the island route', 'Shipyard workers vote to end their strike over pay', 'Island ferry repairs to last all winter, harbour says'];
    expect(title(['Home', 'News', 'Sport', '', 'Island ferry back in service after winter repairs', 'March 3, 2024, 11:22', ...related, ...article].join('\n'))).toBe(
      'Island ferry back in service after winter repairs',
    );
  });

  it('is the line over a byline with a role behind a dash, under a row of share links', () => {
    // (A headline in other words than the lead's: only its place on the byline finds it.)
    const page = ['Coastal Connect', 'Top news stories > Press Nation/World', '', 'Press Nation/World', 'Posted on Mon, Jan. 07, 2008', 'print email', 'Digg it del.icio.us AIM', 'Crowds cheer old vessel comeback', 'By JANE ROE - Coastal Press Writer --', '', 'HARBOUR TOWN --', body[0], '', body[1], '', body[2]].join('\n');
    expect(title(page)).toBe('Crowds cheer old vessel comeback');
  });

  it('is the line under a breadcrumb printed one step a line, whose last step is no "Name/Agency" photo credit', () => {
    const page = ['Home /', 'News /', 'World /', 'Northern Europe/Baltic', 'Crowds cheer old vessel comeback', 'Harbour master Jane Roe (left) watched the ferry leave the quay on Monday.', 'Email|Print| Text size – + By Jane Roe', 'March 3, 2024', '', body[0], '', body[1]].join('\n');
    expect(title(page)).toBe('Crowds cheer old vessel comeback');
  });

  it('is the line on its byline under a section name shaped like a "Name/Agency" credit, not that photo\'s caption', () => {
    const page = ['Home', 'News & Opinion', 'National', 'U.S./ North Region', 'Crowds cheer old vessel comeback', 'By Coastal Press', 'Tuesday, January 8, 2008', '', body[0], '', body[1]].join('\n');
    expect(title(page)).toBe('Crowds cheer old vessel comeback');
  });

  it('is the headline over its longer deck, though the deck stands on the byline and tells the lead in its words', () => {
    const page = ['Harbour news', 'Will the island ferry sail this summer?', 'Engineers replaced both engines of the harbour ferry during its winter repairs in the shipyard', 'By Jane Roe', 'March 3, 2024', ...body].join('\n');
    expect(title(page)).toBe('Will the island ferry sail this summer?');
    // A section label over the headline is shorter than a headline: the headline stays.
    const labelled = ['Harbour news', 'Island ferry', 'Engineers replaced both engines of the harbour ferry during repairs', 'By Jane Roe', 'March 3, 2024', ...body].join('\n');
    expect(title(labelled)).toBe('Engineers replaced both engines of the harbour ferry during repairs');
  });

  it('is a headline of three or four words over its deck when it names the lead, not a photo\'s label in capitals throughout', () => {
    const deck = 'Engineers replaced both engines of the harbour ferry during repairs';
    expect(title(['Harbour news', 'Island ferry returns', deck, 'By Jane Roe', 'March 3, 2024', ...body].join('\n'))).toBe('Island ferry returns');
    // A label naming nothing of the lead, and a photo's label that names it, stay above the headline.
    expect(title(['Harbour news', 'Please support us', deck, 'By Jane Roe', 'March 3, 2024', ...body].join('\n'))).toBe(deck);
    expect(title(['Harbour news', 'Island Ferry Captain Roe', deck, 'By Jane Roe', 'March 3, 2024', ...body].join('\n'))).toBe(deck);
  });

  it('is the line on its byline, not a menu item above it that shares words with the lead, past other items that share none', () => {
    const page = ['Island ferry tickets', 'Obituary notices and tributes', 'Shop for gifts and cards', 'Crowds cheer old ferry comeback', 'By Jane Roe', ...body].join('\n\n');
    expect(title(page)).toBe('Crowds cheer old ferry comeback');
  });

  it('is the line right on the lead when the shapes took a menu line that names nothing of it, not the site name above that shares a word', () => {
    const page = ['Island Gazette Web', 'Home Football Cricket Rugby union Small talk Motor sport Horse racing The Gear Golf', 'Blog Betting Tennis Rugby league The Spin US sports Triathlon Chess Talk', 'Search all jobs', 'Island ferry back in service after winter repairs', ...body].join('\n');
    expect(title(page)).toBe('Island ferry back in service after winter repairs');
  });

  it('is not a caption under the headline, though the caption names the lead in the same words', () => {
    const page = ['Harbour news', 'Island ferry sails again this spring', 'The ferry of the two islands in the shipyard before its winter repairs', ...body].join('\n');
    expect(title(page)).toBe('Island ferry sails again this spring');
  });

  it('is found above the article where the shapes took a teaser paragraph above it for the lead', () => {
    const page = [
      'Home | News | Sport | Weather',
      '',
      'City council votes on new parking rules after months of debate among the residents of the old town.',
      'The vote is set for Thursday evening, and the meeting is open to the public.',
      '',
      'Read more about the parking rules',
      '',
      'Island ferry returns to service after winter repairs',
      '',
      'By Mara Lind',
      '',
      ...body.flatMap((p) => [p, '']),
    ].join('\n');
    expect(title(page)).toBe('Island ferry returns to service after winter repairs');
  });

  it('never moves past more than a teaser of prose: a long article above a longer list of posts stays the article', () => {
    const article = [
      'Our own review of the new ferry timetable starts with the morning crossings, which now leave half an hour earlier than before.',
      'The evening crossings are fewer, and the last boat now leaves the island at eight, which islanders have criticised at length.',
      'The harbour authority says the changes save fuel, and that it will look at the evening timetable again before the summer season.',
      'Until then, islanders who work late on the mainland will have to stay overnight or pay for a water taxi, which few of them can afford.',
      'A petition against the cuts has gathered several hundred names in a week, its organisers said, and they will hand it in on Friday.',
    ];
    const posts = Array.from({ length: 6 }, (_, i) => `Posted earlier: a longer note number ${i + 1} on island life, the weather over the islands, the harbour, the shipyard and the people who keep the ferry running through the winter months.`);
    const page = ['Evening crossings cut in new timetable', '', ...article.flatMap((p) => [p, '']), 'Harbour notes on the ferry and the islands', '', ...posts.flatMap((p) => [p, ''])].join('\n');
    const cleaned = cleanPage(readText(page));
    expect(cleaned.title).toBe('Evening crossings cut in new timetable');
    expect(cleaned.kept.map((k) => k.text)).toEqual(expect.arrayContaining(article));
  });

  it.each([
    ['2 comments:', true],
    ['Comments (12)', true],
    ['92 Responses to “Ferry returns”', true],
    ['5 комментариев', true],
    ['3 коментарі', true],
    ['Comments', false],
    ['Comment on stories, photos, forums', false],
    ['12 commentators agree', false],
  ])('reads "%s" as a thread\'s label counting its comments: %s', (text, counted) => {
    expect(isCountedThreadLabel(text)).toBe(counted);
  });

  describe('a portal page: teasers for other stories above the article', () => {
    const teaser = ['Home | News | Sport | Weather', '', 'Port strike enters its second week', '', 'Dock workers walked out again on Tuesday as talks over pay and shifts stalled for the third time.', '', '[ more ]', ''];
    // (A bare "Comments" is a menu's link, not a thread of comments.)
    const cards = ['Comments', '', 'Council approves new bus lanes', 'Mayor opens holiday market', ''];

    it('is the headline over the article\'s byline, not the teaser\'s, though its words are not the lead\'s', () => {
      const cleaned = cleanPage(readText([...teaser, ...cards, 'A long wait ends on the quay', '', 'By Mara Lind', '', ...body.flatMap((p) => [p, ''])].join('\n')));
      expect(cleaned.title).toBe('A long wait ends on the quay');
      expect(cleaned.kept.filter((k) => k.role === 'paragraph').map((k) => k.text)).toEqual(body);
      expect(cleaned.removed.find((r) => r.text.startsWith('Dock workers'))?.reason).toBe('navigation');
    });

    it('stays on a short article over a longer thread of readers\' comments', () => {
      const comments = ['2 comments:', '', 'Sam said...', '', 'Lovely pictures, thank you so much for sharing them with all of us here, they made my whole day brighter and happier.', '', 'Alex said...', '', 'Great photos as always, and please keep posting them, because my family and I look forward to every single one of them.'];
      const cleaned = cleanPage(readText(['A long wait ends on the quay', '', body[0], '', body[1], '', 'Newer Post Older Post Home Page', '', ...comments].join('\n')));
      expect(cleaned.title).toBe('A long wait ends on the quay');
      expect(cleaned.kept.map((k) => k.text)).toEqual(expect.arrayContaining(body.slice(0, 2)));
    });

    it('stays on an article whose headline the header prints again, over a longer box about the site', () => {
      const about = [
        'Founded in 2007, this magazine is a weblog devoted to finding the most beautiful homes, gardens and furniture from all over the world.',
        'Our focus is to give you the inspiration you need to make your home more beautiful, more organized and more comfortable to live in.',
        'For more about us and the people who write for us, please visit our about page, where you can also write to the editors.',
      ];
      const page = ['You are reading: A long wait ends on the quay', 'A long wait ends on the quay', '', body[0], '', body[1], '', 'Share this:', 'Facebook', 'Twitter', 'Email', '', 'Ten ideas for a brighter kitchen', 'A garden house in the north', '', 'More about the people behind this site', '', ...about.flatMap((p) => [p, ''])].join('\n');
      const cleaned = cleanPage(readText(page));
      expect(cleaned.title).toBe('A long wait ends on the quay');
      expect(cleaned.kept.map((k) => k.text)).toEqual(expect.arrayContaining(body.slice(0, 2)));
    });

    it('stays on an introduction that a line of another shape parts from the rest of the article', () => {
      const intro = 'Some stories are slow to arrive, and this one took a whole season to reach us at all.';
      const page = ['A long wait ends on the quay', '', intro, '', 'Here is what the authority told us today, and for the people who live there it is good news:', '', ...body.flatMap((p) => [p, ''])].join('\n');
      const cleaned = cleanPage(readText(page));
      expect(cleaned.title).toBe('A long wait ends on the quay');
      expect(cleaned.kept.map((k) => k.text)).toEqual(expect.arrayContaining([intro, ...body]));
    });

    // The article's first paragraphs over a photo box, and the rest of it, longer, under the box.
    const more = [
      'The harbour master said the ferry would sail every two hours on weekdays until the summer timetable of the islands begins in June.',
      'Islanders had crossed to the mainland by fishing boat during the repairs, and the harbour authority paid part of their fares.',
      'The ferry will be repainted again next winter, the harbour authority said, when both islands expect fewer visitors and crossings.',
      'A second ferry for the islands is planned for the year after, so that one boat can sail while the other is in the shipyard for repairs.',
    ];
    const photoBox = ['View larger image', 'Passengers board the ferry at the quay on its first crossing of the spring season.', 'Example Photo/Jane Roe', 'Email to a friend Printer friendly', 'Font:', '*', '*'];

    it('is the headline on the byline over the article\'s first paragraphs, when the longest run of them stands under a photo box', () => {
      const page = [...teaser, ...cards, 'A long wait ends on the quay', 'Mara Lind, Island Gazette', 'Published: Monday, March 3, 2024', '', body[0], '', body[1], '', ...photoBox, '', ...more.flatMap((p) => [p, ''])].join('\n');
      const cleaned = cleanPage(readText(page));
      expect(cleaned.title).toBe('A long wait ends on the quay');
      expect(cleaned.kept.map((k) => k.text)).toEqual(expect.arrayContaining([body[0], body[1], ...more]));
      expect(cleaned.removed.find((r) => r.text.startsWith('Dock workers'))?.reason).toBe('navigation');
    });

    it('is the headline over a writer credited with their news service, under a box of other stories', () => {
      const others = ['Today\'s Gazette', '', 'Getting younger', 'About half of the island\'s fishermen are now under forty, a new survey of the harbour says...', '[ more ]', 'Council approves new bus lanes', 'Mayor opens holiday market', 'More News Stories', ''];
      const page = [...others, 'Island ferry sails again after four months of repairs', 'Crowds cheer. A new timetable starts in June', 'MARA LIND, Harbour News Service', 'Published: Tuesday, January 08', '', body[0], '', body[1], '', 'Email to a friendPrinter friendly', '', ...more.flatMap((p) => [p, ''])].join('\n');
      const source = ingest([article('service.txt', page)]).report.sources[0]!;
      expect(source.title).toBe('Island ferry sails again after four months of repairs');
      expect(source.authors).toEqual(['MARA LIND']);
    });

    it('is the headline at the foot of a menu, over a post\'s stamp that counts its comments and a line of the post\'s labels, under a blurb about the blog', () => {
      const blurb = 'Harbour Notes Where boats, weather and island life meet.';
      const first = 'We have a small problem here. Well, not all of us do, only I do, and I will tell you why below.';
      const page = [blurb, '', 'Home', 'About Me', 'Archives', 'Contact', 'A long wait ends on the quay', 'Posted on November 1st, 2024 • 15 Comments', 'Categories Travel', '', first, '', ...body.flatMap((p) => [p, '']), 'Old engines', '', ...more.flatMap((p) => [p, ''])].join('\n');
      const source = ingest([article('post.txt', page)]).report.sources[0]!;
      expect(source.title).toBe('A long wait ends on the quay');
      expect(source.published).toBe('2024-11-01');
      expect(source.authors).toEqual([]);
      expect(source.blocks.map((b) => b.text)).toEqual(expect.arrayContaining([first, ...body]));
      expect(source.removed.find((r) => r.text === blurb)?.reason).toBe('navigation');
    });

    it('stays on a photo\'s caption under the headline and its credit, over a byline, the lead and a box of related links', () => {
      const page = ['Home', 'News', 'A long wait ends on the quay', 'Jane Roe/Example Photo', '', 'A smiling couple waves from the upper deck in the morning sun.', '', 'Sign In to E-Mail or Save This', 'Print', 'Reprints', '', 'By Mara Lind', 'Published: March 3, 2024', '', body[0], '', 'Related', 'Island news: a note on spring', 'Harbour blog: the shipyard diaries', '', ...more.flatMap((p) => [p, ''])].join('\n');
      expect(cleanPage(readText(page)).title).toBe('A long wait ends on the quay');
    });

    it('is the line over a standfirst that stands on the byline and date, under a list of other stories\' headlines', () => {
      const others = ['Harbour fees to rise in the spring', 'Council approves new bus lanes for the old town', 'Mayor opens holiday market in the square', 'Fishing fleet returns early as storm nears the coast'];
      const standfirst = 'The island ferry sails again after a winter in the shipyard. Elsewhere, the quay gets a new café.';
      const page = [...others.flatMap((h) => [h, '']), 'Bells ring! The ferry is back on the water at last', '', standfirst, '', 'Mara Lind', 'Monday March 3, 2024', 'Island Gazette', '', 'The ferry at the quay on its first crossing. Photograph: Jane Roe', '', ...more.flatMap((p) => [p, ''])].join('\n');
      const cleaned = cleanPage(readText(page));
      expect(cleaned.title).toBe('Bells ring! The ferry is back on the water at last');
      expect(cleaned.kept.map((k) => k.text)).toEqual(expect.arrayContaining(more));
      expect(cleaned.removed.find((r) => r.text === others[0])?.reason).toBe('navigation');
    });

    it('stays on a standfirst over its date, though the article\'s later sections tell the story in other words', () => {
      const page = [
        'The ferry inquiry: a short guide',
        'Too busy to follow the hearings at the inquiry? Here is what was said there, point by point, in plain words.',
        'Published: 16 December 2007',
        '', 'The question', 'Why the boat stopped sailing',
        '', 'The official account', 'It was only a matter of old engines, and nobody could have seen the failure coming at all.',
        '', 'The other account', 'The owners were warned about the failing parts for years, and they did nothing about them.',
        '', 'What the inquiry was told', body[0],
        '', 'The question', 'Who pays for the repairs',
        '', 'What the inquiry was told', ...more.flatMap((p) => [p, '']),
      ].join('\n');
      const cleaned = cleanPage(readText(page));
      expect(cleaned.title).toBe('The ferry inquiry: a short guide');
      expect(cleaned.kept.map((k) => k.text)).toEqual(expect.arrayContaining([body[0], ...more]));
    });
  });

  it('is no subheading inside an article whose headline the page does not print', () => {
    const page = [
      ...body.slice(0, 2),
      'Repairs took longer than planned for the ferry',
      ...body.slice(2),
      'The authority will publish the summer timetable of the ferry next week, with more crossings at weekends and on holidays.',
      'Repairs to the ferry took longer than planned because new engines for it had to be ordered from abroad in the autumn.',
    ].join('\n');
    expect(title(page)).toBeNull();
  });
});

describe('a Georgian headline', () => {
  // Georgian's letters are small letters to Unicode (which has capitals for it too), but Georgian
  // writes no capitals: a headline opens on a small letter like any of its sentences.
  const headline = 'უკრაინულმა დრონებმა რუსეთში ნავთობის საცავს შეუტიეს';
  const lead = [
    'ადგილობრივი ხელისუფლების ცნობით, ღამით უკრაინულმა დრონებმა ნავთობის საცავს შეუტიეს, რის შედეგადაც ხანძარი გაჩნდა და მეხანძრეები რამდენიმე საათის განმავლობაში ცდილობდნენ მის ჩაქრობას.',
    'გუბერნატორის თქმით, დაშავებული არავინ არის, თუმცა რამდენიმე ავზი მთლიანად დაიწვა და ახლომდებარე სოფლის მცხოვრებლები დროებით გაიყვანეს.',
  ];

  it('is the headline of a page dump', () => {
    expect(title([headline, '', ...lead.flatMap((p) => [p, ''])].join('\n'))).toBe(headline);
  });

  it('is the headline of a saved page that prints it over the article', async () => {
    const { ingest, article } = await import('../helpers/ingest.ts');
    const html = `<!doctype html><html lang="ka"><head><meta charset="utf-8"></head><body><header><a href="/">მთავარი</a></header><article><div class="title">${headline}</div>${lead.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    expect(ingest([article('ka-page.html', html)]).report.sources[0]!.title).toBe(headline);
  });
});
