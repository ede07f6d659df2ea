import type { Kysely } from "kysely";
import type { Database } from "./tables.js";

/**
 * Versioned migrations, applied in order and recorded in `dyad_migrations`. Append new ones; never edit an applied one.
 * Written with Kysely's schema builder and portable column types so the same list runs on SQLite and PostgreSQL.
 */
export interface Migration {
  version: number;
  name: string;
  up(db: Kysely<Database>): Promise<void>;
}

// biome-ignore lint/suspicious/noExplicitAny: migrations create tables the typed schema does not know yet.
type AnyDb = Kysely<any>;

const DOUBLE = "double precision";

async function createCore(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("documents")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("content_hash", "text", (c) => c.notNull())
    .addColumn("title", "text")
    .addColumn("url", "text")
    .addColumn("source", "text")
    .addColumn("outlet", "text", (c) => c.notNull())
    .addColumn("published", "text")
    .addColumn("current_analysis", "text")
    .addColumn("ingested_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("documents_hash").on("documents").column("content_hash").execute();
  await db.schema
    .createTable("analyses")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("doc_id", "text", (c) => c.notNull())
    .addColumn("pipeline_version", "text", (c) => c.notNull())
    .addColumn("content_hash", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("json", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("analyses_doc").on("analyses").column("doc_id").execute();
  await db.schema
    .createTable("actors")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("country", "text")
    .addColumn("sector", "text")
    .addColumn("code", "text")
    .addColumn("kb_id", "text")
    .execute();
}

async function createEntities(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("entities")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("analysis_id", "text", (c) => c.notNull())
    .addColumn("doc_id", "text", (c) => c.notNull())
    .addColumn("local_id", "text", (c) => c.notNull())
    .addColumn("actor_id", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("country", "text")
    .addColumn("sector", "text")
    .addColumn("role", "text")
    .addColumn("code", "text")
    .addColumn("mention_count", "integer", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("entities_analysis").on("entities").column("analysis_id").execute();
  await db.schema.createIndex("entities_actor").on("entities").column("actor_id").execute();
  await db.schema
    .createTable("mentions")
    .addColumn("entity_id", "text", (c) => c.notNull())
    .addColumn("analysis_id", "text", (c) => c.notNull())
    .addColumn("span_start", "integer", (c) => c.notNull())
    .addColumn("span_end", "integer", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("mentions_entity").on("mentions").column("entity_id").execute();
  await db.schema.createIndex("mentions_analysis").on("mentions").column("analysis_id").execute();
}

async function createTimeAndQuotes(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("timexes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("analysis_id", "text", (c) => c.notNull())
    .addColumn("doc_id", "text", (c) => c.notNull())
    .addColumn("local_id", "text", (c) => c.notNull())
    .addColumn("span_start", "integer", (c) => c.notNull())
    .addColumn("span_end", "integer", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("resolved", "integer", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("timexes_analysis").on("timexes").column("analysis_id").execute();
  await db.schema
    .createTable("quotes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("analysis_id", "text", (c) => c.notNull())
    .addColumn("doc_id", "text", (c) => c.notNull())
    .addColumn("local_id", "text", (c) => c.notNull())
    .addColumn("span_start", "integer", (c) => c.notNull())
    .addColumn("span_end", "integer", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("speaker_name", "text")
    .addColumn("speaker_actor_id", "text")
    .addColumn("speaker_role", "text")
    .addColumn("speaker_country", "text")
    .addColumn("cue", "text")
    .addColumn("said_at", "text")
    .execute();
  await db.schema.createIndex("quotes_analysis").on("quotes").column("analysis_id").execute();
}

async function createEvents(db: AnyDb): Promise<void> {
  let t = db.schema.createTable("events").addColumn("id", "text", (c) => c.primaryKey());
  for (const col of ["analysis_id", "doc_id", "local_id", "type", "trigger_text", "actors", "recipients"]) {
    t = t.addColumn(col, "text", (c) => c.notNull());
  }
  for (const col of ["actor_countries", "recipient_countries", "actor_people", "recipient_people"]) {
    t = t.addColumn(col, "text", (c) => c.notNull());
  }
  for (const col of ["mode", "context", "cameo", "date_value", "date_day", "date_reason", "place", "place_country"]) {
    t = t.addColumn(col, "text");
  }
  t = t.addColumn("quote_id", "text").addColumn("published", "text").addColumn("merged_id", "text");
  t = t.addColumn("score", DOUBLE).addColumn("confidence", DOUBLE, (c) => c.notNull());
  t = t
    .addColumn("trigger_start", "integer", (c) => c.notNull())
    .addColumn("trigger_end", "integer", (c) => c.notNull());
  t = t.addColumn("reciprocal", "integer", (c) => c.notNull()).addColumn("status", "text", (c) => c.notNull());
  await t.execute();
  await db.schema.createIndex("events_analysis").on("events").column("analysis_id").execute();
  await db.schema.createIndex("events_merged").on("events").column("merged_id").execute();
  await db.schema
    .createTable("evidence")
    .addColumn("event_id", "text", (c) => c.notNull())
    .addColumn("analysis_id", "text", (c) => c.notNull())
    .addColumn("doc_id", "text", (c) => c.notNull())
    .addColumn("span_start", "integer", (c) => c.notNull())
    .addColumn("span_end", "integer", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("sentence", "integer", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("evidence_event").on("evidence").column("event_id").execute();
  await db.schema.createIndex("evidence_analysis").on("evidence").column("analysis_id").execute();
}

async function createMerged(db: AnyDb): Promise<void> {
  let t = db.schema.createTable("merged_events").addColumn("id", "text", (c) => c.primaryKey());
  for (const col of [
    "type",
    "participants",
    "actor_countries",
    "recipient_countries",
    "actor_names",
    "recipient_names",
  ]) {
    t = t.addColumn(col, "text", (c) => c.notNull());
  }
  for (const col of [
    "actor_people",
    "recipient_people",
    "actor_sectors",
    "recipient_sectors",
    "status",
    "search_text",
  ]) {
    t = t.addColumn(col, "text", (c) => c.notNull());
  }
  for (const col of ["mode", "context", "cameo", "date_day", "date_last", "date_value", "sort_date", "place"]) {
    t = t.addColumn(col, "text");
  }
  for (const col of ["documents", "outlets", "status_counts"]) t = t.addColumn(col, "text", (c) => c.notNull());
  t = t.addColumn("score", DOUBLE).addColumn("reciprocal", "integer", (c) => c.notNull());
  t = t
    .addColumn("sources", "integer", (c) => c.notNull())
    .addColumn("independent_sources", "integer", (c) => c.notNull());
  await t.execute();
  // The merge's candidate lookup: same type and participants, then a date window.
  await db.schema
    .createIndex("merged_match")
    .on("merged_events")
    .columns(["type", "participants", "date_day"])
    .execute();
  await db.schema.createIndex("merged_sort").on("merged_events").column("sort_date").execute();
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "initial schema",
    up: async (db) => {
      await createCore(db);
      await createEntities(db);
      await createTimeAndQuotes(db);
      await createEvents(db);
      await createMerged(db);
    },
  },
];

/** Applies the migrations not yet recorded, each in its own transaction. Returns the versions applied. */
export async function migrate(db: Kysely<Database>): Promise<number[]> {
  await db.schema
    .createTable("dyad_migrations")
    .ifNotExists()
    .addColumn("version", "integer", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("applied_at", "text", (c) => c.notNull())
    .execute();
  const done = new Set(
    (await db.selectFrom("dyad_migrations").select("version").execute()).map((r) => Number(r.version)),
  );
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    if (done.has(m.version)) continue;
    await db.transaction().execute(async (trx) => {
      await m.up(trx);
      const row = { version: m.version, name: m.name, applied_at: new Date().toISOString() };
      await trx.insertInto("dyad_migrations").values(row).execute();
    });
    applied.push(m.version);
  }
  return applied;
}
