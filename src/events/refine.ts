import type { Doc } from "../model/document.js";
import { isClauseBoundary } from "./clause.js";
import type { TriggerMatch } from "./match-triggers.js";
import type { EventStatus, PloverType } from "./schema.js";

// Acts whose complement is only wanted, offered, threatened or refused: "urged X to stop arming Y" codes the REQUEST,
// never an AID; "denied that it attacked" never codes the attack.
const INTENT: ReadonlySet<string> = new Set(["REQUEST", "THREATEN", "AGREE", "REJECT", "CONCEDE"]);
// A coordination between two acts keeps both: "denied the request and asked instead for ...".
const COORDINATION = new Set(["and", "but", "while", ";"]);

const REPORTING = new Set(["say", "tell", "add", "note", "claim", "report", "believe", "think"]);
const END_PUNCT = new Set([".", "!", "?", ",", "\u201d", '"']);

/**
 * A speech verb used to report a quote rather than as an act: "..., she asked." (no object after it), or a gerund
 * right after a reporting verb ("the U.N. says fighting in the region has ...") which is the subject of what was said.
 */
export function isReportingUse(doc: Doc, match: TriggerMatch): boolean {
  const tk = doc.tokens;
  const head = tk[match.first]!;
  if (head.pos !== "VERB") return false;
  const next = tk[match.last];
  if (
    match.words.length === 1 &&
    (!next || END_PUNCT.has(next.text)) &&
    tk[match.first - 2]?.text.match(/^[,\u201d"]$/)
  )
    return true;
  const prev = tk[match.first - 1];
  return head.lower.endsWith("ing") && prev?.pos === "VERB" && REPORTING.has(prev.lemma);
}

/** "accepted Chinese funding": accepting aid is receiving it (the AID is coded), not an agreement. */
export function receives(p: TriggerMatch, m: TriggerMatch | undefined): boolean {
  return p.entry.pattern === "accept" && m !== undefined && m.entry.type === "AID" && m.first - p.last <= 4;
}

/**
 * True when match j lies in the complement of an earlier intent trigger of its sentence: nothing but its object, "to"
 * or "that" between them ("urged X to stop arming Y", "denied that it had attacked"), no coordination or other clause.
 */
export function isEmbedded(doc: Doc, matches: readonly TriggerMatch[], j: number): boolean {
  const m = matches[j]!;
  for (let i = j - 1; i >= 0; i--) {
    const p = matches[i]!;
    if (!INTENT.has(p.entry.type) || receives(p, m)) continue;
    let open = true;
    for (let k = p.last; k < m.first && open; k++) {
      const t = doc.tokens[k]!;
      if (COORDINATION.has(t.lower) || (isClauseBoundary(t, doc.tokens[k + 1]) && t.lower !== "that")) open = false;
    }
    if (open) return true;
  }
  return false;
}

// Military words that make "exercise", "drill", "test" or "patrol" a military move rather than a school test.
const MILITARY = new Set([
  "missile",
  "missiles",
  "nuclear",
  "military",
  "weapon",
  "weapons",
  "rocket",
  "rockets",
  "satellite",
  "jets",
  "troops",
  "navy",
  "naval",
  "army",
  "icbm",
  "ballistic",
  "warships",
  "launch",
  "launching",
  "air",
  "drills",
  "forces",
  "fighters",
  "militants",
  "rebels",
  "soldiers",
  "fighting",
  "armed",
  "killed",
]);

// Words that make a "clash" a fight between armed men or with crowds rather than a row between leaders.
const COMBAT = new Set([
  "troops",
  "forces",
  "fighters",
  "militants",
  "rebels",
  "soldiers",
  "police",
  "protesters",
  "killed",
  "wounded",
  "injured",
  "clashes",
  "border",
  "armed",
]);

/**
 * False for a MOBILIZE noun ("test", "exercise") in a sentence without a military word: a school test.
 */
export function hasMilitaryContext(doc: Doc, match: TriggerMatch): boolean {
  if (match.entry.type !== "MOBILIZE" || match.entry.pos !== "N") return true;
  return sentenceHas(doc, match, MILITARY);
}

/** "the Oval Office clash between Trump and Zelenskyy": a clash with no armed men or casualties around is a row. */
export function verbalClash(doc: Doc, match: TriggerMatch): boolean {
  return match.entry.pattern === "clash" && !sentenceHas(doc, match, COMBAT);
}

function sentenceHas(doc: Doc, match: TriggerMatch, words: ReadonlySet<string>): boolean {
  const s = doc.sentences[doc.tokens[match.first]!.sentence]!;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) if (words.has(doc.tokens[k]!.lower)) return true;
  return false;
}

// Nouns whose "to"-infinitive states the act itself ("efforts to repair ties"), not a purpose.
const COMPLEMENT_NOUNS = new Set([
  "effort",
  "efforts",
  "plan",
  "plans",
  "attempt",
  "attempts",
  "bid",
  "move",
  "decision",
  "way",
  "push",
  "offer",
  "pledge",
  "promise",
  "call",
  "calls",
  "proposal",
  "readiness",
  "willingness",
  "right",
]);

/** "provided weapons to support the defense of X": a purpose infinitive after a noun is no separate act. */
export function isPurposeInfinitive(doc: Doc, match: TriggerMatch): boolean {
  const tk = doc.tokens;
  const t = tk[match.first]!;
  const to = tk[match.first - 1];
  const noun = tk[match.first - 2];
  if (t.pos !== "VERB" || to?.lower !== "to" || !noun) return false;
  // "used tear gas on Sunday to disperse ...": a date is no noun the infinitive could belong to.
  if (doc.timexes.some((x) => x.start <= noun.start && noun.end <= x.end)) return false;
  // "pressure them to block": an object before "to" makes the infinitive the content of the first act.
  return (noun.pos === "NOUN" || noun.pos === "PROPN" || noun.pos === "PRON") && !COMPLEMENT_NOUNS.has(noun.lower);
}

/** "by force", "use force", "military force" after a demand or refusal, in its sentence, make it a threat. */
export function forceCue(doc: Doc, match: TriggerMatch): boolean {
  const s = doc.sentences[doc.tokens[match.first]!.sentence]!;
  for (let k = match.last; k < s.tokenEnd; k++) {
    if (doc.tokens[k]!.lower !== "force") continue;
    const prev = doc.tokens[k - 1]?.lower ?? "";
    if (prev === "by" || prev === "military" || prev === "use" || prev === "armed") return true;
  }
  return false;
}

/**
 * The PLOVER type after the manual's rules on future acts: announced meetings, support, cooperation and aid are AGREE;
 * announced retreats are CONCEDE; a demand backed "by force" is THREATEN.
 */
export function refineType(
  type: PloverType,
  status: EventStatus,
  cueWord: string | undefined,
  force: boolean,
): { type: PloverType; status: EventStatus } {
  if (force && type === "REQUEST") return { type: "THREATEN", status };
  // The manual codes a contemplated penalty or use of force ("sanctions could follow", "may strike") as the threat
  // itself, which was made. The condition of an "if" clause ("if Chile attacks") threatens nothing.
  const modal = cueWord !== undefined && MODALS.has(cueWord);
  if (status === "hypothetical" && modal && THREAT_OF.has(type)) return { type: "THREATEN", status: "occurred" };
  if (status !== "planned") return { type, status };
  if (type === "CONSULT" || type === "SUPPORT" || type === "COOPERATE" || type === "AID")
    return { type: "AGREE", status };
  if (type === "RETREAT") return { type: "CONCEDE", status };
  return { type, status };
}

// Cues of a contemplated act: modals, and deliberating over it ("discussed imposing further costs").
const MODALS = new Set([
  "could",
  "would",
  "may",
  "might",
  "discussed",
  "considered",
  "considering",
  "weighing",
  "weighed",
]);
const THREAT_OF: ReadonlySet<PloverType> = new Set(["SANCTION", "ASSAULT", "COERCE"]);

/**
 * Categories coded without a recipient. The manual requires one only for AID, COOPERATE and SANCTION, but an act with
 * no stated recipient is rarely an interaction an analyst codes (in our gold, under 5% of required events outside
 * MOBILIZE), while most such candidates are statements about policy in general: they cost precision.
 */
export const RECIPIENT_OPTIONAL: ReadonlySet<PloverType> = new Set(["MOBILIZE", "PROTEST"]);

/** Categories whose sides are interchangeable when no direction is stated ("X and Y met", "talks with Y"). */
export const RECIPROCAL_TYPES: ReadonlySet<PloverType> = new Set(["CONSULT", "COOPERATE", "AGREE"]);
