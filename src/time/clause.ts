import type { Doc } from "../model/document.js";
import type { Token } from "../model/text-layers.js";
import type { Direction } from "./calendar.js";
import { cues } from "./cues.js";

// Which parts of speech make a boundary word really start a clause: "that" as SCONJ/PRON, not "that deal" (DET);
// "since" as SCONJ, not "since 1949" (ADP).
const BOUNDARY_POS = new Set(["SCONJ", "PUNCT", "PRON", "ADV"]);

export function isVerb(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === "VERB" || t.pos === "AUX");
}

// A capitalized "verb" inside a sentence is a tagging slip in a name ("Sohae Satellite Launching Ground").
function isClauseVerb(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!isVerb(t)) return false;
  const s = doc.sentences[t!.sentence];
  return !/^[A-Z]/.test(t!.text) || s === undefined || s.tokenStart === k;
}

function isBoundary(t: Token): boolean {
  return cues().clauseBoundaries.has(t.lower) && (BOUNDARY_POS.has(t.pos) || t.pos === "X");
}

/** Token range [a, b) of the clause around token i: within its sentence, between clause-boundary tokens. */
export function clauseOf(doc: Doc, i: number): [number, number] {
  const t = doc.tokens[i];
  const s = t ? doc.sentences[t.sentence] : undefined;
  if (!t || !s) return [i, i + 1];
  let a = i;
  while (a > s.tokenStart && !isBoundary(doc.tokens[a - 1]!)) a--;
  let b = i + 1;
  while (b < s.tokenEnd && !isBoundary(doc.tokens[b]!)) b++;
  return [a, b];
}

/** The verb a phrase at tokens [i, j) attaches to: nearest in its comma segment, else the next one in its clause. */
export function attachedVerb(doc: Doc, i: number, j: number): number {
  const [a, b] = clauseOf(doc, i);
  const tk = doc.tokens;
  for (let k = i - 1; k >= a && tk[k]!.text !== ","; k--) if (isClauseVerb(doc, k) && !isAuxOnly(doc, k)) return k;
  for (let k = j; k < b && tk[k]!.text !== ","; k++) if (isClauseVerb(doc, k)) return k;
  for (let k = j; k < b; k++) if (isClauseVerb(doc, k)) return k;
  for (let k = i - 1; k >= a; k--) if (isClauseVerb(doc, k)) return k;
  return -1;
}

// An auxiliary directly followed by its verb ("will meet") is not the head; the verb after it is found instead.
function isAuxOnly(doc: Doc, k: number): boolean {
  return doc.tokens[k]!.pos === "AUX" && doc.tokens[k + 1]?.pos === "VERB";
}

/** Past form: a verb whose text differs from its lemma and is not a present -s or -ing form ("said", "met"). */
function isPastForm(t: Token): boolean {
  if (!isVerb(t) || t.lower === t.lemma) return false;
  return !/(?:s|ing)$/.test(t.lower) && !["'re", "am", "'m"].includes(t.lower);
}

/** Time reference of the verb group ending at token v: future ("will meet", "scheduled to"), past ("met"), or none. */
export function verbDirection(doc: Doc, v: number, wouldIsFuture = false): Direction {
  const tk = doc.tokens;
  const c = cues();
  const head = tk[v];
  if (!head) return "none";
  let past = isPastForm(head);
  for (let k = v; k >= Math.max(0, v - 4); k--) {
    const t = tk[k]!;
    if (k < v && (t.pos === "PUNCT" || (t.pos !== "AUX" && t.pos !== "PART" && t.pos !== "ADV" && !isVerb(t)))) break;
    if (c.futureAux.has(t.lower) || c.futureVerbs.has(t.lemma) || c.futureVerbs.has(t.lower)) return "future";
    // "would depart in early February": future seen from a past moment, which may lie either side of today.
    if (t.lower === "would" || t.lower === "could" || t.lower === "might")
      return wouldIsFuture && t.lower === "would" ? "future" : "none";
    if (t.lower === "to" && k > 0 && isFutureCue(tk[k - 1]!)) return "future";
    // An infinitive ("ordered to appear on March 27") takes no tense from the verb that governs it, except the
    // future of "are to meet" and of headlines ("Leaders to meet Friday", with no verb before "to").
    if (t.lower === "to" && t.pos === "PART" && k < v) return isToFuture(doc, k) ? "future" : "none";
    if (c.pastAux.has(t.lower) || (k < v && isPastForm(t))) past = true;
  }
  if (past) return "past";
  // A bare participle ("speaking Monday") has no tense of its own.
  const before = tk[v - 1];
  return head.lower.endsWith("ing") && before?.pos !== "AUX" ? "none" : "present";
}

function isToFuture(doc: Doc, k: number): boolean {
  const prev = doc.tokens[k - 1];
  if (prev?.pos === "AUX" && prev.lemma === "be") return true;
  const [a] = clauseOf(doc, k);
  for (let i = k - 1; i >= a; i--) if (isVerb(doc.tokens[i])) return false;
  return prev !== undefined && (prev.pos === "NOUN" || prev.pos === "PROPN");
}

function isFutureCue(t: Token): boolean {
  const c = cues();
  return c.futureVerbs.has(t.lemma) || c.futureVerbs.has(t.lower) || t.lower === "going" || t.lower === "about";
}

/** True when token v is a reporting verb ("said", "told", "announced"). */
export function isReporting(doc: Doc, v: number): boolean {
  const t = doc.tokens[v];
  return t !== undefined && isVerb(t) && cues().reportingVerbs.has(t.lemma);
}
