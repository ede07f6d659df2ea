import type { Doc } from "../model/document.js";
import type { Token } from "../model/text-layers.js";
import type { TriggerMatch } from "./match-triggers.js";
import type { EventStatus } from "./schema.js";

/** An event's status and the token that decided it. */
export interface StatusCue {
  status: EventStatus;
  cue?: number;
  /** A noun-phrase cue ("last", "previous") says the act already happened, whatever the governing verb's modal says. */
  past?: boolean;
}

const NEGATION = new Set(["not", "n't", "n\u2019t", "never", "no", "neither", "nor"]);
const HYPOTHETICAL_MODALS = new Set(["would", "could", "might", "may", "should", "can", "must"]);
const FUTURE_AUX = new Set(["will", "'ll", "shall", "wo"]);
// Verbs whose "to"-complement is not yet real: "plans to meet", "is expected to sign", "is due to visit".
const FUTURE_VERBS = new Set([
  "interested",
  "willing",
  "ready",
  "prepared",
  "eager",
  "plan",
  "intend",
  "expect",
  "schedule",
  "due",
  "prepare",
  "aim",
  "hope",
  "look",
  "set",
  "seek",
  "want",
  "going",
]);
const HYPOTHETICAL_VERBS = new Set(["threaten", "consider", "mull", "weigh", "propose", "risk", "discuss", "debate"]);
const FAILURE_VERBS = new Set(["fail", "refrain", "decline", "refuse"]);
const PAST_MODIFIERS = new Set(["last", "previous", "earlier", "recent", "past", "former", "prior"]);
const FUTURE_MODIFIERS = new Set([
  "next",
  "upcoming",
  "planned",
  "future",
  "proposed",
  "forthcoming",
  "coming",
  "scheduled",
]);
const MAYBE_MODIFIERS = new Set(["possible", "potential", "hypothetical", "eventual"]);
const OPEN_TO = new Set([
  "open",
  "ready",
  "willing",
  "prepared",
  "eager",
  "hope",
  "hopes",
  "hopeful",
  "readiness",
  "willingness",
  "openness",
]);
const MAYBE_NOUNS = new Set(["possibility", "threat", "threats", "risk", "prospect", "prospects", "chance", "option"]);
const CONDITION_OPENERS = new Set(["if", "unless", "whether"]);
const CHAIN_POS = new Set(["AUX", "PART", "ADV", "VERB"]);
const NP_POS = new Set(["DET", "ADJ", "NUM", "PRON", "NOUN", "PROPN", "PART"]);

function verdict(t: Token, lower: string, lemma: string): EventStatus | undefined {
  if (NEGATION.has(lower)) return "negated";
  if (FUTURE_AUX.has(lower)) return "planned";
  if (HYPOTHETICAL_MODALS.has(lower)) return "hypothetical";
  if (t.pos === "VERB" || t.pos === "ADJ" || t.pos === "AUX") {
    if (FAILURE_VERBS.has(lemma)) return "negated";
    if (FUTURE_VERBS.has(lemma)) return "planned";
    if (HYPOTHETICAL_VERBS.has(lemma)) return "hypothetical";
  }
  return undefined;
}

const QUOTE_MARKS = new Set(["“", "”", '"', "‘", "’"]);

const RANK: Record<EventStatus, number> = { negated: 3, hypothetical: 2, planned: 1, occurred: 0 };

