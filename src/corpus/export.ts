import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { EventFilter, Store } from "../store/store.js";
import { EVENT_COLUMNS, eventRows } from "./event-rows.js";
import { type Row, toCsv } from "./format.js";
import { ACTOR_COLUMNS, actorRow, QUOTE_COLUMNS, quoteRow } from "./output-rows.js";
import { SERIES_COLUMNS, weeklySeries } from "./series.js";

export interface ExportResult {
  dir: string;
  files: { name: string; rows: number }[];
}

function jsonl(items: readonly unknown[]): string {
  return items.map((x) => JSON.stringify(x)).join("\n") + (items.length ? "\n" : "");
}

/**
 * Writes the store's events, quotes and actors as CSV and JSONL, and the weekly conflict-cooperation series per
 * country pair, into `dir` (columns documented in docs/export.md).
 * @example await exportStore(store, "out/")
 */
export async function exportStore(store: Store, dir: string, filter: EventFilter = {}): Promise<ExportResult> {
  await mkdir(dir, { recursive: true });
  const files: ExportResult["files"] = [];
  const put = async (name: string, text: string, rows: number) => {
    await writeFile(join(dir, name), text);
    files.push({ name, rows });
  };
  const events = await store.events(filter);
  const { rows, full } = await eventRows(store, events);
  await put("events.csv", toCsv(rows, EVENT_COLUMNS), rows.length);
  await put("events.jsonl", jsonl(full), full.length);
  const quotes = await store.quotes();
  await put("quotes.csv", toCsv(quotes.map(quoteRow), QUOTE_COLUMNS), quotes.length);
  await put("quotes.jsonl", jsonl(quotes), quotes.length);
  const actors = await store.actors();
  await put("actors.csv", toCsv(actors.map(actorRow), ACTOR_COLUMNS), actors.length);
  await put("actors.jsonl", jsonl(actors), actors.length);
  const series: Row[] = weeklySeries(events);
  await put("series-weekly.csv", toCsv(series, SERIES_COLUMNS), series.length);
  return { dir, files };
}
