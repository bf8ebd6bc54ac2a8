// Metadata stage: what a careful reader can say about a page: title, outlet, people and
// agencies credited, dates and the article's own URL. Evidence comes from what the format
// states (front matter, HTML meta), from the lines the cleaner set aside (bylines, datelines,
// source links, author boxes) and from the text. A field nothing supports stays null.
import { aboutName, bylineDate, bylineNames, bylinePart, EMBED_SIGNATURE, isByline, isCreditedName, isEditorRoleAlone, isNameInfix, isPersonName, isPressOfficeCredit, nameBeforeAgency, splitNames } from '../clean/shapes.ts';
import { DATE_PREPOSITIONS, dateLine, findDates, normaliseDate, slashedAsDayFirst } from '../dates.ts';
import { agencyName, type Registry } from '../registry.ts';
import { detectLanguage } from './language.ts';
import { outletOf } from './outlet.ts';
import { agenciesInAddress } from './wire-section.ts';
import type { CleanedPage, MetadataHints, RemovedLine, SourceMetadata } from '../types.ts';
import { wholeWord } from '../words.ts';

// Lines after the article are other stories; their names and dates say nothing about this one.
const NOT_THIS_ARTICLE = new Set(['after-article', 'news-feed', 'teaser']);
// The lines the cleaner found past the article's end (its feed of further stories among them).
const AFTER_THE_ARTICLE = new Set(['after-article']);

/**
 * The language of the article's text; for an article too short to tell (a teaser, a photo's
 * caption), of the whole page's text, whose menus and links are written in the same language.
 */
function languageOf(cleaned: CleanedPage, body: string[]): string | null {
  return detectLanguage(body.join(' ')) ?? detectLanguage([cleaned.title ?? '', ...body, ...cleaned.removed.map((r) => r.text)].join(' '));
}

/** Metadata stage: evidence from the page → the source's metadata, with unknowns left null. */
export function inferMetadata(
  cleaned: CleanedPage,
  hints: MetadataHints,
  registry: Registry,
  overrides: Partial<SourceMetadata> = {},
): SourceMetadata {
  const removed = cleaned.removed;
  const body = cleaned.kept.map((k) => k.text);
  const credits = creditsOf(removed, registry, body);
  // The dateline opens the story's first paragraph, which a standfirst may stand above.
  const leadAgencies = body.slice(0, DATELINE_PARAGRAPHS).map((p) => agenciesInDateline(p, registry)).find((a) => a.length) ?? [];
  const datelineReporter = reporterInDateline(body);
  const url = overrides.url ?? hints.url ?? articleUrl(removed);
  const outlet = outletOf({ cleaned, hints, registry, url, override: overrides.outlet });

  const language = overrides.language !== undefined ? overrides.language : (hints.language?.slice(0, 2).toLowerCase() ?? languageOf(cleaned, body));
  const crawlStamp = crawlerStamp(removed);
  // Only American English writes a date with slashes month first ("02/05/2023" is 2 May in Iceland, Spain, Greece).
  const printed = normaliseDate(hints.published) ?? statedDate(removed, outlet.outlet, language !== null && language !== 'en') ?? datelineDate(body);
  const stated = printed ?? crawlStamp;
  const published = overrides.published !== undefined ? overrides.published : stated;
  const { date, dateBasis } =
    overrides.date !== undefined
      ? { date: overrides.date, dateBasis: 'set in the sidecar' }
      : published
        ? {
            date: published,
            dateBasis: overrides.published
              ? 'published (set in the sidecar)'
              : published === crawlStamp && !printed
                ? 'published (the date stamp printed at the top of the page)'
                : 'published (stated on the page)',
          }
        : inferDate(cleaned, removed);

  return {
    title: headlineOf(cleaned, hints, overrides) ?? untitled(),
    outlet: outlet.outlet,
    outletBasis: outlet.basis,
    authors: overrides.authors ?? namesInHints(hints.authors, registry) ?? (credits.authors.length ? credits.authors : datelineReporter.length ? datelineReporter : authorBox(removed)),
    agencies: overrides.agencies ?? unique([...credits.agencies, ...leadAgencies, ...outlet.carried, ...agenciesInAddress(url, registry)]),
    published,
    date,
    dateBasis,
    url,
    language,
  };
}

