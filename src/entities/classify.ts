import { isPersonalName } from "../kb/index.js";
import type { Sentence, Token } from "../model/text-layers.js";
import { firstCountry } from "./apposition.js";
import { type Candidate, candidate, Guess, isAcronym, isNameSuffix, SCORE, startsUpper } from "./candidate.js";
import { agentCached as agent, lookupCached as lookup } from "./kb-cache.js";
import { lexicon } from "./lexicon.js";
import { isRoleEnd } from "./roles.js";
import type { EntityType } from "./schema.js";

const OF_WORDS = new Set(["of", "for", "on", "to"]);
// Lower-case words after a name that make it a place: "the Middle Shabelle region", "Hirshabelle state".
const PLACE_NOUNS = new Map<string, EntityType>([
  ["region", "LOC"],
  ["area", "LOC"],
  ["areas", "LOC"],
  ["state", "GPE"],
  ["province", "GPE"],
  ["district", "GPE"],
  ["county", "GPE"],
  ["city", "GPE"],
  ["town", "GPE"],
  ["village", "GPE"],
  ["port", "LOC"],
  ["island", "LOC"],
  ["mosque", "FAC"],
  ["compound", "FAC"],
  ["airport", "FAC"],
  ["base", "FAC"],
]);
// Prepositions after which an unknown single name is a place: "fighting in Damasha".
const PLACE_PREPOSITIONS = new Set([
  "in",
  "near",
  "at",
  "from",
  "to",
  "outside",
  "across",
  "around",
  "toward",
  "towards",
]);
// Verbs after which an unknown single name is a person: "Casin said".
const SPEECH = new Set([
  "said",
  "says",
  "told",
  "added",
  "wrote",
  "argued",
  "noted",
  "explained",
  "stated",
  "contributed",
]);
// A relative pronoun after a name that only people take: "Chalida Tajaroensuk, who heads ...".
const PERSONAL_RELATIVE = new Set(["who", "whose"]);
// An aside between a name and its speech verb: "Ghulam Nabi, another freed passenger, told ...".
const MAX_ASIDE = 8;

/** The type of heads naming events and eras ("Summit", "War"), which are not entities. */
export const NOT_ENTITY = "-";
/** Returned for a chunk that is known to be no entity, so that no weaker guess is made for it. */
export const NO_ENTITY = null;

/**
 * Types a chunk by its head word ("Foreign Ministry" ORG, "Red Sea" LOC, "Ministry of Defense" ORG), with the country
 * of a leading demonym or country ("Chinese Foreign Ministry" CHN) or of a trailing "of X" ("University of Somalia").
 * A chunk made only of role words ("Secretary of State") is no name at all.
 */
export function classifyByHead(tokens: readonly Token[], ts: number, te: number): Candidate | null | undefined {
  const lex = lexicon();
  if (te - ts < 2) return undefined;
  const first = lex.firstHeads.get(tokens[ts]!.lower);
  const before = headBeforeConnector(tokens, ts, te);
  // The head of a name is capitalised: "Third-party" and "one-party" are no parties.
  const last = before
    ? undefined
    : startsUpper(tokens[te - 1]!.text)
      ? lex.lastHeads.get(tokens[te - 1]!.lower)
      : undefined;
  const head = before ?? last ?? (first?.type === NOT_ENTITY ? first : undefined);
  if (!head || allRoleWords(tokens, ts, te)) return undefined;
  if (head.type === NOT_ENTITY) return NO_ENTITY;
  const c = candidate(tokens, ts, te, { type: head.type, rule: "entities/chunk:head", score: SCORE.head });
  if (head.sector && head.type === "ORG") c.sector = head.sector;
  // A last-word head is no country of its own: "Bekaa Valley" is not in Anguilla ("The Valley").
  const country = firstCountry(tokens, ts, last ? te - 1 : te);
  if (country) c.country = country;
  return c;
}

/** The first head word followed by "of"/"for"/"on": "Middlebury Institute of ...", "Ministry of Defense". */
function headBeforeConnector(tokens: readonly Token[], ts: number, te: number) {
  const lex = lexicon();
  for (let k = ts; k < te - 1; k++) {
    if (!OF_WORDS.has(tokens[k + 1]!.lower)) continue;
    const w = tokens[k]!.lower;
    const head = lex.lastHeads.get(w) ?? lex.firstHeads.get(w);
    if (head) return head;
  }
  return undefined;
}

function allRoleWords(tokens: readonly Token[], ts: number, te: number): boolean {
  const lex = lexicon();
  for (let i = ts; i < te; i++) {
    const w = tokens[i]!.lower;
    if (!(lex.roleHeads.has(w) || lex.roleMods.has(w) || lex.roleOf.has(w) || w === "of" || w === "-")) return false;
  }
  return isRoleEnd(tokens, te - 1);
}

