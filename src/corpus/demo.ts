import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openStore } from "../store/open-store.js";
import type { MergedEvent } from "../store/store.js";
import { createAnalyzer } from "./analyzer-pool.js";
import { EVENT_TABLE_COLUMNS, eventRows } from "./event-rows.js";
import { render } from "./format.js";
import { type IngestSummary, ingest } from "./ingest.js";

/** The corpus shipped with Dyad (data/corpus), found from src/ and from dist/ alike. */
export const CORPUS_DIR = fileURLToPath(new URL("../../data/corpus/", import.meta.url));

export interface DemoOptions {
  /** Store to fill; undefined means a temporary SQLite file, removed afterwards. */
  db?: string | undefined;
  dyad: readonly [string, string];
  workers: number;
}

export interface DemoResult {
  summary: IngestSummary;
  events: MergedEvent[];
  table: string;
}

/** The corpus's JSONL files. */
export function corpusFiles(dir = CORPUS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * Ingests the shipped corpus into a store and returns the timeline of one country pair, as a table.
 * @example const { table } = await runDemo({ dyad: ["USA", "CHN"], workers: 0 })
 */
export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  const temp = options.db === undefined ? mkdtempSync(join(tmpdir(), "dyad-demo-")) : undefined;
  const store = await openStore(options.db ?? join(temp!, "dyad.db"));
  const analyzer = createAnalyzer(options.workers);
  try {
    const summary = await ingest(corpusFiles(), { store, analyzer });
    const events = await store.events({ dyad: options.dyad });
    const { rows } = await eventRows(store, events);
    return { summary, events, table: render(rows, EVENT_TABLE_COLUMNS, "table") };
  } finally {
    await analyzer.close();
    await store.close();
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
}