// A stated author that is a byline's whole line, as an extractor hands it over ("by Jane Roe
// November 13, 2012 11:46 AM Follow @janeroe", "Monday, November 12, 2012, by Jane Roe").
const BYLINE_LINE = /\d|@|\||^(?:by|posted|written)\s/iu;
// What a byline line may print before its "by": the day and time.
const STAMP_BEFORE_BY = /^.*\d.*?[\s,]by\s+(?=\p{Lu})/u;

/** The writers the page's metadata or extractor states: a byline's whole line read as bylines are; null when it states none, or names no one. */
function namesInHints(stated: string[] | undefined, registry: Registry): string[] | null {
  if (!stated?.length) return null;
  const names = stated.flatMap((text) => {
    if (!BYLINE_LINE.test(text)) return [text];
    const line = bylinePart(text.replace(STAMP_BEFORE_BY, '')).replace(/\s*,$/u, '');
    return (bylineNames(line) ?? []).filter((name) => !/\d/u.test(name) && isPerson(name, registry));
  });
  return names.length ? unique(names) : null;
}

/** A name as a list of one, or null. */
function listOf(name: string | null): string[] | null {
  return name === null ? null : [name];
}

/** People and agencies credited by bylines ("by Abbey Fenbert …", "By AFP") and editors' initials lines. */
function creditsOf(removed: RemovedLine[], registry: Registry, body: string[]): { authors: string[]; agencies: string[] } {
  // A name alone on a line, with no "By", that the article names too is the photo's of the person
  // it tells of ("Vasily Golubev" under the date, over "…, its governor, Vasily Golubev said"), not its
  // writer; a paragraph that opens on the name to say who they are ("Jane Roe is the paper's …") is the writer's bio.
  const isBio = (paragraph: string, name: string) => paragraph.startsWith(name) && WRITER_BIO.test(paragraph.slice(name.length));
  const article = body.join('\n');
  const namedInArticle = (name: string) => article.includes(name) && body.some((paragraph) => wholeWord(name).test(paragraph) && !isBio(paragraph, name));
  const byLine: string[][] = [];
  const agencies: string[] = [];
  for (const [k, line] of removed.entries()) {
    // A name under an editor's role alone on its line ("Editor" / "John Doe") is the editor's, no writer's.
    if (line.reason === 'byline' && k > 0 && isEditorRoleAlone(removed[k - 1]!.text)) continue;
    if (line.reason === 'byline') {
      const authors: string[] = [];
      byLine.push(authors);
      // (A name alone may keep the comma that joined it to the date below it: "Jane Roe,".)
      const text = bylinePart(line.text).replace(/\s*,$/u, '');
      if (isPressOfficeCredit(text) || (isPersonName(text) && !isByline(text) && (namedInArticle(text) || isStorySlug(text, article)))) continue;
      const names = reporters(text) ?? bylineNames(text) ?? listOf(nameBeforeAgency(text)) ?? (isPersonName(text) ? [text] : []);
      for (const name of names.map(withoutRomanianBy)) {
        const agency = agencyName(registry, name);
        if (agency) agencies.push(agency);
        // One word beside the names of a list that the article itself names is the place the
        // writers filed from ("By Jane Roe and London", the dump losing the "in"), not a writer.
        else if (names.length > 1 && !/\s/u.test(name) && namedInArticle(name)) continue;
        else if (isPerson(name, registry)) authors.push(name);
        else {
          const withAgency = personBeforeAgency(name, registry);
          if (withAgency) {
            authors.push(withAgency.writer);
            agencies.push(withAgency.agency);
            continue;
          }
          const writer = personBeforePaper(name);
          if (writer && isPerson(writer, registry)) authors.push(writer);
        }
      }
      // A credit line such as "Le Monde avec AFP" names the agencies it carries.
      for (const agency of agenciesNamedIn(line.text, registry)) agencies.push(agency);
    } else if (line.reason === 'editor-initials') {
      const list = /\(([^()]*)\)/.exec(line.text)?.[1];
      // (An unregistered name is kept as printed, unless it is an editor's initials: "(ita/ita)".)
      if (list !== undefined) for (const name of splitNames(list, { slash: true })) agencies.push(...listOf(agencyName(registry, name) ?? (/^\p{Ll}{1,4}$/u.test(name) ? null : name)) ?? []);
      // A wire's sign-off with no brackets names its agency among the initials: "dpa/okr".
      else for (const part of line.text.split('/')) agencies.push(...listOf(agencyName(registry, part.trim())) ?? []);
    }
  }
  // An article credits its writers on a line or two. Many lines each naming someone are a list of
  // them (a thread's "by NAME on DATE" stamps, a staff box, a blog's contributors): the first is the article's.
  const naming = byLine.filter((names) => names.length > 0);
  const authors = naming.length > MAX_BYLINE_LINES ? naming[0]! : naming.flat();
  return { authors: unique(authors), agencies: unique(agencies) };
}

