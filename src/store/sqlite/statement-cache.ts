import type Database from "better-sqlite3";
import type { SqliteDatabase, SqliteStatement } from "kysely";

/**
 * Kysely's SQLite driver prepares every query anew; an ingest runs the same few dozen statements for each article,
 * and preparing them was a third of the write time. This keeps the most recent prepared statements by SQL text.
 * Safe because better-sqlite3 is synchronous: a statement finishes before the next query reuses it.
 */
export function cachingDatabase(db: Database.Database, max = 256): SqliteDatabase {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => {
      cache.clear();
      db.close();
    },
    prepare: (sql: string): SqliteStatement => {
      let stmt = cache.get(sql);
      if (stmt) {
        // Re-insert to keep the Map in least-recently-used order.
        cache.delete(sql);
      } else {
        stmt = db.prepare(sql);
        if (cache.size >= max) cache.delete(cache.keys().next().value as string);
      }
      cache.set(sql, stmt);
      return stmt as unknown as SqliteStatement;
    },
  };
}
