// Saved HTML pages of the shapes the reader must handle: an old table layout with <br>-separated
// paragraphs and a headline in a big bold font, a <title> that names only the site, "Site:
// Headline" with og:site_name, a copy of the headline in a related list, a <title> never closed,
// stray NUL bytes, a short video story whose footer the extractor takes for the article, and
// pages nested thousands of levels deep or very large.
import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../src/pipeline/clean/index.ts';
import { chooseHeadline } from '../../src/pipeline/read/html/headline.ts';
import { partIsCommentThread } from '../../src/pipeline/read/html/main-content.ts';
import { readPage } from '../../src/pipeline/read/index.ts';
import type { PageLine } from '../../src/pipeline/types.ts';
import { article, fixture, ingest } from '../helpers/ingest.ts';

const PAGES = ['table-layout.html', 'headline-and-site.html', 'unclosed-title.html', 'stray-nul.html', 'schedule-in-article.html', 'caption-class.html', 'short-video-story.html', 'blog-comments.html'];
const { report } = ingest(PAGES.map((name) => article(name, fixture(`html/${name}`))));
const page = (file: string) => {
  const s = report.sources.find((x) => x.file === file);
  if (!s) throw new Error(`${file} was not ingested: ${JSON.stringify(report.errors)}`);
  return s;
};
const paragraphs = (file: string) => page(file).blocks.filter((b) => b.type === 'paragraph').map((b) => b.text.split(' ').slice(0, 4).join(' '));
const reasons = (file: string) => Object.fromEntries(page(file).removed.map((r) => [r.text, r.reason]));

describe('saved HTML pages', () => {
  it('ingests them all', () => {
    expect(report.errors).toEqual([]);
  });

  it('an old table layout: paragraphs split by <br><br>, the headline in a bold font over them, a <title> naming the site', () => {
    const s = page('table-layout.html');
    expect(s.title).toBe('Fuel depot fire burns for a second day');
    expect(paragraphs('table-layout.html')).toEqual(['Firefighters were still working', 'The regional governor said', 'Officials have not said', '"We expect to have']);
    expect(reasons('table-layout.html')).toMatchObject({
      'Home | News | Sport | Weather': 'outside-article',
      'Council approves new budget': 'outside-article',
      'By Marta Example, Staff Writer': 'byline',
      'About us | Contact | Copyright 2008 Riverside Gazette': 'outside-article',
    });
  });

  it('"Site: Headline" with og:site_name: the headline the page prints; its copy in a related list stays outside and the body is whole', () => {
    const s = page('headline-and-site.html');
    expect(s).toMatchObject({ title: 'Grain convoy reaches the port after a week at sea', outlet: 'Northern Courier' });
    expect(paragraphs('headline-and-site.html')).toEqual(['A convoy of six', 'The ships carry about', 'Port workers began unloading', 'Insurance costs for the']);
    expect(s.removed).toContainEqual({ text: 'Grain convoy reaches the port after a week at sea', reason: 'outside-article' });
    expect(s.removed).toContainEqual({ text: 'Subscribe to our newsletter', reason: 'outside-article' });
  });

  it('records every line of the page that is not the article or its headline, in page order', () => {
    const s = page('headline-and-site.html');
    const texts = s.removed.map((r) => r.text);
    expect(texts.slice(0, 4)).toEqual(['Northern Courier', 'World', 'Business', 'Opinion']);
    expect(texts.at(-1)).toBe('© 2025 Northern Courier');
  });

  it('a block the page\'s class names call a caption is never the headline over the first paragraph', () => {
    expect(page('caption-class.html').title).toBe('Island ferry fares to rise');
    expect(page('caption-class.html').removed.map((r) => r.text)).toContain('The island ferry leaves the harbour at dawn');
    expect(paragraphs('caption-class.html')).toEqual(['Ferry fares on the', 'The operator said the', 'Islanders who travel to']);
  });

  it('a <title> that is never closed does not swallow the page', () => {
    expect(page('unclosed-title.html').title).toBe('Library reopens after two years of repairs');
    expect(paragraphs('unclosed-title.html')).toEqual(['The central library reopened', 'The city spent about', 'Librarians said more than']);
  });

  it('stray NUL bytes deep inside a page are dropped, not taken for a binary file', () => {
    expect(paragraphs('stray-nul.html')).toEqual(['The harbour ferry service', 'Passengers who had booked']);
    expect(JSON.stringify(page('stray-nul.html'))).not.toContain('\u0000');
  });
});

