import type { Doc } from "../model/document.js";
import type { Sentence, Token } from "../model/text-layers.js";
import { affiliationAfter, appositionAfter } from "./apposition.js";
import { type Candidate, candidate, isAcronym, isNameSuffix, SCORE, startsUpper } from "./candidate.js";
import { type Chunk, chunks } from "./chunks.js";
import { classifyByHead, guessType } from "./classify.js";
import { lookupCached as lookup } from "./kb-cache.js";
import { lexicon } from "./lexicon.js";
import { isRoleEnd, kbMatchAt, type RolePhrase, roleBefore } from "./roles.js";

// Tokens that may open a sentence before its first word: quotes and brackets.
const OPENERS = new Set(['"', "'", "“", "‘", "(", "[", "-", "—"]);

/**
 * Chunk generator: capitalised runs of a body sentence, trimmed of sentence-initial capitals, split after a role
 * ("Foreign Minister | Wang Yi"), and typed by the role, a name head, an apposition or a guess.
 */
export function chunkCandidates(doc: Doc, s: Sentence): Candidate[] {
  const out: Candidate[] = [];
  for (const raw of chunks(doc.tokens, s.tokenStart, s.tokenEnd)) {
    for (const part of splitHyphenated(doc.tokens, trim(doc.tokens, s, raw))) {
      const c = classifyChunk(doc, s, part);
      if (c) out.push(c);
    }
  }
  return out;
}

/** Drops sentence-initial capitals that are not names ("Even", "Following") and leading and trailing non-names. */
function trim(tokens: readonly Token[], s: Sentence, c: Chunk): Chunk {
  const lex = lexicon();
  let { ts, te } = c;
  while (ts < te && (lex.trimWords.has(tokens[ts]!.lower) || sentenceInitialWord(tokens, s, ts, te))) ts++;
  // A word glued by a hyphen stays ("Gal-Or").
  while (te > ts && lex.trimWords.has(tokens[te - 1]!.lower) && tokens[te - 2]?.text !== "-") te--;
  while (ts < te && !startsUpper(tokens[ts]!.text) && !["al", "el"].includes(tokens[ts]!.lower)) ts++;
  while (te > ts && tokens[te - 1]!.text === "-") te--;
  return { ts, te };
}

/** A capitalised word at the start of a sentence that the tagger does not take for a proper noun and the KB lacks. */
function sentenceInitialWord(tokens: readonly Token[], s: Sentence, i: number, te: number): boolean {
  let first = s.tokenStart;
  while (first < i && OPENERS.has(tokens[first]!.text)) first++;
  if (i !== first && i !== afterDateline(tokens, s)) return false;
  const t = tokens[i]!;
  const lex = lexicon();
  // "Park Ji-won said": a word before a hyphenated given name is a Korean surname, whatever the tagger says.
  if (te - i === 4 && tokens[i + 2]!.text === "-" && /^\p{Ll}/u.test(tokens[i + 3]!.text)) return false;
  // A title opening the sentence stays: "Secretary of State Marco Rubio said ...".
  if (lex.roleHeads.has(t.lower) || lex.roleMods.has(t.lower)) return false;
  if (lookup(t.text).length > 0) return false;
  // "Ornithologist Jane Roe said": a capitalised occupation or creed before two or more name words (the tagger
  // often takes it for a proper noun).
  if (te - i >= 3 && DESCRIPTOR.test(t.lower) && !lex.givenNames.has(t.lower)) return true;
  return t.pos !== "PROPN";
}

