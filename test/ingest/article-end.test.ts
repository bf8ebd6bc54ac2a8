// Where the article ends on hand-made page dumps: an end marker (a label over a label or a
// widget) counts only once most of the article's prose stands above it.
import { describe, expect, it } from 'vitest';
import { findArticleEnd } from '../../src/pipeline/clean/article-end.ts';
import { cleanPage } from '../../src/pipeline/clean/index.ts';
import { listsInBody } from '../../src/pipeline/clean/introduced-list.ts';
import type { Line } from '../../src/pipeline/clean/line.ts';
import { shapeOf } from '../../src/pipeline/clean/shapes.ts';
import { readText } from '../../src/pipeline/read/text.ts';
import { article, ingest } from '../helpers/ingest.ts';

const paragraphs = (page: string) => cleanPage(readText(page)).kept.filter((k) => k.role === 'paragraph').map((k) => k.text);

const post = [
  'The island ferry returned to service on Monday after four months of winter repairs in the shipyard, the harbour authority said.',
  'Engineers replaced both engines and repainted the hull, and the first crossing of the day left the quay ten minutes early.',
  'About 300 passengers a day are expected in summer, when the ferry is the only link between the islands in bad weather.',
];
// A blogroll: one line per blog, its name and its tagline, with no blank line between them.
const blogroll = Array.from(
  { length: 12 },
  (_, n) => `Harbour Notes ${n + 1} A blog about boats, tides, shipyards and the people who work on the water, written since ${2001 + n}.`,
);

describe('the end of a short post over a long sidebar', () => {
  it('is the label over the sidebar when the post sets its paragraphs apart and the sidebar\'s lines are not', () => {
    const page = ['Ferry back in service', 'March 3, 2024', '', post[0], '', post[1], '', post[2], '', 'Blogroll', 'Recent posts', ...blogroll].join('\n');
    expect(paragraphs(page)).toEqual(post);
  });

  it('is not yet the label when the article\'s own paragraphs go on below it, set apart like those above', () => {
    const more = post.map((p) => p.replace('ferry', 'boat'));
    const page = ['Ferry back in service', 'March 3, 2024', '', post[0], '', post[1], '', 'Blogroll', 'Recent posts', '', post[2], ...more.flatMap((p) => ['', p])].join('\n');
    expect(paragraphs(page)).toEqual(expect.arrayContaining([post[2], ...more]));
  });
});

describe('a transcript\'s short answer in quotation marks', () => {
  it('does not end the article, though it stands over the next speaker\'s mark like a label', () => {
    const after = ['The interview was recorded in the harbour office on Friday.', 'The crew said the ferry would sail again on Saturday.'];
    const page = ['Ferry back in service', 'March 3, 2024', '', post[0], '', post[1], '', post[2], '', '[Captain]', '“Back to sea? Never”', '[Engineer]', '“Not before Monday, we said.”', '', after[0], '', after[1]].join('\n');
    expect(paragraphs(page)).toEqual(expect.arrayContaining(after));
  });
});

describe('a sentence broken by an advertisement\'s slot', () => {
  it('does not end the article, though it stands over a widget like a label', () => {
    const page = ['Ferry back in service', 'March 3, 2024', '', post[0], '', post[1], '', post[2], '', 'Only two crossings', 'Advertisement', 'were cancelled in the first week.', '', post[0].replace('Monday', 'Tuesday')].join('\n');
    expect(paragraphs(page)).toContain(post[0].replace('Monday', 'Tuesday'));
  });
});