describe('the headline of an HTML page', () => {
  const lead = 'Ferry fares on the island route will rise by a tenth in the spring, the operator said, blaming the cost of fuel and repairs.';
  const line = (text: string, extra: Partial<PageLine> = {}): PageLine => ({ text, blankBefore: true, ...extra });

  it('is the part of "Headline | Site" that the page prints over the article, not the banner that prints the site', () => {
    const lines = [line('Coastline Weekly', { outsideArticle: true, linked: 1 }), line('Ferry fares to rise in spring', { heading: 1 }), line(lead)];
    expect(chooseHeadline({ stated: ['Ferry fares to rise in spring | Coastline Weekly'], siteNames: [], lines })).toBe('Ferry fares to rise in spring');
  });

  it('is the heading over the first paragraph when the <title> names only the site and a section', () => {
    const lines = [line('Local News', { heading: 2, outsideArticle: true }), line('Island ferry fares to rise', { heading: 1 }), line('By Ann Example'), line(lead)];
    expect(chooseHeadline({ stated: ['Coastline Weekly - Local News'], siteNames: [], lines })).toBe('Island ferry fares to rise');
  });

  it('is a minor heading (<h4>) right over the first paragraph when it says more of the article than the <title>', () => {
    const lines = [line('Local News', { linked: 1, outsideArticle: true }), line('Ferry operator blames fuel for higher fares', { heading: 4 }), line('By Ann Example'), line(lead)];
    expect(chooseHeadline({ stated: ['Coastline Weekly - Island ferries'], siteNames: ['Coastline Weekly'], lines })).toBe('Ferry operator blames fuel for higher fares');
  });

  it('is the headline a publishing system states in a meta tag of its own ("DCSext.articleHeadline", "Headline") when the <title> names only a section', () => {
    const body = `<p>${lead}</p><p>${lead.replace('spring', 'summer')}</p>`;
    const html = (meta: string) => `<html><head><title>News | Islands - Coastline.com</title>${meta}</head><body><div><a href="/">Home</a> <a href="/islands">Islands</a></div>${body}</body></html>`;
    const titleOf = (meta: string) => ingest([article('meta-headline.html', html(meta))]).report.sources[0]!.title;
    expect(titleOf('<meta name="DCSext.articleHeadline" content="Ferry operator blames fuel for higher fares">')).toBe('Ferry operator blames fuel for higher fares');
    expect(titleOf('<meta name="Headline" content="Ferry operator blames fuel for higher fares">')).toBe('Ferry operator blames fuel for higher fares');
    // A subheadline is no headline.
    expect(titleOf('<meta name="Subheadline" content="Ferry operator blames fuel for higher fares">')).not.toBe('Ferry operator blames fuel for higher fares');
  });

  it('is never the site\'s part of "Headline - Site" that the page prints as its logo, though the article names the site', () => {
    const told = `${lead} The operator told Coastline News that fares would fall again in the autumn.`;
    const lines = [line('Coastline News', { heading: 2, outsideArticle: true }), line('Ferry operator blames fuel', { heading: 1 }), line(told)];
    const chosen = chooseHeadline({ stated: ['Ferry operator blames fuel for higher fares, says repairs cost twice as much - Coastline News'], siteNames: [], lines });
    expect(chosen).not.toBe('Coastline News');
    expect(chosen).toMatch(/^Ferry operator blames fuel/);
  });

  it('is the <title> without the part og:site_name names when the page prints no headline line', () => {
    expect(chooseHeadline({ stated: ['Coastline Weekly: Ferry fares to rise in spring'], siteNames: ['Coastline Weekly'], lines: [line(lead)] })).toBe('Ferry fares to rise in spring');
  });

  it('is the <title> without a bare host name before or after it, whatever site it names, and keeps a colon inside the headline', () => {
    const none = { siteNames: [], lines: [line(lead)] };
    expect(chooseHeadline({ stated: ['CoastlineWeekly.com: Ferry fares to rise in spring'], ...none })).toBe('Ferry fares to rise in spring');
    expect(chooseHeadline({ stated: ['Ferry fares to rise in spring - news.coastline.co.uk'], ...none })).toBe('Ferry fares to rise in spring');
    expect(chooseHeadline({ stated: ['Ferries.com: Operator: fares to rise in spring'], ...none })).toBe('Operator: fares to rise in spring');
    // A name with a dot that is no host ("St. Ives", "No.1") stays.
    expect(chooseHeadline({ stated: ['No.1 ferry: fares to rise in spring'], ...none })).toBe('No.1 ferry: fares to rise in spring');
  });

  it('is the <title> "Headline on Example.com" without the host; beside a host, a name of a word or three is a section', () => {
    const lines = [line('Ferry fares to rise in spring', { outsideArticle: true }), line('Boats and tides', { outsideArticle: true }), line('Tribune staff reporter', { outsideArticle: true }), line(lead)];
    expect(chooseHeadline({ stated: ['Ferry fares to rise in spring on CoastlineSports.com'], siteNames: [], lines })).toBe('Ferry fares to rise in spring');
    const section = [line('Local Wire', { heading: 1, outsideArticle: true }), line('Ferry operator blames fuel for fares', { heading: 2 }), line(lead)];
    expect(chooseHeadline({ stated: ['coastline.com - Local Wire'], siteNames: [], lines: section })).toBe('Ferry operator blames fuel for fares');
  });

  it('is never the rest of a credit that starts with a separator ("| Journal Harbour Bureau")', () => {
    const dateline = 'HARBOUR - Ferry fares on the island route will rise by a tenth in the spring, the operator said on Monday.';
    const lines = [line('Ferry fares to rise in spring'), line('March 3, 2024'), line('| Journal Harbour Bureau'), line('BY ANN EXAMPLE | Journal Harbour Bureau', { outsideArticle: true }), line(dateline)];
    expect(chooseHeadline({ stated: ['Coastline Journal Online - Island Town'], siteNames: [], lines })).toBe('Ferry fares to rise in spring');
  });

  it('is the stated title, never a share box over a blog post\'s footer, when the post has no paragraph of its own to stand over', () => {
    // The footer ends in a full stop but is no paragraph of the post: nothing above it is the headline.
    const footer = 'This entry was posted on Monday, March 3rd, 2024 at 9:12 am and is filed under Ferries. Bookmark the permalink.';
    const lines = [line('The ferry band plays', { heading: 2, linked: 1 }), line('Note the tiny, tiny tugboat.'), line('Be Sociable, Share!'), line(footer)];
    expect(chooseHeadline({ stated: ['Harbour Blog'], siteNames: [], lines })).toBe('Harbour Blog');
  });

  it('is never a byline, a date stamp or a caption above the article', () => {
    const lines = [line('Photo: the ferry at the pier', { caption: true }), line('By the Associated Press'), line('12.03.2025 14:05'), line(lead)];
    expect(chooseHeadline({ stated: ['Ferry fares to rise in spring - Coastline Weekly'], siteNames: [], lines })).toBe('Ferry fares to rise in spring');
  });
});

