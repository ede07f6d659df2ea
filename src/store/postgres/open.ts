import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { createKyselyStore } from "../kysely-store.js";
import type { Store } from "../store.js";
import type { Database } from "../tables.js";

const SCHEMA_NAME = /^[a-z_][a-z0-9_]*$/;

export interface PostgresOptions {
  /** A schema to work in (created if missing); the tests use a fresh one per run. Default: the server's search_path. */
  schema?: string | undefined;
}

function schemaOf(url: string, options: PostgresOptions): string | undefined {
  if (options.schema) return options.schema;
  // `?schema=name` in the URL is accepted too, so the CLI's --db can pick one.
  try {
    return new URL(url).searchParams.get("schema") ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Opens a PostgreSQL store. The pool's search_path is set to the schema, so the shared queries need no prefix.
 * @example const store = await openPostgresStore("postgres://postgres@127.0.0.1:5432/test")
 */
export async function openPostgresStore(url: string, options: PostgresOptions = {}): Promise<Store> {
  const schema = schemaOf(url, options);
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) throw new Error(`invalid schema name ${schema}`);
  const clean = new URL(url);
  clean.searchParams.delete("schema");
  const config: pg.PoolConfig = { connectionString: clean.toString(), max: 4 };
  if (schema) config.options = `-c search_path=${schema}`;
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool(config) }) });
  if (schema) await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
  return createKyselyStore(db, "postgres");
}

/** Drops a schema and everything in it (test clean-up). */
export async function dropPostgresSchema(url: string, schema: string): Promise<void> {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`invalid schema name ${schema}`);
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }),
  });
  try {
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db);
  } finally {
    await db.destroy();
  }
}