/** Walks the noun phrase left of a noun trigger; returns where its governing verb chain starts and what it said. */
function nounPhrase(tk: readonly Token[], i: number, lo: number): { at: number; cue?: StatusCue } {
  let k = i - 1;
  for (; k >= lo; k--) {
    const t = tk[k]!;
    if (PAST_MODIFIERS.has(t.lower)) return { at: -1, cue: { status: "occurred", cue: k, past: true } };
    if (FUTURE_MODIFIERS.has(t.lower)) return { at: -1, cue: { status: "planned", cue: k } };
    if (t.lower === "no") return { at: -1, cue: { status: "negated", cue: k } };
    if (MAYBE_MODIFIERS.has(t.lower)) return { at: -1, cue: { status: "hypothetical", cue: k } };
    const hyphenated = t.text === "-" || tk[k + 1]?.text === "-" || tk[k - 1]?.text === "-";
    if (!NP_POS.has(t.pos) && !hyphenated) break;
  }
  const t = tk[k];
  // "the possibility of sanctions", "threats of sanctions": the act is only contemplated.
  if (t?.lower === "of" && MAYBE_NOUNS.has(tk[k - 1]?.lower ?? ""))
    return { at: -1, cue: { status: "hypothetical", cue: k - 1 } };
  // "remained open to negotiations", "ready for talks", "hopes for a meeting": willingness, not a meeting held.
  if ((t?.lower === "to" || t?.lower === "for") && OPEN_TO.has(tk[k - 1]?.lemma ?? ""))
    return { at: -1, cue: { status: "planned", cue: k - 1 } };
  return { at: t && (t.pos === "VERB" || t.pos === "AUX") ? k : -1 };
}

/** A noun trigger inside a prepositional phrase takes the modality of its clause ("could be excluded from joint drills"). */
function clauseModal(tk: readonly Token[], lo: number, hi: number): StatusCue {
  let best: StatusCue = { status: "occurred" };
  for (let k = lo; k < hi; k++) {
    const t = tk[k]!;
    if (t.pos !== "AUX" && t.pos !== "PART" && !NEGATION.has(t.lower)) continue;
    const v = verdict(t, t.lower, t.lemma);
    if (v && RANK[v] > RANK[best.status]) best = { status: v, cue: k };
  }
  return best;
}

const REPORTING = new Set([
  "say",
  "tell",
  "announce",
  "add",
  "state",
  "warn",
  "claim",
  "report",
  "note",
  "confirm",
  "declare",
  "explain",
  "stress",
  "reiterate",
  "argue",
  "write",
  "indicate",
  "signal",
  "predict",
]);

/** True when a reporting verb precedes token k in its sentence. */
function reportedFrom(doc: Doc, k: number): boolean {
  const s = doc.sentences[doc.tokens[k]!.sentence]!;
  for (let i = s.tokenStart; i < k; i++) {
    const t = doc.tokens[i]!;
    if (t.pos === "VERB" && REPORTING.has(t.lemma)) return true;
  }
  return false;
}

/**
 * The status of a trigger from its verb group (modals, negation, "plans to"), the noun phrase around a noun trigger
 * ("last conversation", "no talks") and the clause opener ("if", "unless").
 * @example statusOf(doc, match, [a, b]) // { status: "negated", cue: 12 } for "did not seek to coerce"
 */
export function statusOf(doc: Doc, match: TriggerMatch, clause: [number, number]): StatusCue {
  const denial = noSignOf(doc, match.first);
  if (denial !== undefined) return { status: "negated", cue: denial };
  return chainStatus(doc, match, clause);
}

// "There was no sign of the ship being intercepted", "no evidence that X attacked": what follows did not happen.
const NO_SIGN = new Set(["sign", "signs", "evidence", "indication", "indications", "proof"]);

function noSignOf(doc: Doc, first: number): number | undefined {
  const s = doc.sentences[doc.tokens[first]!.sentence]!;
  for (let k = Math.max(s.tokenStart, first - 10); k < first; k++) {
    if (doc.tokens[k]!.lower === "no" && NO_SIGN.has(doc.tokens[k + 1]?.lower ?? "")) return k;
  }
  return undefined;
}

