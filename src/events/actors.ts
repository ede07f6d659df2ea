import { type ActorMention, storyPair } from "./mentions.js";
import { complementTarget, object, verbObject } from "./recipient.js";
import { coordinated, type Scene, type Sides, tok } from "./scene.js";
import { antecedent, between, forwardSubject, fromSource, pairPhrase, possessor, subject } from "./subject.js";

export type { Scene, Sides } from "./scene.js";
export { bareSubjectPronoun, mainSubject } from "./subject.js";

/** Passive voice ("was attacked by X", "are sanctioned by X"): the agent after "by" acts on the subject. */
function passiveAgent(s: Scene): ActorMention[] | undefined {
  const head = tok(s, s.match.first);
  if (head?.pos !== "VERB" || head.lower === head.lemma || head.lower.endsWith("ing")) return undefined;
  let k = s.match.first - 1;
  while (k >= s.clause[0] && (tok(s, k)?.pos === "ADV" || tok(s, k)?.lower === "not")) k--;
  const aux = tok(s, k);
  // "soldiers backed by African Union troops": a participle right after its noun, with a by-agent, is passive too.
  const reduced = k === s.match.first - 1 && (aux?.pos === "NOUN" || aux?.pos === "PROPN") && byAgentNext(s);
  if (!aux || (aux.lemma !== "be" && aux.lemma !== "get" && !reduced)) return undefined;
  const end = Math.min(s.clause[1], s.match.last + 6);
  for (let b = s.match.last; b < end; b++) {
    if (tok(s, b)?.lower !== "by") continue;
    const idx = s.mentions.findIndex((m) => m.first > b && m.first <= b + 3);
    return idx < 0 ? [] : coordinated(s, idx, 1);
  }
  return [];
}

/** "a visit to Caracas by a U.S. envoy", "the attack on Kyiv by Russian forces": the by-agent of a noun trigger. */
function nominalAgent(s: Scene): ActorMention[] | undefined {
  if (tok(s, s.match.first)?.pos !== "NOUN") return undefined;
  const end = Math.min(s.clause[1], s.match.last + 6);
  for (let b = s.match.last; b < end; b++) {
    const t = tok(s, b)!;
    if (t.pos === "VERB" || t.pos === "AUX" || t.text === ",") return undefined;
    if (t.lower !== "by") continue;
    const idx = s.mentions.findIndex((m) => m.first > b && m.first <= b + 3);
    return idx < 0 ? undefined : coordinated(s, idx, 1);
  }
  return undefined;
}

function byAgentNext(s: Scene): boolean {
  return tok(s, s.match.last)?.lower === "by";
}

/**
 * Finds the actor and recipient of a trigger from the clause around it.
 * `pair` is the last reciprocal pair of the story, for "their talks" or "the two sides met".
 */
export function findSides(s: Scene, reciprocalType: boolean, pair: ActorMention[] | undefined): Sides {
  const agent = passiveAgent(s);
  if (agent !== undefined) {
    return { actor: agent, recipient: subject(s), reciprocal: false, via: "passive" };
  }
  const nominal = nominalAgent(s);
  if (nominal) return { actor: nominal, recipient: object(s, nominal).list, reciprocal: false, via: "by-agent" };
  const pairSides = between(s);
  if (pairSides.length >= 2) return { actor: pairSides, recipient: [], reciprocal: true, via: "between" };
  const verb = receivingVerb(s);
  if (verb >= 0) {
    // "Malaysia accepted Chinese loans": the verb's subject receives; the giver is a modifier or a from-phrase.
    const giver = fromSource(s).length > 0 ? fromSource(s) : modifierGiver(s);
    const receiver = subject({ ...s, match: { ...s.match, first: verb } });
    return { actor: giver, recipient: receiver, reciprocal: false, via: "received aid" };
  }
  const [actor, via] = actorOf(s, pair);
  const obj = object(s, actor);
  if (obj.list.length === 0 && s.verbal) {
    const target = complementTarget(s, actor);
    if (target.length > 0) return { actor, recipient: target, reciprocal: false, via: `${via}, complement target` };
  }
  // "both countries withdrew their ambassadors": the pair acts on each other, whatever the category.
  const mutual = via.startsWith("both sides") && new Set(actor.map((a) => a.country)).size >= 2;
  const reciprocal = mutual || (reciprocalType && (actor.length >= 2 || obj.prep === "with" || obj.prep === ""));
  let recipient = obj.list;
  if (recipient.length === 0 && reciprocalType) recipient = verbObject(s, actor);
  return { actor, recipient, reciprocal: reciprocal && actor.length + recipient.length >= 2, via };
}

// Verbs whose subject receives the aid noun they govern.
const RECEIVE = new Set(["receive", "get", "obtain", "secure", "accept", "seek", "rack", "win", "request", "take"]);

/** The index of the verb through which the subject receives an aid noun ("accepted ... loans"), or -1. */
function receivingVerb(s: Scene): number {
  if (s.match.entry.type !== "AID" || tok(s, s.match.first)?.pos === "VERB") return -1;
  for (let k = s.match.first - 1; k >= Math.max(s.clause[0], s.match.first - 6); k--) {
    const t = tok(s, k)!;
    if (t.pos === "VERB") return RECEIVE.has(t.lemma) ? k : -1;
  }
  return -1;
}

/** "accepted Chinese funding": a demonym or name right before the aid noun gives it. */
function modifierGiver(s: Scene): ActorMention[] {
  const m = s.mentions.find((x) => x.last === s.match.first || x.last === s.match.first - 1);
  return m ? [m] : [];
}

function actorOf(s: Scene, pair: ActorMention[] | undefined): [ActorMention[], string] {
  if (pairPhrase(s)) {
    const both = pair ?? storyPair(s.doc);
    if (both.length >= 2) return [both, pair ? "both sides: last pair" : "both sides: story pair"];
  }
  const isNoun = s.doc.tokens[s.match.first]?.pos !== "VERB";
  if (!isNoun) return orForward(s, subject(s), "subject");
  const from = fromSource(s);
  if (from.length > 0) return [from, "from-source"];
  const poss = possessor(s);
  if (poss === "unresolved") {
    const ante = antecedent(s);
    return ante ? [[ante], "possessive antecedent"] : [[], "unresolved possessive"];
  }
  if (poss === "their") {
    // "X and Y began their exercises": a plural subject of the clause owns them before any earlier pair.
    const subj = subject(s);
    return subj.length >= 2 ? [subj, "their: subject"] : [pair ?? [], "their: last pair"];
  }
  if (poss) return [poss, "possessor"];
  const found = orForward(s, subject(s), "subject");
  if (found[0].length > 0 || s.match.entry.type !== "CONSULT") return found;
  const group = sentencePair(s);
  return group.length > 0 ? [group, "sentence pair"] : found;
}

function orForward(s: Scene, found: ActorMention[], via: string): [ActorMention[], string] {
  if (found.length > 0) return [found, via];
  const fwd = forwardSubject(s);
  return fwd.length > 0 ? [fwd, "main-clause subject"] : [[], via];
}

/** "Washington and Pyongyang have been at odds since talks failed": talks with no stated sides are the pair's. */
function sentencePair(s: Scene): ActorMention[] {
  for (let k = s.mentions.length - 1; k >= 0; k--) {
    if (s.mentions[k]!.last > s.match.first) continue;
    const group = coordinated(s, k, -1);
    if (new Set(group.map((m) => m.country)).size >= 2) return group;
  }
  return [];
}
