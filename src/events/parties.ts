import type { Doc } from "../model/document.js";
import type { TextSpan } from "../model/span.js";
import type { Quote } from "../quotes/schema.js";
import { bareSubjectPronoun, findSides, mainSubject, type Scene, type Sides } from "./actors.js";
import { quoteAround } from "./extras.js";
import type { TriggerMatch } from "./match-triggers.js";
import { type ActorMention, actorRef } from "./mentions.js";
import { RECIPROCAL_TYPES } from "./refine.js";
import type { ActorRef, Event, EventStatus, PloverType } from "./schema.js";

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
  if (head.pos !== "VERB" || !head.lower.endsWith("ing")) return undefined;
  let k = match.first - 1;
  while (tk[k]?.pos === "ADV") k--;
  if (tk[k]?.text !== ",") return undefined;
  const last = scene.last;
  if (last && last.evidence[last.evidence.length - 1]!.sentence === scene.sentence) return last.actor;
  return mainSubject(scn).map((m) => actorRef(scene.doc, m));
}

function recentActor(scene: SentenceScene): ActorRef[] {
  const last = scene.last;
  return last && scene.sentence - last.evidence[last.evidence.length - 1]!.sentence <= 2 ? last.actor : [];
}

const FIRST_PERSON = new Set(["i", "we", "us", "me"]);

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
  const country = sp?.country ?? inside?.country;
  if (!sp || !country) return undefined;
  const ref: ActorRef = { name: sp.name, country };
  if (sp.entity) ref.entity = sp.entity;
  if (sp.mention) ref.mention = sp.mention;
  return ref;
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
  const next = matches.slice(j + 1).find((m) => m.entry.type !== "-")?.first ?? Number.POSITIVE_INFINITY;
  const type = entry.type as PloverType;
  const reciprocalType = RECIPROCAL_TYPES.has(type) || (type === "ASSAULT" && /clash|fight/.test(entry.pattern));
  const verbal = VERBAL_TYPES.has(type);
  const scn = { doc, mentions: scene.mentions, match, clause, nextTrigger: next, verbal };
  const sides = findSides(scn, reciprocalType, scene.pair);
  const speaker = speakerSubject(doc, match, clause)
    ? speakerOf(doc, trigger.start, trigger.end, scene.mentions)
    : undefined;
  let actor = participleOfLast(scene, scn) ?? actorRefs(doc, sides, speaker);
  // A passive with no agent ("a ceasefire is not agreed") names no actor to continue.
  if (actor.length === 0 && sides.via !== "passive" && bareSubjectPronoun(scn)) {
    // "They called on China ...": an unresolved pronoun continues the actor of the story's last event.
    actor = recentActor(scene);
    if (actor.length > 0) sides.via += ", pronoun continues last actor";
  }
  if (actor.length === 0) return undefined;
  let recipient = domesticFilter(
    actor,
    sides.recipient.map((m) => actorRef(doc, m)),
  );
  if (recipient.length === 0 && verbal && !sides.reciprocal) {
    recipient = domesticFilter(actor, otherSide(scene, actor));
    if (recipient.length > 0) sides.via += ", dyad memory";
  }
  return { actor, recipient, sides };
}