function chainStatus(doc: Doc, match: TriggerMatch, clause: [number, number]): StatusCue {
  const tk = doc.tokens;
  const [lo] = clause;
  let best: StatusCue = { status: "occurred" };
  let k = match.first - 1;
  // wink tags "a pull-aside meeting" as a gerund now and then: after a determiner or adjective it is a noun.
  const head = tk[match.first]!;
  const gerundNoun = head.lower.endsWith("ing") && /^(?:DET|ADJ)$/.test(tk[match.first - 1]?.pos ?? "");
  if (head.pos !== "VERB" || gerundNoun) {
    const np = nounPhrase(tk, match.first, lo);
    if (np.cue) return np.cue;
    if (np.at < 0) return withOpener(tk, lo, clauseModal(tk, lo, match.first));
    k = np.at;
  }
  for (let n = 0; k >= lo && n < 8; k--, n++) {
    const t = tk[k]!;
    // wink tags "plans" in "plans to impose" as a noun now and then; before "to" it is the verb.
    const intent = tk[k + 1]?.lower === "to" && FUTURE_VERBS.has(t.lemma.replace(/s$/, ""));
    // "he will “shortly be declaring ...”": a quotation mark inside the verb group is transparent.
    const inChain =
      CHAIN_POS.has(t.pos) ||
      QUOTE_MARKS.has(t.text) ||
      intent ||
      t.lower === "to" ||
      NEGATION.has(t.lower) ||
      t.lower === "or" ||
      t.lower === "and";
    if (!inChain) break;
    // "will not hesitate to cut": the negated hesitation affirms the act.
    if (NEGATION.has(t.lower) && tk[k + 1]?.lemma === "hesitate") continue;
    // "was supposed to sign" fell through; "is supposed to sign" is planned.
    const past = tk[k - 1]?.lower === "was" || tk[k - 1]?.lower === "were";
    const supposed = t.lower === "supposed" ? (past ? "negated" : "planned") : undefined;
    const v = supposed ?? (intent ? "planned" : verdict(t, t.lower, t.lemma));
    if (v && RANK[v] > RANK[best.status]) best = { status: v, cue: k };
  }
  // "no passengers were killed", "no country has sanctioned ...": a subject under "no" denies the act.
  return withOpener(tk, lo, noSubject(tk, k, lo) ?? futureInPast(doc, best));
}

/** "announced that it would cease aid": "would" after a reporting verb is a future in the past, not a condition. */
function futureInPast(doc: Doc, best: StatusCue): StatusCue {
  const would = best.status === "hypothetical" && doc.tokens[best.cue ?? -1]?.lower === "would";
  return would && reportedFrom(doc, best.cue!) ? { status: "planned", cue: best.cue! } : best;
}

const NP_SUBJECT = new Set(["ADJ", "NUM", "NOUN", "PROPN"]);

/** A negated status at the "no" opening the subject that ends at token k ("no [foreign] passengers"), if any. */
function noSubject(tk: readonly Token[], k: number, lo: number): StatusCue | undefined {
  for (let i = k, n = 0; i >= lo && n < 5; i--, n++) {
    const t = tk[i]!;
    if (t.lower === "no" && i < k) return { status: "negated", cue: i };
    if (!NP_SUBJECT.has(t.pos)) return undefined;
  }
  return undefined;
}

/** "If Chile attacks ...", "unless the talks resume ...": a conditional clause is hypothetical. */
function withOpener(tk: readonly Token[], lo: number, best: StatusCue): StatusCue {
  const opener = tk[lo];
  if (opener && CONDITION_OPENERS.has(opener.lower) && RANK.hypothetical > RANK[best.status]) {
    return { status: "hypothetical", cue: lo };
  }
  // "in case such a ceasefire is not agreed": a condition introduced inside the clause.
  for (let k = lo + 1; k < lo + 12 && tk[k]; k++) {
    if (tk[k]!.lower === "case" && tk[k - 1]!.lower === "in" && RANK.hypothetical > RANK[best.status]) {
      return { status: "hypothetical", cue: k };
    }
  }
  return best;
}
