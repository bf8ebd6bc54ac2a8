// The tag stage in the dossier's languages: each topic's terms per language, compared on word
// stems, with the same rule as in English (a statement hits every group, a mention does not).
// The sentences are written for this test.
import { describe, expect, it } from 'vitest';
import { loadTopics } from '../../src/pipeline/files.ts';
import { parseTopic } from '../../src/pipeline/topics.ts';
import { tagBlocks, topicsOf } from '../../src/pipeline/tag.ts';
import { InputError } from '../../src/pipeline/types.ts';
import { article, ingest } from '../helpers/ingest.ts';

const topics = loadTopics('content/topics');
const tag = (text: string, language: string) => topicsOf(text, topics, language);

describe('topics in the languages of the sources', () => {
  it('tags a statement in each language with its topic', () => {
    expect(tag('Північнокорейські солдати воюють на боці Росії в Курській області, повідомила розвідка.', 'uk')).toContain('north-korean-deployment');
    expect(tag('Разведка сообщила, что военные КНДР уже переброшены в Курскую область.', 'ru')).toContain('north-korean-deployment');
    expect(tag('Ukrainische Drohnen haben in der Nacht ein Öllager in der Region Brjansk getroffen.', 'de')).toEqual(['oil-depot-strikes']);
    expect(tag('Des drones ukrainiens ont frappé un dépôt de carburant dans la région de Briansk.', 'fr')).toEqual(['oil-depot-strikes']);
    expect(tag('Ukraińskie drony zaatakowały w nocy skład paliw w obwodzie briańskim.', 'pl')).toEqual(['oil-depot-strikes']);
    expect(tag('Ukrajinské drony zasáhly v noci sklad ropy v Brjanské oblasti.', 'cs')).toEqual(['oil-depot-strikes']);
    expect(tag("L'offensiva ucraina nella regione di Kursk è entrata nella seconda settimana.", 'it')).toEqual(['kursk-incursion']);
    expect(tag('La ofensiva ucraniana en la región de Kursk entra en su segunda semana.', 'es')).toEqual(['kursk-incursion']);
  });

  it('tags statements in languages beyond the corpora\'s, whose terms name word forms by their beginnings', () => {
    expect(tag('Drones ucranianos atacaram durante a noite um depósito de combustível na região de Briansk.', 'pt')).toEqual(['oil-depot-strikes']);
    expect(tag('Oekraïense drones hebben vannacht een olieopslagplaats in de regio Brjansk getroffen.', 'nl')).toEqual(['oil-depot-strikes']);
    expect(tag("Ukrayna İHA'ları gece saatlerinde Bryansk bölgesindeki bir petrol deposunu vurdu.", 'tr')).toEqual(['oil-depot-strikes']);
    expect(tag('Ουκρανικά drones έπληξαν τη νύχτα αποθήκη πετρελαίου στην περιοχή του Μπριάνσκ.', 'el')).toEqual(['oil-depot-strikes']);
    expect(tag('Nordkoreanska soldater strider vid fronten i Kurskregionen, uppger underrättelsetjänsten.', 'sv')).toEqual(['north-korean-deployment']);
    expect(tag('Az ukrán csapatok augusztusban betörtek az oroszországi Kurszk megyébe.', 'hu')).toEqual(['kursk-incursion']);
    expect(tag('Ukrainan joukot miehittivät osan Kurskin alueesta.', 'fi')).toEqual(['kursk-incursion']);
    // Croatian, Bosnian and Serbian share their terms, in Latin and Cyrillic letters.
    expect(tag('Sjevernokorejski vojnici bore se na strani Rusije u Kurskoj oblasti.', 'hr')).toEqual(['north-korean-deployment']);
    expect(tag('Украјинске снаге заузеле су неколико села у Курској области.', 'sr')).toEqual(['kursk-incursion']);
    // Arabic is stemmed: the article and prepositions written onto a word ("بكورسك") come off.
    expect(tag('قالت الاستخبارات إن جنود كوريا الشمالية يقاتلون بكورسك.', 'ar')).toEqual(['north-korean-deployment']);
    expect(tag('أعلنت أوكرانيا أن قواتها تقدم في عمق المعارك بكورسك.', 'ar')).toEqual(['kursk-incursion']);
    expect(tag('Ukraina üksused on tunginud Kurski oblastis kümne kilomeetri sügavusele.', 'et')).toEqual(['kursk-incursion']);
    expect(tag('Lebih dari 3.000 tentara Korea Utara tewas atau terluka dalam pertempuran.', 'id')).toEqual(['north-korean-deployment']);
    expect(tag('UAV của Ukraine đã tấn công một nhà máy lọc dầu của Nga trong đêm.', 'vi')).toEqual(['oil-depot-strikes']);
    expect(tag('پهپادهای اوکراینی به یک پالایشگاه نفت در روسیه حمله کردند.', 'fa')).toEqual(['oil-depot-strikes']);
    expect(tag('ВСУ прорвались на территорию Курской области 6 августа.', 'ru')).toEqual(['kursk-incursion']);
    // The near misses stay untagged there too; a refinery an explosion hit is no strike.
    expect(tag('Uma explosão atingiu uma caldeira da maior refinaria de petróleo do país.', 'pt')).toEqual([]);
    expect(tag('Triều Tiên phóng tên lửa đạn đạo ra biển, quân đội Hàn Quốc cho biết.', 'vi')).toEqual([]);
    expect(tag('A Coreia do Norte lançou um míssil balístico na quinta-feira.', 'pt')).toEqual([]);
    expect(tag('Kuzey Kore perşembe günü bir balistik füze fırlattı.', 'tr')).toEqual([]);
    expect(tag('In een raffinaderij brak brand uit na een stroomstoring.', 'nl')).toEqual([]);
  });

  it('reads a Hindi word whole, its vowel signs and all', () => {
    expect(tag('उत्तर कोरिया के सैनिक रूस की ओर से कुर्स्क क्षेत्र में लड़ रहे हैं।', 'hi')).toEqual(['north-korean-deployment']);
    expect(tag('यूक्रेनी सेना ने कुर्स्क क्षेत्र में घुसपैठ कर कई गांवों पर कब्जा कर लिया।', 'hi')).toEqual(['kursk-incursion']);
    expect(tag('यूक्रेनी ड्रोनों ने रात में ब्रियांस्क क्षेत्र में एक तेल डिपो पर हमला किया।', 'hi')).toEqual(['oil-depot-strikes']);
    // A vowel sign is a mark, not a letter: split there, "भी जो" ("also which") read as the
    // pieces of "भेजे" ("sent"), and a missile test was a deployment.
    expect(tag('उत्तर कोरिया ने भी जो मिसाइल दागी, वह समुद्र में गिरी।', 'hi')).toEqual([]);
    // Nor is it an accent to fold away: "तेल" (oil) without its sign begins "तलाश" (a search).
    expect(tag('यूक्रेनी ड्रोन की तलाश जारी है।', 'hi')).toEqual([]);
  });

  it('knows the other words desks use for the same events: an occupation, control, advancing, a fuel named by its kind', () => {
    expect(tag('Жители Суджи рассказали, как жили во время оккупации.', 'ru')).toEqual(['kursk-incursion']);
    expect(tag('Мешканці Суджі розповіли, як жили під час окупації.', 'uk')).toEqual(['kursk-incursion']);
    expect(tag('I soldati ucraini controllano ormai la città di Sudzha.', 'it')).toEqual(['kursk-incursion']);
    expect(tag('Le truppe ucraine sono avanzate di dieci chilometri nella regione di Kursk.', 'it')).toEqual(['kursk-incursion']);
    expect(tag("L'opération de Koursk a pris le Kremlin par surprise.", 'fr')).toEqual(['kursk-incursion']);
    expect(tag('Destroços de um drone provocaram um incêndio de diesel num armazém.', 'pt')).toEqual(['oil-depot-strikes']);
    expect(tag('Ein Drohnenangriff setzte ein Dieseltanklager in Brand.', 'de')).toEqual(['oil-depot-strikes']);
    // An army named beside North Korea is not North Korea's soldiers ("South Korea's army said North Korea fired a missile").
    expect(tag('दक्षिण कोरिया की सेना ने कहा कि उत्तर कोरिया ने एक मिसाइल दागी।', 'hi')).toEqual([]);
  });

  // One statement of each topic and a near miss (North Korea's missile, no troops), per language.
  it.each([
    ['Georgian, by its words\' beginnings', 'ka', 'უკრაინულმა დრონებმა ღამით ნავთობის საცავს შეუტიეს.', 'ჩრდილოეთ კორეის ჯარისკაცები კურსკის ოლქში რუსეთის მხარეს იბრძვიან.', 'უკრაინის ძალებმა კურსკის ოლქში რამდენიმე სოფელი დაიკავეს.', 'ჩრდილოეთ კორეამ ბალისტიკური რაკეტა გაუშვა.'],
    ['Macedonian, by its own terms, not Bulgarian\'s', 'mk', 'Украински дронови нападнаа нафтена рафинерија во Москва.', 'Севернокорејските војници се борат на страната на Русија во Курската област.', 'Украинските сили ја окупираа Суџа во Курската област.', 'Северна Кореја лансираше балистичка ракета.'],
    ['Thai, which spaces phrases rather than words, by a term\'s letters in a row', 'th', 'โดรนของยูเครนโจมตีคลังน้ำมันในรัสเซียเมื่อคืนนี้', 'ทหารเกาหลีเหนือต่อสู้เคียงข้างรัสเซียในภูมิภาคเคิร์สก์', 'กองทัพยูเครนบุกเข้าไปในภูมิภาคเคิร์สก์เมื่อเดือนสิงหาคม', 'เกาหลีเหนือทดสอบยิงขีปนาวุธข้ามทวีปอีกครั้ง'],
  ])('tags %s', (_name, language, oil, troops, incursion, nearMiss) => {
    expect(tag(oil, language)).toEqual(['oil-depot-strikes']);
    expect(tag(troops, language)).toEqual(['north-korean-deployment']);
    expect(tag(incursion, language)).toEqual(['kursk-incursion']);
    expect(tag(nearMiss, language)).toEqual([]);
  });

  it('meets any form of a word through its stem ("солдатів", "солдата"; "Drohnen", "Drohne")', () => {
    expect(tag('Солдата з КНДР взяли в полон.', 'uk')).toContain('north-korean-deployment');
    expect(tag('Eine ukrainische Drohne traf ein Tanklager.', 'de')).toEqual(['oil-depot-strikes']);
  });

  it('leaves a passing mention and the near misses untagged', () => {
    // A name alone, a missile test, a fire with no attack.
    expect(tag('Die Region Kursk liegt an der Grenze zur Ukraine.', 'de')).toEqual([]);
    expect(tag('КНДР провела испытание баллистической ракеты.', 'ru')).toEqual([]);
    expect(tag('Un incendie s’est déclaré dans une raffinerie après une panne électrique.', 'fr')).toEqual([]);
    // "Military" beside North Korea is not its soldiers, in French as in English ("le commandement militaire américain").
    expect(tag('La Corée du Nord a tiré un missile balistique, a indiqué le commandement militaire américain.', 'fr')).toEqual([]);
    expect(tag('Des soldats nord-coréens combattent aux côtés de la Russie.', 'fr')).toEqual(['north-korean-deployment']);
  });

  it('tags Chinese and Japanese, written without spaces, by a term\'s characters in a row, and Korean by its words\' beginnings', () => {
    expect(tag('据当地官员表示，乌克兰无人机夜间袭击了一座石油库，引发大火。', 'zh')).toEqual(['oil-depot-strikes']);
    expect(tag('據官員表示，朝鮮士兵已在庫爾斯克前線作戰。', 'zh')).toEqual(['north-korean-deployment']);
    expect(tag('乌克兰军队八月越境进入库尔斯克州，并控制了多个村庄。', 'zh')).toEqual(['kursk-incursion']);
    expect(tag('ウクライナの無人機が石油貯蔵施設を攻撃し、火災が発生した。', 'ja')).toEqual(['oil-depot-strikes']);
    expect(tag('北朝鮮兵がクルスク州の前線で戦闘に参加している。', 'ja')).toEqual(['north-korean-deployment']);
    expect(tag('우크라이나의 무인기가 러시아의 석유 저장 시설을 공격했다.', 'ko')).toEqual(['oil-depot-strikes']);
    expect(tag('북한군이 쿠르스크 전선에 투입됐다고 정보당국이 밝혔다.', 'ko')).toEqual(['north-korean-deployment']);
    // A missile test is a near miss in these languages too; and a term's characters must stand together.
    expect(tag('朝鲜周四再次试射弹道导弹。', 'zh')).toEqual([]);
    expect(tag('北朝鮮は弾道ミサイルを発射した。', 'ja')).toEqual([]);
    expect(tag('북한이 탄도미사일을 발사했다.', 'ko')).toEqual([]);
    expect(tag('无人的石油公司的机器坏了。', 'zh')).toEqual([]);
  });

  it('reads the incursion in Arabic by troops entering Kursk and by its liberation, as Moscow calls taking it back', () => {
    expect(tag('دخلت القوات الأوكرانية منطقة كورسك في أغسطس.', 'ar')).toEqual(['kursk-incursion']);
    expect(tag('تعهد بوتين بتحرير منطقة كورسك بالكامل.', 'ar')).toEqual(['kursk-incursion']);
  });

  it('tags Kyrgyz by its words\' beginnings', () => {
    expect(tag('Курск аймагындагы салгылашууларда Түндүк Кореянын жоокерлери каза болгон.', 'ky')).toEqual(['north-korean-deployment']);
    expect(tag('Украин дрондору түнкүсүн Россиядагы мунай кампасына чабуул жасады.', 'ky')).toEqual(['oil-depot-strikes']);
    expect(tag('Түндүк Корея баллистикалык ракета учурду.', 'ky')).toEqual([]);
  });

  it('leaves a strike on Naftogaz, Ukraine\'s own oil and gas company, out of the oil-depot strikes its name would meet', () => {
    expect(tag("Російські дрони атакували об'єкти Нафтогазу в Полтавській області.", 'uk')).toEqual([]);
    expect(tag('Rusijos dronai atakavo „Naftogaz“ dujų gavybos įrenginius.', 'lt')).toEqual([]);
    expect(tag('Ukrainos dronai atakavo naftos perdirbimo gamyklą Rusijoje.', 'lt')).toEqual(['oil-depot-strikes']);
  });

  it('keeps a word whole where its stem would meet another ("=units" is not "United States")', () => {
    expect(tag('North Korea criticised the United States on Thursday.', 'en')).toEqual([]);
    expect(tag('North Korean units were seen near the front.', 'en')).toEqual(['north-korean-deployment']);
  });

  it('gives an article a topic its opening or two of its paragraphs state, not one closing aside', () => {
    const launch = [
      'North Korea launched an intercontinental ballistic missile on Thursday, the defence ministry in Tokyo said.',
      'The missile flew for more than an hour before falling into the sea west of Hokkaido.',
      'Washington condemned the launch as a flagrant violation of Security Council resolutions.',
    ];
    const aside = 'The launch came after Washington said North Korea had sent 10,000 troops to Russia.';
    const blocks = (texts: string[]) => texts.map((text, i) => ({ id: `p-${i}`, type: 'paragraph' as const, text, topics: [] }));
    const late = tagBlocks(blocks([...launch, aside]), topics, 'en');
    expect(late.topics).toEqual([]);
    // The aside's paragraph is no quote on the topic page either: the page lists only the sources about it.
    expect(late.blocks.every((b) => b.topics.length === 0)).toBe(true);
    expect(tagBlocks(blocks([aside, ...launch]), topics, 'en').topics).toEqual(['north-korean-deployment']);
    const twice = tagBlocks(blocks([...launch, aside, 'Seoul says the North Korean soldiers are fighting in the Kursk region.']), topics, 'en');
    expect(twice.topics).toEqual(['north-korean-deployment']);
    expect(twice.blocks.filter((b) => b.topics.length).map((b) => b.id)).toEqual(['p-3', 'p-4']);
  });

  it('gives an article a topic its headline states when one of its paragraphs states it too, however far down', () => {
    const casualties = [
      'The regional governor said on Sunday that overnight air defences had shot down 40 aircraft over six regions.',
      'Most were brought down over the Black Sea, according to the defence ministry in Moscow.',
      'A fire broke out at a fuel depot in the port after a drone attack, emergency services said.',
    ];
    const blocks = casualties.map((text, i) => ({ id: `p-${i}`, type: 'paragraph' as const, text, topics: [] }));
    const headline = 'Drone attack sets fuel depot ablaze in Russian port';
    const tagged = tagBlocks(blocks, topics, 'en', [headline]);
    expect(tagged.topics).toEqual(['oil-depot-strikes']);
    expect(tagged.blocks.filter((b) => b.topics.length).map((b) => b.id)).toEqual(['p-2']);
    // Without that headline the third paragraph is an aside; with no paragraph stating it, a headline alone gives no topic page a quote.
    expect(tagBlocks(blocks, topics, 'en', ['Air defences busy over six regions']).topics).toEqual([]);
    expect(tagBlocks(blocks, topics, 'en').topics).toEqual([]);
    expect(tagBlocks(blocks.slice(0, 2), topics, 'en', [headline]).topics).toEqual([]);
    // The ingest gives the page's headline.
    const page = ingest([article('port.md', `# ${headline}\n\n${casualties.join('\n\n')}\n`)]).report.sources[0]!;
    expect(page.title).toBe(headline);
    expect(page.topics).toEqual(['oil-depot-strikes']);
  });

  it('reads an advance into the Kursk region as the incursion', () => {
    expect(tag('Ukrainian units advanced a further two kilometres into the Kursk region overnight.', 'en')).toEqual(['kursk-incursion']);
  });

  it('reads the incursion by Sudzha and by "Russian territory" in the other languages too, as in English', () => {
    expect(tag('Ukrainische Truppen sind bis an den Stadtrand von Sudscha vorgedrungen.', 'de')).toEqual(['kursk-incursion']);
    expect(tag('Unos 300 soldados ucranianos realizaron una incursión en territorio ruso.', 'es')).toEqual(['kursk-incursion']);
    expect(tag('Pasukan Ukraina menerobos pertahanan dan menyeberangi perbatasan ke wilayah Rusia.', 'id')).toEqual(['kursk-incursion']);
    expect(tag('ВСУ продвинулись к Судже, сообщили военные.', 'ru')).toEqual(['kursk-incursion']);
    // The retreat is the incursion's too ("withdrawal" in English).
    expect(tag('Підрозділи ЗСУ вийшли із Суджі, повідомив Генштаб.', 'uk')).toEqual(['kursk-incursion']);
    expect(tag('Українські війська здійснюють відступ у Курській області.', 'uk')).toEqual(['kursk-incursion']);
  });

  it('reads a petrol depot, a recapture and a Norwegian page written in Nynorsk', () => {
    expect(tag('A Ukrainian drone hit a petrol depot early on Friday, setting it on fire, the governor said.', 'en')).toEqual(['oil-depot-strikes']);
    expect(tag('Russia said its troops would soon finish clearing out Ukrainian forces from the Kursk region.', 'en')).toEqual(['kursk-incursion']);
    expect(tag('Moscow says it has recaptured most of the Kursk region.', 'en')).toEqual(['kursk-incursion']);
    // Norwegian is "no" as detected; a sidecar may say Nynorsk (nn) or Bokmål (nb): the terms are one list for all three.
    expect(tag('Ukrainske droner trefte eit oljelager i Russland i natt.', 'nn')).toEqual(['oil-depot-strikes']);
  });

  it('reads a town regained, and the Russian territory the incursion held as Ukrainian and Russian pages name it', () => {
    expect(tag('The defence ministry said the army had regained full control of Sudzha.', 'en')).toEqual(['kursk-incursion']);
    expect(tag('It was the biggest offensive by a foreign army on Russian soil in decades.', 'en')).toEqual(['kursk-incursion']);
    expect(tag('Українські захисники все ще тримають під контролем окремі позиції на території Росії.', 'uk')).toEqual(['kursk-incursion']);
    expect(tag('Украинские войска продолжают контролировать часть территории России.', 'ru')).toEqual(['kursk-incursion']);
  });

  it('leaves a paragraph on a missile North Korea fired out of the deployment, whatever forces it names', () => {
    expect(tag('Japan\'s security forces confirmed the launch, saying North Korea fired what appears to be a ballistic missile.', 'en')).toEqual([]);
    expect(tag('Las fuerzas de seguridad de Japón confirmaron que Corea del Norte lanzó un misil balístico.', 'es')).toEqual([]);
    expect(tag('La Corea del Nord ha lanciato un missile balistico, uno dei programmi militari di Pyongyang.', 'it')).toEqual([]);
    expect(tag('North Korean troops are fighting alongside Russian forces in the Kursk region.', 'en')).toEqual(['north-korean-deployment']);
  });

  it('leaves the Second World War\'s battle of Kursk out of the incursion: a paragraph naming 1943 is not about it', () => {
    expect(tag("La bataille de Koursk, à l'été 1943, fut la plus grande offensive de chars de l'histoire.", 'fr')).toEqual([]);
    expect(tag('The Battle of Kursk in 1943 was the largest tank offensive in history.', 'en')).toEqual([]);
    expect(tag("L'offensive ukrainienne dans la région de Koursk est entrée dans sa deuxième semaine.", 'fr')).toEqual(['kursk-incursion']);
    // Nor is a paragraph naming that year's German offensive, Operation Citadel, in any of its languages.
    expect(tag('Bitva v Kurské oblasti, známá také jako operace Citadela, byla největší tankovou bitvou.', 'cs')).toEqual([]);
    expect(tag('Operation Citadel was the German offensive against the Kursk salient.', 'en')).toEqual([]);
    expect(tag('Die Operation Zitadelle war die deutsche Offensive am Kursker Bogen.', 'de')).toEqual([]);
    // Nor one naming the battle itself: the Soviet troops' victory over the invaders.
    expect(tag("Putin came to Kursk to mark the anniversary of the Soviet troops' victory over the invaders in the Battle of Kursk.", 'en')).toEqual([]);
    expect(tag('Курская битва стала переломной: наступление немецких войск провалилось.', 'ru')).toEqual([]);
  });

  it.each([
    // The incursion's advance and withdrawal in more of the words the press uses for them.
    { text: 'Az ukrán egységek kedden tovább nyomultak előre a Kurszki területen.', language: 'hu', topics: ['kursk-incursion'] },
    { text: 'Tavaly nyáron az ukrán csapatok Kurszk megyébe törtek be.', language: 'hu', topics: ['kursk-incursion'] },
    { text: 'Бойцы ВСУ ночью продвигались к окраинам Суджи в Курской области.', language: 'ru', topics: ['kursk-incursion'] },
    { text: 'Українські підрозділи відходять від Суджі на Курщині, повідомили військові.', language: 'uk', topics: ['kursk-incursion'] },
    { text: 'Vene väed on osa Kurski oblastist tagasi võtnud.', language: 'et', topics: ['kursk-incursion'] },
    // A paragraph naming a submarine tells of the Kursk that sank in 2000, not of the incursion.
    { text: 'The Kursk, the most advanced submarine in the Russian fleet, was lying crippled on the bed of the Barents Sea.', language: 'en', topics: [] },
    { text: 'Атомная подводная лодка «Курск» затонула в Баренцевом море во время учений, после чего началось наступление шторма.', language: 'ru', topics: [] },
    { text: 'Ukrainian forces advanced deeper into the Kursk region on Tuesday.', language: 'en', topics: ['kursk-incursion'] },
    // Lightning strikes oil tanks every summer: a paragraph naming it tells of a storm, not a drone.
    { text: 'Lightning strikes hit two oil tanks at the depot on Saturday evening.', language: 'en', topics: [] },
    { text: 'A lightning strike set an oil storage tank on fire near the refinery.', language: 'en', topics: [] },
    { text: 'Удар молнии вызвал пожар на нефтебазе в Тамбовской области.', language: 'ru', topics: [] },
    { text: 'Ein Blitzeinschlag hat in der Nacht einen Öltank der Raffinerie getroffen.', language: 'de', topics: [] },
    { text: 'Drones struck an oil depot in the Bryansk region overnight, setting a tank on fire.', language: 'en', topics: ['oil-depot-strikes'] },
  ])('tags "$text" ($language) as $topics', ({ text, language, topics }) => {
    expect(tag(text, language)).toEqual(topics);
  });

  it('leaves Russia\'s strikes on Ukraine\'s power grid out of the strikes on oil depots', () => {
    // Drones and "energy infrastructure", without oil, fuel or a refinery, are the other war's winter news.
    expect(tag('A massive Russian drone and missile attack struck energy infrastructure across Ukraine overnight.', 'en')).toEqual([]);
    expect(tag('ロシア軍の無人機がウクライナ各地のエネルギー施設を攻撃した。', 'ja')).toEqual([]);
  });

  it('uses the English terms for a language the topic lists none for', () => {
    expect(tag('North Korean troops were sent to the Kursk region.', 'sw')).toContain('north-korean-deployment');
  });
});

describe('topic files', () => {
  const file = (match: string) => `---\ntitle: T\nsummary: S\nmatch:\n${match}\n---\n`;

  it('carry terms per language code, English among them', () => {
    const topic = parseTopic('t', file('  en:\n    - [depot]\n  uk:\n    - [нафтобаз*]'));
    expect(Object.keys(topic.match)).toEqual(['en', 'uk']);
    expect(() => parseTopic('t', file('  uk:\n    - [нафтобаз*]'))).toThrow(InputError);
    expect(() => parseTopic('t', file('  ukrainian:\n    - [нафтобаз*]'))).toThrow(/language code/);
  });

  it('may name terms that put a paragraph off the topic, in any language', () => {
    expect(parseTopic('t', `${file('  en:\n    - [depot]')}`.replace('match:', "unless: ['1943']\nmatch:")).unless).toEqual(['1943']);
    expect(parseTopic('t', file('  en:\n    - [depot]')).unless).toEqual([]);
    expect(() => parseTopic('t', file('  en:\n    - [depot]').replace('match:', 'unless: [[1943]]\nmatch:'))).toThrow(InputError);
  });
});
