import type { Doc } from "../model/document.js";
import type { TriggerMatch } from "./match-triggers.js";
import type { ActorMention } from "./mentions.js";
import type { ActorRef, PloverType } from "./schema.js";

// Penalties and force that, announced under a condition, are a threat.
const THREAT_OF: ReadonlySet<PloverType> = new Set(["SANCTION", "ASSAULT", "COERCE"]);
const CONDITIONS = new Set(["if", "unless"]);
const FUTURE = new Set(["will", "'ll", "’ll", "shall"]);

/** The condition clause before the trigger: from "if"/"unless" to the comma that closes it, as token indices. */
function conditionSpan(doc: Doc, match: TriggerMatch): [number, number] | undefined {
  const tk = doc.tokens;
  const start = doc.sentences[tk[match.first]!.sentence]!.tokenStart;
  let cond = -1;
  for (let k = start; k < match.first; k++) {
    const t = tk[k]!;
    if (CONDITIONS.has(t.lower)) cond = k;
    else if (cond >= 0 && t.text === ",") return [cond, k];
  }
  return undefined;
}

/**
 * "If Chile escalates, we will cut the power": a penalty announced for the future under a condition is a threat,
 * made when it was said (PLOVER THREATEN). Without "will" in the main clause ("if they attack, we respond") it is a
 * rule of conduct, and a condition after the act ("will act if asked") is left to the status rules.
 */
export function conditionalThreat(doc: Doc, match: TriggerMatch, type: PloverType, negated: boolean): boolean {
  if (!THREAT_OF.has(type) || negated) return false;
  const span = conditionSpan(doc, match);
  if (!span) return false;
  const tk = doc.tokens;
  for (let k = span[1] + 1; k < match.first; k++) if (FUTURE.has(tk[k]!.lower)) return true;
  return false;
}

/** The party named in the condition before the trigger ("If Chile escalates, ..."), not of the actor's side. */
export function conditionParty(
  doc: Doc,
  match: TriggerMatch,
  mentions: readonly ActorMention[],
  actor: readonly ActorRef[],
): ActorMention[] {
  const span = conditionSpan(doc, match);
  if (!span) return [];
  const own = new Set(actor.map((a) => a.country));
  const m = mentions.find((x) => x.first > span[0] && x.last <= span[1] && !own.has(x.country));
  return m ? [m] : [];
}