describe('an author box under a labelled name', () => {
  const page = (label: string[], bio: string) =>
    ['Ferry back in service', 'March 3, 2024', '', post[0], '', post[1], '', post[2], '', ...label, '', bio, 'View all posts by Jane Roe →', '', 'Recent posts', ...blogroll].join('\n');
  // Longer than the post: the box is not counted as the post's prose.
  const firstPerson = 'I founded this blog in 2009 to write about the ferries, tides and shipyards of the islands, after twenty years of crossing between them twice a day for work, in every weather the sea could throw at a small boat, and I still take the first ferry of the day.';
  const third = 'Jane Roe is a reporter who has covered the islands, their ferries and their shipyards for the paper since 2009, and she writes the weekly harbour column.';

  it('ends the post, and its name is the author, where the bio speaks in the first person or names the person', () => {
    for (const bio of [firstPerson, third]) {
      expect(paragraphs(page(['About Jane Roe'], bio))).toEqual(post);
      const source = ingest([article('post.txt', page(['About Jane Roe'], bio))]).report.sources[0]!;
      expect(source.authors).toEqual(['Jane Roe']);
    }
  });

  it('ends the post under "About the author" and a name line, and a label that names nobody is no author', () => {
    expect(paragraphs(page(['About the author', 'Jane Roe'], firstPerson))).toEqual(post);
    expect(ingest([article('post.txt', page(['About the author', 'Jane Roe'], firstPerson))]).report.sources[0]!.authors).toEqual(['Jane Roe']);
    expect(paragraphs(page(['About the author'], firstPerson))).toEqual(post);
    expect(ingest([article('post.txt', page(['About the author'], firstPerson))]).report.sources[0]!.authors).toEqual([]);
  });

  it('is not a press release\'s "About" boxes, whose paragraphs neither name a person nor speak in the first person', () => {
    const about = 'The Harbour Link service was set up by the islands\' council with support from the regional government in 2001.';
    const release = ['Ferry back in service', 'March 3, 2024', '', post[0], '', post[1], '', 'About Harbour Link', '', about, '', 'About Harbour', '', 'Harbour (www.example.com) runs ferries between the islands and the mainland.', '', 'Harbour is a registered trademark of Harbour Ltd. All other marks are the property of their owners.'].join('\n');
    expect(paragraphs(release)).toContain(about);
  });
});

describe('a pair of labels inside the article', () => {
  const long = [
    'The harbour authority said the new timetable would hold until the end of March, when the summer service begins again with six crossings a day. Passengers with season tickets will keep them.',
    'Engineers will inspect the engines again in the spring, the authority said, and the ferry may be taken out of service for a week in April if the shipyard finds more wear than expected.',
  ];
  const before = [...post, ...post.map((p) => p.replace('ferry', 'boat'))].flatMap((p) => ['', p]);

  it('ends nothing when two long paragraphs of sentences follow it: the article goes on under a section\'s labels', () => {
    const page = ['Ferry back in service', 'March 3, 2024', ...before, '', 'What changes', 'Timetable', ...long.flatMap((p) => ['', p])].join('\n');
    expect(paragraphs(page)).toEqual(expect.arrayContaining(long));
  });

  it('ends nothing over a list set without blank lines when two long paragraphs follow it: a recipe\'s method under its ingredients', () => {
    const ingredients = ['Fish stew', '', 'Two onions', 'Four potatoes', 'A pint of milk', 'Salt', 'White pepper', '', 'A pound of smoked haddock', 'A handful of parsley', 'Butter'];
    const page = ['Ferry back in service', 'March 3, 2024', ...before, '', ...ingredients, ...long.flatMap((p) => ['', p])].join('\n');
    expect(paragraphs(page)).toEqual(expect.arrayContaining(long));
  });

  it('ends nothing when a short sentence stands between the two long paragraphs that follow it', () => {
    const page = ['Ferry back in service', 'March 3, 2024', ...before, '', 'What changes', 'Timetable', '', long[0], '', 'Fares stay the same.', '', long[1]].join('\n');
    expect(paragraphs(page)).toEqual(expect.arrayContaining([...long, 'Fares stay the same.']));
  });

  it('still ends the article over a long list set without blank lines, though two long paragraphs follow it', () => {
    const headlines = Array.from({ length: 14 }, (_, n) => `Harbour news ${n + 1}`);
    const page = ['Ferry back in service', 'March 3, 2024', ...before, '', 'Most read', ...headlines, ...long.flatMap((p) => ['', p])].join('\n');
    expect(paragraphs(page)).not.toEqual(expect.arrayContaining([long[1]]));
  });

  it('still ends the article over a row of links and over readers\' comments behind their stamps', () => {
    const links = 'Sport Homepage | Football | Cricket | Rugby Union | Tennis | Golf | Motorsport | Boxing | Athletics | Snooker | Horse Racing | Cycling | Sailing | Rowing | Swimming | Skiing | Hockey | Basketball | Baseball | Darts | Bowls | Squash | Badminton | Netball | Gymnastics | Judo | Fencing. More.';
    const comments = ['Jane, Harbour Town 1/8/2024 5:49 PM Thanks for the report, the ferry is the only way we have to reach the mainland and we have waited four months for it to come back. Good news.', 'Sam, Island Bay 1/8/2024 4:46 PM We were told the repairs would take two months, and they took four. Somebody should explain the delay to the people who pay for the service every day.'];
    for (const after of [[links, links], comments]) {
      const page = ['Ferry back in service', 'March 3, 2024', ...before, '', 'Your views', 'Comments', ...after.flatMap((p) => ['', p])].join('\n');
      expect(paragraphs(page)).not.toEqual(expect.arrayContaining([after[1]]));
    }
  });
});