describe('judging the lines of an extracted article', () => {
  it('keeps the short lines between its paragraphs (a timetable after <br>s), not the unlinked teasers after the last one', () => {
    expect(page('schedule-in-article.html').blocks.map((b) => `${b.type}: ${b.text.split(' ').slice(0, 4).join(' ')}`)).toEqual([
      'paragraph: The island ferry will',
      'paragraph: The winter sailings from',
      'paragraph: Monday to Friday, 07:15',
      'paragraph: Monday to Friday, 12:40',
      'paragraph: Saturday and Sunday, 10:00',
      'paragraph: Every day, 17:30',
      'paragraph: Passengers with a season',
      'paragraph: The full summer timetable',
    ]);
    expect(reasons('schedule-in-article.html')).toMatchObject({ 'Harbour car park to close for resurfacing': 'teaser', '© Coastline Weekly': 'outside-article' });
  });

  it('keeps a list between its paragraphs when the sentence after it is short', () => {
    const lead = 'The choir will sing in six towns this spring, its first tour since the hall closed for repairs two years ago.';
    const tour = ['APRIL', '12 Harwich, Town Hall', '14 Ipswich, Corn Exchange', 'MAY', '02 Colchester, Arts Centre'];
    const closing = 'Tickets go on sale on Monday.';
    const cleaned = cleanPage([
      { text: 'Home News Music', blankBefore: true, outsideArticle: true },
      { text: 'Choir sets out on spring tour', blankBefore: true, heading: 1 },
      { text: lead, blankBefore: true },
      { text: 'The dates are as follows.', blankBefore: true },
      ...tour.map((text, i) => ({ text, blankBefore: i === 0 || text === 'MAY' })),
      { text: closing, blankBefore: true },
      { text: 'More from Music', blankBefore: true, linked: 1 },
    ]);
    expect(cleaned.kept.map((k) => k.text)).toEqual([lead, 'The dates are as follows.', ...tour, closing]);
    expect(cleaned.removed.map((r) => r.text)).toEqual(['Home News Music', 'More from Music']);
  });

  it('keeps a list its last paragraph introduces with a colon, not a list of links or a form\'s labels', () => {
    const lead = 'The bakery on Quay Street has shared the recipe for the rye loaf it has sold every Saturday since it opened in 1962.';
    const items = ['500 g dark rye flour', '2 tsp salt', 'a handful of caraway seeds', '400 ml warm water'];
    const page = (after: PageLine[]) =>
      cleanPage([
        { text: 'Home Food Recipes', blankBefore: true, outsideArticle: true },
        { text: 'The Saturday rye loaf', blankBefore: true, heading: 1 },
        { text: lead, blankBefore: true },
        ...after,
        { text: '© Harbour Gazette', blankBefore: true, outsideArticle: true },
      ]);
    const recipe = page([{ text: 'You will need:', blankBefore: true }, ...items.map((text) => ({ text, blankBefore: false }))]);
    expect(recipe.kept.map((k) => k.text)).toEqual([lead, 'You will need:', ...items]);

    const related = ['Harbour café wins award', 'Ferry timetable for the winter'];
    const links = page([{ text: "The week's other bakes:", blankBefore: true }, ...related.map((text) => ({ text, blankBefore: false, linked: 1 }))]);
    expect(links.kept.map((k) => k.text)).toEqual([lead]);

    const form = page([{ text: 'Leave your details:', blankBefore: true }, { text: 'Your name:', blankBefore: false }, { text: 'Password:', blankBefore: false }, { text: 'Remember me', blankBefore: false }]);
    expect(form.kept.map((k) => k.text)).toEqual([lead]);
  });

  it('does not keep the headlines between the last paragraph and a short question under them', () => {
    const lead = 'The choir will sing in six towns this spring, its first tour since the hall closed for repairs two years ago.';
    const headlines = ['Harbour car park to close for resurfacing', 'Ferry fares on the island route rise by a tenth', 'Lifeboat crew rescues two walkers'];
    const cleaned = cleanPage([
      { text: 'Home News Music', blankBefore: true, outsideArticle: true },
      { text: 'Choir sets out on spring tour', blankBefore: true, heading: 1 },
      { text: lead, blankBefore: true },
      ...headlines.map((text) => ({ text, blankBefore: true })),
      { text: 'What is on at the hall?', blankBefore: true },
    ]);
    // The last one, right over the question, reads as its subheading.
    expect(cleaned.removed.map((r) => r.text)).toEqual(['Home News Music', ...headlines.slice(0, 2)]);
  });

  it('leaves out the readers\' comments the extractor kept without their stamps (the thread is found on the whole page)', () => {
    expect(paragraphs('blog-comments.html')).toEqual(['The new ferry timetable', 'Commuters say the change']);
    const removed = page('blog-comments.html').removed;
    expect(removed.filter((r) => r.reason === 'comments')).toHaveLength(6);
    expect(reasons('blog-comments.html')).toMatchObject({ 'Posted by: Ferry regular | March 3, 2012 at 00:15 PM': 'outside-article' });
  });

  it('takes the extractor\'s part for the readers\' comments, and reads the page whole, when it starts under the thread\'s heading and holds their stamps', () => {
    const line = (text: string, outsideArticle = false): PageLine => ({ text, blankBefore: true, ...(outsideArticle ? { outsideArticle } : {}) });
    const post = [line('New ferry timetable leaves commuters stranded', true), line('The new ferry timetable came into force on Monday, and the first sailing now leaves at ten past six.', true)];
    const thread = [
      line('I have taken the early boat for twenty years and this is the worst change I can remember.'),
      line('Posted by: Ferry regular | March 3, 2012 at 10:15 PM'),
      line('The operator says the change saves fuel, but nobody has published the figures.'),
      line('Posted by: Harbour watcher | March 4, 2012 at 11:15 AM'),
    ];
    expect(partIsCommentThread([...post, line('Comments', true), ...thread])).toBe(true);
    expect(partIsCommentThread([...post, line('12 Comments', true), ...thread])).toBe(true);
    // Under another heading, or with one stamp (the post's own), the part is the article.
    expect(partIsCommentThread([...post, line('Related links', true), ...thread])).toBe(false);
    expect(partIsCommentThread([...post, line('Comments', true), ...thread.slice(0, 3)])).toBe(false);
  });

  it('reads the whole page when the part the extractor chose holds no paragraph', () => {
    const body = 'Crews worked through the night to clear the road after the landslide, and it reopened to traffic early on Sunday.';
    const cleaned = cleanPage([
      { text: 'Road reopens after landslide', blankBefore: true, heading: 1, outsideArticle: true },
      { text: body, blankBefore: true, outsideArticle: true },
      { text: 'Photo gallery', blankBefore: true, heading: 2 },
      { text: 'A digger at the site', blankBefore: true, heading: 3 },
    ]);
    expect(cleaned.kept.map((k) => k.text)).toEqual([body]);
    expect(cleaned.removed.map((r) => r.reason)).not.toContain('outside-article');
  });

  it('reads the whole page when the extractor chose a footer whose only paragraph is a notice about the browser', () => {
    // The story's class names ("media", "meta") make Readability score it down, under the footer.
    expect(page('short-video-story.html').title).toBe('Island ferry crew prepares for the season');
    expect(paragraphs('short-video-story.html')).toEqual(['Ferry crews from all', 'Mara Lind from the', 'She filmed a short']);
    expect(reasons('short-video-story.html')).toMatchObject({
      'This page is best viewed in an up-to-date web browser with style sheets (CSS) enabled. While you will be able to view the content of this page in your current browser, you will not be able to get the full visual experience. Please consider upgrading your browser software or enabling style sheets (CSS) if you are able to do so.': 'widget',
      'Terms of Use': 'after-article',
    });
  });
});

