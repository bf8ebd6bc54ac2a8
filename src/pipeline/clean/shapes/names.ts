// People's names as a page prints them: alone on a line, in an author box, in a credit.

/** The name an author box's label gives ("About Jane Roe" → "Jane Roe"); any other line as it is. */
export function aboutName(text: string): string {
  return text.replace(/^[Aa]bout\s+(?=\p{Lu})/u, '');
}

// The small words inside a person's name ("Jane van Roe", "Ana da Silva").
const NAME_PARTICLES = 'de|van|von|der|da|del|bin|al|la|le';
const NAME_PARTICLE = new RegExp(`^(?:${NAME_PARTICLES})$`);

/** True for a word that stands inside a person's name: an initial ("Q.") or a particle ("van"). */
export function isNameInfix(word: string): boolean {
  return /^\p{Lu}\.$/u.test(word) || NAME_PARTICLE.test(word);
}

/** True for a short name-shaped line: two to four capitalised words, nothing else. */
export function isPersonName(text: string): boolean {
  const words = text.split(' ');
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    // (A middle initial too: "Jane Q. Roe".)
    // (A double name is capitalised twice: "Anna-Maria", "O'Neill".)
    words.every((w, i) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w) || DOUBLE_NAME.test(w) || NAME_PARTICLE.test(w) || (i > 0 && i < words.length - 1 && /^\p{Lu}\.$/u.test(w))) &&
    !words.some((w) => SHARE_WORDS.has(w.toLowerCase()) || SITE_WORDS.has(w.toLowerCase()))
  );
}

const DOUBLE_NAME = /^\p{Lu}\p{Ll}*['’-]\p{Lu}\p{Ll}+$/u;

// A menu's words, which no one is named: "Top Stories", "Latest Comments", "View Profile", "Breaking News", "Categories".
const SITE_WORDS = new Set(
  ('stories comments profile contact search menu videos photos archives forum forums blogs classifieds alerts newsletter newsletters subscribe login logout sitemap podcasts headlines bookmarks news breaking latest categories category tags '
  + 'nachrichten startseite kontakt suche actualités accueil recherche noticias inicio contacto buscar новости главная поиск контакты новини головна пошук').split(' '),
);

// A button's label in capitals is no name: "Diesen Artikel Teilen", "Bu Yazıyı Paylaş" (share this
// article), "Partager Cet Article", "Imprimer L'article".
const SHARE_WORDS = new Set(
  ('share teilen partager compartir compartilhar condividi udostępnij sdílet zdieľať delen paylaş поделиться поділитися megosztás distribuie μοιραστείτε споделете podijeli '
  + 'print drucken imprimer imprimir stampa drukuj tisk печать друк article artikel artículo articolo artykuł článek статью статтю').split(' '),
);

// A person's name as a credit prints it: capitalised words, perhaps an initial ("Jane Q. Roe").
const CREDITED_NAME = new RegExp(`^\\p{Lu}[\\p{Ll}'’-]+(?: (?:\\p{Lu}\\.|\\p{Lu}[\\p{Ll}'’-]+|${NAME_PARTICLES})){1,3}$`, 'u');

/** True for a person's name as a credit prints it: capitalised words, perhaps an initial or a particle ("Jane Q. Roe", "Jane van Roe"). */
export function isCreditedName(text: string): boolean {
  return CREDITED_NAME.test(text);
}