describe('headlines a list of links cut short ("… promises a ...")', () => {
  it('are not paragraphs after the article, though the ellipsis ends them like a sentence; a short sentence trailing off is kept', () => {
    const cut = ['Harbour authority names new chief of the ...', 'Island ferry fares to rise by a tenth from ...', 'Lifeboat crew rescues two walkers stranded on …'];
    const trailing = 'And then the engines stopped ...';
    const page = ['Ferry back in service', 'March 3, 2024', '', post[0], '', post[1], '', trailing, '', post[2], '', 'Elsewhere on the site', ...cut.flatMap((c) => ['', c])].join('\n');
    expect(paragraphs(page)).toEqual([post[0], post[1], trailing, post[2]]);
  });
});

describe('a list the article introduces with a colon, in a text dump', () => {
  const intro = 'The new timetable brings three changes for passengers:';
  const items = ['• An extra crossing at seven in the evening', '• Bicycles carried free of charge', '• Season tickets valid on both routes'];
  it('is kept, introduction and items, when the article goes on under it', () => {
    const page = ['Ferry back in service', 'March 3, 2024', '', post[0], '', intro, '', ...items, '', post[1], '', post[2]].join('\n');
    expect(paragraphs(page)).toEqual([post[0], intro, ...items, post[1], post[2]]);
  });

  it('is kept when its items enumerate a sentence (each closed by a semicolon), under a long paragraph, though the page ends inside it', () => {
    const long = 'The harbour authority said on Monday that the storm had damaged boats in five of the islands’ harbours, and it listed the damage harbour by harbour in its report, in particular:';
    const enumeration = ['• 37 boats in the north harbour;', '• 20 boats in the fishing port;', '• 6 boats at the ferry quay;', '• 2 boats'];
    const page = ['Storm damages boats', 'March 3, 2024', '', post[0], '', post[1], '', long, '', ...enumeration].join('\n');
    expect(paragraphs(page)).toEqual([post[0], post[1], long, ...enumeration]);
    // Bulleted links with no enumeration's commas after the article's last paragraph are no part of it.
    const links = ['• Harbour café wins regional award', '• Council approves new lifeboat station', '• Storm closes coastal road'];
    const related = ['Storm damages boats', 'March 3, 2024', '', post[0], '', post[1], '', post[2], '', 'More from the islands:', '', ...links].join('\n');
    expect(paragraphs(related)).toEqual([post[0], post[1], post[2]]);
  });

  it('is not kept when nothing of the article follows it, though a paragraph stands further down (other stories under "readers also read")', () => {
    const related = ['Harbour café wins regional award', 'Council approves new lifeboat station', 'Storm closes coastal road'];
    const texts = [post[0], 'People who read this story also read:', ...related, 'Story history', '3 days ago - Harbour café wins regional award', 'Comments', post[1]];
    const lines: Line[] = texts.map((text) => ({ text, blankBefore: false, shape: shapeOf(text, {}) }));
    expect(listsInBody(lines, 0, lines.length)).toEqual([]);
    // The same list with the article going on right under it is the article's.
    const kept = [post[0], 'People who read this story also read:', ...related, post[1]].map((text): Line => ({ text, blankBefore: false, shape: shapeOf(text, {}) }));
    expect(listsInBody(kept, 0, kept.length)).toEqual([1, 2, 3, 4]);
    // A date among the items is a stamp (a comment's, a post's): the list ends there, with no paragraph under it.
    const stamped = [post[0], 'People who read this story also read:', ...related.slice(0, 2), 'November 3, 2024', post[1]].map((text): Line => ({ text, blankBefore: false, shape: shapeOf(text, {}) }));
    expect(listsInBody(stamped, 0, stamped.length)).toEqual([]);
  });
});