const MAX_BYLINE_LINES = 3;

/**
 * True for a photo's slug under the headline that reads as a name ("Russia Fire", "Ukraine War"):
 * each of its words is the article's, one of them as a common word, in lower case ("a large fire").
 * A writer's name is not spelt out word by word in the story they write.
 */
function isStorySlug(name: string, article: string): boolean {
  const words = name.split(' ');
  const asCommonWord = (w: string) => w.toLowerCase() !== w && wholeWord(w.toLowerCase()).test(article);
  return words.some(asCommonWord) && words.every((w) => asCommonWord(w) || wholeWord(w).test(article));
}

// What a writer's bio says right after the name that opens it: "… is the data correspondent at …".
const WRITER_BIO = /^\s+(?:is|was|has been|covers|writes|reports)(?!\p{L})/u;

// Romanian pages credit "de Jane Roe" ("by"); as a word of the name, "de" stands inside it ("Jane de Roe"), or before a surname alone ("De Luca").
const ROMANIAN_BY = /^[Dd]e\s+(?=\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){1,2}$)/u;

/** A byline's name without Romanian "de" ("by") before it. */
function withoutRomanianBy(name: string): string {
  return name.replace(ROMANIAN_BY, '');
}

// "Reporting by …", and as wire desks translate it ("Reportagem de …", "Reportage …", "Bericht von …"), up to the editors.
const REPORTING =
  /(?:^\(?|;\s*|\s)(?:additional\s+)?(?:(?:reporting|writing|text|reportagem|reporte|reportaje|información|bericht|escrito|écrit|geschrieben)\s+(?:by|von|par|de|por)|reportage(?:\s+(?:de|par))?)\s+(.+?)(?=[;)]|,?\s+(?:(?:editing|edited|compiled|additional|graphics|photos?)\s+(?:by|von|par)\b|(?:editado|editada|edição|edición|édité|rédigé|redigiert|version)(?!\p{L}))|$)/giu;

