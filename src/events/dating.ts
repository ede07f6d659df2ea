import type { Doc } from "../model/document.js";
import { tokenAt } from "../model/text-layers.js";
import type { Quote } from "../quotes/schema.js";
import { anchorFor } from "../time/anchor.js";
import type { Timex } from "../time/schema.js";
import { VERBAL_TYPES } from "./parties.js";
import type { PloverType } from "./schema.js";

/** The date part of an event: the anchor, or null with the reason there is none. */
export interface Dating {
  date: { value: string; timex?: string; reason: string } | null;
  dateReason?: string;
  /** True when the date was carried from elsewhere in the passage: it dates the act but says nothing of its status. */
  inherited?: boolean;
}

// Verbal acts (VERBAL_TYPES) happen when they are said: "X urged Y", reported in a quote said on Monday, happened on
// Monday.

/**
 * The event's own date: the time layer's anchor for the trigger; for a verbal act stated inside reported speech, the
 * date it was said. Never the publication date unless the text says "today" (which the time layer resolves).
 */
export function dateEvent(
  doc: Doc,
  span: { start: number; end: number },
  type: PloverType,
  quote: Quote | undefined,
): Dating {
  const anchor = sameSegment(doc, span, usableAnchor(doc, span, anchorFor(doc, span)));
  if (anchor) {
    const date: NonNullable<Dating["date"]> = { value: anchor.value, reason: anchor.reason };
    if (anchor.timex) date.timex = anchor.timex;
    return { date };
  }
  const said = quote?.saidAt;
  if (said?.value && VERBAL_TYPES.has(type) && /^\d{4}/.test(said.value)) {
    const date: NonNullable<Dating["date"]> = { value: said.value, reason: "verbal act dated by its quote's saying" };
    if (said.timex) date.timex = said.timex;
    return { date };
  }
  return (
    discourseDate(doc, span, VERBAL_TYPES.has(type)) ?? {
      date: null,
      dateReason: "no date expression governs the trigger",
    }
  );
}

// A date more than this many tokens from the trigger belongs to another act of a long sentence.
const MAX_ANCHOR_DISTANCE = 20;
const END_POINT = new Set(["until", "till", "through", "by", "before"]);

/** The time layer's anchor, unless it is far from the trigger or the end point of a period ("until April 2"). */
function usableAnchor(
  doc: Doc,
  span: { start: number; end: number },
  a: ReturnType<typeof anchorFor>,
): ReturnType<typeof anchorFor> {
  const t = a?.timex ? doc.timexes.find((x) => x.id === a.timex) : undefined;
  if (!a || !t) return a;
  const tk = doc.tokens;
  const ti = tokenAt(tk, t.start);
  const si = tokenAt(tk, span.start);
  if (Math.abs(ti - si) > MAX_ANCHOR_DISTANCE) return undefined;
  if (END_POINT.has(tk[ti - 1]?.lower ?? "")) return undefined;
  return a;
}

/**
 * "Berisha, who was defeated in 2013, rejected the allegations Thursday": a date cut off from the trigger by a comma
 * (an apposition or relative clause) yields to a date in the trigger's own comma-free stretch of the sentence.
 */
function sameSegment(
  doc: Doc,
  span: { start: number; end: number },
  a: ReturnType<typeof anchorFor>,
): ReturnType<typeof anchorFor> {
  const t = a?.timex ? doc.timexes.find((x) => x.id === a.timex) : undefined;
  if (!a || !t || !commaBetween(doc, t.start, span.start)) return a;
  const si = sentenceAt(doc, span.start);
  const s = doc.sentences[si];
  if (!s || !ownVerb(doc, t, s)) return a;
  const own = doc.timexes.find(
    (x) => x !== t && x.start >= s.start && x.end <= s.end && isEventDate(x) && !commaBetween(doc, x.start, span.start),
  );
  return own ? { ...a, value: own.value, timex: own.id, reason: "own clause date" } : a;
}

/** True when the comma-delimited stretch around a timex has a verb of its own ("who was defeated in 2013"). */
function ownVerb(doc: Doc, t: Timex, s: { tokenStart: number; tokenEnd: number }): boolean {
  const tk = doc.tokens;
  const at = tokenAt(tk, t.start);
  let lo = at;
  while (lo > s.tokenStart && tk[lo - 1]!.text !== ",") lo--;
  let hi = at;
  while (hi < s.tokenEnd && tk[hi]!.text !== ",") hi++;
  for (let k = lo; k < hi; k++) if (tk[k]!.pos === "VERB") return true;
  return false;
}

function commaBetween(doc: Doc, a: number, b: number): boolean {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return doc.text.slice(lo, hi).includes(",");
}

// How far back a date carries: a passage about one act rarely spans more than three sentences.
const PREVIOUS_SENTENCES = 2;

function isEventDate(t: Timex): boolean {
  return (t.type === "DATE" || t.type === "TIME") && t.resolved && /^\d{4}/.test(t.value);
}