describe('findArticleEnd, the pass on its own', () => {
  const lines = (texts: string[]): Line[] => texts.map((text, i) => ({ text, blankBefore: i > 0 && texts[i - 1] === '', shape: shapeOf(text, {}) })).filter((l) => l.text !== '');
  const bio = 'Jane Roe is a reporter who has covered the islands, their ferries and their shipyards for the paper since 2009, and she writes the weekly harbour column.';

  it('returns the line after an author box, and the box itself, for the cleaner to mark as the bio', () => {
    const page = lines([post[0]!, '', post[1]!, '', post[2]!, '', 'Jane Roe', '', bio, '', 'Recent posts', 'Most read']);
    expect(findArticleEnd(page, 0)).toEqual({ end: 5, authorBox: { from: 3, to: 4 } });
  });

  it('ends at a label over a label once most of the prose is above it, with no author box', () => {
    const page = lines([post[0]!, '', post[1]!, '', post[2]!, '', 'Recent posts', 'Most read', 'Ferry timetable changes for the winter']);
    expect(findArticleEnd(page, 0)).toEqual({ end: 3, authorBox: null });
  });

  it('ends at a blog’s comment form heading, with no comment under it yet', () => {
    expect(findArticleEnd(lines([post[0]!, '', post[1]!, '', post[2]!, '', 'Leave a Reply']), 0)).toEqual({ end: 3, authorBox: null });
    expect(findArticleEnd(lines([post[0]!, '', post[1]!, '', post[2]!, '', 'Schreibe einen Kommentar', 'Name', 'E-Mail']), 0)).toEqual({ end: 3, authorBox: null });
    expect(findArticleEnd(lines([post[0]!, '', post[1]!, '', post[2]!, '', 'Leave a Comment', 'The harbour desk reads every comment before it appears on the page, and replies within the week.']), 0)).toEqual({ end: 3, authorBox: null });
    // A sentence that opens on the same words is the post's.
    expect(findArticleEnd(lines([post[0]!, '', post[1]!, '', post[2]!, '', 'Leave a reply card at the desk and the harbour master will call you back within the week.']), 0)).toEqual({ end: 4, authorBox: null });
  });

  it('runs to the page’s end when nothing ends the article', () => {
    const page = lines([post[0]!, '', post[1]!, '', post[2]!]);
    expect(findArticleEnd(page, 0)).toEqual({ end: 3, authorBox: null });
  });
});

describe("a site's footer under the article", () => {
  it('is its legal links and masthead on one line, never a sentence that names one of them', () => {
    const footer = 'Editor in chief — Jane Example. Terms of use. Privacy policy.';
    const page = ['Ferry back in service', '', post[0], '', post[1], '', post[2], '', footer].join('\n');
    expect(paragraphs(page)).toEqual(post);
    expect(cleanPage(readText(page)).removed).toContainEqual({ text: footer, reason: 'navigation' });
    expect(shapeOf('© 2024 Lakeside News. All rights reserved. Contact us', {})).not.toBe('prose');
    expect(shapeOf('The ferry company changed its privacy policy on Monday, and passengers were told by email.', {})).toBe('prose');
  });
});

