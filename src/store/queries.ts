import { type ExpressionBuilder, type Kysely, sql } from "kysely";
import type {
  ActorFilter,
  EventFilter,
  EventReport,
  MergedEvent,
  QuoteFilter,
  StoreCounts,
  StoredActor,
  StoredQuote,
} from "./store.js";
import type { Database, MergedEventsTable } from "./tables.js";

type Db = Kysely<Database>;
type MergedEb = ExpressionBuilder<Database, "merged_events">;

const CODE = /^[A-Z]{2,4}$/;

/** Matches one side of a merged event: an upper-case code against the keys, anything else against the names. */
function side(eb: MergedEb, which: "actor" | "recipient", who: string) {
  const keys = which === "actor" ? "actor_countries" : "recipient_countries";
  const names = which === "actor" ? "actor_names" : "recipient_names";
  // A code must match a whole code (or a whole name, "NATO"): "US" must not find "Russia".
  if (CODE.test(who)) return eb.or([eb(keys, "like", `%|${who}|%`), eb(names, "like", `%|${who}|%`)]);
  return eb(eb.fn("lower", [names]), "like", `%${who.toLowerCase()}%`);
}

/** Actor filter; on a reciprocal event ("X and Y met") both sides acted, so the recipient side counts too. */
function actorSide(eb: MergedEb, who: string) {
  return eb.or([side(eb, "actor", who), eb.and([eb("reciprocal", "=", 1), side(eb, "recipient", who)])]);
}

function toMerged(r: MergedEventsTable): MergedEvent {
  const parts = (k: string) => k.split("|").filter((x) => x.length > 0);
  return {
    id: r.id,
    type: r.type,
    mode: r.mode,
    context: r.context ? (JSON.parse(r.context) as string[]) : [],
    cameo: r.cameo,
    score: r.score === null ? null : Number(r.score),
    status: r.status,
    reciprocal: Number(r.reciprocal) === 1,
    date: r.date_day ?? r.date_value,
    dateLast: r.date_last,
    sortDate: r.sort_date,
    place: r.place,
    actorCountries: parts(r.actor_countries),
    recipientCountries: parts(r.recipient_countries),
    actorNames: parts(r.actor_names),
    recipientNames: parts(r.recipient_names),
    actorSectors: parts(r.actor_sectors),
    recipientSectors: parts(r.recipient_sectors),
    sources: Number(r.sources),
    independentSources: Number(r.independent_sources),
    documents: JSON.parse(r.documents) as string[],
  };
}

export async function events(db: Db, f: EventFilter = {}): Promise<MergedEvent[]> {
  let q = db.selectFrom("merged_events").selectAll();
  if (f.type) q = q.where("type", "=", f.type.toUpperCase());
  if (f.status) q = q.where("status", "=", f.status.toLowerCase());
  if (f.from) q = q.where("sort_date", ">=", f.from);
  if (f.to) q = q.where("sort_date", "<=", `${f.to}~`);
  if (f.text) q = q.where("search_text", "like", `%${f.text.toLowerCase()}%`);
  const { actor, recipient, dyad, documents } = f;
  if (actor) q = q.where((eb) => actorSide(eb, actor));
  if (recipient) q = q.where((eb) => side(eb, "recipient", recipient));
  if (dyad) {
    const [a, b] = dyad;
    q = q.where((eb) =>
      eb.or([
        eb.and([side(eb, "actor", a), side(eb, "recipient", b)]),
        eb.and([side(eb, "actor", b), side(eb, "recipient", a)]),
      ]),
    );
  }
  if (documents) q = q.where((eb) => eb.or(documents.map((d) => eb("documents", "like", `%${JSON.stringify(d)}%`))));
  // NULLs sort first in SQLite and last in PostgreSQL; coalesce so both put undated events last.
  q = q.orderBy(sql`coalesce(sort_date, '9999')`).orderBy("id");
  if (f.limit) q = q.limit(f.limit);
  return (await q.execute()).map(toMerged);
}

