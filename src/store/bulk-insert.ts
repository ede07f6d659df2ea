import { CompiledQuery, type InsertObject, type Kysely } from "kysely";
import type { Database } from "./tables.js";

type Db = Kysely<Database>;

// Both databases accept far more bound parameters than this per statement (SQLite 32766, PostgreSQL 65535).
const MAX_PARAMS = 30_000;
// Shapes seen per dialect: a handful of tables times the row counts of a chunk; beyond this the cache restarts.
const MAX_SHAPES = 1024;

/**
 * SQL text per insert shape (table, columns, row count), per dialect. Building each multi-row INSERT through
 * Kysely's query tree cost more than running it; the text only depends on the shape, so it is compiled once.
 * Keyed by the dialect's adapter, which a Kysely instance shares with all its transactions.
 */
const shapes = new WeakMap<object, Map<string, string>>();

function sqlFor<T extends keyof Database>(db: Db, table: T, columns: readonly string[], count: number): string {
  const adapter = db.getExecutor().adapter;
  let cache = shapes.get(adapter);
  if (!cache) {
    cache = new Map();
    shapes.set(adapter, cache);
  }
  const key = `${table}\t${count}\t${columns.join(",")}`;
  let text = cache.get(key);
  if (text === undefined) {
    // A row of nulls with the same columns compiles to the same text, one placeholder a value.
    const row = Object.fromEntries(columns.map((c) => [c, null]));
    const rows = Array.from({ length: count }, () => row) as InsertObject<Database, T>[];
    text = db.insertInto(table).values(rows).compile().sql;
    if (cache.size >= MAX_SHAPES) cache.clear();
    cache.set(key, text);
  }
  return text;
}

/** Values in column order, or undefined when a row lacks a column (Kysely would then insert the default). */
function flatten(rows: readonly object[], columns: readonly string[]): unknown[] | undefined {
  const out: unknown[] = [];
  for (const r of rows) {
    const rec = r as Record<string, unknown>;
    for (const c of columns) {
      const v = rec[c];
      if (v === undefined) return undefined;
      out.push(v);
    }
  }
  return out;
}

/** Inserts rows of one table in as few statements as the bound-parameter limit allows. */
export async function insertChunked<T extends keyof Database>(
  db: Db,
  table: T,
  rows: readonly object[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const size = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size);
    const params = flatten(chunk, columns);
    if (params && chunk.every((r) => Object.keys(r).length === columns.length)) {
      await db.executeQuery(CompiledQuery.raw(sqlFor(db, table, columns, chunk.length), params));
    } else {
      // Rows come from buildRows with each table's exact shape; Kysely cannot check a table chosen at run time.
      await db
        .insertInto(table)
        .values(chunk as InsertObject<Database, T>[])
        .execute();
    }
  }
}
