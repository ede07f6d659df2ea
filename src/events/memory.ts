import type { Doc } from "../model/document.js";
import type { TriggerMatch } from "./match-triggers.js";
import { actorRef } from "./mentions.js";
import type { SentenceScene } from "./parties.js";
import type { ActorRef } from "./schema.js";

// Story memory for sides a sentence leaves implicit: who issued "the statement", who made "the allegations", who "Ford"
// is when the quote layer kept only a surname.

// Texts that act for their authors: "the statement warned", "the letter demanded".
const DOCUMENT_NOUNS = new Set([
  "statement",
  "communique",
  "communiqué",
  "letter",
  "declaration",
  "announcement",
  "message",
]);

/** True when the trigger's subject is a document noun ("The joint statement threatened ..."). */
export function documentSubject(doc: Doc, match: TriggerMatch, clause: [number, number]): boolean {
  if (doc.tokens[match.first]?.pos !== "VERB") return false;
  for (let k = match.first - 1; k >= clause[0]; k--) {
    const t = doc.tokens[k]!;
    if (t.pos === "AUX" || t.pos === "ADV" || t.pos === "PART") continue;
    return DOCUMENT_NOUNS.has(t.lower) && (t.pos === "NOUN" || t.pos === "PROPN");
  }
  return false;
}

/**
 * Who issued the document a sentence talks about: the subject of "X issued a statement" in the last two sentences, else
 * the actor of the story's last event.
 */
export function issuerOf(scene: SentenceScene, fallback: () => ActorRef[]): ActorRef[] {
  const tk = scene.doc.tokens;
  for (let si = scene.sentence - 1; si >= Math.max(0, scene.sentence - 2); si--) {
    const sent = scene.doc.sentences[si]!;
    for (let k = sent.tokenStart; k < sent.tokenEnd; k++) {
      if (!DOCUMENT_NOUNS.has(tk[k]!.lower)) continue;
      const m = scene.bySentence?.[si]?.find((x) => x.last <= k);
      if (m) return [actorRef(scene.doc, m)];
    }
  }
  return fallback();
}

const CHARGES = new Set([
  "allegation",
  "allegations",
  "accusation",
  "accusations",
  "charge",
  "charges",
  "criticism",
  "claims",
]);

/**
 * "X rejected the allegations": the rejection answers whoever made them, the actor of the story's latest event against
 * X (however far back: the accusation is often the story's lead).
 */
export function accuserOf(scene: SentenceScene, match: TriggerMatch, actor: ActorRef[]): ActorRef[] {
  const tk = scene.doc.tokens;
  let k = match.last;
  while (tk[k] && (tk[k]!.pos === "DET" || tk[k]!.pos === "ADJ")) k++;
  if (!CHARGES.has(tk[k]?.lower ?? "")) return [];
  const mine = new Set(actor.map((a) => a.country));
  const history = scene.history ?? [];
  for (let i = history.length - 1; i >= 0; i--) {
    const e = history[i]!;
    if (e.recipient.some((r) => r.country && mine.has(r.country))) return e.actor.filter((a) => !mine.has(a.country));
  }
  return [];
}

/** "Ford said": a speaker known only by a surname is the story's one coded person with that surname. */
export function personBySurname(doc: Doc, name: string): { id: string; name: string; country: string } | undefined {
  if (/\s/.test(name.trim())) return undefined;
  const found = doc.entities.filter(
    (e) => e.type === "PERSON" && e.country && e.name.split(/\s+/).pop() === name.trim() && e.name !== name,
  );
  const e = found.length === 1 ? found[0] : undefined;
  return e?.country ? { id: e.id, name: e.name, country: e.country } : undefined;
}

const ANSWERED: ReadonlySet<string> = new Set(["SANCTION", "COERCE", "ASSAULT", "THREATEN"]);

/**
 * Whom a retaliation with no stated target ("the bloc also announced countermeasures") answers: the latest party that
 * penalized, coerced or threatened the actor, else the target of another party's latest penalty (joining a response).
 */