describe('the links and notes of a page among the paragraphs', () => {
  it('drops the link under a teaser card and a live page\'s note that the story is still being written', () => {
    const page = ['Ferry back in service', '', 'Developing story', '', post[0], '', post[1], '', 'Harbour dredging to start next year', 'Číst článek', '', post[2]].join('\n');
    const cleaned = cleanPage(readText(page));
    expect(cleaned.kept.filter((k) => k.role === 'paragraph').map((k) => k.text)).toEqual(post);
    expect(cleaned.removed.map((r) => r.text)).toEqual(expect.arrayContaining(['Developing story', 'Číst článek']));
    for (const line of ['Artikel lesen', 'Читать далее', 'Read article', 'Доповнюється...']) expect(shapeOf(line, {})).toBe('widget');
    // A headline that names a story as developing is a headline.
    expect(shapeOf('The developing story of the harbour', {})).not.toBe('widget');
  });
});

describe('credits, notes and teasers in the dossier\'s other languages and on blogs', () => {
  it.each([
    ['PHOTO EXAMPLE MINISTRY OF DEFENCE, PROVIDED BY LAKESIDE WIRE', 'photo-credit'],
    ['FOTO JANE EXAMPLE, LAKESIDE NEWS', 'photo-credit'],
    ['MOHLI JSTE PŘEHLÉDNOUT: Trajekt opět v provozu po čtyřech měsících oprav', 'read-also'],
    ['Czytaj też: Prom znów kursuje po czterech miesiącach napraw', 'read-also'],
    ['Podrobnosti připravujeme.', 'widget'],
    ['More to follow', 'widget'],
    ['(Except for the headline, this story has not been edited by Lakeside News staff and is published from a syndicated feed.)', 'widget'],
    ['Kindly drop a comment below.', 'widget'],
    ['Leave your thoughts in the comments section below', 'widget'],
    ['Register now for FREE unlimited access to Lakeside.com', 'newsletter'],
    ['(59.485193, 32.058105). pic.twitter.com/AbC123xYz', 'markup'],
    // A blog's footer, and its links to the next and the last post.
    ['Powered by Examplepress', 'widget'],
    ['Proudly powered by Examplepress', 'widget'],
    ['Theme by Example Themes', 'widget'],
    ['Next post: Ferry back in service after four months', 'read-also'],
    // A site's maker, a call to report a mistake, who may comment, a link to the whole story.
    ['Maintained and developed by Example Media Group Ltd.', 'widget'],
    ['Designed and hosted by Lakeside Web Services', 'widget'],
    ['Found an error? Let us know', 'widget'],
    ['Encontrou algum erro? Fale conosco', 'widget'],
    ['Нашли ошибку? Выделите текст и нажмите Ctrl+Enter', 'widget'],
    ['Comments are exclusive to Lakeside News subscribers.', 'widget'],
    ['Os comentários são exclusivos para assinantes da Gazeta.', 'widget'],
    ['I commenti sono riservati agli abbonati.', 'widget'],
    ['Read the full article here', 'read-also'],
    ['For more on this story, go to Lakeside News.', 'read-also'],
    ['Czytaj dalej Prom znów kursuje po czterech miesiącach', 'read-also'],
    ['We’re sorry, this feature is currently unavailable. Please try again later.', 'widget'],
    ['This was published 12 years ago', 'widget'],
    ['See the original report on Lakeside News.', 'read-also'],
    // Another story's headline behind a bar or with its gallery's link glued on.
    ['Also read | Ferry back in service after four months of repairs', 'read-also'],
    ['Watch | Harbour crane topples in storm', 'read-also'],
    ['Lighthouse keeper retires after forty years View Gallery', 'read-also'],
    // A picture's credit labelled as its attribution; a Korean caption's credit before a table's bar.
    ['Attribution: Example Archive, Image 123-456', 'photo-credit'],
    ['항구에서 여객선이 출항하고 있다. (사진=예시통신) |', 'caption'],
    ['Previous Post: Harbour dredging to start next year', 'read-also'],
  ])('reads "%s" as %s', (line, shape) => {
    expect(shapeOf(line, {})).toBe(shape);
  });

  it.each([
    // An advertisement's slot, the page still loading, a skip link's target, a content system's placeholder.
    ['ADVERTISEMENT - SCROLL TO CONTINUE WITH CONTENT', 'widget'],
    ['Story continues below advertisement', 'widget'],
    ['La suite après cette publicité', 'widget'],
    ['Mainos - sisältö jatkuu alla', 'widget'],
    ['Article continues below the advert', 'widget'],
    ['Developing story – more to come', 'widget'],
    ['Allow notifications to get the latest news first', 'widget'],
    ['Masaüstü bildirimlerimize izin vererek en son haberleri hemen öğrenin.', 'widget'],
    ['原題:Ferry Back in Service After Four Months, Port Says', 'widget'],
    // A platform's notice that a user posted the page.
    ['Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of Example Hao, which is a social media platform and only provides information storage services.', 'widget'],
    ['特别声明：以上内容（如有图片或视频亦包括在内）为自媒体平台“示例号”用户上传并发布，本平台仅提供信息存储服务。', 'widget'],
    ['Artikkelen fortsetter under annonsen', 'widget'],
    ['Hold tight - we’re checking your access before loading the page', 'widget'],
    ['Début du contenu principal.', 'skip-link'],
    ['Start of main content', 'skip-link'],
    ['@widget type=gallery id=4711', 'markup'],
    ['ARTICLE AD BOX', 'widget'],
    ['Read a version of this story in Korean', 'read-also'],
    ['Non ci sono commenti', 'widget'],
    // A page's tags run together with semicolons; a caption whose credit was lost after its label.
    ['Ukraina;Kursk;drony;wojna;', 'breadcrumb'],
    ['Паром знову курсує після чотирьох місяців ремонту. Фото:', 'caption'],
    // A feed's footer, a related-posts label, a newsletter in Norwegian, the copyright in more languages.
    ['The post Ferry back in service after four months appeared first on Lakeside News.', 'widget'],
    ['More from my site', 'read-also'],
    ['Få nyhetsbrev fra Lakeside Avis. Meld deg på her !', 'newsletter'],
    ['Alle Rechte sind geschützt Lakeside.info - 2022', 'widget'],
    ['Wszelkie prawa zastrzeżone', 'widget'],
    ['港口的渡輪恢復航行，吸引大批遊客。(圖擷取自 X )', 'caption'],
    ['Keine Kommentare', 'widget'],
    ['有话要说...', 'widget'],
    ['The ferry sailed again on Monday, the port said (File image)', 'caption'],
    ['Watch the video: Harbour crane topples in the storm.', 'read-also'],
    ['Firefighters battle a blaze at the depot on Saturday night. The cause is still to be determined. Provided to Lakeside Daily |', 'caption'],
    ['The crane is down again. pic.twitter.com/AbC123xYz — Harbour Watch (News & Views) (@HarbourWatch) September 4, 2025', 'markup'],
    ['[caption id=attachment_58 align=alignright]', 'markup'],
    // A comment box's invitation; a promotion ending on its link.
    ['Voice Your Opinion!', 'widget'],
    ['To join the conversation and become a member of Lakeside Forum, create an account today!', 'widget'],
    ['The Harbour Briefing brings you the latest on the ferry, the dredging and the port. For all of Lakeside News\' coverage of the harbour, click here.', 'read-also'],
    // Photos: a stock library's credit, a credit under a label in Vietnamese or Turkish, a still from a video.
    ['Fishing boats moored at the quay after the storm. Alamy Stock Photo Alamy Stock Photo', 'caption'],
    ['Tàu đánh cá neo đậu tại cảng sau cơn bão. Ảnh: Lakeside News', 'caption'],
    ['Fotoğraf: Lakeside Haber', 'photo-credit'],
    ['Smoke rises over the depot after the strike. Still image taken from a video: Governor of the region via Telegram', 'caption'],
    // An embedded post's text ending on its picture's address and its date; its signature dated in Korean.
    ['Crews have cleared the quay and the ferry is running again from the north pier, the port authority says, after four months of repairs and two false starts this winter pic.twitter.com/AbC123xYz May 14, 2025', 'markup'],
    ['— 예시 항만청 / Example Port (@ExamplePort) 2025년 1월 11일', 'date'],
  ])('reads "%s" as %s', (line, shape) => {
    expect(shapeOf(line, {})).toBe(shape);
  });

  it('reads a caption closed by its photographer and agency behind a slash, after its full stop', () => {
    const agencyCredit = (credit: string) => credit === 'Example Wire';
    expect(shapeOf('The harbour master speaks at a news conference in the port, on December 19. Jane Roe/Example Wire', { agencyCredit })).toBe('caption');
    // A name and a slash before a word no registry lists ends no caption: "… and/or".
    expect(shapeOf('The ferry will run daily until March, the operator said. Jane Roe/Lakeside', { agencyCredit })).not.toBe('caption');
  });

  it('leaves a headline or a sentence that opens on the same words alone', () => {
    expect(shapeOf('The depot was provided to the Navy in 1990.', {})).toBe('prose');
    expect(shapeOf('Residents allow notifications of the council’s plans to be posted at the harbour, the mayor said.', {})).toBe('prose');
    expect(shapeOf('The depot burned; the ferry sailed; the port closed; nobody was hurt.', {})).toBe('prose');
    expect(shapeOf('The post of harbour master appeared first in the council’s plans in 2019.', {})).not.toBe('widget');
    // A wire story on one line, its desk's initials glued to its last sentence, is no caption with an agency's credit.
    expect(shapeOf('SEOUL (Example Wire) - The ferry left the harbour on Thursday, the port said. More crossings are planned for the weekend./dg/DP/zb', {})).not.toBe('caption');
    expect(shapeOf('Watch the video as the crane falls into the harbour.', {})).not.toBe('read-also');
    expect(shapeOf('Advertisement revenue continues below last year’s level, the paper said.', {})).toBe('prose');
    expect(shapeOf('Scroll down to see the ferry timetable', {})).not.toBe('widget');
    expect(shapeOf('Please wait for the ferry at the north pier while crews finish loading the cargo.', {})).toBe('prose');
    expect(shapeOf('Residents want to join the conversation about the harbour’s future, the mayor said.', {})).toBe('prose');
    expect(shapeOf('A still image from the harbour camera showed the crane falling.', {})).toBe('prose');
    expect(shapeOf('The ferry posted a video: the crossing took four hours in the storm.', {})).toBe('prose');
    expect(shapeOf('For more coverage of the harbour, the paper sent two reporters to the port.', {})).toBe('prose');
    expect(shapeOf('Powered by the wind, the ferry crossed the bay in a week.', {})).toBe('prose');
    expect(shapeOf('Designed by committee', {})).toBe('heading-like');
    expect(shapeOf('Next to the depot, firefighters fought the blaze for hours.', {})).toBe('prose');
    expect(shapeOf('Developed by the navy in the 1990s, the drone flies 300 km.', {})).toBe('prose');
    expect(shapeOf('The video is unavailable in the region, where the platform is blocked.', {})).toBe('prose');
    expect(shapeOf('The report was published two years ago by the council, and it is still online.', {})).toBe('prose');
    expect(shapeOf('Maintenance crews found an error in the ferry’s steering software last week.', {})).toBe('prose');
    expect(shapeOf('Comments from members of the council were read out at the meeting.', {})).toBe('prose');
    expect(shapeOf('Watch the harbour crane topple in the storm', {})).not.toBe('read-also');
    expect(shapeOf('Read the full article on the ferry’s history and you will see why it matters.', {})).toBe('prose');
  });

  it('leaves the label over a comment form to the comment thread, which it heads', () => {
    expect(shapeOf('Leave a Comment', {})).not.toBe('widget');
    expect(shapeOf('Add Your Comment', {})).not.toBe('widget');
    expect(shapeOf('The residents left a comment book at the town hall.', {})).toBe('prose');
    expect(shapeOf('Register to vote for free before the election, the council said.', {})).toBe('prose');
  });

  it('leaves a headline or sentence about a photo as it was', () => {
    expect(shapeOf('Photo shows the depot burning after the strike', {})).not.toBe('photo-credit');
    expect(shapeOf('PHOTOGRAPHERS RETURN TO THE HARBOUR', {})).not.toBe('photo-credit');
  });
});
