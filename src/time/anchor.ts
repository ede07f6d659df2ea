import type { Doc } from "../model/document.js";
import { addDays, fmtDay, parseDay } from "./calendar.js";
import { attachedVerb, clauseOf, isReporting, isVerb, verbDirection } from "./clause.js";
import { sentenceIndexAt, tokenRange } from "./doc-index.js";
import type { Timex } from "./schema.js";

/** The date governing an event trigger, with the timex it came from and why it was chosen. */
export interface TimeAnchor {
  value: string;
  timex?: string;
  reason: string;
}

/** A dated timex of a sentence, with where it sits and which verb it hangs on. */
interface Placed {
  timex: Timex;
  first: number;
  last: number;
  verb: number;
  clause: [number, number];
}

const cache = new WeakMap<Doc, Map<number, Placed[]>>();

/** Drops precomputed anchor information; the time stage calls it after (re)filling `doc.timexes`. */
export function resetAnchors(doc: Doc): void {
  cache.delete(doc);
}

// Durations, sets and vague references ("recently") say how long or how often, not when an event happened.
function isEventDate(t: Timex): boolean {
  return (t.type === "DATE" || t.type === "TIME") && t.resolved && /^\d{4}/.test(t.value);
}

function placedIn(doc: Doc, si: number): Placed[] {
  let perDoc = cache.get(doc);
  if (!perDoc) {
    perDoc = new Map();
    cache.set(doc, perDoc);
  }
  let list = perDoc.get(si);
  if (list) return list;
  const s = doc.sentences[si]!;
  list = [];
  for (const timex of doc.timexes) {
    if (timex.start < s.start || timex.start >= s.end || !isEventDate(timex)) continue;
    const [first, last] = tokenRange(doc.tokens, timex.start, timex.end);
    if (first >= last) continue;
    list.push({ timex, first, last, verb: attachedVerb(doc, first, last), clause: clauseOf(doc, first) });
  }
  perDoc.set(si, list);
  return list;
}

/** What the anchor rules look at: the trigger's tokens [a, b) and the dated timexes of its sentence. */
interface Query {
  doc: Doc;
  span: { start: number; end: number };
  a: number;
  b: number;
  placed: Placed[];
}

type AnchorRule = (q: Query) => TimeAnchor | undefined;

const hit = (p: Placed, reason: string): TimeAnchor => ({ value: p.timex.value, timex: p.timex.id, reason });

/** The span is the verb a date hangs on ("said on Monday", "approved ... on Sunday"). */
const attachedRule: AnchorRule = ({ doc, a, b, placed }) => {
  for (const p of placed)
    if (p.verb >= a && p.verb < b) return hit(p, isReporting(doc, p.verb) ? "reporting clause" : "attached verb");
  return undefined;
};

const sinceWhenRule: AnchorRule = ({ doc, a, placed }) => {
  const p = sinceWhen(doc, placed, a);
  return p && hit(p, "since-when clause");
};

/**
 * A date on a reporting verb dates the saying, not what was said; but a state said to hold ("officials said Sunday
 * that the president is keeping the tariffs") holds on the day it was said.
 */
const ongoingStateRule: AnchorRule = ({ doc, a, b, placed }) => {
  if (placed.length === 0 || placed.some((p) => p.verb < 0 || !isReporting(doc, p.verb))) return undefined;
  // A noun trigger ("keeping new tariffs") takes the tense of the verb it hangs on.
  const v = isVerb(doc.tokens[a]) ? a : attachedVerb(doc, a, b);
  if (v < 0 || isReporting(doc, v) || verbDirection(doc, v) !== "present") return undefined;
  const reported = placed.find((p) => (p.verb < v ? p.first < v : p.verb > v));
  return reported && hit(reported, "reporting clause (ongoing state)");
};

/** The nearest date of the trigger's clause that does not hang on a reporting verb. */
const sameClauseRule: AnchorRule = ({ doc, a, placed }) => {
  const [ca, cb] = clauseOf(doc, a);
  const same = placed.filter((p) => (p.verb < 0 || !isReporting(doc, p.verb)) && p.first >= ca && p.first < cb);
  if (same.length === 0) return undefined;
  same.sort((x, y) => Math.abs(x.first - a) - Math.abs(y.first - a));
  const best = same[0]!;
  return hit(best, doc.tokens[best.first - 1]?.pos === "ADP" ? "prepositional attachment" : "same clause");
};

// The order matters: a date on the trigger itself first, then the constructions that redirect a date, then the clause.
const RULES: readonly AnchorRule[] = [attachedRule, sinceWhenRule, durationOffset, ongoingStateRule, sameClauseRule];

/**
 * The time expression governing a span (an event trigger), or undefined when the text gives it no date.
 * @example anchorFor(doc, { start: 10, end: 18 }) // { value: "2024-09-29", timex: "t3", reason: "attached verb" }
 */
export function anchorFor(doc: Doc, span: { start: number; end: number }): TimeAnchor | undefined {
  const si = sentenceIndexAt(doc, span.start);
  if (si < 0) return undefined;
  const [a, b] = tokenRange(doc.tokens, span.start, span.end);
  if (a >= b) return undefined;
  const q: Query = { doc, span, a, b, placed: placedIn(doc, si) };
  for (const rule of RULES) {
    const found = rule(q);
    if (found) return found;
  }
  return undefined;
}

const DAY_OFFSET = /^P(\d+)([DW])$/;

/**
 * "two days after the president denounced the plan": the act of the after-clause is dated by counting back from the
 * date of the main clause: a date of the sentence outside the after-clause, else the publication day when the main
 * verb is in the present tense ("His comments come two days after ...").
 */
function durationOffset({ doc, span, a, placed }: Query): TimeAnchor | undefined {
  const tk = doc.tokens;
  const s = doc.sentences[tk[a]!.sentence]!;
  for (const d of doc.timexes) {
    const m = DAY_OFFSET.exec(d.value);
    if (d.type !== "DURATION" || !m || d.start < s.start || d.end > span.start) continue;
    const [first, last] = tokenRange(tk, d.start, d.end);
    const rel = tk[last]?.lower;
    if ((rel !== "after" && rel !== "before") || a > last + 6) continue;
    const main = attachedVerb(doc, first, last);
    const other = placed.find((p) => p.last <= first || p.first > a);
    const ref = other?.timex.value ?? (main >= 0 && verbDirection(doc, main) === "present" ? doc.published : undefined);
    const base = parseDay(ref);
    if (!base) return undefined;
    const n = Number(m[1]) * (m[2] === "W" ? 7 : 1) * (rel === "after" ? -1 : 1);
    return { value: fmtDay(addDays(base, n)), timex: d.id, reason: `duration offset (${d.text} ${rel})` };
  }
  return undefined;
}

/** "since 1949, when ...": the date before ", when" governs the when-clause. */
function sinceWhen(doc: Doc, placed: Placed[], a: number): Placed | undefined {
  const tk = doc.tokens;
  for (const p of placed) {
    const comma = tk[p.last];
    const when = comma?.text === "," ? tk[p.last + 1] : comma;
    if (when?.lower !== "when") continue;
    const whenIdx = comma?.text === "," ? p.last + 1 : p.last;
    const [, end] = clauseOf(doc, whenIdx + 1);
    if (a > whenIdx && a < end) return p;
  }
  return undefined;
}
