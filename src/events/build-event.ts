import type { Doc } from "../model/document.js";
import type { TextSpan } from "../model/span.js";
import type { Quote } from "../quotes/schema.js";
import type { Sides } from "./actors.js";
import { insideName } from "./agents.js";
import { attributiveInObject, clauseAround } from "./clause.js";
import { compareToDay, dateEvent } from "./dating.js";
import { amountsIn, placeIn, quoteAround } from "./extras.js";
import { notNameCalling, regretOfOther } from "./labels.js";
import { eventLexicon, ploverScore } from "./lexicon.js";
import type { TriggerMatch } from "./match-triggers.js";
import { reportedObligation, resolveParties, type SentenceScene } from "./parties.js";
import {
  forceCue,
  hasMilitaryContext,
  isEmbedded,
  isPurposeInfinitive,
  isReportingUse,
  RECIPIENT_OPTIONAL,
  receives,
  refineType,
  verbalClash,
} from "./refine.js";
import type { ActorRef, Event, EventStatus, PloverType } from "./schema.js";
import { type StatusCue, statusOf } from "./status.js";
import { conditionalThreat } from "./threats.js";

function span(doc: Doc, start: number, end: number): TextSpan {
  return { start, end, text: doc.text.slice(start, end) };
}

/**
 * Status after the dates: a past-dated act happened, also under "would" ("this call would follow their meeting in
 * November 2023"); an occurred act dated after publication is planned.
 */
function settleStatus(st: StatusCue, doc: Doc, dateValue: string | undefined): EventStatus {
  const status = st.status;
  const cmp = dateValue ? compareToDay(dateValue, doc.published) : 0;
  const would = st.cue !== undefined && doc.tokens[st.cue]?.lower === "would";
  if ((st.past || cmp < 0) && (status === "planned" || (status === "hypothetical" && would))) return "occurred";
  if (cmp > 0 && status === "occurred") return "planned";
  return status;
}

/**
 * Builds the event a trigger states, or undefined when it states none: a blocker, a complement of another act
 * ("urged X to stop arming Y"), no coded actor, or no recipient where PLOVER requires one.
 */
export function buildEvent(scene: SentenceScene, j: number, id: string): Event | undefined {
  const { doc, matches } = scene;
  const match = matches[j]!;
  const clause = clauseAround(doc, match.first);
  if (statesNoAct(scene, j)) return undefined;
  const tk = doc.tokens;
  const trigger = span(doc, tk[match.first]!.start, tk[match.last - 1]!.end);
  const parties = resolveParties(scene, j, clause, trigger);
  if (!parties) return undefined;
  const quote = quoteAround(doc, trigger.start, trigger.end);
  const c = classify(scene, match, clause, quote, parties);
  if (anaphoric(scene, match, c.type, c.actor)) return undefined;
  const countries = new Set(c.actor.map((a) => a.country));
  const paired = parties.sides.reciprocal && countries.size >= 2;
  if (!RECIPIENT_OPTIONAL.has(c.type) && c.recipient.length === 0 && !paired) return undefined;
  return assemble(scene, { ...c, id, match, clause, trigger, sides: parties.sides, quoteId: quote?.id });
}

const DEFINITE = new Set(["the", "these", "those", "this", "that"]);

/**
 * "Pyongyang called the drills a rehearsal": a definite noun naming an act the story already told of another party is
 * a reference to that act, not a new one by the clause's subject.
 */
function anaphoric(scene: SentenceScene, match: TriggerMatch, type: PloverType, actor: ActorRef[]): boolean {
  const tk = scene.doc.tokens;
  if (tk[match.first]?.pos !== "NOUN" && tk[match.last - 1]?.pos !== "NOUN") return false;
  let k = match.first - 1;
  while (tk[k]?.pos === "ADJ") k--;
  if (!DEFINITE.has(tk[k]?.lower ?? "")) return false;
  const mine = new Set(actor.map((a) => a.country));
  return (scene.history ?? []).some(
    (e) =>
      e.type === type && scene.sentence - e.evidence[0]!.sentence <= 6 && !e.actor.some((a) => mine.has(a.country)),
  );
}

/** A blocker, a "test" with no military word, a complement of another act, or "accepted" before an aid noun. */
function statesNoAct(scene: SentenceScene, j: number): boolean {
  const { doc, matches } = scene;
  const match = matches[j]!;
  if (match.entry.type === "-" || !hasMilitaryContext(doc, match)) return true;
  if (insideName(doc, match.first) || notNameCalling(doc, match)) return true;
  if (isReportingUse(doc, match) || attributiveInObject(doc, matches, j)) return true;
  return isEmbedded(doc, matches, j) || isPurposeInfinitive(doc, match) || receives(match, matches[j + 1]);
}

type Classified = Pick<Parts, "type" | "status" | "statusCueAt" | "dating" | "actor" | "recipient">;

