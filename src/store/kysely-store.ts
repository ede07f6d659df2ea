import type { Kysely } from "kysely";
import { DyadError } from "../model/errors.js";
import { migrate } from "./migrations.js";
import * as read from "./queries.js";
import type { Store } from "./store.js";
import type { Database } from "./tables.js";
import * as write from "./writer.js";

/** Wraps database failures in DyadError("store.error") so the CLI reports them in its one place. */
async function guard<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof DyadError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    throw new DyadError("store.error", `${what}: ${message}`);
  }
}

/**
 * The store over any Kysely database: the same queries run on SQLite and PostgreSQL; only the dialect differs.
 * Applies pending migrations before returning.
 */
export async function createKyselyStore(
  db: Kysely<Database>,
  kind: Store["kind"],
  onClose: () => Promise<void> = async () => {},
): Promise<Store> {
  await guard("migrating the store", () => migrate(db));
  return {
    kind,
    admit: (id, hash, version) => guard("checking an article", () => write.admit(db, id, hash, version)),
    save: async (meta, analysis) =>
      (await guard(`saving ${meta.id}`, () => write.saveMany(db, [{ meta, analysis }])))[0]!,
    saveMany: (items) => guard(`saving ${items.length} articles`, () => write.saveMany(db, items)),
    events: (f) => guard("querying events", () => read.events(db, f)),
    reports: (ids) => guard("querying event reports", () => read.reports(db, ids)),
    quotes: (f) => guard("querying quotes", () => read.quotes(db, f)),
    actors: (f) => guard("querying actors", () => read.actors(db, f)),
    hasDocument: (id) => guard("querying documents", () => read.hasDocument(db, id)),
    relatedDocuments: (id) => guard("querying documents", () => read.relatedDocuments(db, id)),
    counts: () => guard("counting rows", () => read.counts(db)),
    close: async () => {
      await db.destroy();
      await onClose();
    },
  };
}
