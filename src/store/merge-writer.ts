import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import { DATE_TOLERANCE_DAYS, type MatchSide, type MergedCandidate, matches, shiftDay } from "./merge.js";
import { absorb, type Member, participantsOf, startMerged } from "./merged-row.js";
import type { Database, EventsTable, MergedEventsTable } from "./tables.js";

type Db = Kysely<Database>;

function sideOf(e: EventsTable, evidence: string): MatchSide {
  return {
    type: e.type,
    status: e.status,
    reciprocal: Number(e.reciprocal) === 1,
    actorKey: e.actor_countries,
    recipientKey: e.recipient_countries,
    actorPeople: e.actor_people,
    recipientPeople: e.recipient_people,
    day: e.date_day,
    dateValue: e.date_value,
    place: e.place,
    evidence,
  };
}

async function candidates(db: Db, e: EventsTable): Promise<MergedEventsTable[]> {
  let q = db
    .selectFrom("merged_events")
    .selectAll()
    .where("type", "=", e.type)
    .where("participants", "=", participantsOf(e.actor_countries, e.recipient_countries));
  if (e.date_day) {
    // A merged event spans [date_day, date_last]; a report within the tolerance of that span may join it.
    q = q
      .where("date_day", "<=", shiftDay(e.date_day, DATE_TOLERANCE_DAYS))
      .where("date_last", ">=", shiftDay(e.date_day, -DATE_TOLERANCE_DAYS));
  } else {
    q = q.where("date_day", "is", null);
  }
  return q.orderBy("id").execute();
}

/**
 * The joined evidence of every member of each of these merged events, in one query instead of one per candidate.
 * Order within a text does not matter: the undated match compares sets of words.
 */
async function memberEvidence(db: Db, mergedIds: readonly string[]): Promise<Map<string, string>> {
  const texts = new Map<string, string[]>(mergedIds.map((id) => [id, []]));
  for (let i = 0; i < mergedIds.length; i += 500) {
    const rows = await db
      .selectFrom("evidence")
      .innerJoin("events", "events.id", "evidence.event_id")
      .select(["events.merged_id", "evidence.text"])
      .where("events.merged_id", "in", mergedIds.slice(i, i + 500))
      .execute();
    for (const r of rows) if (r.merged_id) texts.get(r.merged_id)?.push(r.text);
  }
  return new Map([...texts].map(([id, t]) => [id, t.join(" ")]));
}

function toCandidate(m: MergedEventsTable, evidence: string): MergedCandidate {
  return {
    type: m.type,
    status: m.status,
    reciprocal: Number(m.reciprocal) === 1,
    actorKey: m.actor_countries,
    recipientKey: m.recipient_countries,
    actorPeople: m.actor_people,
    recipientPeople: m.recipient_people,
    day: m.date_day,
    dateValue: m.date_value,
    place: m.place,
    evidence,
    documents: JSON.parse(m.documents) as string[],
  };
}

/** A short stable id from the first report's row id, so re-running an ingest yields the same ids. */
function mergedIdOf(eventRowId: string): string {
  return `m-${createHash("sha1").update(eventRowId).digest("hex").slice(0, 16)}`;
}

export interface Assignment {
  /** Merged events this article starts or joins, as they must be written: new ones inserted, the others updated. */
  created: MergedEventsTable[];
  updated: MergedEventsTable[];
}

/**
 * Sets `merged_id` on an article's event rows before they are inserted: an existing merged event another article
 * reported, or a new one. Rows changed during this article are matched in their new state, so two events of one
 * article never join the same merged event (a document never merges with itself).
 */
export async function assignMerged(
  db: Db,
  rows: EventsTable[],
  evidence: ReadonlyMap<string, string[]>,
  doc: { outlet: string; title: string | null },
): Promise<Assignment> {
  const created = new Map<string, MergedEventsTable>();
  const updated = new Map<string, MergedEventsTable>();
  const lookup = candidateLookup(db);
  for (const e of rows) {
    const texts = evidence.get(e.id) ?? [];
    const member: Member = { ...e, ...doc, evidence: texts };
    const side = sideOf(e, texts.join(" "));
    let joined: MergedEventsTable | undefined;
    const { found, evidenceOf } = await lookup(e);
    for (const stored of found) {
      const m = updated.get(stored.id) ?? stored;
      if (matches(side, e.doc_id, toCandidate(m, evidenceOf(m.id)))) {
        joined = m;
        break;
      }
    }
    if (joined) {
      e.merged_id = joined.id;
      updated.set(joined.id, absorb(joined, member));
    } else {
      e.merged_id = mergedIdOf(e.id);
      created.set(e.merged_id, startMerged(e.merged_id, member));
    }
  }
  return { created: [...created.values()], updated: [...updated.values()] };
}

