// Synthetic articles for the benchmark: page dumps in the seeds' shapes, varied in outlet,
// people, places, figures, dates, page furniture and language, so that every stage does real
// work (no two articles alike), with a few wire stories carried by several outlets.

/** A generated article file. */
export interface GeneratedArticle {
  file: string;
  text: string;
}

const OUTLETS = ['The Moscow Times', 'DW', 'The Kyiv Independent', 'Meduza', 'Kyiv Post', 'Euronews', 'The Guardian', 'Politico'];
const AGENCIES = ['AFP', 'Reuters', 'AP', 'dpa'];
const FIRST = ['Anna', 'Olena', 'Mark', 'Iryna', 'David', 'Sofia', 'Pavel', 'Lena', 'Oksana', 'Tom', 'Maria', 'Yuri'];
const LAST = ['Kovalenko', 'Smith', 'Müller', 'Petrenko', 'Novak', 'Ortiz', 'Shevchenko', 'Brown', 'Ivanova', 'Lee', 'Bondar', 'Klein'];
const PLACES = ['Kursk', 'Oryol', 'Belgorod', 'Bryansk', 'Sumy', 'Kharkiv', 'Voronezh', 'Tula', 'Rostov', 'Smolensk'];
const OFFICIALS = ['the regional governor', 'the General Staff', 'a military spokesperson', 'the defence ministry', 'a Ukrainian army source', 'local officials'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const LANGUAGES = {
  en: {
    nav: ['Skip to content', 'Home', 'World', 'Europe', 'Live TV'],
    footer: ['Read more', 'News Feed', 'Subscribe to our newsletter', '* indicates required', 'Share'],
    sentences: [
      (r: Random) => `Ukrainian drones struck an oil depot in the ${r.pick(PLACES)} region overnight, starting a fire that burned for ${r.int(2, 14)} hours, ${r.pick(OFFICIALS)} said.`,
      (r: Random) => `About ${r.int(2, 15)},000 North Korean troops were deployed near ${r.pick(PLACES)}, according to ${r.pick(OFFICIALS)}.`,
      (r: Random) => `The depot lies about ${r.int(60, 400)} kilometers from the border, ${r.pick(OFFICIALS)} said on ${r.pick(['Monday', 'Tuesday', 'Friday', 'Saturday'])}.`,
      (r: Random) => `Air defences downed ${r.int(5, 140)} drones overnight, ${r.pick(OFFICIALS)} said, adding that there were no casualties.`,
      (r: Random) => `Ukraine's incursion into the Kursk region in August still holds some ${r.int(100, 900)} square kilometers, ${r.pick(OFFICIALS)} said last month.`,
      (r: Random) => `"We will continue to defend our positions near ${r.pick(PLACES)} for as long as it takes," ${r.pick(FIRST)} ${r.pick(LAST)} told reporters.`,
      (r: Random) => `Residents of ${r.pick(PLACES)} were told to keep their windows closed after the attack on ${r.pick(MONTHS)} ${r.int(1, 28)}.`,
      (r: Random) => `At least ${r.int(10, 400)} soldiers were killed and ${r.int(20, 900)} wounded in the fighting, ${r.pick(OFFICIALS)} estimated.`,
    ],
  },
  de: {
    nav: ['Zum Inhalt springen', 'Startseite', 'Politik', 'Ausland'],
    footer: ['Mehr zum Thema', 'Newsletter abonnieren', 'Teilen'],
    sentences: [
      (r: Random) => `Ukrainische Drohnen haben in der Nacht ein Öllager in der Region ${r.pick(PLACES)} angegriffen, teilte ${r.pick(['die Armee', 'der Gouverneur'])} mit.`,
      (r: Random) => `Nach Angaben aus Kiew sind rund ${r.int(2, 15)}.000 nordkoreanische Soldaten in der Region im Einsatz.`,
      (r: Random) => `Die Feuerwehr brachte den Brand nach ${r.int(2, 12)} Stunden unter Kontrolle, Verletzte gab es keine.`,
    ],
  },
  fr: {
    nav: ['Aller au contenu principal', 'Se connecter', 'International'],
    footer: ['Lire aussi | Guerre en Ukraine : la suite', 'Newsletter', 'Partager'],
    sentences: [
      (r: Random) => `Des drones ukrainiens ont frappé un dépôt pétrolier dans la région de ${r.pick(PLACES)}, selon les autorités locales.`,
      (r: Random) => `Selon Kiev, environ ${r.int(2, 15)} 000 soldats nord-coréens ont été déployés dans la région.`,
      (r: Random) => `L'incendie a été maîtrisé après ${r.int(2, 12)} heures, sans faire de victimes, a précisé le gouverneur.`,
    ],
  },
  ru: {
    nav: ['Перейти к содержанию', 'Главная', 'Новости'],
    footer: ['Подписаться на рассылку', 'Поделиться'],
    sentences: [
      (r: Random) => `Украинские беспилотники атаковали нефтебазу в регионе ${r.pick(PLACES)}, сообщили местные власти.`,
      (r: Random) => `По данным Киева, в регионе находятся около ${r.int(2, 15)} тысяч северокорейских военных.`,
      (r: Random) => `Пожар удалось потушить через ${r.int(2, 12)} часов, пострадавших нет.`,
    ],
  },
} as const;

// English headlines, each with the index of the sentence that tells its story.
const HEADLINES: [string, number][] = [
  ['Drones hit fuel depot in', 0],
  ['North Korean troops seen near', 1],
  ['Fire at oil terminal in', 0],
  ['Fighting continues around', 4],
];

/** A small seeded random source (mulberry32): the same seed gives the same corpus. */
export class Random {
  #state: number;
  constructor(seed: number) {
    this.#state = seed | 0;
  }
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.#state ^ (this.#state >>> 15), 1 | this.#state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}

/** N varied articles; about one in twenty carries a wire paragraph that others carry too. */
export function generateArticles(n: number, seed = 1): GeneratedArticle[] {
  const r = new Random(seed);
  const wire = Array.from({ length: Math.max(1, Math.floor(n / 50)) }, () => r.pick(LANGUAGES.en.sentences)(r));
  return Array.from({ length: n }, (_, i) => {
    const language = r.next() < 0.85 ? 'en' : r.pick(['de', 'fr', 'ru'] as const);
    const lang = LANGUAGES[language];
    const date = new Date(Date.UTC(2024, 7, 1) + r.int(0, 300) * 864e5);
    const outlet = r.pick(OUTLETS);
    const place = r.pick(PLACES);
    // An article opens on what its headline says: the lead is the sentence of the headline's story.
    const story = r.int(0, HEADLINES.length - 1);
    const lead = language === 'en' ? LANGUAGES.en.sentences[HEADLINES[story]![1]](r) : r.pick(lang.sentences)(r);
    const title = language === 'en' ? `${HEADLINES[story]![0]} ${place}, ${r.pick(['officials say', 'governor says', 'army says', 'report says'])} (${i + 1})` : `${place}: ${lead.split(/[,.]/)[0]} (${i + 1})`;
    const body = [lead, ...Array.from({ length: r.int(5, 13) }, () => r.pick(lang.sentences)(r))];
    if (language === 'en' && i % 20 === 0) body.splice(1, 0, r.pick(wire));
    const lines = [
      ...lang.nav,
      '',
      title,
      '',
      language === 'en' ? `By ${r.pick(FIRST)} ${r.pick(LAST)}${r.next() < 0.3 ? ` and ${r.pick(FIRST)} ${r.pick(LAST)}` : ''}` : `${r.pick(FIRST)} ${r.pick(LAST)}`,
      '',
      `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`,
      '',
      ...body.flatMap((p) => [p, '']),
      ...(r.next() < 0.4 ? [`dh/jcg (${r.pick(AGENCIES)}, ${r.pick(AGENCIES)})`, ''] : []),
      ...lang.footer,
      ...(r.next() < 0.5 ? [`https://${outlet.toLowerCase().replace(/[^a-z]+/g, '')}.example/${i}`] : []),
    ];
    return { file: `bench-${String(i).padStart(5, '0')}.txt`, text: `${lines.join('\n')}\n` };
  });
}
