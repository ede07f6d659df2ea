import type { Doc } from "../model/document.js";
import type { Token } from "../model/text-layers.js";
import type { Day, Direction } from "./calendar.js";
import type { TimexType } from "./schema.js";

/** A proposed time expression, before refiners choose among overlapping proposals. */
export interface Candidate {
  start: number;
  end: number;
  type: TimexType;
  value: string;
  mod?: string;
  /** The generator rule, e.g. "time/absolute:month-day". */
  rule: string;
  certainty: "stated" | "implied" | "guessed";
  /** "published" when the value was computed from the publication date, a timex position when from another date. */
  anchor?: string;
  resolved: boolean;
  zone?: string;
  /** "Two days later": an offset from the date mentioned before, applied by the refiners. */
  shift?: { unit: string; n: number };
  /** The candidate a value was computed from, when not the publication day (a quote's date of saying). */
  anchorCandidate?: Candidate;
  /** A clock time whose day comes from a nearby date (refiners), e.g. "T08:30". */
  clock?: string;
}

/** What generators read: the document, its publication day, and token and tense lookups. */
export interface TimeContext {
  doc: Doc;
  text: string;
  pub: Day | undefined;
  /** The token starting exactly at a character offset. */
  tokenAt(offset: number): Token | undefined;
  /** The token index covering or following an offset. */
  indexAt(offset: number): number;
  /** Past, future or no time reference of the clause holding [start, end). */
  directionAt(start: number, end: number, wouldIsFuture?: boolean): Direction;
  /** True when [start, end) lies in a quotation. */
  inQuote(start: number, end: number): boolean;
  /** The quotation [start, end) holding [start, end), if any. */
  quoteAt(start: number, end: number): [number, number] | undefined;
  /** Token indices by trigger key (see `tokenKeys`), built in one pass so a pattern runs only near its keywords. */
  triggers: ReadonlyMap<string, readonly number[]>;
}

export type Generator = (ctx: TimeContext) => Candidate[];

/** The X-placeholder value of an unresolvable relative expression, by granularity. */
export const UNRESOLVED = {
  day: "XXXX-XX-XX",
  week: "XXXX-WXX",
  month: "XXXX-XX",
  year: "XXXX",
} as const;
