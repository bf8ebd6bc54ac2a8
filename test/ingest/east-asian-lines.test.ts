// Lines of Chinese, Japanese and Korean pages, written for this test: how many words a line
// holds where no spaces part them, a stamp of labelled fields, and the bylines of these languages.
import { describe, expect, it } from 'vitest';
import { bylineNames, isByline, shapeOf, wordCount } from '../../src/pipeline/clean/shapes.ts';
import { stampFields } from '../../src/pipeline/clean/stamp-fields.ts';
import { article, ingest } from '../helpers/ingest.ts';

describe('words where no spaces part them', () => {
  it('counts about one word for every two Chinese or Japanese characters', () => {
    expect(wordCount('乌克兰无人机袭击俄罗斯石油库')).toBe(7);
    expect(wordCount('ウクライナの無人機が攻撃')).toBe(6);
    // Korean, and any other script, parts its words with spaces.
    expect(wordCount('우크라이나 드론 러시아 공격')).toBe(4);
    expect(wordCount('North Korean troops in Kursk')).toBe(5);
    // Thai parts phrases with spaces, not words: about one word for every four characters, marks included.
    expect(wordCount('โดรนของยูเครนโจมตีคลังน้ำมัน')).toBe(7);
    // A Devanagari vowel sign is a mark inside its word, not a break between two.
    expect(wordCount('उत्तर कोरियाई सैनिक कुर्स्क में')).toBe(5);
  });

  it('reads a Thai page, its headline and its paragraphs, instead of rejecting it as all headings', () => {
    const headline = 'โดรนของยูเครนโจมตีคลังน้ำมันในรัสเซีย';
    const page = [
      headline,
      '',
      'เจ้าหน้าที่ท้องถิ่นระบุว่า โดรนของยูเครนโจมตีคลังน้ำมันแห่งหนึ่งในภูมิภาคชายแดนเมื่อคืนนี้ ทำให้เกิดเพลิงไหม้ครั้งใหญ่ และนักดับเพลิงใช้เวลาหลายชั่วโมงในการควบคุมเพลิง',
      '',
      'ผู้ว่าการภูมิภาคกล่าวว่าไม่มีผู้ได้รับบาดเจ็บ แต่ถังเก็บน้ำมันหลายถังได้รับความเสียหายอย่างหนัก',
    ].join('\n');
    const { report } = ingest([article('th-page.txt', page)]);
    expect(report.errors).toEqual([]);
    expect(report.sources[0]!.title).toBe(headline);
    expect(report.sources[0]!.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
  });

  it('reads a Chinese or Japanese headline as a headline and a paragraph as prose', () => {
    expect(shapeOf('乌克兰无人机袭击俄罗斯石油库 引发大火', {})).toBe('heading-like');
    expect(shapeOf('据当地官员周一表示，乌克兰无人机夜间袭击了俄罗斯西南部的一座石油库，引发大火，消防人员花了数小时才将火势控制住。', {})).toBe('prose');
  });

  it('reads a clause with figures in it as words, not as an embed\'s id, and a paragraph opening on a year as prose, not a menu', () => {
    // Sixteen characters and more with a figure among them, and no space: a clause, in a paragraph of fewer than 300 characters.
    expect(shapeOf('地方官员表示，防空部队当晚在边境地区上空共击落了至少125架无人机和3枚导弹，其中一架的残骸落在了油库附近。', {})).toBe('prose');
    expect(shapeOf('2024年の夏に始まった越境作戦は予想よりも長期化し、国境に近い町や村に暮らしていた住民の多くが、いまも遠く離れた親戚の家や仮設の住宅で先の見えない避難生活を続けている。', {})).toBe('prose');
    // An id, and a menu of capitalised words, are still what they were.
    expect(shapeOf('t 03df1a47ddf84aca9d4d5e6f7a8b9c0d name', {})).toBe('markup');
  });
});

describe('a stamp of labelled fields', () => {
  it('is set out a field a line: the date, the source, the author', () => {
    expect(stampFields('2024年10月28日 14:05 来源：示例新闻网 作者：李明')).toEqual(['2024年10月28日 14:05', '来源：示例新闻网', '作者：李明']);
    expect(stampFields('来源：示例新闻网 编辑：王芳')).toEqual(['来源：示例新闻网', '编辑：王芳']);
  });

  it('leaves a single field, a sentence that quotes a label, and a long line alone', () => {
    expect(stampFields('作者：李明')).toBeNull();
    expect(stampFields('他说 来源：可靠 作者：未知')).toBeNull();
    expect(stampFields(`2024年10月28日 来源：示例新闻网 作者：李明 ${'很长的句子'.repeat(30)}`)).toBeNull();
  });
});

describe('bylines of Chinese and Korean pages', () => {
  it('credits the names after a Chinese author or reporter label', () => {
    expect(bylineNames('作者：李明')).toEqual(['李明']);
    expect(bylineNames('记者：李明 王芳')).toEqual(['李明', '王芳']);
    expect(bylineNames('文／张伟、刘洋')).toEqual(['张伟', '刘洋']);
    expect(isByline('作者：这是一个很长的句子不是名字')).toBe(false);
  });

  it('credits the name between "記者" (reporter) and the desk or place after a slash, not a press conference', () => {
    expect(bylineNames('記者王小明／台北報導')).toEqual(['王小明']);
    expect(bylineNames('記者王小明/編譯')).toEqual(['王小明']);
    expect(bylineNames('记者 张伟')).toEqual(['张伟']);
    expect(isByline('記者會上他說')).toBe(false);
    expect(isByline('记者会见/直播报道')).toBe(false);
  });

  it('credits the name before the Korean title "기자" (reporter), with or without an e-mail address', () => {
    expect(bylineNames('홍길동 기자')).toEqual(['홍길동']);
    expect(bylineNames('홍길동 기자 hong@example.co.kr')).toEqual(['홍길동']);
    expect(isByline('기자 회견이 열렸다')).toBe(false);
  });

  it('reads the date behind a bar after a Korean byline ("홍길동 기자 | 2025.01.12 19:19")', () => {
    const page = '러시아 정유소에 드론 공격\n\n홍길동 기자 | 2025.01.12 19:19\n\n우크라이나 드론이 26일 러시아 남부의 정유소를 공격해 큰 화재가 났다고 현지 당국이 밝혔다.\n\n당국은 부상자는 없다고 덧붙였다.\n';
    expect(ingest([article('ko-byline-date.txt', page)]).report.sources[0]).toMatchObject({ authors: ['홍길동'], published: '2025-01-12' });
  });
});

describe('the source a Chinese or Korean page credits under a label', () => {
  it('reads the reporter and the agency of a Korean wire dateline ("(서울=연합뉴스) NAME 기자 = …")', () => {
    const page = '러시아 정유소에 드론 공격\n\n(서울=연합뉴스) 홍길동 기자 = 우크라이나 드론이 26일 러시아 남부의 정유소를 공격해 큰 화재가 났다고 현지 당국이 밝혔다.\n\n당국은 부상자는 없다고 덧붙였다.\n';
    expect(ingest([article('ko-dateline.txt', page)]).report.sources[0]).toMatchObject({ authors: ['홍길동'], agencies: ['Yonhap'] });
    // A sentence that only quotes a reporter is no dateline.
    const quoted = '러시아 정유소에 드론 공격\n\n우크라이나 드론이 26일 러시아 남부의 정유소를 공격했다고 홍길동 기자가 전했다.\n\n당국은 부상자는 없다고 덧붙였다.\n';
    expect(ingest([article('ko-quoted.txt', quoted)]).report.sources[0]!.authors).toEqual([]);
  });

  it('reads a Korean wire dateline in square brackets too ("[서울=연합뉴스] NAME 기자 = …"), and the reporter a broadcaster\'s anchor hands over to ("NAME 기자가 보도합니다")', () => {
    const wire = '러시아 정유소에 드론 공격\n\n[서울=연합뉴스] 홍길동 기자 = 우크라이나 드론이 26일 러시아 남부의 정유소를 공격해 큰 화재가 났다고 현지 당국이 밝혔다.\n\n당국은 부상자는 없다고 덧붙였다.\n';
    expect(ingest([article('ko-wire.txt', wire)]).report.sources[0]).toMatchObject({ authors: ['홍길동'], agencies: ['Yonhap'] });
    const broadcast = '러시아 정유소에 드론 공격\n\n우크라이나 드론이 어젯밤 러시아 남부의 정유소를 공격해 큰 화재가 났습니다. 홍길동 기자가 보도합니다.\n\n당국은 부상자는 없다고 밝혔습니다.\n';
    expect(ingest([article('ko-broadcast.txt', broadcast)]).report.sources[0]!.authors).toEqual(['홍길동']);
  });

  it('reads the reporter of a Korean paper\'s dateline in square brackets, and the reporters of a Chinese wire\'s dateline', () => {
    const korean = '러시아 정유소에 드론 공격\n\n[예시일보 홍길동 기자] 우크라이나 드론이 26일 러시아 남부의 정유소를 공격해 큰 화재가 났다고 현지 당국이 밝혔다.\n\n당국은 부상자는 없다고 덧붙였다.\n';
    expect(ingest([article('ko-bracket.txt', korean)]).report.sources[0]!.authors).toEqual(['홍길동']);
    const chinese = '俄方称收复库尔斯克州多个定居点\n\n示例社莫斯科3月13日电（记者张伟 李明）俄罗斯国防部13日通报说，俄军已收复库尔斯克州的三个定居点。\n\n乌克兰方面尚未对此作出回应。\n';
    expect(ingest([article('zh-dateline.txt', chinese)]).report.sources[0]!.authors).toEqual(['张伟', '李明']);
  });

  it('is the wire agency the copy comes from ("来源：新华社"), not a line of navigation', () => {
    const page = '朝鲜士兵在库尔斯克前线作战\n2024年10月28日 14:05 来源：新华社\n\n据当地官员周一表示，朝鲜士兵已在库尔斯克前线参加战斗，乌克兰军方称已有数百人伤亡。\n\n分析人士认为，这是朝鲜首次大规模派兵参加海外战争。\n';
    const { report } = ingest([article('xinhua-copy.txt', page)]);
    expect(report.sources[0]).toMatchObject({ title: '朝鲜士兵在库尔斯克前线作战', agencies: ['Xinhua'], published: '2024-10-28', language: 'zh' });
    expect(report.sources[0]!.removed).toContainEqual({ text: '来源：新华社', reason: 'byline' });
  });
});

describe('captions of Chinese and Korean pages', () => {
  it('never takes a photo\'s "▲" caption for the headline, and drops a caption closed by its credit (in full-width brackets, or Korean "자료사진")', () => {
    const caption = '▲示例市的士兵在广场上列队，庆祝建军节。（資料照／示例社）';
    const page = `${caption}\n\n記者王小明／台北報導\n\n据当地官员周一表示，朝鲜士兵已在库尔斯克前线参加战斗，乌克兰军方称已有数百人伤亡。\n\n分析人士认为，这是朝鲜首次大规模派兵参加海外战争。\n`;
    const source = ingest([article('caption-first.txt', page)]).report.sources[0]!;
    expect(source.title).not.toContain('▲');
    expect(source.authors).toEqual(['王小明']);
    expect(source.removed).toContainEqual({ text: caption, reason: 'caption' });
    const korean = '▲ 예시시 광장에서 열린 행사 장면. 군인들이 행진하고 있다';
    const koreanPage = `${korean}\n\n러시아에 파병된 북한군이 여전히 최전선 전투에 투입되고 있다고 우크라이나 당국이 밝혔습니다. 당국은 성명에서 이같이 전했습니다.\n\n북한군은 쿠르스크주에 주둔하고 있는 것으로 알려졌습니다.\n`;
    expect(ingest([article('ko-caption.txt', koreanPage)]).report.sources[0]!.title).not.toContain('▲');
    // A Korean caption closes on its credit ("… 타스=연합뉴스 자료사진": TASS via Yonhap, file photo).
    const credited = '러시아의 한 석유 시설 모습. 타스=연합뉴스 자료사진';
    const creditedPage = `${credited}\n\n${koreanPage.split('\n\n').slice(1).join('\n\n')}`;
    const creditedSource = ingest([article('ko-credit.txt', creditedPage)]).report.sources[0]!;
    expect(creditedSource.title).not.toBe(credited);
    expect(creditedSource.removed).toContainEqual({ text: credited, reason: 'caption' });
    expect(shapeOf('정부는 사진 촬영을 금지했다.', {})).toBe('prose');
  });

  it('drops a caption closed by its agency right after its full stop, or by a copyright in a circled c, and keeps the headline above it', () => {
    const zhCaption = '乌克兰士兵在边境附近的村庄巡逻。 / Reuters';
    const zhPage = [
      '国际',
      '3分钟阅读',
      '示例领导人感谢朝鲜士兵在库尔斯克作战',
      '示例领导人周三在会见时表示，朝鲜士兵在边境地区的战斗中表现勇敢。',
      zhCaption,
      '2025年9月3日',
      '',
      '示例领导人周三在会见朝鲜代表团时表示，朝鲜士兵在库尔斯克地区的战斗中表现勇敢，他对此表示感谢。',
      '',
      '分析人士认为，这是朝鲜首次大规模派兵参加海外战争，其规模和时长都超出了外界的预期。',
    ].join('\n');
    const zh = ingest([article('zh-agency-caption.txt', zhPage)]).report.sources[0]!;
    expect(zh.title).toBe('示例领导人感谢朝鲜士兵在库尔斯克作战');
    expect(zh.removed).toContainEqual({ text: zhCaption, reason: 'caption' });

    const koCaption = '우크라이나군이 생포한 북한군 병사의 모습. (예시 대통령 X 캡처) 2025.1.12/예시통신 ⓒ 예시통신 홍길동 기자';
    const koPage = [
      '우크라 북한군 포로 2명 "새 삶 원해"…편지로 뜻 밝혀',
      '',
      '예시 시민단체 편지 공개',
      '',
      koCaption,
      '',
      '우크라이나군에 억류된 북한군 포로 2명이 새로운 삶을 시작하고 싶다는 뜻을 편지로 밝혔다고 시민단체가 24일 전했다.',
      '',
      '두 사람은 지난 1월 러시아 쿠르스크 전선에서 싸우다가 우크라이나군에 생포된 북한군 병사로 알려졌다.',
    ].join('\n');
    const ko = ingest([article('ko-copyright-caption.txt', koPage)]).report.sources[0]!;
    expect(ko.title).toBe('우크라 북한군 포로 2명 "새 삶 원해"…편지로 뜻 밝혀');
    expect(ko.removed).toContainEqual({ text: koCaption, reason: 'caption' });

    // A whole article run into one line with a photo's credit is kept, not dropped as a caption.
    const runOn = `${koPage.split('\n').slice(6).join(' ').repeat(4)} ⓒ 예시통신 홍길동 기자 관련 키워드 북한군 파병`;
    expect(shapeOf(runOn, {})).not.toBe('caption');
    // A paragraph of the story that names the agency in its sentence, or ends on a word that names none, is prose.
    const prose = '정부는 이날 드론 공격으로 유류 저장고에 불이 났다고 밝혔다고 연합뉴스가 보도했다.';
    const proseShape = (text: string) => shapeOf(text, { agencyCredit: (credit) => credit === 'Reuters' || credit === '연합뉴스' });
    expect(proseShape(prose)).toBe('prose');
    expect(proseShape('Soldiers patrol a village near the border. Reuters')).toBe('caption');
    expect(proseShape('Soldiers patrol a village near the border. Monday')).not.toBe('caption');
    // A longer paragraph with the agency glued after it is the story's last paragraph, not a caption.
    expect(proseShape('Firefighters worked through the night to put out the blaze at the depot, and the regional governor said on Monday that nobody had been hurt, although several tanks of fuel were destroyed in the fire. Reuters')).toBe('prose');
  });
});