export async function reports(db: Db, ids: readonly string[]): Promise<Map<string, EventReport[]>> {
  const out = new Map<string, EventReport[]>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = await db
      .selectFrom("events")
      .innerJoin("documents", "documents.id", "events.doc_id")
      .select(["events.id", "events.merged_id", "events.doc_id", "events.trigger_text"])
      .select(["documents.title", "documents.url", "documents.published"])
      .where("events.merged_id", "in", chunk)
      .orderBy("documents.published")
      .orderBy("events.id")
      .execute();
    const ev = rows.length
      ? await db
          .selectFrom("evidence")
          .selectAll()
          .where(
            "event_id",
            "in",
            rows.map((r) => r.id),
          )
          .orderBy("span_start")
          .execute()
      : [];
    for (const r of rows) {
      const evidence = ev
        .filter((x) => x.event_id === r.id)
        .map((x) => ({ start: x.span_start, end: x.span_end, text: x.text, sentence: x.sentence }));
      const report = {
        mergedId: r.merged_id!,
        eventId: r.id,
        docId: r.doc_id,
        title: r.title,
        url: r.url,
        published: r.published,
        trigger: r.trigger_text,
        evidence,
      };
      out.set(report.mergedId, [...(out.get(report.mergedId) ?? []), report]);
    }
  }
  return out;
}

export async function quotes(db: Db, f: QuoteFilter = {}): Promise<StoredQuote[]> {
  let q = db
    .selectFrom("quotes")
    .innerJoin("documents", "documents.current_analysis", "quotes.analysis_id")
    .selectAll("quotes")
    .select("documents.published");
  const { speaker } = f;
  if (speaker) {
    const like = `%${speaker.toLowerCase()}%`;
    q = q.where((eb) =>
      eb.or([eb(eb.fn("lower", ["quotes.speaker_name"]), "like", like), eb("quotes.speaker_actor_id", "=", speaker)]),
    );
  }
  if (f.document) q = q.where("quotes.doc_id", "=", f.document);
  if (f.text) q = q.where(sql`lower(quotes.text)`, "like", `%${f.text.toLowerCase()}%`);
  q = q.orderBy(sql`coalesce(documents.published, '9999')`).orderBy("quotes.doc_id").orderBy("quotes.span_start");
  if (f.limit) q = q.limit(f.limit);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    docId: r.doc_id,
    published: r.published,
    start: Number(r.span_start),
    end: Number(r.span_end),
    text: r.text,
    kind: r.kind,
    speaker: r.speaker_name,
    speakerActor: r.speaker_actor_id,
    speakerRole: r.speaker_role,
    speakerCountry: r.speaker_country,
    cue: r.cue,
    saidAt: r.said_at,
  }));
}

export async function actors(db: Db, f: ActorFilter = {}): Promise<StoredActor[]> {
  let q = db
    .selectFrom("actors")
    .innerJoin("entities", "entities.actor_id", "actors.id")
    .innerJoin("documents", "documents.current_analysis", "entities.analysis_id")
    .select([
      "actors.id",
      "actors.name",
      "actors.type",
      "actors.country",
      "actors.sector",
      "actors.code",
      "actors.kb_id",
    ])
    .select((eb) => [
      eb.fn.count<number>("entities.doc_id").distinct().as("documents"),
      eb.fn.sum<number>("entities.mention_count").as("mentions"),
    ])
    .groupBy([
      "actors.id",
      "actors.name",
      "actors.type",
      "actors.country",
      "actors.sector",
      "actors.code",
      "actors.kb_id",
    ]);
  if (f.name) q = q.where(sql`lower(actors.name)`, "like", `%${f.name.toLowerCase()}%`);
  if (f.country) q = q.where("actors.country", "=", f.country.toUpperCase());
  if (f.type) q = q.where("actors.type", "=", f.type.toUpperCase());
  q = q.orderBy("documents", "desc").orderBy("mentions", "desc").orderBy("actors.name");
  if (f.limit) q = q.limit(f.limit);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    type: r.type,
    country: r.country,
    sector: r.sector,
    code: r.code,
    kbId: r.kb_id,
    documents: Number(r.documents),
    mentions: Number(r.mentions),
  }));
}

export async function hasDocument(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom("documents").select("id").where("id", "=", id).executeTakeFirst()) !== undefined;
}

export async function relatedDocuments(db: Db, docId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("events as mine")
    .innerJoin("events as other", "other.merged_id", "mine.merged_id")
    .select("other.doc_id")
    .distinct()
    .where("mine.doc_id", "=", docId)
    .execute();
  const ids = new Set(rows.map((r) => r.doc_id));
  ids.add(docId);
  return [...ids].sort();
}

const COUNTED = ["documents", "analyses", "actors", "entities", "mentions", "timexes", "quotes", "events"] as const;

export async function counts(db: Db): Promise<StoreCounts> {
  const out = {} as StoreCounts;
  for (const t of [...COUNTED, "merged_events"] as const) {
    const r = await db
      .selectFrom(t)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    out[t] = Number(r.n);
  }
  return out;
}
