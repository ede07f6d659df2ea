import type { Doc } from "../model/document.js";
import type { TextSpan } from "../model/span.js";
import type { Quote } from "../quotes/schema.js";
import { bareSubjectPronoun, findSides, mainSubject, type Scene, type Sides } from "./actors.js";
import { attributiveInObject } from "./clause.js";
import { agentlessForce, domesticTarget, homeRecipient, reducedPassive } from "./domestic.js";
import { quoteAround } from "./extras.js";
import type { TriggerMatch } from "./match-triggers.js";
import {
  accuserOf,
  answeredParty,
  documentSubject,
  issuerOf,
  latestAccuser,
  personBySurname,
  referredActParties,
} from "./memory.js";
import { type ActorMention, actorRef } from "./mentions.js";
import { RECIPROCAL_TYPES } from "./refine.js";
import type { ActorRef, Event, EventStatus, PloverType } from "./schema.js";
import { conditionParty } from "./threats.js";

/** What the builder needs from the sentence loop. */
export interface SentenceScene {
  doc: Doc;
  mentions: ActorMention[];
  matches: TriggerMatch[];
  /** The story's last reciprocal pair ("their talks", "the two sides"). */
  pair: ActorMention[] | undefined;
  /** The story's last event, for a verbal act that answers it; and the current sentence index. */
  last: Event | undefined;
  sentence: number;
  /** Coded mentions of every sentence, for looking back across sentences. */
  bySentence?: ActorMention[][];
  /** The story's events so far, in text order. */
  history?: readonly Event[];
}

// Verbal acts: their target may be named in what was said, or be the other side of the exchange they answer.
export const VERBAL_TYPES: ReadonlySet<PloverType> = new Set([
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "SUPPORT",
  "AGREE",
  "CONCEDE",
]);

/** Actor refs, falling back to the speaker of the quote the trigger sits in ("We called for ...", said X). */
function actorRefs(doc: Doc, sides: Sides, speakerRef: ActorRef | undefined): ActorRef[] {
  if (sides.actor.length > 0) return sides.actor.map((m) => actorRef(doc, m));
  return speakerRef ? [speakerRef] : [];
}

/**
 * A verbal act with no stated recipient answers the story's last exchange: "Kim asked Trump for relief. Trump denied
 * the request" codes Trump's refusal toward Kim. Only when the actor was a side of an event in the last two sentences.
 */
function otherSide(scene: SentenceScene, actor: ActorRef[]): ActorRef[] {
  const last = scene.last;
  if (!last || scene.sentence - last.evidence[0]!.sentence > 2) return [];
  const mine = new Set(actor.map((a) => a.country));
  const has = (l: ActorRef[]) => l.some((a) => a.country && mine.has(a.country));
  const other = has(last.actor) ? last.recipient : has(last.recipient) ? last.actor : [];
  return other.filter((a) => a.country && !mine.has(a.country));
}

/**
 * Drops recipients that are the actor itself: "Rubio said we recognize ..." must not code Rubio toward himself. Other
 * parties of the actor's own country stay: a parliament urging its president is a (domestic) event.
 */
function domesticFilter(actor: ActorRef[], recipient: ActorRef[]): ActorRef[] {
  const ids = new Set(actor.map((a) => a.entity).filter(Boolean));
  return recipient.filter((r) => !(r.entity && ids.has(r.entity)));
}

/**
 * ", strongly opposing any attempt ...": a participle after a comma shares the subject of its sentence's main verb,
 * i.e. the actor of the sentence's previous event.
 */
function participleOfLast(scene: SentenceScene, scn: Scene): ActorRef[] | undefined {
  const tk = scene.doc.tokens;
  const match = scn.match;
  const head = tk[match.first]!;
  let k = match.first - 1;
  while (tk[k]?.pos === "ADV") k--;
  // "Pistorius met Zelenskyy and pledged support": a verb right after "and" shares the subject of the verb before.
  const sharedSubject = head.pos === "VERB" && tk[k]?.lower === "and" && head.lower.endsWith("ed");
  if (!sharedSubject && (head.pos !== "VERB" || !head.lower.endsWith("ing") || tk[k]?.text !== ",")) return undefined;
  const last = scene.last;
  if (last && last.evidence[last.evidence.length - 1]!.sentence === scene.sentence) return last.actor;
  return mainSubject(scn).map((m) => actorRef(scene.doc, m));
}

function recentActor(scene: SentenceScene): ActorRef[] {
  const last = scene.last;
  return last && scene.sentence - last.evidence[last.evidence.length - 1]!.sentence <= 2 ? last.actor : [];
}

