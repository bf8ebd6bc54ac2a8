// The words figures are written with in the dossier's other languages: qualifiers ("plus de",
// "понад"), scale words ("тисяч", "Tausend"), the nouns that say what is counted, and the words
// that say whose troops and what befell them. A language is added by adding its words here.

/** What a figure in one language may be written with; each pattern is matched at the start of the text after the number. */
export interface FigureWords {
  qualifier: string;
  /** Scale words after a number, with their factor. */
  scales: [RegExp, number][];
  units: { unit: string; noun: RegExp }[];
  northKorea: RegExp;
  russian: RegExp;
  killed: RegExp;
  wounded: RegExp;
  downed: RegExp;
  launched: RegExp;
}

// A word ends where no letter follows (\b knows only ASCII letters).
const E = '(?![\\p{L}])';
const re = (source: string) => new RegExp(source, 'iu');
const THOUSAND = 1e3;
const MILLION = 1e6;

export const FIGURE_WORDS: Record<string, FigureWords> = {
  uk: {
    qualifier: 'понад|близько|щонайменше|майже|приблизно|до|більше ніж|більш ніж|менше ніж|ще',
    scales: [[re(`^(?:тисяч[іа]?|тис\\.)${E}`), THOUSAND], [re(`^(?:мільйон\\p{L}*|млн\\.?)${E}`), MILLION]],
    units: [
      { unit: 'km²', noun: re(`^(?:квадратних кілометрів|кв\\.\\s?км|км²|км2)${E}`) },
      { unit: 'km', noun: re(`^(?:кілометр\\p{L}*|км)${E}`) },
      { unit: '%', noun: re(`^(?:%|відсотк\\p{L}*)`) },
      { unit: 'drones', noun: re(`^(?:\\p{L}+ ){0,1}(?:дрон\\p{L}*|безпілотник\\p{L}*|БпЛА|БПЛА)${E}`) },
      { unit: 'missiles', noun: re(`^(?:\\p{L}+ ){0,1}ракет\\p{L}*${E}`) },
      { unit: 'troops', noun: re(`^(?:\\p{L}+ ){0,2}(?:військов\\p{L}*|солдат\\p{L}*|військовослужбовц\\p{L}*|бійц\\p{L}*|вояк\\p{L}*|осіб особового складу)${E}`) },
    ],
    northKorea: re('північнокорейськ|кндр|північн\\p{L}* коре'),
    russian: re('російськ\\p{L}* (?:військов|солдат)'),
    killed: re('загин|загибл|вбит|ліквідов'),
    wounded: re('поранен'),
    downed: re('збит|збил|знищ|перехопл|нейтралізов'),
    launched: re('запустил|атакувал|випустил'),
  },
  ru: {
    qualifier: 'более|свыше|около|почти|примерно|порядка|до|не менее|менее|ещё|еще',
    scales: [[re(`^(?:тысяч[иа]?|тыс\\.)${E}`), THOUSAND], [re(`^(?:миллион\\p{L}*|млн\\.?)${E}`), MILLION]],
    units: [
      { unit: 'km²', noun: re(`^(?:квадратных километров|кв\\.\\s?км|км²|км2)${E}`) },
      { unit: 'km', noun: re(`^(?:километр\\p{L}*|км)${E}`) },
      { unit: '%', noun: re(`^(?:%|процент\\p{L}*)`) },
      { unit: 'drones', noun: re(`^(?:\\p{L}+ ){0,1}(?:дрон\\p{L}*|беспилотник\\p{L}*|БПЛА)${E}`) },
      { unit: 'missiles', noun: re(`^(?:\\p{L}+ ){0,1}ракет\\p{L}*${E}`) },
      { unit: 'troops', noun: re(`^(?:\\p{L}+ ){0,2}(?:военн\\p{L}*|солдат\\p{L}*|военнослужащ\\p{L}*|бойц\\p{L}*|человек личного состава)${E}`) },
    ],
    northKorea: re('северокорейск|кндр|северн\\p{L}* коре'),
    russian: re('российск\\p{L}* (?:военн|солдат)'),
    killed: re('погиб|убит|уничтожен\\p{L}* (?:военн|солдат)'),
    wounded: re('ранен'),
    downed: re('сбит|сбил|уничтож|перехвач|подавлен'),
    launched: re('запустил|атаковал|выпустил'),
  },
  de: {
    qualifier: 'mehr als|über|rund|etwa|fast|knapp|bis zu|mindestens|weitere|weniger als',
    scales: [[re(`^Tausend${E}`), THOUSAND], [re(`^(?:Millionen|Million|Mio\\.)`), MILLION]],
    units: [
      { unit: 'km²', noun: re(`^(?:Quadratkilometer\\p{L}*|km²|qkm)${E}`) },
      { unit: 'km', noun: re(`^(?:Kilometer\\p{L}*|km)${E}`) },
      { unit: '%', noun: re('^(?:%|Prozent)') },
      { unit: 'drones', noun: re(`^(?:\\p{L}+ ){0,1}Drohnen${E}`) },
      { unit: 'missiles', noun: re(`^(?:\\p{L}+ ){0,1}(?:Raketen|Marschflugkörper)${E}`) },
      { unit: 'troops', noun: re(`^(?:\\p{L}+ ){0,2}(?:Soldat\\p{L}*|Truppen|Militärs|Kämpfer)${E}`) },
    ],
    northKorea: re('nordkorea'),
    russian: re('russische\\p{L}* (?:soldat|truppen)'),
    killed: re('getötet|gefallen|tot(?![\\p{L}])|ums leben'),
    wounded: re('verwundet|verletzt'),
    downed: re('abgeschossen|abgefangen|zerstört'),
    launched: re('gestartet|abgefeuert|angegriffen'),
  },
  fr: {
    qualifier: 'plus de|près de|environ|quelque|presque|jusqu’à|jusqu\'à|au moins|moins de',
    scales: [[re(`^mille${E}`), THOUSAND], [re(`^millions?${E}`), MILLION]],
    units: [
      { unit: 'km²', noun: re(`^(?:kilomètres carrés|km²|km2)${E}`) },
      { unit: 'km', noun: re(`^(?:kilomètres?|km)${E}`) },
      { unit: '%', noun: re('^(?:%|pour ?cent)') },
      { unit: 'drones', noun: re(`^(?:\\p{L}+ ){0,1}drones${E}`) },
      { unit: 'missiles', noun: re(`^(?:\\p{L}+ ){0,1}missiles${E}`) },
      { unit: 'troops', noun: re(`^(?:\\p{L}+ ){0,2}(?:soldats|militaires|combattants|hommes)${E}`) },
    ],
    northKorea: re('nord-coréen|corée du nord|pyongyang'),
    russian: re('(?:soldats|militaires) russes'),
    killed: re('tués|morts'),
    wounded: re('blessés'),
    downed: re('abattus|interceptés|détruits'),
    launched: re('lancé|tiré'),
  },
};
