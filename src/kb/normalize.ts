/**
 * Lookup keys for the knowledge base. One function turns both a table entry and a run of text tokens into the same
 * key, so "U.S." written in a table and the token sequence ["al", "-", "Qaida"] from the tokenizer meet.
 */

// Typographic quotes and primes become straight ones; every dash becomes a hyphen (wink splits "al-Qaida" at "-").
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC`]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
// Spaces the tokenizer puts around hyphens, before apostrophes ("People 's") and before commas ("Washington , D.C.").
const SPACE_HYPHEN = /\s*-\s*/g;
const SPACE_APOSTROPHE = /\s+(?=')/g;
const SPACE_COMMA = /\s+,/g;
const SPACES = /\s+/g;
// A leading article is never part of the key: "the Kremlin", "The Hague", "the Gambia" are found without it.
const LEADING_THE = /^the\s+/;
const POSSESSIVE = /'s?$/;
const DOTS = /\./g;
// Plain ASCII words separated by single spaces: nothing to fold, straighten or join.
const PLAIN = /^[A-Za-z0-9.]+(?: [A-Za-z0-9.]+)*$/;
// Accents are folded so "Côte d'Ivoire" = "Cote d'Ivoire" and "Bogotá" = "Bogota".
const MARKS = /\p{M}/gu;

/**
 * The normalized key: NFKC without accents, lower case, straight quotes, hyphens without spaces, no leading "the".
 * @example normKey("The  U.S.") // "u.s."
 * @example normKey("al - Qaida") // "al-qaida"
 */
export function normKey(surface: string): string {
  // Most surfaces are plain ASCII words with single spaces; they skip the eleven replacements below.
  if (PLAIN.test(surface)) {
    const lower = surface.toLowerCase();
    return lower.startsWith("the ") ? lower.slice(4) : lower;
  }
  return surface
    .normalize("NFKD")
    .replace(MARKS, "")
    .normalize("NFKC")
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, "-")
    .toLowerCase()
    .replace(SPACES, " ")
    .trim()
    .replace(SPACE_HYPHEN, "-")
    .replace(SPACE_APOSTROPHE, "")
    .replace(SPACE_COMMA, ",")
    .replace(LEADING_THE, "");
}

/** The key without dots, so "U.S." and "US" meet: "u.s." -> "us". */
export function dotless(key: string): string {
  return key.includes(".") ? key.replace(DOTS, "") : key;
}

/** The key without a trailing possessive: "china's" -> "china", "kyiv'" -> "kyiv"; undefined when there is none. */
export function withoutPossessive(key: string): string | undefined {
  return POSSESSIVE.test(key) ? key.replace(POSSESSIVE, "") : undefined;
}

/**
 * True for table entries that are acronyms: at most six letters, two or more of them capitals ("US", "U.S.", "WHO",
 * "IS-K", "LeT", "AfD"). They only match surfaces that look like acronyms, so "us", "who", "let" are not entities.
 * A character loop, not a Unicode regex: this runs for every table entry while the tables load.
 */
export function isAcronym(entry: string): boolean {
  if (entry.length > 12) return false;
  let letters = 0;
  let upper = 0;
  for (const ch of entry) {
    const lower = ch.toLowerCase();
    if (lower !== ch) upper++;
    if (lower !== ch || ch.toUpperCase() !== ch) letters++;
  }
  return letters <= 6 && upper >= 2;
}

/** True when a surface has two or more capitals, as an acronym written in running text has ("WHO", "U.S.", "LeT"). */
export function looksLikeAcronym(surface: string): boolean {
  let upper = 0;
  for (let i = 0; i < surface.length; i++) {
    const ch = surface[i]!;
    if (ch !== ch.toLowerCase() && ++upper >= 2) return true;
  }
  return false;
}
