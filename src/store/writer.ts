import type { Kysely } from "kysely";
import { insertChunked } from "./bulk-insert.js";
import { assignMerged, detachAnalysis, writeMerged } from "./merge-writer.js";
import { type AnalysisRows, analysisId, buildRows } from "./rows.js";
import type { Admission, DocumentMeta, SaveResult, StorableAnalysis } from "./store.js";
import type { Database } from "./tables.js";

type Db = Kysely<Database>;

/** Decides from id and content hash whether an article must be analysed; see `Store.admit`. */
export async function admit(db: Db, id: string, hash: string, version: string): Promise<Admission> {
  const doc = await db
    .selectFrom("documents")
    .leftJoin("analyses", "analyses.id", "documents.current_analysis")
    .select(["documents.content_hash", "analyses.pipeline_version"])
    .where("documents.id", "=", id)
    .executeTakeFirst();
  if (doc && doc.content_hash === hash) {
    if (doc.pipeline_version === version) return { action: "skip", reason: "unchanged", of: id };
    return { action: "analyse", reason: "upgrade" };
  }
  const twin = await db
    .selectFrom("documents")
    .select("id")
    .where("content_hash", "=", hash)
    .where("id", "!=", id)
    .executeTakeFirst();
  if (twin) return { action: "skip", reason: "duplicate", of: twin.id };
  return { action: "analyse", reason: doc ? "changed" : "new" };
}

/** The outlet behind a document, for counting independent sources: the URL's host, else the source, else the id. */
function outletOf(meta: DocumentMeta): string {
  if (meta.url) {
    try {
      const host = new URL(meta.url).host;
      if (host) return host;
    } catch {
      // Not a URL: fall through to the source name.
    }
  }
  return meta.source ?? meta.id;
}

/** Removes every layer row of one analysis (used when the very same analysis is saved again). */
async function clearAnalysis(db: Db, aid: string): Promise<void> {
  const exists = await db.selectFrom("analyses").select("id").where("id", "=", aid).executeTakeFirst();
  if (!exists) return;
  await detachAnalysis(db, aid);
  for (const t of ["mentions", "entities", "timexes", "quotes", "evidence", "events"] as const) {
    await db.deleteFrom(t).where("analysis_id", "=", aid).execute();
  }
  await db.deleteFrom("analyses").where("id", "=", aid).execute();
}

async function writeDocument(db: Db, meta: DocumentMeta, aid: string): Promise<void> {
  const row = {
    id: meta.id,
    content_hash: meta.contentHash,
    title: meta.title ?? null,
    url: meta.url ?? null,
    source: meta.source ?? null,
    outlet: outletOf(meta),
    published: meta.published ?? null,
    current_analysis: aid,
    ingested_at: new Date().toISOString(),
  };
  const { id: _id, ingested_at: _at, ...update } = row;
  await db
    .insertInto("documents")
    .values(row)
    .onConflict((oc) => oc.column("id").doUpdateSet(update))
    .execute();
}

async function writeRows(db: Db, rows: AnalysisRows): Promise<void> {
  const actors = [...new Map(rows.actors.map((a) => [a.id, a])).values()];
  for (let i = 0; i < actors.length; i += 1000) {
    await db
      .insertInto("actors")
      .values(actors.slice(i, i + 1000))
      .onConflict((oc) => oc.column("id").doNothing())
      .execute();
  }
  await insertChunked(db, "entities", rows.entities);
  await insertChunked(db, "mentions", rows.mentions);
  await insertChunked(db, "timexes", rows.timexes);
  await insertChunked(db, "quotes", rows.quotes);
  await insertChunked(db, "events", rows.events);
  await insertChunked(db, "evidence", rows.evidence);
}

function evidenceByEvent(rows: AnalysisRows): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const x of rows.evidence) out.set(x.event_id, [...(out.get(x.event_id) ?? []), x.text]);
  return out;
}

async function saveInTx(trx: Db, meta: DocumentMeta, a: StorableAnalysis): Promise<SaveResult> {
  const aid = analysisId(meta.id, a.pipelineVersion, meta.contentHash);
  const rows = buildRows(meta, a, aid);
  const prev = await trx
    .selectFrom("documents")
    .select("current_analysis")
    .where("id", "=", meta.id)
    .executeTakeFirst();
  if (prev?.current_analysis && prev.current_analysis !== aid) await detachAnalysis(trx, prev.current_analysis);
  await clearAnalysis(trx, aid);
  await writeDocument(trx, meta, aid);
  const created_at = new Date().toISOString();
  const analysis = { id: aid, doc_id: meta.id, pipeline_version: a.pipelineVersion, content_hash: meta.contentHash };
  await trx
    .insertInto("analyses")
    .values({ ...analysis, status: a.status, created_at, json: JSON.stringify(a) })
    .execute();
  const doc = { outlet: outletOf(meta), title: meta.title ?? null };
  const merged = await assignMerged(trx, rows.events, evidenceByEvent(rows), doc);
  await writeRows(trx, rows);
  await writeMerged(trx, merged);
  return { analysisId: aid, events: rows.events.length, merged: rows.events.length - merged.created.length };
}

/**
 * Stores whole articles in one transaction: a crash leaves each article wholly in or out. Several articles per
 * transaction share one commit, which is most of the cost of writing a small article.
 */
export async function saveMany(
  db: Db,
  items: readonly { meta: DocumentMeta; analysis: StorableAnalysis }[],
): Promise<SaveResult[]> {
  return db.transaction().execute(async (trx) => {
    const out: SaveResult[] = [];
    for (const { meta, analysis } of items) out.push(await saveInTx(trx, meta, analysis));
    return out;
  });
}
