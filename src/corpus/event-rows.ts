import type { EventReport, MergedEvent, Store } from "../store/store.js";
import type { Row } from "./format.js";

/** Columns of the events export (docs/export.md documents each), POLECAT-like. */
export const EVENT_COLUMNS = [
  "event_id",
  "date",
  "date_last",
  "date_source",
  "type",
  "mode",
  "context",
  "cameo",
  "score",
  "status",
  "actor",
  "actor_country",
  "actor_sector",
  "recipient",
  "recipient_country",
  "recipient_sector",
  "reciprocal",
  "place",
  "sources",
  "independent_sources",
  "documents",
  "urls",
  "evidence",
] as const;

/** The shorter set `dyad events` and `dyad timeline` print as a table. */
export const EVENT_TABLE_COLUMNS = ["date", "type", "actor", "recipient", "status", "sources", "evidence"] as const;

/** Country keys of actors without a country are "~name"; they are names, not codes, in the output. */
function codes(keys: readonly string[]): string[] {
  return keys.filter((k) => !k.startsWith("~"));
}

function side(names: readonly string[], keys: readonly string[]): string {
  if (names.length > 0) return names.join("; ");
  return keys.map((k) => (k.startsWith("~") ? k.slice(1) : k)).join("; ");
}

/** One row per merged event; evidence is the first report's sentences, the rest are listed in `documents`. */
export function eventRow(e: MergedEvent, reports: readonly EventReport[]): Row {
  const first = reports[0];
  return {
    event_id: e.id,
    date: e.sortDate,
    date_last: e.dateLast,
    date_source: e.date ? "event" : e.sortDate ? "published" : null,
    type: e.type,
    mode: e.mode,
    context: e.context,
    cameo: e.cameo,
    score: e.score,
    status: e.status,
    actor: side(e.actorNames, e.actorCountries),
    actor_country: codes(e.actorCountries),
    actor_sector: e.actorSectors,
    recipient: side(e.recipientNames, e.recipientCountries),
    recipient_country: codes(e.recipientCountries),
    recipient_sector: e.recipientSectors,
    reciprocal: e.reciprocal,
    place: e.place,
    sources: e.sources,
    independent_sources: e.independentSources,
    documents: e.documents,
    urls: [...new Set(reports.map((r) => r.url).filter((u): u is string => !!u))],
    evidence: first ? first.evidence.map((x) => x.text).join(" | ") : "",
  };
}

/** Rows for a list of events, fetching their reports in one go. */
export async function eventRows(
  store: Store,
  events: readonly MergedEvent[],
): Promise<{ rows: Row[]; full: unknown[] }> {
  const reports = await store.reports(events.map((e) => e.id));
  const rows: Row[] = [];
  const full: unknown[] = [];
  for (const e of events) {
    const r = reports.get(e.id) ?? [];
    rows.push(eventRow(e, r));
    full.push({ ...e, reports: r });
  }
  return { rows, full };
}