/** The reporters a credits line names ("Reporting by A and B; Editing by C" names A and B), or null for another line. */
function reporters(text: string): string[] | null {
  // "Reporting by Jane Roe in Kyiv and John Doe in Melbourne": where each reported is not part of the name.
  const found = [...text.matchAll(REPORTING)].flatMap((m) => splitNames(m[1]!)).map((n) => n.replace(/\s+(?:in|em|en|à|aus)\s+\p{Lu}[\p{L}\s.'’-]*$/u, '').trim()).filter(Boolean);
  return found.length ? found : /^(?:editing|edited|compiled)\s/iu.test(text) ? [] : null;
}

// Words of a desk's credit, not a person's name ("news desk", "staff").
const DESK_WORDS = /(?<!\p{L})(?:desk|staff|team|bureau|editors|agencies|newsroom|redaktion|rédaction|redação|redacción|redazione|redakcja|redakce|redactie|redaksjon|redaktionen|редакция|редакція)(?!\p{L})/iu;
// Words of an institution's name, not of a person's: a photo's credit under the byline ("Russian
// Emergencies Ministry") or a press service's ("Western Military District Press Service").
const INSTITUTION_WORDS = /(?<!\p{L})(?:ministry|ministries|service|office|department|agency|committee|council|command|district|government|police|army|navy|forces|institute|university|press|ministerium|ministère|министерство|міністерство|пресс-служба|пресс-службы|пресслужба|пресс-центр)(?!\p{L})/iu;

// Words of a newspaper's or a magazine's name, not of a person's ("Lakeside Herald", "Daily Post",
// "Süddeutsche Zeitung", "Example Dergi"): an aggregator's card names the paper a story came from where a byline stands. A
// part of a double name ("Jane Times-Example") is a person's.
const MASTHEAD_WORDS = /(?<![\p{L}-])(?:Times|Post|Herald|Tribune|Gazette|Journal|Chronicle|Telegraph|Guardian|Observer|Courier|Bulletin|Examiner|Inquirer|Dispatch|Sentinel|Globe|Mail|News|Daily|Weekly|Monitor|Independent|Insider|Magazine|Zeitung|Rundschau|Kurier|Nachrichten|Gazeta|Gazzetta|Giornale|Quotidiano|Quotidien|Diario|Noticias|Dagblad|Krant|Tidning|Tidningen|Avisen|Lehti|Noviny|Novine|Dergi|Dergisi|Gazete|Gazetesi|Газета|Вести|Новости|Известия|Правда|Pravda)(?![\p{L}-])/u;

// A credit that opens on a writer's role is a desk's ("By Editor Foreign Affairs"); a surname may be
// such a word ("Chris Editor"), a first name is not.
const ROLE_FIRST = /^(?:editor|reporter|correspondent|columnist|contributor|writer)s?(?!\p{L})/iu;

/** A credited name is a person's unless it is a desk or an outlet ("The Kyiv Independent news desk", "Miami Herald" as its outlet, or as the outlet an aggregator credits). */
function isPerson(name: string, registry: Registry): boolean {
  if (DESK_WORDS.test(name) || ROLE_FIRST.test(name) || MASTHEAD_WORDS.test(name) || INSTITUTION_WORDS.test(name)) return false;
  return !registry.outlets.some((o) => [o.name, ...o.aliases].some((n) => n.toLowerCase() === name.toLowerCase()));
}

/**
 * The writer and the agency of a byline that names the agency after the writer with no comma
 * between ("By JANE ROE Associated Press", "By Jane Roe Example Wire"): two to four capitalised
 * words, then a name of an agency the registry lists. Null for any other credit.
 */
function personBeforeAgency(credit: string, registry: Registry): { writer: string; agency: string } | null {
  const words = credit.split(/\s+/u);
  for (let split = 2; split <= 4 && split < words.length; split++) {
    const agency = agencyName(registry, words.slice(split).join(' '));
    const writer = words.slice(0, split).join(' ');
    if (agency && words.slice(0, split).every((w) => /^\p{Lu}[\p{L}.'’-]*$/u.test(w)) && isPerson(writer, registry)) return { writer, agency };
  }
  return null;
}

/**
 * The writer of a byline that names the paper the story comes from after the writer, with no
 * comma between ("By Jane Q. Roe Lakeside Herald", a story one paper carries from another):
 * a first name, perhaps an initial or a particle, and a surname, then the paper's capitalised
 * name with a newspaper's word in it. Null for any other credit.
 */
function personBeforePaper(credit: string): string | null {
  const words = credit.split(/\s+/);
  // Two words, or three when the second is an initial or a particle ("Jane Q. Roe", "Jane van Roe").
  const split = isNameInfix(words[1] ?? '') ? 3 : 2;
  const writer = words.slice(0, split).join(' ');
  const paper = words.slice(split);
  const capitalised = (w: string) => /^\p{Lu}[\p{L}'’-]*\.?$/u.test(w);
  if (!paper.length || !paper.every(capitalised) || !MASTHEAD_WORDS.test(paper.join(' '))) return null;
  return isCreditedName(writer) && !MASTHEAD_WORDS.test(writer) ? writer : null;
}

/** The wire agencies a line names, as whole words, in the order they appear. */
function agenciesNamedIn(text: string, registry: Registry): string[] {
  const found: { at: number; name: string }[] = [];
  for (const agency of registry.agencies) {
    for (const spelling of [agency.name, ...agency.aliases]) {
      const at = text.search(wholeWord(spelling));
      if (at >= 0) found.push({ at, name: agency.name });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.name);
}

// The first paragraphs, one of which may open on the dateline.
const DATELINE_PARAGRAPHS = 3;

/**
 * The agencies in a dateline: "KYIV (Reuters) -", "MOSCOW (AP/AFP) -", "BERLIN (dpa, AFP) -", or the
 * Korean "(서울=연합뉴스) NAME 기자 =", at the start of a paragraph. Every name in the brackets must be
 * an agency: "(Photo: …)" or "(updated) -" credits none.
 */
function agenciesInDateline(lead: string, registry: Registry): string[] {
  const inside = /^[^()]{0,60}\(([^()]{2,40})\)\s*[-–—]/.exec(lead)?.[1] ?? KOREAN_DATELINE.exec(lead)?.[2];
  if (!inside) return [];
  const whole = agencyName(registry, inside);
  if (whole) return [whole];
  const names = inside.split(/\s*[/,]\s*|\s+(?:and|und|et|y|e|en|i)\s+/u).map((n) => agencyName(registry, n));
  return names.length > 1 && names.every((n) => n !== null) ? (names as string[]) : [];
}

/**
 * The Korean wire dateline: the place and the agency in brackets, then the reporter with the
 * title "기자" (reporter) or "특파원" (correspondent), then "=" and the story: "(서울=뉴스1) 홍길동 기자 = …",
 * the brackets square too: "[서울=뉴시스] 홍길동 기자 = …".
 */
const KOREAN_DATELINE = /^[([]([^()[\]=]{1,20})=([^()[\]]{1,20})[)\]]\s*(\p{Script=Hangul}{2,4})\s?(?:기자|특파원)\s?=/u;

// A Korean broadcaster's story opens with the anchor's words, which end by handing over to the
// reporter: "NAME 기자가 보도합니다" ("reporter NAME reports"), or "취재했습니다" ("covered it").
const KOREAN_ANCHOR_INTRO = /(?<!\p{Script=Hangul})(\p{Script=Hangul}{2,4})\s?(?:기자|특파원)(?:가|이)\s?(?:보도합니다|취재했습니다)/u;
// A Korean paper's dateline in square brackets: "[이데일리 홍길동 기자] …" (the paper, the reporter).
const KOREAN_BRACKET_DATELINE = /^\[(?:[^[\]]{1,20}\s)?(\p{Script=Hangul}{2,4})\s?(?:기자|특파원)\]/u;
// A Chinese wire's dateline with its reporters: "新华社莫斯科3月13日电（记者张三）", "…电(记者 张三 李四)".
const CHINESE_DATELINE = /^[^()（）]{0,40}电\s*[(（]\s*(?:记者|記者)\s*([\p{Script=Han}\s、]{2,30}?)\s*[)）]/u;

/**
 * A whole date in the dateline that opens one of the first paragraphs: the place, the day, then a
 * dash or a slash and the story ("LONDON, 19 April 2018 – Officials said …", "هيوستون 19 إبريل 2018 / …").
 * A date the story's sentence opens on ("On 19 April 2018, the …") has no place before it and no dash after.
 */
function datelineDate(body: string[]): string | null {
  for (const paragraph of body.slice(0, DATELINE_PARAGRAPHS)) {
    const opening = DATED_DATELINE.exec(paragraph);
    if (!opening) continue;
    const place = opening.groups!.place!.split(/\s+/u);
    if (SENTENCE_OPENER.test(place[0]!) || SENTENCE_OPENER.test(place.at(-1)!)) continue;
    const printed = opening.groups!.date!.replace(/,$/u, '');
    const found = findDates(printed);
    if (found.length === 1 && found[0]!.hasDay && webDate(found[0]!.iso) && found[0]!.text.length >= printed.length - 1) return found[0]!.iso;
  }
  return null;
}

// The place (up to three words), perhaps a comma, the date, perhaps the agency in brackets, then the dash or slash.
const DATED_DATELINE = /^(?<place>\p{L}[\p{L}.'’-]*(?:\s+\p{L}[\p{L}.'’-]*){0,2}),?\s+(?<date>[^-–—/|()]{6,32}?)\s*(?:\([^()]{2,40}\)\s*)?[-–—/|]\s/u;
// Words a sentence opens on, or says just before its date, where a dateline names the place ("In Lakeside on 19 April …").
const SENTENCE_OPENER = new RegExp(`^(?:${DATE_PREPOSITIONS})$`, 'iu');

/** The reporters a wire's or a paper's dateline names at the start of one of the first paragraphs (Korean, Chinese). */
function reporterInDateline(body: string[]): string[] {
  for (const paragraph of body.slice(0, DATELINE_PARAGRAPHS)) {
    const name = KOREAN_DATELINE.exec(paragraph)?.[3] ?? KOREAN_BRACKET_DATELINE.exec(paragraph)?.[1] ?? KOREAN_ANCHOR_INTRO.exec(paragraph)?.[1];
    if (name) return [name];
    const names = CHINESE_DATELINE.exec(paragraph)?.[1]?.split(/[\s、]+/u).filter((n) => /^\p{Script=Han}{2,4}$/u.test(n));
    if (names?.length) return names;
  }
  return [];
}

/**
 * The publication date the page prints in a byline or a dateline, as YYYY-MM-DD. A date printed
 * right over the outlet's masthead is the site's header telling the day it was read ("Tuesday,
 * April 16, 2024 | Back issues" over "Lakeside News Service"), not the article's.
 */
function statedDate(removed: RemovedLine[], outlet: string | null, slashedDayFirst: boolean): string | null {
  const read = (iso: string | null, text: string) => webDate(slashedDayFirst ? slashedAsDayFirst(iso, text) : iso);
  for (const [i, line] of removed.entries()) {
    // Past the article's end, a date heads another story: the feed of further articles.
    if (AFTER_THE_ARTICLE.has(line.reason)) break;
    if (isMasthead(removed[i + 1]?.text, outlet)) continue;
    if (line.reason === 'byline') {
      const printed = bylineDate(line.text);
      const iso = printed && read(findDates(printed.text)[0]?.iso ?? null, printed.text);
      if (iso) return iso;
    }
    // An embedded post's signature dates the post, not the page ("— Jane Roe (@janeroe) March 3, 2024").
    if (line.reason === 'dateline' && !EMBED_SIGNATURE.test(line.text)) {
      const iso = read(dateLine(line.text)?.iso ?? null, line.text);
      if (iso) return iso;
    }
  }
  return null;
}

// No page was published on the web before it began: a date printed earlier is the event a page
// tells of ("23 августа 1943 года" over a history of the battle of Kursk), not its own.
const FIRST_WEB_YEAR = 1991;

/** The date, when a page on the web can have been published on it; else null. */
function webDate(iso: string | null): string | null {
  return iso && Number(iso.slice(0, 4)) >= FIRST_WEB_YEAR ? iso : null;
}

/** True for the outlet's masthead: its name alone, perhaps twice (a logo's text and its link's). */
function isMasthead(text: string | undefined, outlet: string | null): boolean {
  if (!text || !outlet) return false;
  const line = text.replace(/\s+/gu, ' ').trim().toLowerCase();
  const name = outlet.toLowerCase();
  return line === name || line === `${name} ${name}`;
}

/** The crawler's "date YYYY-MM-DD" stamp at the top of a page dump, when it gives a whole day. */
function crawlerStamp(removed: RemovedLine[]): string | null {
  const crawl = removed.find((r) => r.reason === 'crawler-prefix');
  return crawl ? normaliseDate(crawl.text.replace(/^date\s+/, '')) : null;
}

/**
 * A date for ordering when no publication date is printed: the crawler's date stamp, or the
 * day the first paragraph names, with a missing year taken as the first such day after the
 * latest fully dated mention on the page (an article reports on what came before it).
 */
function inferDate(cleaned: CleanedPage, removed: RemovedLine[]): { date: string | null; dateBasis: string } {
  const crawl = removed.find((r) => r.reason === 'crawler-prefix');
  const crawlDate = crawl ? normaliseDate(crawl.text.replace(/^date\s+/, '')) : null;
  if (crawlDate) return { date: crawlDate, dateBasis: 'inferred: date stamp the crawler recorded with the page' };

  const lead = cleaned.kept.find((k) => k.role === 'paragraph')?.text ?? '';
  const fromLead = findDates(lead).find((d) => d.hasDay);
  if (!fromLead) return { date: null, dateBasis: 'not stated' };
  if (fromLead.iso) return { date: fromLead.iso, dateBasis: `inferred from "${fromLead.text}" in the first paragraph` };

  const pageText = [...cleaned.kept.map((k) => k.text), ...removed.filter((r) => !NOT_THIS_ARTICLE.has(r.reason)).map((r) => r.text)];
  const fullDates = pageText.flatMap((t) => findDates(t).map((d) => d.iso)).filter((d): d is string => !!d).sort();
  const latest = fullDates.at(-1);
  if (!latest) return { date: null, dateBasis: `not stated (the first paragraph names "${fromLead.text}" but no year)` };
  const resolved = findDates(lead, new Date(`${latest}T12:00:00Z`)).find((d) => d.text === fromLead.text)?.resolved ?? null;
  return {
    date: resolved,
    dateBasis: `inferred from "${fromLead.text}" in the first paragraph; year from the latest dated mention on the page (${latest})`,
  };
}

/** The article's own URL: one labelled as the original, else the first link the page prints. */
function articleUrl(removed: RemovedLine[]): string | null {
  const links = removed.filter((r) => r.reason === 'source-url');
  const labelled = links.findIndex((r, i) => /:$/.test(r.text) && links[i + 1] && isUrl(links[i + 1]!.text));
  if (labelled >= 0) return links[labelled + 1]!.text;
  return links.find((r) => isUrl(r.text))?.text ?? null;
}

function isUrl(text: string): boolean {
  return /^(?:https?:\/\/|www\.)\S+$/i.test(text);
}

/** The person an author box at the end of the page describes: its name line, or its label "About Jane Roe"; a label that names nobody ("About the author") gives no name. */
function authorBox(removed: RemovedLine[]): string[] {
  for (const line of removed) {
    if (line.reason !== 'author-bio') continue;
    const name = aboutName(line.text);
    if (isPersonName(name)) return [name];
  }
  return [];
}

/** The headline the page states, by the sidecar, the page's metadata or its own lines, in that order; null when it prints none. */
export function headlineOf(cleaned: CleanedPage, hints: MetadataHints, overrides: Partial<SourceMetadata> = {}): string | null {
  return overrides.title ?? hints.title ?? cleaned.title ?? null;
}

/** A page that prints no headline is called so; quoting its first sentence would pass a sentence off as a headline. */
function untitled(): string {
  return 'Untitled';
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