/** Counts the words of a chunk that could be part of a name (letters, not a non-name word). */
function nameWords(tokens: readonly Token[], ts: number, te: number): number {
  const lex = lexicon();
  let n = 0;
  for (let i = ts; i < te; i++) if (startsUpper(tokens[i]!.text) && !lex.notNames.has(tokens[i]!.lower)) n++;
  return n;
}

/**
 * The weak guess for a chunk nothing else typed: a place before "region"/"state" or after "in"; an acronym is an
 * organization; two to four name words are a person; a single word waits for coreference ("entities/chunk:single").
 */
export function guessType(tokens: readonly Token[], _s: Sentence, ts: number, te: number): Candidate | undefined {
  const n = nameWords(tokens, ts, te);
  if (n === 0 || allRoleWords(tokens, ts, te)) return undefined;
  const after = tokens[te];
  const before = tokens[ts - 1];
  const placeNoun = after && after.text === after.lower ? PLACE_NOUNS.get(after.lower) : undefined;
  const guess = new Guess(tokens, ts, te);
  // "the African region" is an adjective, not a place name.
  // So is "the central African state": a lone adjective the tagger sees as one is no place name.
  const known =
    te - ts === 1 && (tokens[ts]!.pos === "ADJ" || lookup(tokens[ts]!.text).some((h) => h.kind === "demonym"));
  // "Zhuhai Gaolan port": the whole run names the place, so it outranks the known city inside it.
  const placeScore = te - ts > 1 ? SCORE.head : SCORE.guess;
  if (!known && (placeNoun || placeOf(tokens, ts))) return guess.as(placeNoun ?? "GPE", "place-noun", placeScore);
  const region = regionOf(tokens, ts, te);
  if (region) return region;
  if (allCaps(tokens, ts, te) && te - ts > 1) return undefined;
  if (isCompound(tokens, ts, te)) return before?.lower === "the" ? guess.as("LOC", "compound") : undefined;
  if (te - ts === 1) return single(tokens, ts, guess, before, after);
  if (hasAcronym(tokens, ts, te)) return guess.as("ORG", "acronym-name");
  if (
    PLACE_PREPOSITIONS.has(before?.lower ?? "") &&
    n <= 2 &&
    !SPEECH.has(after?.lower ?? "") &&
    before?.lower !== "to"
  ) {
    return guess.as("GPE", "after-preposition");
  }
  if (n >= 2 && n <= 4 && te - ts <= 6 && !hasPlaceWord(tokens, ts, te)) {
    return guess.as("PERSON", "person", personScore(tokens, ts, te));
  }
  return undefined;
}

function single(
  tokens: readonly Token[],
  i: number,
  guess: Guess,
  before: Token | undefined,
  after: Token | undefined,
): Candidate | undefined {
  const t = tokens[i]!;
  if (isAcronym(t.text) && /\d/.test(t.text)) return undefined;
  if (isAcronym(t.text)) {
    return shouting(tokens, i) || isModel(tokens, i) || t.pos === "ADJ" ? undefined : guess.as("ORG", "acronym");
  }
  if (t.pos !== "PROPN" || isAgentWord(t)) return undefined;
  if (SPEECH.has(after?.lower ?? "")) return guess.as("PERSON", "single-speaker", SCORE.guess);
  // "in Transit report": a capitalised word modifying a noun is part of a title, not a place.
  const modifies = after !== undefined && (after.pos === "NOUN" || after.pos === "PROPN");
  if (PLACE_PREPOSITIONS.has(before?.lower ?? "") && !modifies && !NOT_PLACE_ENDING.test(t.lower))
    return guess.as("GPE", "single-place", SCORE.guess * 0.8);
  return guess.as("PERSON", "single", SCORE.guess * 0.6);
}

// Single words after "in" that are groups or creeds rather than places: "Muslims", "Judaism".
const NOT_PLACE_ENDING = /(?:s|ism)$/;

/** Part of an all-capitals run ("GREAT", "POWERFUL STATE"): shouting, not an acronym. */
function shouting(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.text.length > 5 || caps(tokens[i - 1]) || caps(tokens[i + 1]);
}

const CAPS2 = /^\p{Lu}{2,}$/u;

function caps(t: Token | undefined): boolean {
  return t !== undefined && CAPS2.test(t.text);
}

/** A model or designation: "SU 35", "S-400", "F-16". */
function isModel(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && (next.pos === "NUM" || (next.text === "-" && /^\d/.test(tokens[i + 2]?.text ?? "")));
}