/**
 * Candidates and their stored evidence for one article's events. This article's rows are written only after all its
 * events are assigned, so the database does not change meanwhile: events with the same type, participants and day
 * share one query, and each candidate's evidence is read once.
 */
function candidateLookup(db: Db) {
  const queries = new Map<string, Promise<MergedEventsTable[]>>();
  const texts = new Map<string, string>();
  return async (e: EventsTable) => {
    const key = `${e.type}\t${participantsOf(e.actor_countries, e.recipient_countries)}\t${e.date_day ?? "\0"}`;
    let query = queries.get(key);
    if (!query) {
      query = candidates(db, e);
      queries.set(key, query);
    }
    const found = await query;
    // Undated reports are matched on their evidence; dated ones never read it.
    if (!e.date_day) {
      const missing = found.map((m) => m.id).filter((id) => !texts.has(id));
      if (missing.length) for (const [id, text] of await memberEvidence(db, missing)) texts.set(id, text);
    }
    return { found, evidenceOf: (id: string) => (e.date_day ? "" : (texts.get(id) ?? "")) };
  };
}

/** Columns a joined merged event rewrites: all but its id, each from the row the upsert proposed. */
const MERGED_UPDATE_COLUMNS = [
  "type",
  "reciprocal",
  "participants",
  "actor_countries",
  "recipient_countries",
  "actor_people",
  "recipient_people",
  "actor_names",
  "recipient_names",
  "actor_sectors",
  "recipient_sectors",
  "status",
  "mode",
  "context",
  "cameo",
  "score",
  "date_day",
  "date_last",
  "date_value",
  "sort_date",
  "place",
  "search_text",
  "status_counts",
  "sources",
  "independent_sources",
  "documents",
  "outlets",
] as const satisfies readonly Exclude<keyof MergedEventsTable, "id">[];
// Fails to compile when a column is added to the table but not here, which would leave it stale on every merge.
type Unlisted = Exclude<keyof MergedEventsTable, "id" | (typeof MERGED_UPDATE_COLUMNS)[number]>;
const _mergedUpdateComplete: [Unlisted] extends [never] ? true : never = true;

// 28 columns a row; well under both databases' bound-parameter limits (SQLite 32766, PostgreSQL 65535).
const MERGED_ROWS_PER_STATEMENT = 1000;

/**
 * Writes an article's merged events: inserts the new ones, updates those it joined. The updates go as one upsert
 * on rows known to exist (ids are distinct, so no row is hit twice), instead of one UPDATE per merged event.
 */
export async function writeMerged(db: Db, a: Assignment): Promise<void> {
  if (a.created.length) await db.insertInto("merged_events").values(a.created).execute();
  for (let i = 0; i < a.updated.length; i += MERGED_ROWS_PER_STATEMENT) {
    await db
      .insertInto("merged_events")
      .values(a.updated.slice(i, i + MERGED_ROWS_PER_STATEMENT))
      .onConflict((oc) =>
        oc
          .column("id")
          .doUpdateSet((eb) => Object.fromEntries(MERGED_UPDATE_COLUMNS.map((c) => [c, eb.ref(`excluded.${c}`)]))),
      )
      .execute();
  }
}

/** Detaches the events of a superseded analysis from their merged events, refreshing or deleting those. */
export async function detachAnalysis(db: Db, analysisId: string): Promise<void> {
  const rows = await db
    .selectFrom("events")
    .select("merged_id")
    .distinct()
    .where("analysis_id", "=", analysisId)
    .where("merged_id", "is not", null)
    .execute();
  await db.updateTable("events").set({ merged_id: null }).where("analysis_id", "=", analysisId).execute();
  for (const r of rows) if (r.merged_id) await refreshMerged(db, r.merged_id);
}

/** Recomputes a merged event from all its reports (after one left it); deletes it when none is left. */
export async function refreshMerged(db: Db, id: string): Promise<void> {
  const members = await db
    .selectFrom("events")
    .innerJoin("documents", "documents.id", "events.doc_id")
    .selectAll("events")
    .select(["documents.outlet", "documents.title"])
    .where("events.merged_id", "=", id)
    .orderBy("events.id")
    .execute();
  await db.deleteFrom("merged_events").where("id", "=", id).execute();
  if (members.length === 0) return;
  const ids = members.map((m) => m.id);
  const evidence = await db.selectFrom("evidence").select(["event_id", "text"]).where("event_id", "in", ids).execute();
  const withEvidence = members.map((m) => ({
    ...m,
    evidence: evidence.filter((x) => x.event_id === m.id).map((x) => x.text),
  }));
  const [first, ...rest] = withEvidence;
  await db
    .insertInto("merged_events")
    .values(rest.reduce(absorb, startMerged(id, first!)))
    .execute();
}
