import type { Token } from "../model/text-layers.js";

/** An inclusive token range. */
export interface TokenRange {
  first: number;
  last: number;
}

/** A speaker phrase: the noun phrase, and an appositive set off by commas ("Lin Jian, a spokesperson for ..., told"). */
export interface SpeakerPhrase extends TokenRange {
  appositive?: TokenRange | undefined;
}

const NP_POS = new Set(["PROPN", "NOUN", "ADJ", "DET", "PRON", "NUM"]);
/** Words that may sit between the subject and its speech verb ("has also said", "later told"). */
const SKIPPABLE = new Set(["ADV", "AUX", "PART"]);
/** Joiners inside names and titles ("Secretary of State", "leaders of Puntland and Jubaland"). */
const JOINERS = new Set(["of", "for", "and", "-", "&"]);
/** Determiners that can only open a noun phrase ("both", "all" may follow their noun: "She and Lockyear both"). */
const OPENING_DET = new Set(["a", "an", "the", "this", "these", "those"]);
const POSSESSIVE = new Set(["'s", "’s", "'", "’"]);
const RELATIVE = new Set(["who", "whom"]);
const PERSONAL_PRONOUNS = new Set(["he", "she", "they", "we", "i", "it"]);
/** Long enough for "the Ghazni provincial head for the Red Cross and Red Crescent Society". */
const MAX_NP = 14;

/** Tags wink gives to names it does not know ("Ford said", "Oh Ei Sun"): capitalized, they are names here. */
const MISTAGGED = new Set(["VERB", "INTJ", "X", "ADV"]);
const CAPITAL = /^\p{Lu}/u;

/** Relative pronouns end a noun phrase ("a religion that stresses ..." has no speaker). */
const RELATIVE_WORDS = new Set(["that", "which", "who", "whom", "whose"]);

/** A hyphen glued to the words on both sides ("Brussels-based", "France-Presse") joins them into one word. */
export function gluedHyphen(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return t !== undefined && t.text === "-" && prev?.end === t.start && next?.start === t.end;
}

function isNpToken(t: Token | undefined, prev?: Token): boolean {
  if (t === undefined || RELATIVE_WORDS.has(t.lower)) return false;
  // A bare apostrophe is a possessive only after a plural ("Guterres’ spokesman"), else it closes a quote.
  if (t.lower === "'" || t.lower === "’") return prev !== undefined && /s$/i.test(prev.text) && prev.end === t.start;
  if (NP_POS.has(t.pos) || POSSESSIVE.has(t.lower)) return true;
  return MISTAGGED.has(t.pos) && CAPITAL.test(t.text) && t.text !== t.text.toUpperCase();
}

function isHeadWord(t: Token | undefined, number: boolean): boolean {
  if (!t) return false;
  if (t.pos === "PROPN" || t.pos === "NOUN" || t.pos === "PRON" || (number && t.pos === "NUM")) return true;
  return MISTAGGED.has(t.pos) && isNpToken(t);
}

/** Index of the first token that ends after `offset` (binary search over ordered tokens). */
export function tokenAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A joiner counts only between two noun-phrase words ("Ministry of Defense", not "of" at a phrase edge). */
function joinerInside(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined || !JOINERS.has(t.lower) || !isNpToken(tokens[i - 1]) || !isNpToken(tokens[i + 1])) return false;
  // "and" joins nouns and adjectives ("Puntland and Jubaland", "international and local groups"); after a number or a
  // predicative adjective it joins clauses ("the front is 60 kilometers long and officials warn ...").
  const leftPos = tokens[i - 1]?.pos;
  const predicative = leftPos === "ADJ" && (tokens[i - 2]?.pos === "NOUN" || tokens[i - 2]?.pos === "NUM");
  return t.lower !== "and" || (leftPos !== "NUM" && !predicative);
}

/** Walks left from `last` over a noun phrase; returns its first token, or undefined when there is none. */
export function npEndingAt(tokens: readonly Token[], last: number, floor: number): number | undefined {
  // A personal pronoun is a whole phrase: "during Brexit negotiations he emphasized" has the subject "he".
  if (PERSONAL_PRONOUNS.has(tokens[last]?.lower ?? "")) return last >= floor ? last : undefined;
  let i = last;
  while (i >= floor && last - i < MAX_NP) {
    // A determiner opens its phrase: "a letter the minister said" holds two phrases, not one.
    if (
      OPENING_DET.has(tokens[i]?.lower ?? "") &&
      !JOINERS.has(tokens[i - 1]?.lower ?? "") &&
      isNpToken(tokens[i - 1])
    ) {
      i--;
      break;
    }
    if (isNpToken(tokens[i], tokens[i - 1]) || joinerInside(tokens, i)) i--;
    // A bracketed acronym inside a name ("Doctors Without Borders (MSF)").
    else if (tokens[i]?.text === ")" && tokens[i - 2]?.text === "(" && i < last + 1) i -= 3;
    // A hyphenated modifier ("state-run Xinhua"): its right half may be tagged a verb; the whole belongs to the phrase.
    else if (i < last && tokens[i - 1]?.text === "-" && i - 2 >= floor && tokens[i - 2]?.pos !== "PUNCT") i -= 3;
    else break;
  }
  let first = i + 1;
  // Cut off by the length limit, a phrase may begin inside a name: it never opens with "of" or "'s".
  while (first <= last && (JOINERS.has(tokens[first]?.lower ?? "") || POSSESSIVE.has(tokens[first]?.lower ?? ""))) {
    first++;
  }
  if (first > last || JOINERS.has(tokens[last]?.lower ?? "")) return undefined;
  first = possessorStart(tokens, first, last);
  // A phrase of determiners and adjectives alone ("the new") names nobody.
  for (let k = first; k <= last; k++) if (isHeadWord(tokens[k], true)) return first;
  return undefined;
}