describe('pages that must not stop the run', () => {
  const para = (i: number) => `<p>Paragraph ${i}: officials said the strike hit the depot overnight and crews worked until morning to put out the fire.</p>`;
  const nested = (depth: number, tag: string) =>
    `<html><head><title>Deep page</title></head><body>${`<${tag}>`.repeat(depth)}<h1>A page nested very deep</h1>${para(1)}${para(2)}${`</${tag}>`.repeat(depth)}</body></html>`;

  it.each([
    ['div', 1500],
    ['span', 1500],
    ['div', 5000],
  ])('a page of %s elements nested %i levels deep is read without overflowing the stack, and the next file after it', (tag, depth) => {
    const { report: r } = ingest([article('deep.html', nested(depth, tag)), article('next.txt', 'Next article\n\nThe next file in the run is read as usual, whatever the file before it held.\n')]);
    expect(r.errors).toEqual([]);
    const deep = r.sources.find((s) => s.file === 'deep.html')!;
    expect(deep.title).toBe('A page nested very deep');
    expect(deep.blocks.map((b) => b.text.split(':')[0])).toEqual(['Paragraph 1', 'Paragraph 2']);
    expect(r.sources.map((s) => s.file)).toContain('next.txt');
  });

  it.each([20_000, 100_000])('a page nested %i levels deep is flattened before parsing, and read in seconds', (depth) => {
    const started = performance.now();
    const { lines } = readPage('deep.html', new TextEncoder().encode(nested(depth, 'div')));
    expect(lines.map((l) => l.text.split(':')[0])).toEqual(['A page nested very deep', 'Paragraph 1', 'Paragraph 2']);
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('a very large page (5,000 paragraphs) is read whole', () => {
    const html = `<html><head><title>A long page</title></head><body><h1>A very long page</h1>${Array.from({ length: 5000 }, (_, i) => para(i)).join('')}</body></html>`;
    const { report: r } = ingest([article('large.html', html)]);
    expect(r.errors).toEqual([]);
    expect(r.sources[0]!.blocks).toHaveLength(5000);
  });
});
