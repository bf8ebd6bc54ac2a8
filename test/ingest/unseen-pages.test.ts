// Page shapes the seeds do not show, in several languages: wire copy, a broadcaster page, a
// French paywalled page, a German page with the date above the headline, a live blog and a
// Ukrainian page. The cleaner must read them by shape, as it reads the seeds.
import { describe, expect, it } from 'vitest';
import { article, fixture, ingest } from '../helpers/ingest.ts';

const PAGES = ['wire-style.txt', 'broadcaster-style.txt', 'french-style.txt', 'german-style.txt', 'live-blog.txt', 'ukrainian-style.txt', 'chinese-style.txt', 'japanese-style.txt', 'korean-style.txt'];
const { report } = ingest(PAGES.map((name) => article(name, fixture(`pages/${name}`))));
const page = (file: string) => report.sources.find((s) => s.file === file)!;
const body = (file: string) => page(file).blocks.map((b) => (b.type === 'heading' ? `## ${b.time ? `[${b.time}] ` : ''}${b.text}` : b.text.split(' ').slice(0, 4).join(' ')));
const reasons = (file: string) => Object.fromEntries(page(file).removed.map((r) => [r.text, r.reason]));

describe('pages the seeds do not show', () => {
  it('ingests them all', () => {
    expect(report.errors).toEqual([]);
    expect(report.sources).toHaveLength(PAGES.length);
  });

  it('wire copy: byline above a date line with "Updated", a gallery caption, a "(Reuters) -" dateline, credits at the end', () => {
    expect(page('wire-style.txt')).toMatchObject({
      title: "Ukraine hits oil depot in Russia's Bryansk region, governor says",
      authors: ['Olena Example', 'Guy Sample'],
      agencies: ['Reuters'],
      published: '2024-12-18',
    });
    expect(body('wire-style.txt')).toEqual(['KYIV, Dec 18 (Reuters)', 'The attack was the', '"We will keep hitting', "Russia's defence ministry said"]);
    expect(reasons('wire-style.txt')).toMatchObject({
      'Item 1 of 3 Firefighters work at the site of a fuel depot hit by a drone in the Bryansk region, Russia, December 18, 2024. REUTERS/Stringer': 'caption',
      'Reporting by Olena Example; Editing by Andrew Sample': 'byline',
      'Russia says it downed drones over Bryansk': 'after-article',
    });
  });

  it('a broadcaster page: relative time, author name and role, credit above its caption, related links', () => {
    expect(page('broadcaster-style.txt')).toMatchObject({
      title: "North Korean troops 'suffering heavy losses' in Kursk",
      authors: ['Laura Sample'],
      published: null,
      date: null,
    });
    expect(body('broadcaster-style.txt')).toHaveLength(4);
    expect(reasons('broadcaster-style.txt')).toMatchObject({
      '2 days ago': 'dateline',
      'Laura Sample': 'byline',
      'North Korean soldiers are said to be fighting alongside Russian troops': 'caption',
      'Kim vows to back Russia \'to the end\'': 'teaser',
      'Ukraine says it killed North Korean soldiers in Kursk': 'teaser',
    });
  });

  it('a French page: standfirst kept, "Le Monde avec AFP" credited, paywall widgets and "Lire aussi" dropped', () => {
    expect(page('french-style.txt')).toMatchObject({ outlet: 'Le Monde', agencies: ['AFP'], published: '2024-12-15', language: 'fr' });
    expect(body('french-style.txt')).toEqual(['Selon Volodymyr Zelensky, la', 'Le président ukrainien a', 'Selon Kiev, ces soldats', 'Séoul et Washington estiment', 'Les pertes subies par']);
    expect(reasons('french-style.txt')).toMatchObject({
      'Article réservé aux abonnés': 'newsletter',
      'Offrir l’article': 'widget',
      'Lire aussi | Guerre en Ukraine : comment Kiev tente de conserver ses positions à Koursk': 'teaser',
      'S’inscrire': 'newsletter',
    });
  });

  it('a German page: the date above the headline', () => {
    expect(page('german-style.txt')).toMatchObject({ title: 'Nordkoreanische Soldaten kämpfen offenbar in Kursk', published: '2024-12-15', language: 'de' });
    expect(body('german-style.txt')).toHaveLength(3);
    expect(reasons('german-style.txt')).toMatchObject({ 'Stand: 15.12.2024 10:12 Uhr': 'dateline', 'Mehr zum Thema': 'teaser' });
  });

  it('a live blog: every entry kept as a section with its time', () => {
    expect(page('live-blog.txt').title).toBe('Russia-Ukraine war live: drones hit fuel depots overnight');
    expect(body('live-blog.txt')).toEqual([
      'Follow our live coverage',
      '## [12:30] Governor reports fire at depot',
      'The governor of Russia\'s',
      'Firefighters were still at',
      '## [11:05] Kyiv says 11 drones were launched',
      "Ukraine's General Staff said",
      '## [09:40] Zelensky: North Korean troops in assaults',
      'President Volodymyr Zelensky said',
    ]);
    expect(reasons('live-blog.txt')).toMatchObject({ 'Updated 12:30 GMT': 'dateline', 'Share this post': 'widget' });
  });

  it('a Ukrainian page: author label, date with time, "Читайте також" teaser, Telegram call to subscribe', () => {
    expect(page('ukrainian-style.txt')).toMatchObject({ authors: ['Олена Приклад'], published: '2024-12-14', language: 'uk' });
    expect(body('ukrainian-style.txt')).toHaveLength(4);
    expect(reasons('ukrainian-style.txt')).toMatchObject({
      'Читайте також: Зеленський заявив про участь північнокорейських військових у штурмах': 'teaser',
      'Підписуйтесь на наш Telegram-канал': 'newsletter',
      Поділитися: 'widget',
    });
  });

  // Chinese and Japanese write no spaces between words: a headline of twenty characters is about ten words, not one.
  it('a Chinese page: the headline, one stamp line of date, source and author set out field by field, the copyright line naming the outlet', () => {
    expect(page('chinese-style.txt')).toMatchObject({ title: '乌克兰无人机袭击俄罗斯石油库 引发大火', outlet: '示例新闻网', authors: ['李明'], published: '2024-10-28', language: 'zh', topics: ['oil-depot-strikes'] });
    expect(page('chinese-style.txt').slug).toMatch(/^2024-10-28-[0-9a-f]{8}$/);
    expect(body('chinese-style.txt')).toHaveLength(4);
    expect(reasons('chinese-style.txt')).toMatchObject({ '2024年10月28日 14:05': 'dateline', '作者：李明': 'byline', '来源：示例新闻网': 'navigation', '责任编辑：王芳': 'byline', '朝鲜士兵出现在库尔斯克前线': 'teaser' });
  });

  it('a Japanese page: the headline over its date, the teaser under "関連記事"', () => {
    expect(page('japanese-style.txt')).toMatchObject({ title: 'ウクライナの無人機がロシアの石油貯蔵施設を攻撃、大規模火災に', outlet: 'Example Shimbun', published: '2024-10-28', language: 'ja', topics: ['oil-depot-strikes'] });
    expect(body('japanese-style.txt')).toHaveLength(3);
    expect(reasons('japanese-style.txt')).toMatchObject({ '2024年10月28日 14時05分': 'dateline', '北朝鮮兵がクルスク州の前線に': 'teaser' });
  });

  it('a Korean page: the reporter named before the title "기자"', () => {
    expect(page('korean-style.txt')).toMatchObject({ title: '우크라이나 드론, 러시아 석유 저장고 공격…대형 화재 발생', outlet: 'Example Ilbo', authors: ['홍길동'], published: '2024-10-28', language: 'ko', topics: ['oil-depot-strikes'] });
    expect(body('korean-style.txt')).toHaveLength(3);
    expect(reasons('korean-style.txt')).toMatchObject({ '홍길동 기자': 'byline' });
  });
});