/**
 * A possessive opens its phrase: a common noun before the possessor's name belongs to something else ("..., charges
 * Pakistan's election commission denied" has the subject "Pakistan's election commission").
 */
function possessorStart(tokens: readonly Token[], first: number, last: number): number {
  let k = first;
  while (k <= last && !POSSESSIVE.has(tokens[k]?.lower ?? "")) k++;
  if (k > last) return first;
  let p = k - 1;
  while (p > first && tokens[p - 1]?.pos === "PROPN") p--;
  const before = tokens[p - 1];
  return p > first && tokens[p]?.pos === "PROPN" && before?.pos === "NOUN" && before.text === before.lower ? p : first;
}

/** Walks right from `first` over a noun phrase; returns its last token, or undefined. */
export function npStartingAt(tokens: readonly Token[], first: number, ceil: number): number | undefined {
  let i = first;
  while (i < ceil && i - first < MAX_NP) {
    if (i > first && gluedHyphen(tokens, i) && i + 1 < ceil) {
      i += 2;
      continue;
    }
    if (!isNpToken(tokens[i], tokens[i - 1]) && !joinerInside(tokens, i)) break;
    if (i > first && OPENING_DET.has(tokens[i]?.lower ?? "") && !JOINERS.has(tokens[i - 1]?.lower ?? "")) break;
    i++;
  }
  const last = i - 1;
  if (last < first) return undefined;
  for (let k = first; k <= last; k++) if (isHeadWord(tokens[k], false)) return last;
  return undefined;
}

/** Prepositions whose object is never the subject ("with Erdogan at one point suggesting"). */
const PP_HOP = new Set(["at", "in", "on", "during", "from", "after", "before", "with", "by", "like", "to"]);

/**
 * The subject of a speech verb at token `cue`, walking left inside the sentence (tokens from `floor`): skips adverbs,
 * auxiliaries and dates ("Akar on Saturday said"), a relative clause ("an official who spoke on condition of
 * anonymity said"), an appositive or parenthetical between commas, and one prepositional phrase ("leaders in the
 * region said"). Undefined when the verb has no subject on its left (", Smith said" is found by the caller).
 */
export function subjectBefore(
  tokens: readonly Token[],
  cue: number,
  floor: number,
  skip: ReadonlySet<number> = NONE,
): SpeakerPhrase | undefined {
  let j = skipLeft(tokens, cue - 1, floor, skip);
  const rel = relativeBefore(tokens, j, floor);
  // "Abala Waro, who says ...": the relative pronoun stands for the phrase before its comma.
  if (rel !== undefined && rel === j && tokens[rel - 1]?.text === ",") {
    const first = npEndingAt(tokens, rel - 2, floor);
    return first === undefined ? undefined : { first, last: rel - 2 };
  }
  if (rel !== undefined) {
    const first = npEndingAt(tokens, rel - 1, floor);
    return first === undefined ? undefined : { first, last: j };
  }
  if (tokens[j]?.text !== ",") return phraseEndingAt(tokens, j, floor, skip);
  const comma = previousComma(tokens, j - 1, floor);
  if (comma === undefined) return undefined;
  const appositive = npEndingAt(tokens, j - 1, comma + 1) === comma + 1 ? { first: comma + 1, last: j - 1 } : undefined;
  j = skipLeft(tokens, comma - 1, floor, skip);
  const main = phraseEndingAt(tokens, j, floor, skip);
  if (!main) return undefined;
  // Two appositives ("Gregory Brew, a senior analyst at the Eurasia Group, a New York-based consultancy, said"):
  // the phrase found is itself an appositive when it opens with an article and a name stands before its comma.
  const before = tokens[main.first - 1]?.text === "," ? phraseEndingAt(tokens, main.first - 2, floor, skip) : undefined;
  if (before && isAppositive(tokens, main, before, floor)) return { ...before, appositive: main };
  return { ...main, appositive };
}