// Occupation and creed nouns that open a sentence before a name: "Activist", "Economist", "Humanitarian".
const DESCRIPTOR = /^\p{L}{4,}(?:ist|arian)$/u;
// A dateline before the story's first words: capitals, commas and slashes up to a dash ("KYIV, UKRAINE —").
const DATELINE_WORD = /^(?:[\p{Lu}\p{M}.'’-]+|,|\/)$/u;

/** The token after a dateline opening the sentence, or -1. */
function afterDateline(tokens: readonly Token[], s: Sentence): number {
  let k = s.tokenStart;
  while (k < s.tokenEnd && DATELINE_WORD.test(tokens[k]!.text) && !OPENERS.has(tokens[k]!.text)) k++;
  if (k === s.tokenStart || k >= s.tokenEnd || !OPENERS.has(tokens[k]!.text)) return -1;
  return k + 1;
}

/** "U.S.-China" is two names when both halves are known and the whole is not. */
function splitHyphenated(tokens: readonly Token[], c: Chunk): Chunk[] {
  if (c.te <= c.ts) return [];
  for (let i = c.ts + 1; i < c.te - 1; i++) {
    if (tokens[i]!.text !== "-") continue;
    const left = textRange(tokens, c.ts, i);
    const right = tokens[i + 1]!.text;
    if (lookup(textRange(tokens, c.ts, c.te)).length > 0) return [c];
    if (lookup(left).length > 0 && lookup(right).length > 0) {
      return [{ ts: c.ts, te: i }, ...splitHyphenated(tokens, { ts: i + 1, te: c.te })];
    }
  }
  return [c];
}

function textRange(tokens: readonly Token[], ts: number, te: number): string {
  let out = "";
  for (let i = ts; i < te; i++) out += (i > ts && tokens[i]!.start > tokens[i - 1]!.end ? " " : "") + tokens[i]!.text;
  return out;
}

function classifyChunk(doc: Doc, s: Sentence, c: Chunk): Candidate | undefined {
  const tokens = doc.tokens;
  if (c.te <= c.ts || shouting(tokens, c) || allRoleWords(tokens, c.ts, c.te)) return undefined;
  const headed = classifyByHead(tokens, c.ts, c.te);
  if (headed !== undefined) return headed ?? undefined;
  const whole = lookup(textRange(tokens, c.ts, c.te));
  if (whole.some((h) => h.kind !== "person" && h.kind !== "title" && h.kind !== "agent")) return undefined;
  const inner = innerRole(tokens, c, s.tokenStart);
  const role =
    inner ??
    roleBefore(tokens, c.ts, s.tokenStart) ??
    possessiveRole(tokens, c.ts, s.tokenStart) ??
    portfolioRole(tokens, c.ts, s.tokenStart);
  const nameStart = inner ? inner.end : c.ts;
  const app = appositionAfter(tokens, c.te, s.tokenEnd);
  // "the chief Brexit negotiator": a name modifying the noun after it is no person.
  const modifier = tokens[c.te]?.pos === "NOUN" && /^\p{Ll}/u.test(tokens[c.te]!.text);
  if (role && !modifier && nameStart < c.te && isPersonName(tokens, nameStart, c.te)) {
    const p = candidate(tokens, nameStart, c.te, { type: "PERSON", rule: "entities/role", score: SCORE.role });
    // "Professor X, a Turkish presidential adviser": the title and the apposition complete each other.
    return withRole(withRole(p, role), app ?? {});
  }
  if (inner) return undefined;
  if (app && isPersonName(tokens, c.ts, c.te)) {
    const p = candidate(tokens, c.ts, c.te, { type: "PERSON", rule: "entities/apposition", score: SCORE.role });
    return withRole(p, app);
  }
  const guessed = guessType(tokens, s, c.ts, c.te) ?? afterLeadingName(doc, s, c);
  const affiliation = guessed?.type === "PERSON" ? affiliationAfter(tokens, c.te, s.tokenEnd) : undefined;
  if (guessed && affiliation) guessed.country = affiliation;
  return guessed;
}

/**
 * "for Myanmar Andrew Kirkwood": a run that opens with a known country, place or body and goes on with other words
 * is classified again without it (the KB generator proposes the leading name itself).
 */
function afterLeadingName(doc: Doc, s: Sentence, c: Chunk): Candidate | undefined {
  const m = kbMatchAt(doc.tokens, c.ts);
  if (!m || c.ts + m.length >= c.te - 1) return undefined;
  if (!m.hits.some((h) => h.kind === "country" || h.kind === "place" || h.kind === "org")) return undefined;
  return classifyChunk(doc, s, { ts: c.ts + m.length, te: c.te });
}

/** True when the token has a lower-case letter after its first: "Biden", not "NATO" or "U.S.". */
function t0Lower(t: Token): boolean {
  return t.text !== t.text.toUpperCase();
}

/** Capitals for emphasis, not names: "a GREAT and POWERFUL STATE". Known acronyms are found by the KB generator. */
function shouting(tokens: readonly Token[], c: Chunk): boolean {
  if (t0Lower(tokens[c.ts]!)) return false;
  if (c.te - c.ts > 1) {
    for (let i = c.ts; i < c.te; i++) if (HAS_LOWER.test(tokens[i]!.text)) return false;
    return true;
  }
  if (!caps(tokens[c.ts])) return false;
  for (let k = c.ts - 3; k <= c.ts + 3; k++) if (k !== c.ts && caps(tokens[k])) return true;
  return false;
}

const HAS_LOWER = /\p{Ll}/u;
const CAPS4 = /^\p{Lu}{4,}$/u;

function caps(t: Token | undefined): boolean {
  return t !== undefined && CAPS4.test(t.text);
}

const POSSESSIVE_PRONOUNS = new Set(["his", "her", "their", "its"]);

/** "Erdogan's communication chief, Fahrettin Altun", "his son, X": a possessive role set off by a comma. */
function possessiveRole(tokens: readonly Token[], ts: number, floor: number): RolePhrase | undefined {
  if (tokens[ts - 1]?.text !== ",") return undefined;
  const role = roleBefore(tokens, ts - 1, floor);
  if (!role) return undefined;
  const before = tokens[role.roleStart - 1];
  const possessive = /^['’]s?$/.test(before?.text ?? "") || POSSESSIVE_PRONOUNS.has(before?.lower ?? "");
  return possessive ? role : undefined;
}

// A portfolio after a role: "ambassador to Chad", "special envoy for the Sahel".
const PORTFOLIO = new Set(["to", "for"]);
const MAX_PORTFOLIO = 5;
const PORTFOLIO_KINDS = new Set(["country", "place", "org"]);

/** "Former Belgian ambassador to Chad, Ana Peeters, said": a role with its portfolio set off by a comma. */
function portfolioRole(tokens: readonly Token[], ts: number, floor: number): RolePhrase | undefined {
  if (tokens[ts - 1]?.text !== ",") return undefined;
  let k = ts - 2;
  while (k > floor && ts - k <= MAX_PORTFOLIO && (startsUpper(tokens[k]!.text) || tokens[k]!.lower === "the")) k--;
  if (k === ts - 2 || !PORTFOLIO.has(tokens[k]?.lower ?? "") || !isRoleEnd(tokens, k - 1)) return undefined;
  // The portfolio is a known state, place or body, ending at the comma: "for Global Health Security, X" is no portfolio.
  const start = tokens[k + 1]?.lower === "the" ? k + 2 : k + 1;
  const m = kbMatchAt(tokens, start);
  if (!m || start + m.length !== ts - 1 || !m.hits.some((h) => PORTFOLIO_KINDS.has(h.kind))) return undefined;
  return roleBefore(tokens, k, floor);
}

/** A role inside the chunk: the last role word after which a name follows ("US Secretary of State | Antony Blinken"). */
function innerRole(tokens: readonly Token[], c: Chunk, floor: number): RolePhrase | undefined {
  for (let p = c.te - 2; p >= c.ts; p--) {
    if (!isRoleEnd(tokens, p)) continue;
    // The role may begin before the run: "former Turkish ambassador Selim Kaya" has lower-case words first.
    return roleBefore(tokens, p + 1, floor);
  }
  return undefined;
}

/** A person's name: words that are not role words or non-names, not an acronym, and not a known place or body. */
function isPersonName(tokens: readonly Token[], ts: number, te: number): boolean {
  const lex = lexicon();
  let words = 0;
  for (let i = ts; i < te; i++) {
    const t = tokens[i]!;
    if (isAcronym(t.text) && t.text.length > 1 && !t.text.endsWith(".") && !isNameSuffix(tokens, i)) return false;
    if (/^\p{L}/u.test(t.text) && !lex.notNames.has(t.lower)) words++;
  }
  if (words === 0 || allRoleWords(tokens, ts, te)) return false;
  const hits = lookup(textRange(tokens, ts, te));
  return !hits.some((h) => h.kind !== "person" && !h.ambiguous);
}

/** Fills the role, country and sector the candidate does not have yet. */
/** Only role words, ending in a role: "Coordinator", "Chief of Staff", "Deputy Minister". */
function allRoleWords(tokens: readonly Token[], ts: number, te: number): boolean {
  const lex = lexicon();
  for (let i = ts; i < te; i++) {
    const w = tokens[i]!.lower;
    if (!lex.roleHeads.has(w) && !lex.roleMods.has(w) && !lex.roleOf.has(w) && w !== "of" && w !== "-") return false;
  }
  // "Foreign Ministry" is made of role modifiers too, but a role ends in a head ("Minister", "of Staff").
  return isRoleEnd(tokens, te - 1);
}

function withRole(c: Candidate, role: { role?: string; country?: string; sector?: Candidate["sector"] }): Candidate {
  if (role.role && !c.role) c.role = role.role;
  if (role.country && !c.country) c.country = role.country;
  if (role.sector && !c.sector) c.sector = role.sector;
  return c;
}
