import type { EventsTable, MergedEventsTable } from "./tables.js";

/** A report joining a merged event: its event row plus its document's outlet and title and its evidence texts. */
export type Member = EventsTable & { outlet: string; title: string | null; evidence: readonly string[] };

const keyParts = (k: string) => k.split("|").filter((x) => x.length > 0);
const joinKey = (parts: Iterable<string>) => {
  const sorted = [...new Set(parts)].sort();
  return sorted.length ? `|${sorted.join("|")}|` : "";
};

/** Actor and recipient keys together: reports of one event share it whichever side they name first. */
export function participantsOf(actorKey: string, recipientKey: string): string {
  return joinKey([...keyParts(actorKey), ...keyParts(recipientKey)]);
}

function refField(json: string, field: "name" | "sector"): string[] {
  const refs = JSON.parse(json) as Record<string, unknown>[];
  return refs.map((r) => r[field]).filter((x): x is string => typeof x === "string" && x.length > 0);
}

const addKey = (key: string, more: Iterable<string>) => joinKey([...keyParts(key), ...more]);
const minOf = (a: string | null, b: string | null) => (a === null ? b : b === null || a <= b ? a : b);
const maxOf = (a: string | null, b: string | null) => (a === null ? b : b === null || a >= b ? a : b);

function mostFrequent(counts: Record<string, number>): string {
  return Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? "occurred";
}

/** A merged event with a single report. */
export function startMerged(id: string, m: Member): MergedEventsTable {
  const empty: MergedEventsTable = {
    id,
    type: m.type,
    reciprocal: 0,
    participants: participantsOf(m.actor_countries, m.recipient_countries),
    actor_countries: "",
    recipient_countries: "",
    actor_people: "",
    recipient_people: "",
    actor_names: "",
    recipient_names: "",
    actor_sectors: "",
    recipient_sectors: "",
    status: m.status,
    status_counts: "{}",
    mode: null,
    context: null,
    cameo: null,
    score: null,
    date_day: null,
    date_last: null,
    date_value: null,
    sort_date: null,
    place: null,
    search_text: "",
    sources: 0,
    independent_sources: 0,
    documents: "[]",
    outlets: "[]",
  };
  return absorb(empty, m);
}

/**
 * Folds one more report into a merged event without re-reading the others: sets are unioned, dates widened, the
 * first known mode, CAMEO code, score and place kept, the status is the most frequent one.
 */
export function absorb(row: MergedEventsTable, m: Member): MergedEventsTable {
  const docs = new Set(JSON.parse(row.documents) as string[]).add(m.doc_id);
  const outlets = new Set(JSON.parse(row.outlets) as string[]).add(m.outlet);
  const statuses = JSON.parse(row.status_counts) as Record<string, number>;
  statuses[m.status] = (statuses[m.status] ?? 0) + 1;
  const context = new Set([...(row.context ? (JSON.parse(row.context) as string[]) : [])]);
  for (const c of m.context ? (JSON.parse(m.context) as string[]) : []) context.add(c);
  const dateDay = minOf(row.date_day, m.date_day);
  const text = [m.title ?? "", ...m.evidence].join(" \n ").toLowerCase();
  return {
    ...row,
    reciprocal: row.reciprocal || Number(m.reciprocal) === 1 ? 1 : 0,
    actor_countries: addKey(row.actor_countries, keyParts(m.actor_countries)),
    recipient_countries: addKey(row.recipient_countries, keyParts(m.recipient_countries)),
    actor_people: addKey(row.actor_people, keyParts(m.actor_people)),
    recipient_people: addKey(row.recipient_people, keyParts(m.recipient_people)),
    actor_names: addKey(row.actor_names, refField(m.actors, "name")),
    recipient_names: addKey(row.recipient_names, refField(m.recipients, "name")),
    actor_sectors: addKey(row.actor_sectors, refField(m.actors, "sector")),
    recipient_sectors: addKey(row.recipient_sectors, refField(m.recipients, "sector")),
    status: mostFrequent(statuses),
    status_counts: JSON.stringify(statuses),
    mode: row.mode ?? m.mode,
    context: context.size ? JSON.stringify([...context].sort()) : null,
    cameo: row.cameo ?? m.cameo,
    score: row.score ?? m.score,
    date_day: dateDay,
    date_last: maxOf(row.date_last, m.date_day),
    date_value: row.date_value ?? m.date_value,
    // Undated: the earliest publication date among the reports.
    sort_date: dateDay ?? minOf(row.sort_date, m.published),
    place: row.place ?? m.place,
    search_text: row.search_text ? `${row.search_text} \n ${text}` : text,
    sources: docs.size,
    independent_sources: outlets.size,
    documents: JSON.stringify([...docs].sort()),
    outlets: JSON.stringify([...outlets].sort()),
  };
}
