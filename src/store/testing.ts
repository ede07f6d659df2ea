import type { Entity } from "../entities/schema.js";
import type { ActorRef, Event, EventStatus, PloverType } from "../events/schema.js";
import type { Quote } from "../quotes/schema.js";
import type { DocumentMeta, StorableAnalysis } from "./store.js";

/** Hand-built analyses for the store's tests: only the fields the store reads, in the layers' real shapes. */
export interface EventSpec {
  type: PloverType;
  actor: string | ActorRef;
  recipient?: string | ActorRef;
  date?: string;
  status?: EventStatus;
  evidence: string;
  reciprocal?: boolean;
  place?: string;
}

export interface AnalysisSpec {
  id: string;
  url?: string;
  published?: string;
  version?: string;
  events?: EventSpec[];
  people?: { name: string; country: string; role?: string }[];
  quotes?: { speaker: string; text: string }[];
}

const NAMES: Record<string, string> = { USA: "United States", CHN: "China", RUS: "Russia", UKR: "Ukraine" };

function ref(x: string | ActorRef): ActorRef {
  return typeof x === "string" ? { name: NAMES[x] ?? x, country: x, sector: "GOV" } : x;
}

function event(spec: EventSpec, i: number): Event {
  const e: Event = {
    id: `v${i + 1}`,
    type: spec.type,
    trigger: { start: 0, end: 4, text: spec.evidence.slice(0, 4) },
    actor: [ref(spec.actor)],
    recipient: spec.recipient ? [ref(spec.recipient)] : [],
    status: spec.status ?? "occurred",
    date: spec.date ? { value: spec.date, reason: "same clause" } : null,
    evidence: [{ start: 0, end: spec.evidence.length, text: spec.evidence, sentence: 0 }],
    confidence: 0.8,
    provenance: { rule: "test" },
  };
  if (spec.reciprocal) e.reciprocal = true;
  if (spec.place) e.place = { name: spec.place };
  return e;
}

function entity(p: { name: string; country: string; role?: string }, i: number): Entity {
  const e: Entity = {
    id: `e${i + 1}`,
    name: p.name,
    type: "PERSON",
    country: p.country,
    kbId: `person:${p.name.toLowerCase().replace(/ /g, "-")}`,
    mentions: [{ start: 0, end: p.name.length, text: p.name, kind: "name", rule: "test" }],
    provenance: { rule: "test" },
  };
  if (p.role) e.role = p.role;
  return e;
}

function quote(q: { speaker: string; text: string }, i: number, entities: Entity[]): Quote {
  const who = entities.find((e) => e.name === q.speaker);
  return {
    id: `q${i + 1}`,
    start: 10,
    end: 10 + q.text.length,
    text: q.text,
    kind: "direct",
    speaker: who ? { entity: who.id, name: who.name } : { name: q.speaker },
    provenance: { rule: "test" },
  };
}

export function makeAnalysis(spec: AnalysisSpec): StorableAnalysis {
  const entities = (spec.people ?? []).map(entity);
  return {
    id: spec.id,
    url: spec.url,
    published: spec.published,
    status: "ok",
    pipelineVersion: spec.version ?? "test-1",
    entities,
    timexes: [],
    quotes: (spec.quotes ?? []).map((q, i) => quote(q, i, entities)),
    events: (spec.events ?? []).map(event),
  };
}

/** Document facts for a spec; the hash stands in for the content (change it to simulate an edited article). */
export function makeMeta(spec: AnalysisSpec, hash = `hash-${spec.id}`): DocumentMeta {
  return { id: spec.id, contentHash: hash, url: spec.url, published: spec.published };
}
