// Romanising names for comparison across scripts, shared by the outlet rules (a printed name
// against its address) and the entities (one person in Cyrillic and Latin letters).

/** Ukraine's national romanisation for the letters it spells apart from Russian's (Г → H, И → Y, І → I): the address of a Ukrainian outlet and the English spelling of a Ukrainian name follow it. */
export const UKRAINIAN_ROMANISATION: [string, string][] = [['Г', 'H'], ['г', 'h'], ['И', 'Y'], ['и', 'y'], ['І', 'I'], ['і', 'i'], ['Ї', 'Yi'], ['ї', 'yi'], ['Є', 'Ye'], ['є', 'ye']];