/** Status, date and final type (future acts, threats, reported obligations), with the sides they may swap. */
function classify(
  scene: SentenceScene,
  match: TriggerMatch,
  clause: [number, number],
  quote: Quote | undefined,
  parties: { actor: ActorRef[]; recipient: ActorRef[]; sides: Sides },
): Classified {
  const { doc } = scene;
  const entry = match.entry;
  const st = statusOf(doc, match, clause);
  const dating = dateEvent(
    doc,
    { start: doc.tokens[match.first]!.start, end: doc.tokens[match.last - 1]!.end },
    entry.type as PloverType,
    quote,
  );
  const cueWord = st.cue !== undefined ? doc.tokens[st.cue]?.lower : undefined;
  const settled = settleStatus(st, doc, dating.inherited ? undefined : dating.date?.value);
  const disapproves = verbalClash(doc, match) || regretOfOther(doc, match, parties.actor, parties.recipient);
  const base: PloverType = disapproves ? "ACCUSE" : (entry.type as PloverType);
  const refined = refineType(base, settled, cueWord, forceCue(doc, match));
  const threat = conditionalThreat(doc, match, refined.type, refined.status === "negated");
  const { type, status } = threat ? { type: "THREATEN" as const, status: "occurred" as const } : refined;
  // The cue stays only when it still explains the status (a date may have overruled "would").
  const statusCueAt = status === st.status ? st.cue : undefined;
  const out = { type, status, statusCueAt, dating, actor: parties.actor, recipient: parties.recipient };
  const demand = reportedObligation(doc, cueWord, status, quote, scene.mentions);
  if (!demand) return out;
  // "X must maintain sanctions", said by Y: Y demands it of X.
  parties.sides.via += ", reported obligation";
  return { ...out, type: "REQUEST", status: "occurred", actor: [demand], recipient: parties.actor };
}

interface Parts {
  id: string;
  type: PloverType;
  match: TriggerMatch;
  clause: [number, number];
  trigger: TextSpan;
  actor: ActorRef[];
  recipient: ActorRef[];
  sides: Sides;
  status: EventStatus;
  statusCueAt: number | undefined;
  dating: ReturnType<typeof dateEvent>;
  quoteId: string | undefined;
}

function assemble(scene: SentenceScene, p: Parts): Event {
  const { doc } = scene;
  const tk = doc.tokens;
  const sentence = doc.sentences[tk[p.match.first]!.sentence]!;
  const entry = p.match.entry;
  const mode = p.type === entry.type ? entry.mode : undefined;
  const cat = eventLexicon().categories.get(p.type);
  const cameo = p.type === entry.type && entry.cameo ? entry.cameo.slice(0, 2) : cat?.cameo[0];
  const event: Event = {
    id: p.id,
    type: p.type,
    trigger: p.trigger,
    actor: p.actor,
    recipient: p.recipient,
    status: p.status,
    date: p.dating.date,
    evidence: [{ ...span(doc, sentence.start, sentence.end), sentence: tk[p.match.first]!.sentence }],
    confidence: confidenceOf(p),
    provenance: {
      rule: `events/trigger:${entry.pattern}`,
      certainty: "stated",
      note: `lemma=${tk[p.match.first]!.lemma} via=${p.sides.via}`,
    },
  };
  if (mode) event.mode = mode;
  if (entry.context) event.context = [entry.context];
  if (cameo) event.cameo = cameo;
  const score = ploverScore(p.type, mode);
  if (score !== undefined) event.score = score;
  if (p.sides.reciprocal) event.reciprocal = true;
  if (p.statusCueAt !== undefined) event.statusCue = span(doc, tk[p.statusCueAt]!.start, tk[p.statusCueAt]!.end);
  if (p.dating.dateReason) event.dateReason = p.dating.dateReason;
  if (p.quoteId) event.quote = p.quoteId;
  addExtras(scene, p, event);
  return event;
}

function addExtras(scene: SentenceScene, p: Parts, event: Event): void {
  const { doc } = scene;
  const tk = doc.tokens;
  const [a, b] = p.clause;
  if (p.type === "AID" || p.type === "SANCTION") {
    const amounts = amountsIn(doc, tk[a]!.start, tk[b - 1]!.end);
    if (amounts.length > 0) event.amounts = amounts;
  }
  const place = placeIn(doc, scene.mentions, p.clause, new Set([...p.sides.actor, ...p.sides.recipient]));
  if (place) event.place = place;
}

function confidenceOf(p: Parts): number {
  let c = 0.75;
  if (p.recipient.length > 0 || p.sides.reciprocal) c += 0.1;
  if (p.sides.actor.length === 0 || p.sides.via.startsWith("their")) c -= 0.2;
  if (p.match.words.length > 1) c += 0.05;
  return Math.min(1, Math.max(0, Math.round(c * 100) / 100));
}