const FORCE_OR_PENALTY: ReadonlySet<PloverType> = new Set(["SANCTION", "ASSAULT", "COERCE", "THREATEN"]);

/** Alleged misconduct: the quote's speaker accuses the trigger's subject; no speaker, no event (narration). */
function bySpeaker(
  scene: SentenceScene,
  trigger: TextSpan,
  sides: Sides,
): { actor: ActorRef[]; recipient: ActorRef[]; sides: Sides } | undefined {
  const speaker = speakerOf(scene.doc, trigger.start, trigger.end, scene.mentions);
  const accused = sides.actor.map((m) => actorRef(scene.doc, m));
  if (!speaker || accused.length === 0 || accused.some((a) => a.country === speaker.country)) return undefined;
  const swapped: Sides = { actor: [], recipient: sides.actor, reciprocal: false, via: `${sides.via}, speaker accuses` };
  return { actor: [speaker], recipient: accused, sides: swapped };
}

const FIRST_PERSON = new Set(["i", "we", "us", "me"]);

/** True when the trigger's nearest subject word is "I" or "we". */
function firstPersonSubject(doc: Doc, match: TriggerMatch, clause: [number, number]): boolean {
  for (let k = match.first - 1; k >= clause[0]; k--) {
    const t = doc.tokens[k]!;
    if (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "PRON") return t.lower === "i" || t.lower === "we";
  }
  return false;
}

/** The speaker stands for the actor only when the trigger's subject is "I"/"we" or missing ("We called for ..."). */
function speakerSubject(doc: Doc, match: TriggerMatch, clause: [number, number]): boolean {
  for (let k = match.first - 1; k >= clause[0]; k--) {
    const t = doc.tokens[k]!;
    if (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "PRON") return FIRST_PERSON.has(t.lower);
  }
  return true;
}

/** The speaker of reported speech that says what someone "must"/"should" do, when that speaker can be coded. */
export function reportedObligation(
  doc: Doc,
  cue: string | undefined,
  status: EventStatus,
  quote: Quote | undefined,
  mentions: ActorMention[],
): ActorRef | undefined {
  if (status !== "hypothetical" || (cue !== "must" && cue !== "should") || !quote) return undefined;
  // "If there is evidence, they should ...": advice under a condition demands nothing yet.
  if (/\b(?:if|unless)\b/i.test(quote.text)) return undefined;
  return speakerOf(doc, quote.start, quote.end, mentions);
}

/**
 * The speaker of the quote around a span, as an actor: its own country, else the country of a coded mention inside
 * the speaker's phrase ("a Japanese spokesperson").
 */
function speakerOf(doc: Doc, start: number, end: number, mentions: ActorMention[] = []): ActorRef | undefined {
  const sp = quoteAround(doc, start, end)?.speaker;
  const inside = sp?.mention
    ? mentions.find((m) => m.mention.start >= sp.mention!.start && m.mention.end <= sp.mention!.end)
    : undefined;
  const named = sp && !sp.country && !inside ? personBySurname(doc, sp.name) : undefined;
  const country = sp?.country ?? inside?.country ?? named?.country;
  if (!sp || !country) return undefined;
  const ref: ActorRef = { name: named?.name ?? sp.name, country };
  if (sp.entity ?? named) ref.entity = sp.entity ?? named!.id;
  if (sp.mention) ref.mention = sp.mention;
  return ref;
}

/** What the actor and recipient fallbacks need about one trigger. */
interface Ctx {
  scene: SentenceScene;
  match: TriggerMatch;
  clause: [number, number];
  type: PloverType;
  sides: Sides;
}

/** The coded actor and recipient of trigger j, or undefined when no actor can be coded. */
export function resolveParties(
  scene: SentenceScene,
  j: number,
  clause: [number, number],
  trigger: TextSpan,
): { actor: ActorRef[]; recipient: ActorRef[]; sides: Sides } | undefined {
  const { doc, matches } = scene;
  const match = matches[j]!;
  const entry = match.entry;
  const next =
    matches.find((m, i) => i > j && m.entry.type !== "-" && !attributiveInObject(doc, matches, i))?.first ??
    Number.POSITIVE_INFINITY;
  const type = entry.type as PloverType;
  const reciprocalType =
    RECIPROCAL_TYPES.has(type) ||
    entry.reciprocal === true ||
    (type === "ASSAULT" && /clash|fight/.test(entry.pattern));
  const verbal = VERBAL_TYPES.has(type);
  const scn = { doc, mentions: scene.mentions, match, clause, nextTrigger: next, verbal };
  if (reducedPassive(doc, type, match)) return undefined;
  const sides = findSides(scn, reciprocalType, scene.pair);
  if (entry.bySpeaker) return bySpeaker(scene, trigger, sides);
  const ctx: Ctx = { scene, match, clause, type, sides };
  const actor = actorOf(ctx, scn, trigger);
  if (actor.length === 0 && sides.via === "passive") {
    const force = agentlessForce(doc, type, match, clause, scene.mentions);
    if (force) {
      sides.via += ", agentless force on home people";
      return { ...force, sides };
    }
  }
  if (actor.length === 0) return undefined;
  return { actor, recipient: recipientOf(ctx, actor), sides };
}

