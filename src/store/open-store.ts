import { openPostgresStore } from "./postgres/open.js";
import { openSqliteStore } from "./sqlite/open.js";
import type { Store } from "./store.js";

/** The default store: an SQLite file in the working directory. */
export const DEFAULT_DB = "./dyad.db";

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

/**
 * Opens the store named by `--db`: a postgres:// URL (optionally `?schema=name`) or an SQLite file path.
 * @example await openStore("postgres://postgres@127.0.0.1:5432/test?schema=news")
 */
export async function openStore(db: string = DEFAULT_DB): Promise<Store> {
  return POSTGRES_URL.test(db) ? openPostgresStore(db) : openSqliteStore(db);
}