export function answeredParty(scene: SentenceScene, actor: ActorRef[]): ActorRef[] {
  const mine = new Set(actor.map((a) => a.country));
  const history = scene.history ?? [];
  const mineIn = (l: ActorRef[]) => l.some((a) => a.country && mine.has(a.country));
  const others = (l: ActorRef[]) => l.filter((a) => a.country && !mine.has(a.country));
  for (let i = history.length - 1; i >= 0; i--) {
    const e = history[i]!;
    if (ANSWERED.has(e.type) && mineIn(e.recipient) && others(e.actor).length > 0) return others(e.actor);
  }
  for (let i = history.length - 1; i >= 0; i--) {
    const e = history[i]!;
    if (e.type === "SANCTION" && !mineIn(e.actor) && others(e.recipient).length > 0) return others(e.recipient);
  }
  return [];
}

// "criticized the deal": nouns that refer back to an act the story told. Agreements match any agreement word.
const AGREEMENT_WORDS = ["deal", "agreement", "pact", "accord", "treaty"];
const GENERIC_ACTS = new Set([
  "move",
  "decision",
  "step",
  "plan",
  "action",
  "measure",
  "measures",
  "policy",
  "announcement",
]);
// Act nouns that name an act of one category whatever word told it ("killed ..." -> "the attack").
const ACT_TYPE_OF: ReadonlyMap<string, string> = new Map([
  ...[
    "attack",
    "attacks",
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "raid",
    "bombing",
    "shelling",
    "offensive",
  ].map((w) => [w, "ASSAULT"] as const),
  ...["arrest", "detention", "seizure", "crackdown", "expulsion"].map((w) => [w, "COERCE"] as const),
  ...["sanctions", "tariffs", "duties", "ban", "embargo"].map((w) => [w, "SANCTION"] as const),
  ...["talks", "meeting", "visit", "summit"].map((w) => [w, "CONSULT"] as const),
  ...["ceasefire", "truce", "armistice"].map((w) => [w, "AGREE"] as const),
]);
const REFERRING = new Set(["the", "this", "that", "these", "those"]);
// How far back (in sentences) a definite act noun looks for the act it names.
const REFERRED_SPAN = 6;

/**
 * The parties of the act a definite object names ("criticized the deal", "welcomed the move"): the sides, other than
 * the actor's, of the latest event within a few sentences whose trigger names the same thing (any act for "the move").
 */
export function referredActParties(scene: SentenceScene, match: TriggerMatch, actor: ActorRef[]): ActorRef[] {
  const tk = scene.doc.tokens;
  let k = match.last;
  // "pulled out of the deal", "withdrew from the accord".
  if (tk[k]?.lower === "of" || tk[k]?.lower === "from") k++;
  if (!REFERRING.has(tk[k]?.lower ?? "")) return [];
  k++;
  while (tk[k]?.pos === "ADJ") k++;
  const noun = tk[k]?.lower ?? "";
  if (tk[k]?.pos !== "NOUN") return [];
  const words = AGREEMENT_WORDS.includes(noun) ? AGREEMENT_WORDS : [noun.slice(0, 5)];
  const generic = GENERIC_ACTS.has(noun);
  const kind = ACT_TYPE_OF.get(noun);
  const mine = new Set(actor.map((a) => a.country));
  const history = scene.history ?? [];
  for (let i = history.length - 1; i >= 0; i--) {
    const e = history[i]!;
    if (scene.sentence - e.evidence[0]!.sentence > REFERRED_SPAN) break;
    const trigger = e.trigger.text.toLowerCase();
    if (!generic && e.type !== kind && !words.some((w) => trigger.includes(w))) continue;
    const sides = e.reciprocal ? [...e.actor, ...e.recipient] : e.actor;
    const others = sides.filter((a) => a.country && !mine.has(a.country));
    if (others.length > 0) return others;
  }
  return [];
}

/** "Tehran has denied using force": a denial answers the latest accusation against the actor in the last six sentences. */
export function latestAccuser(scene: SentenceScene, match: TriggerMatch, actor: ActorRef[]): ActorRef[] {
  if (!DENIALS.has(scene.doc.tokens[match.first]?.lemma ?? "")) return [];
  const mine = new Set(actor.map((a) => a.country));
  const history = scene.history ?? [];
  for (let i = history.length - 1; i >= 0; i--) {
    const e = history[i]!;
    if (scene.sentence - e.evidence[0]!.sentence > REFERRED_SPAN) break;
    if (e.type !== "ACCUSE" || !e.recipient.some((r) => r.country && mine.has(r.country))) continue;
    return e.actor.filter((a) => a.country && !mine.has(a.country));
  }
  return [];
}

const DENIALS = new Set(["deny", "dismiss", "refute"]);