/** The actor: the clause's subject, the speaker for "I"/"we", the last actor for a bare pronoun, a document's issuer. */
function actorOf(ctx: Ctx, scn: Scene, trigger: TextSpan): ActorRef[] {
  const { scene, match, clause, sides } = ctx;
  const doc = scene.doc;
  const speaker = speakerSubject(doc, match, clause)
    ? speakerOf(doc, trigger.start, trigger.end, scene.mentions)
    : undefined;
  // "If Chile escalates, I will cut ...": a first-person subject is the speaker, whatever names the clause before.
  if (speaker && firstPersonSubject(doc, match, clause)) return [speaker];
  let actor = participleOfLast(scene, scn) ?? actorRefs(doc, sides, speaker);
  // A passive with no agent ("a ceasefire is not agreed") names no actor to continue.
  if (actor.length === 0 && sides.via !== "passive" && bareSubjectPronoun(scn)) {
    // "They called on China ...": an unresolved pronoun continues the actor of the story's last event.
    actor = recentActor(scene);
    if (actor.length > 0) sides.via += ", pronoun continues last actor";
  }
  if (actor.length === 0 && documentSubject(doc, match, clause)) {
    // "The statement threatened sanctions": a document acts for whoever issued it.
    actor = issuerOf(scene, () => recentActor(scene));
    if (actor.length > 0) sides.via += ", document issuer";
  }
  return actor;
}

/** The recipient: the stated one, else the first of the fallbacks that applies to the category. */
/** "condemned the attack and called on France ...": a definite act noun names the target before what follows it. */
function referredBeforeComplement(ctx: Ctx, actor: ActorRef[]): ActorRef[] {
  if (!ctx.sides.via.endsWith("complement target")) return [];
  const referred = referredActParties(ctx.scene, ctx.match, actor);
  if (referred.length > 0) ctx.sides.via = ctx.sides.via.replace("complement target", "the act referred to");
  return referred;
}

function recipientOf(ctx: Ctx, actor: ActorRef[]): ActorRef[] {
  const { scene, match, clause, type, sides } = ctx;
  const doc = scene.doc;
  const verbal = VERBAL_TYPES.has(type);
  const open = !sides.reciprocal;
  const fallbacks: [boolean, () => ActorRef[], string][] = [
    [open, () => referredActParties(scene, match, actor), "the act referred to"],
    [type === "REJECT" && open, () => latestAccuser(scene, match, actor), "the accuser"],
    [verbal && open, () => domesticFilter(actor, otherSide(scene, actor)), "dyad memory"],
    [open, () => domesticTarget(doc, type, match, clause, actor, scene.mentions), "people of the actor's country"],
    [
      FORCE_OR_PENALTY.has(type),
      () => conditionParty(doc, match, scene.mentions, actor).map((m) => actorRef(doc, m)),
      "party of the condition",
    ],
    [type === "REJECT", () => domesticFilter(actor, accuserOf(scene, match, actor)), "the accuser"],
    [match.entry.answers === true, () => answeredParty(scene, actor), "the party answered"],
    [
      (verbal || type === "MOBILIZE") && open && !sides.via.startsWith("passive"),
      () => homeRecipient(doc, type, actor, scene.mentions),
      "story's home country",
    ],
  ];
  const referred = referredBeforeComplement(ctx, actor);
  if (referred.length > 0) return referred;
  const stated = domesticFilter(
    actor,
    sides.recipient.map((m) => actorRef(doc, m)),
  );
  if (stated.length > 0) return stated;
  for (const [applies, find, via] of fallbacks) {
    if (!applies) continue;
    const found = find();
    if (found.length === 0) continue;
    sides.via += `, ${via}`;
    return found;
  }
  return [];
}
