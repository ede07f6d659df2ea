import type { Entity } from "../entities/schema.js";
import type { ActorRef, Event } from "../events/schema.js";
import type { DocumentMeta, StorableAnalysis } from "./store.js";
import type {
  ActorsTable,
  EntitiesTable,
  EventsTable,
  EvidenceTable,
  MentionsTable,
  QuotesTable,
  TimexesTable,
} from "./tables.js";

/** Every row one analysis writes, built without touching the database so the transaction stays short. */
export interface AnalysisRows {
  actors: ActorsTable[];
  entities: EntitiesTable[];
  mentions: MentionsTable[];
  timexes: TimexesTable[];
  quotes: QuotesTable[];
  events: EventsTable[];
  evidence: EvidenceTable[];
}

const DAY = /^(\d{4}-\d{2}-\d{2})/;
const SPACES = /\s+/g;
const NOT_WORD = /[^\p{L}\p{N} ]/gu;

/** Analysis id: one per document, pipeline version and content, so an upgrade or an edit keeps the earlier result. */
export function analysisId(docId: string, version: string, hash: string): string {
  return `${docId}@${version}@${hash.slice(0, 12)}`;
}

/** Canonical actor key: the knowledge-base id when linked, else type plus normalized name. */
export function actorKey(e: Pick<Entity, "kbId" | "type" | "name">): string {
  if (e.kbId) return e.kbId;
  const norm = e.name.toLowerCase().replace(NOT_WORD, " ").replace(SPACES, " ").trim();
  return `${e.type.toLowerCase()}:${norm}`;
}

/**
 * Participant key of one side of an event: "|CHN|USA|", sorted and de-duplicated, delimited so a LIKE on "|USA|"
 * cannot hit "USAF". An actor without a country is keyed by its lower-cased name after "~" ("|~hamas|").
 */
export function countryKey(refs: readonly ActorRef[]): string {
  const keys = new Set<string>();
  for (const r of refs) {
    if (r.country) keys.add(r.country);
    else if (r.name) keys.add(`~${r.name.toLowerCase().replace(SPACES, " ").trim()}`);
  }
  return keys.size ? `|${[...keys].sort().join("|")}|` : "";
}

/** The day of a TIMEX3 value with day precision ("2024-09-29", "2024-09-29T14:00"), else null. */
export function dayOf(value: string | undefined | null): string | null {
  return value ? (DAY.exec(value)?.[1] ?? null) : null;
}

export function buildRows(meta: DocumentMeta, a: StorableAnalysis, aid: string): AnalysisRows {
  const rows: AnalysisRows = {
    actors: [],
    entities: [],
    mentions: [],
    timexes: [],
    quotes: [],
    events: [],
    evidence: [],
  };
  const actorOf = new Map<string, string>();
  for (const e of a.entities) addEntity(rows, meta.id, aid, e, actorOf);
  for (const t of a.timexes) {
    const base = { analysis_id: aid, doc_id: meta.id, local_id: t.id, span_start: t.start, span_end: t.end };
    rows.timexes.push({
      ...base,
      id: `${aid}/${t.id}`,
      text: t.text,
      type: t.type,
      value: t.value,
      resolved: +t.resolved,
    });
  }
  for (const q of a.quotes) {
    const s = q.speaker;
    rows.quotes.push({
      id: `${aid}/${q.id}`,
      analysis_id: aid,
      doc_id: meta.id,
      local_id: q.id,
      span_start: q.start,
      span_end: q.end,
      text: q.text,
      kind: q.kind,
      speaker_name: s?.name ?? null,
      speaker_actor_id: (s?.entity && actorOf.get(s.entity)) ?? null,
      speaker_role: s?.role ?? null,
      speaker_country: s?.country ?? null,
      cue: q.cue?.text ?? null,
      said_at: q.saidAt?.value ?? null,
    });
  }
  const people = new Map(a.entities.filter((e) => e.type === "PERSON").map((e) => [e.id, actorKey(e)]));
  for (const ev of a.events) addEvent(rows, meta, aid, ev, people);
  return rows;
}

function addEntity(rows: AnalysisRows, docId: string, aid: string, e: Entity, actorOf: Map<string, string>): void {
  const key = actorKey(e);
  actorOf.set(e.id, key);
  const opt = { country: e.country ?? null, sector: e.sector ?? null, code: e.code ?? null };
  rows.actors.push({ id: key, name: e.name, type: e.type, ...opt, kb_id: e.kbId ?? null });
  const id = `${aid}/${e.id}`;
  rows.entities.push({
    id,
    analysis_id: aid,
    doc_id: docId,
    local_id: e.id,
    actor_id: key,
    name: e.name,
    type: e.type,
    ...opt,
    role: e.role ?? null,
    mention_count: e.mentions.length,
  });
  for (const m of e.mentions) {
    rows.mentions.push({
      entity_id: id,
      analysis_id: aid,
      span_start: m.start,
      span_end: m.end,
      text: m.text,
      kind: m.kind,
    });
  }
}

/** "|person:xi-jinping|": the actor keys of the people among the refs (resolved to PERSON entities). */
function peopleKey(refs: readonly ActorRef[], people: ReadonlyMap<string, string>): string {
  const keys = new Set<string>();
  for (const r of refs) {
    const key = r.entity ? people.get(r.entity) : undefined;
    if (key) keys.add(key);
  }
  return keys.size ? `|${[...keys].sort().join("|")}|` : "";
}

function addEvent(
  rows: AnalysisRows,
  meta: DocumentMeta,
  aid: string,
  ev: Event,
  people: ReadonlyMap<string, string>,
): void {
  const id = `${aid}/${ev.id}`;
  rows.events.push({
    id,
    analysis_id: aid,
    doc_id: meta.id,
    local_id: ev.id,
    type: ev.type,
    mode: ev.mode ?? null,
    context: ev.context?.length ? JSON.stringify(ev.context) : null,
    cameo: ev.cameo ?? null,
    score: ev.score ?? null,
    trigger_text: ev.trigger.text,
    trigger_start: ev.trigger.start,
    trigger_end: ev.trigger.end,
    actors: JSON.stringify(ev.actor),
    recipients: JSON.stringify(ev.recipient),
    actor_countries: countryKey(ev.actor),
    recipient_countries: countryKey(ev.recipient),
    actor_people: peopleKey(ev.actor, people),
    recipient_people: peopleKey(ev.recipient, people),
    reciprocal: ev.reciprocal ? 1 : 0,
    status: ev.status,
    date_value: ev.date?.value ?? null,
    date_day: dayOf(ev.date?.value),
    date_reason: ev.date?.reason ?? ev.dateReason ?? null,
    place: ev.place?.name ?? null,
    place_country: ev.place?.country ?? null,
    quote_id: ev.quote ?? null,
    confidence: ev.confidence,
    published: dayOf(meta.published),
    merged_id: null,
  });
  for (const x of ev.evidence) {
    const span = { span_start: x.start, span_end: x.end, text: x.text, sentence: x.sentence };
    rows.evidence.push({ event_id: id, analysis_id: aid, doc_id: meta.id, ...span });
  }
}