/**
 * When nothing in the clause dates the trigger, news usually dates the act once for a passage: the nearest date of the
 * sentence ("said on Monday" dates what was said), else the last date of one of the two sentences before it.
 * A fallback never yields the publication day: only a stated "today" may date an act on it.
 */
function discourseDate(doc: Doc, span: { start: number; end: number }, verbal: boolean): Dating | undefined {
  const si = sentenceAt(doc, span.start);
  if (si < 0 || presentTense(doc, span.start)) return undefined;
  const s = doc.sentences[si]!;
  // A verbal act happens when it is said, so the day of saying may be the publication day; a material act reported
  // on that day usually happened before it ("said Monday that it had seized ...").
  const said = verbal || announced(doc, span.start);
  const usable = (t: Timex) => isEventDate(t) && (said || t.value.slice(0, 10) !== doc.published) && !endPoint(doc, t);
  const inSentence = doc.timexes.filter((t) => t.start >= s.start && t.end <= s.end && usable(t));
  if (inSentence.length > 0) {
    inSentence.sort((a, b) => Math.abs(a.start - span.start) - Math.abs(b.start - span.start));
    return dated(inSentence[0]!, "sentence date");
  }
  for (let back = 1; back <= PREVIOUS_SENTENCES; back++) {
    const prev = doc.sentences[si - back];
    // A new paragraph turns to another act: its date does not carry over ("... on Tuesday.\n\nUkraine accused ...").
    if (!prev || prev.headline) return undefined;
    // A new paragraph turns to another act unless it carries on with the same one ("He also said ..."): the date of
    // "... on Tuesday.\n\nUkraine accused ..." is not Tuesday.
    if (prev.paragraph !== s.paragraph && (back > 1 || !continues(doc, s, span.start))) return undefined;
    const before = doc.timexes.filter((t) => t.start >= prev.start && t.end <= prev.end && usable(t));
    const last = before[before.length - 1];
    if (last) return dated(last, back === 1 ? "previous sentence" : `${back} sentences before`);
  }
  return undefined;
}

const CONTINUATION = new Set(["also", "again", "later", "further", "additionally"]);

/** A sentence that carries on with the previous passage's act: a pronoun subject, or "also"/"later" before the trigger. */
function continues(doc: Doc, s: { tokenStart: number }, offset: number): boolean {
  const tk = doc.tokens;
  const first = tk[s.tokenStart];
  if (first?.pos === "PRON") return true;
  // "The two leaders ...", "Both sides ...": the pair of the passage before.
  if (first?.lower === "both" || (first?.lower === "the" && tk[s.tokenStart + 1]?.lower === "two")) return true;
  const end = tokenAt(tk, offset);
  for (let k = s.tokenStart; k < end; k++) if (CONTINUATION.has(tk[k]!.lower)) return true;
  return false;
}

// Verbs that make a penalty noun their act: "announced countermeasures on Monday" is dated by the announcing.
const ANNOUNCING = new Set(["announce", "unveil", "declare", "approve", "adopt", "introduce"]);

/** True when a noun trigger is the object of an announcing verb ("announced [new] countermeasures"). */
function announced(doc: Doc, offset: number): boolean {
  const i = tokenAt(doc.tokens, offset);
  if (doc.tokens[i]?.pos !== "NOUN") return false;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = doc.tokens[k]!;
    if (t.pos === "VERB") return ANNOUNCING.has(t.lemma);
    if (t.pos !== "DET" && t.pos !== "ADJ" && t.pos !== "NUM" && t.pos !== "NOUN") return false;
  }
  return false;
}

/** "constantly insists", "is providing": a present-tense act is ongoing; no date of the passage is its date. */
function presentTense(doc: Doc, offset: number): boolean {
  const i = tokenAt(doc.tokens, offset);
  const t = doc.tokens[i];
  if (t === undefined || t.pos !== "VERB") return false;
  if (/[^s]s$/.test(t.lower) && t.lower !== t.lemma) return true;
  const aux = doc.tokens[i - 1];
  return t.lower.endsWith("ing") && (aux?.lower === "is" || aux?.lower === "are");
}

function endPoint(doc: Doc, t: Timex): boolean {
  const i = tokenAt(doc.tokens, t.start);
  return END_POINT.has(doc.tokens[i - 1]?.lower ?? "");
}

function dated(t: Timex, reason: string): Dating {
  return { date: { value: t.value, timex: t.id, reason }, inherited: true };
}

function sentenceAt(doc: Doc, offset: number): number {
  return doc.tokens[tokenAt(doc.tokens, offset)]?.sentence ?? -1;
}

/** Compares a TIMEX3 value with a YYYY-MM-DD day on their common precision: -1 before, 0 same/overlapping, 1 after. */
export function compareToDay(value: string, day: string | undefined): number {
  if (!day || !/^\d{4}/.test(value)) return 0;
  const n = Math.min(value.length, 10);
  const v = value.slice(0, n);
  const d = day.slice(0, n);
  if (/[^\d-]/.test(v)) return 0;
  return v < d ? -1 : v > d ? 1 : 0;
}
