import type { KbHit } from "../kb/index.js";
import type { Token } from "../model/text-layers.js";
import type { EntityType, MentionKind, Sector } from "./schema.js";

/**
 * A proposed mention, before refiners pick among overlapping proposals and coreference groups them into entities.
 * `ts`/`te` are token indexes `[ts, te)`; `start`/`end` the character span.
 */
export interface Candidate {
  start: number;
  end: number;
  ts: number;
  te: number;
  type: EntityType;
  /** The generator that proposed it ("entities/kb", "entities/chunk:head", "entities/role"). */
  rule: string;
  /** How specific the evidence is; overlap resolution keeps the higher score, then the longer span. */
  score: number;
  kind: MentionKind;
  kb?: KbHit;
  /** A role stated next to the name ("Foreign Minister"), and the country and sector it or its modifier implies. */
  role?: string;
  country?: string;
  sector?: Sector;
  /** For acronyms defined in the text, "Kuomintang (KMT)": the candidate the acronym abbreviates. */
  expands?: Candidate;
  headline?: boolean;
}

/** Scores: a role or apposition makes a person certain; the KB and name heads are strong; a bare capitalised run is weak. */
export const SCORE = { role: 5, kb: 4, head: 4, acronym: 3, chunk: 2, guess: 1, ambiguous: 0.7 } as const;

const UPPER_START = /^\p{Lu}/u;
const ALL_CAPS = /^(?:\p{Lu}\.?){2,6}$|^\p{Lu}[\p{Lu}\d]{1,5}$/u;
const HAS_LETTER = /\p{L}/u;

/** Starts with a capital letter ("Biden", "U.S.", "KMT"). */
export function isCapitalised(t: Token): boolean {
  return startsUpper(t.text);
}

/** True when the text starts with a capital letter; ASCII is decided without the Unicode regex (called per token). */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(text);
}

/** An acronym: 2-6 capitals, optionally dotted ("NATO", "U.S.", "G7"). */
export function isAcronym(text: string): boolean {
  return ALL_CAPS.test(text) && HAS_LETTER.test(text);
}

// Generational suffixes that end a person's name: "Marcos Jr.", "Roe III".
const NAME_SUFFIX = /^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/;

/** A generational suffix after a name ("Jr.", "III"): part of the name, never an acronym. */
export function isNameSuffix(tokens: readonly Token[], i: number): boolean {
  return i > 0 && NAME_SUFFIX.test(tokens[i]!.text) && startsUpper(tokens[i - 1]!.text);
}

/** True when token `i` touches token `i + 1` with no space between ("al" "-" "Shabab", "People" "'s"). */
export function joined(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i];
  const b = tokens[i + 1];
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** Builds a candidate over tokens `[ts, te)`. */
export function candidate(
  tokens: readonly Token[],
  ts: number,
  te: number,
  fields: Omit<Candidate, "start" | "end" | "ts" | "te" | "kind"> & { kind?: MentionKind },
): Candidate {
  return { start: tokens[ts]!.start, end: tokens[te - 1]!.end, ts, te, kind: "name", ...fields };
}

/** The text of a candidate. */
export function textOf(text: string, c: { start: number; end: number }): string {
  return text.slice(c.start, c.end);
}

/** A guessed candidate over one chunk (a class, not a closure: guessType runs for every untyped chunk). */
export class Guess {
  constructor(
    private readonly tokens: readonly Token[],
    private readonly ts: number,
    private readonly te: number,
  ) {}

  as(type: EntityType, rule: string, score: number = SCORE.guess): Candidate {
    return candidate(this.tokens, this.ts, this.te, { type, rule: `entities/chunk:${rule}`, score });
  }
}