/**
 * Words that make a chunk no person's name: a demonym or country ("Arab Spring", "American Farmer Tariff"), a group
 * noun ("Reaction Officials" in a run-in subheading), or digits ("Sinovac Biotech COVID-19").
 */
function hasPlaceWord(tokens: readonly Token[], ts: number, te: number): boolean {
  for (let i = ts; i < te; i++) {
    const t = tokens[i]!;
    if (/\d/.test(t.text) || isAgentWord(t)) return true;
    if (lookup(t.text).some((h) => h.kind === "demonym" || h.kind === "country")) return true;
  }
  return false;
}

/** A common noun for a group or office holder ("Officials", "Analysts", "Militants"). */
function isAgentWord(t: Token): boolean {
  return agent(t.lower) !== undefined && t.lower.endsWith("s");
}

// Compass words that make a region of a known place: "Southeast Europe", "Western Balkans", "Northern Syria".
const COMPASS =
  /^(?:north|south|east|west|northeast|northwest|southeast|southwest|northern|southern|eastern|western|central)$/;

// Words before a name that make it a quoted speaker: "said Huseyin Bagci", "according to Lena Marsh".
const SPEECH_BEFORE = new Set(["said", "says", "told", "to", "added", "wrote"]);

/**
 * How sure a bare capitalised run is a person: a speaker ("X said", "said X") is likely; a run opening with a known
 * given name is plausible; anything else ("Political Analysis", "Trade Offices") is weak and survives only when
 * coreference ties it to stronger mentions (its surname as a speaker later on).
 */
function personScore(tokens: readonly Token[], ts: number, te: number): number {
  const before = tokens[ts - 1]?.lower ?? "";
  const according = before !== "to" || tokens[ts - 2]?.lower === "according";
  if (SPEECH.has(tokens[te]?.lower ?? "") || (SPEECH_BEFORE.has(before) && according)) return SCORE.chunk;
  if (
    tokens[te]?.text === "," &&
    (PERSONAL_RELATIVE.has(tokens[te + 1]?.lower ?? "") ||
      SPEECH.has(tokens[te + 1]?.lower ?? "") ||
      speechAfterAside(tokens, te))
  ) {
    return SCORE.chunk;
  }
  // A first word known as a given name, or as a surname written first ("Yao Ming"), makes a person likely.
  const first = tokens[ts]!;
  return lexicon().givenNames.has(first.lower) || isPersonalName(first.text) ? SCORE.guess : SCORE.guess * 0.6;
}

/** ", another freed passenger, told": a comma-delimited aside, then a speech verb. */
function speechAfterAside(tokens: readonly Token[], comma: number): boolean {
  for (let k = comma + 1; k < comma + MAX_ASIDE && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === ",") return SPEECH.has(tokens[k + 1]?.lower ?? "");
    if (t.text === "." || t.text === ";") return false;
  }
  return false;
}

/** A compass word before a known place or region names a region of it, stronger than the place alone. */
function regionOf(tokens: readonly Token[], ts: number, te: number): Candidate | undefined {
  if (te - ts < 2 || !COMPASS.test(tokens[ts]!.lower)) return undefined;
  const rest = tokens
    .slice(ts + 1, te)
    .map((t) => t.text)
    .join(" ");
  const place = lookup(rest).find((h) => h.kind === "place" || h.kind === "country");
  if (!place) return undefined;
  const c = candidate(tokens, ts, te, { type: "LOC", rule: "entities/chunk:region", score: SCORE.head });
  if (place.country && place.kind === "country") c.country = place.country;
  return c;
}

/** "the port of Bandar Abbas", "the city of Aungban". */
function placeOf(tokens: readonly Token[], ts: number): boolean {
  return (
    tokens[ts - 1]?.lower === "of" &&
    (PLACE_NOUNS.has(tokens[ts - 2]?.lower ?? "") || tokens[ts - 2]?.lower === "capital")
  );
}

function allCaps(tokens: readonly Token[], ts: number, te: number): boolean {
  for (let i = ts; i < te; i++) if (/\p{Ll}/u.test(tokens[i]!.text)) return false;
  return true;
}

/** One hyphenated word ("Indo-Pacific"): a region or an adjective, not a person's whole name. */
function isCompound(tokens: readonly Token[], ts: number, te: number): boolean {
  return te - ts === 3 && tokens[ts + 1]!.text === "-" && !["al", "el"].includes(tokens[ts]!.lower);
}

function hasAcronym(tokens: readonly Token[], ts: number, te: number): boolean {
  for (let i = ts; i < te; i++) {
    const t = tokens[i]!.text;
    if (isAcronym(t) && !t.includes(".") && !(i === te - 1 && isNameSuffix(tokens, i))) return true;
  }
  return false;
}