const ARTICLES = new Set(["a", "an", "the"]);
/** Words that may stand before a sentence's subject ("But Matthew Palmer, ..."). */
const CLAUSE_OPENERS = new Set(["CCONJ", "SCONJ", "ADV", "PUNCT"]);

/**
 * Whether `main` is a second appositive of the name before it: it opens with an article ("a senior analyst") or the
 * phrase before is a short name standing alone at the start of its clause ("But Matthew Palmer, U.S. deputy ...").
 */
function isAppositive(tokens: readonly Token[], main: TokenRange, before: TokenRange, floor: number): boolean {
  if (!hasProper(tokens, before.first, before.last)) return false;
  if (ARTICLES.has(tokens[main.first]?.lower ?? "")) return true;
  const opener = before.first <= floor || CLAUSE_OPENERS.has(tokens[before.first - 1]?.pos ?? "");
  return opener && before.last - before.first < 4 && tokens[before.last]?.pos === "PROPN";
}

/** The noun phrase ending at `j`, over one prepositional phrase when it belongs to a name. */
function phraseEndingAt(
  tokens: readonly Token[],
  j: number,
  floor: number,
  skip: ReadonlySet<number>,
): SpeakerPhrase | undefined {
  const first = npEndingAt(tokens, j, floor);
  if (first === undefined) return undefined;
  const adp = tokens[first - 1];
  // "students surveyed by the agency said": the agent of a participle; the subject is the phrase before it.
  const participle = tokens[first - 2];
  if (adp?.lower === "by" && participle?.pos === "VERB" && participle.lower.endsWith("ed")) {
    const before = npEndingAt(tokens, first - 3, floor);
    if (before !== undefined) return { first: before, last: first - 3 };
  }
  if (adp && adp.pos === "ADP" && PP_HOP.has(adp.lower)) {
    // The phrase was the object of a preposition: before a name it is part of the speaker ("the U.S. Mission to the
    // United Nations said"), else an adverbial ("Trump has at various times said") and the subject is before it.
    const k = skipLeft(tokens, first - 2, floor, skip);
    const before = npEndingAt(tokens, k, floor);
    if (before !== undefined) return { first: before, last: hasProper(tokens, first, j) ? j : k };
  }
  return { first, last: j };
}

const NONE: ReadonlySet<number> = new Set();

function hasProper(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (tokens[i]?.pos === "PROPN") return true;
  return false;
}

/** Moves left over adverbs, auxiliaries and date tokens (with the preposition that introduces a date). */
function skipLeft(tokens: readonly Token[], from: number, floor: number, skip: ReadonlySet<number>): number {
  let j = from;
  for (;;) {
    while (j >= floor && SKIPPABLE.has(tokens[j]?.pos ?? "")) j--;
    if (!skip.has(j)) return j;
    while (j >= floor && skip.has(j)) j--;
    if (tokens[j]?.pos === "ADP") j--;
  }
}

/** The "who" opening a short relative clause that ends at `j`, with no comma in between. */
function relativeBefore(tokens: readonly Token[], j: number, floor: number): number | undefined {
  for (let k = j; k >= floor && j - k < 12; k--) {
    const t = tokens[k];
    if (t === undefined || t.text === "," || t.text === "“" || t.text === '"') return undefined;
    if (RELATIVE.has(t.lower)) return k > floor ? k : undefined;
  }
  return undefined;
}

function previousComma(tokens: readonly Token[], from: number, floor: number): number | undefined {
  for (let k = from; k >= floor && from - k < 25; k--) if (tokens[k]?.text === ",") return k;
  return undefined;
}

/** The speaker after an inverted speech verb ("said Professor Mesut Casin, a Turkish adviser."), from token `from`. */
export function speakerAfter(tokens: readonly Token[], from: number, ceil: number): SpeakerPhrase | undefined {
  const last = npStartingAt(tokens, from, ceil);
  if (last === undefined) return undefined;
  let appositive: TokenRange | undefined;
  if (tokens[last + 1]?.text === ",") {
    const appLast = npStartingAt(tokens, last + 2, ceil);
    if (appLast !== undefined) appositive = { first: last + 2, last: appLast };
  }
  return { first: from, last, appositive };
}

/**
 * The source after "according to": everything up to a comma, a relative pronoun or the sentence end (at most 10
 * tokens), whatever its tags say (wink tags "people" in "according to people familiar with" as a verb).
 */
export function sourceAfter(tokens: readonly Token[], from: number, ceil: number): SpeakerPhrase | undefined {
  let i = from;
  while (i < ceil && i - from < 10 && !RELATIVE.has(tokens[i]?.lower ?? "")) {
    if (tokens[i]?.pos === "PUNCT" && !gluedHyphen(tokens, i)) break;
    i++;
  }
  return i > from ? { first: from, last: i - 1 } : undefined;
}
