import Database from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { DyadError } from "../../model/errors.js";
import { createKyselyStore } from "../kysely-store.js";
import type { Store } from "../store.js";
import type { Database as Schema } from "../tables.js";
import { cachingDatabase } from "./statement-cache.js";

/**
 * Opens (creating if needed) an SQLite store file. WAL keeps readers unblocked while an ingest writes, and
 * synchronous=NORMAL under WAL still never corrupts the file on a crash: at worst the last commits are lost whole.
 * @example const store = await openSqliteStore("./dyad.db")
 */
export async function openSqliteStore(path: string): Promise<Store> {
  let sqlite: Database.Database;
  try {
    sqlite = new Database(path);
  } catch (err) {
    throw new DyadError("store.error", `cannot open SQLite file ${path}: ${(err as Error).message}`);
  }
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("busy_timeout = 5000");
  // Checkpoints copy the WAL into the file and sync it; doing that every 4,000 pages instead of 1,000 keeps
  // commits cheap during an ingest (the WAL file grows to ~16 MB at most).
  sqlite.pragma("wal_autocheckpoint = 4000");
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: cachingDatabase(sqlite) }) });
  return createKyselyStore(db, "sqlite");
}
