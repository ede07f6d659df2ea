import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { openSqliteStore } from "../store/sqlite/open.js";
import { corpusFiles } from "./demo.js";

/**
 * Crash safety: an ingest killed with SIGKILL partway, then resumed, must end with exactly what an uninterrupted run
 * stores, and no article may ever be half-written.
 */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "dyad-crash-"));
after(() => rmSync(dir, { recursive: true, force: true }));

/** The shipped corpus repeated under distinct ids and titles, so every copy is a new article. */
function bigCorpus(copies: number): string {
  const base = corpusFiles().flatMap((f) => readFileSync(f, "utf8").trim().split("\n"));
  const lines: string[] = [];
  for (let c = 0; c < copies; c++) {
    for (const line of base) {
      const a = JSON.parse(line) as { id: string; title: string };
      lines.push(JSON.stringify({ ...a, id: `${a.id}-c${c}`, title: `${a.title} (${c})` }));
    }
  }
  const path = join(dir, "corpus.jsonl");
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

/** Runs `dyad ingest`; with `killAfter`, SIGKILLs it once a progress line reports that many articles read. */
function runIngest(corpus: string, db: string, killAfter?: number): Promise<{ code: number | null; killed: boolean }> {
  const args = ["--import", "tsx", "src/cli/main.ts", "ingest", corpus, "--db", db, "--workers", "1"];
  const child = spawn(process.execPath, [...args, "--progress-every", "5"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let killed = false;
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (chunk: string) => {
    const read = [...chunk.matchAll(/ingest: (\d+) read/g)].map((m) => Number(m[1]));
    if (killAfter !== undefined && !killed && read.some((n) => n >= killAfter)) {
      killed = true;
      child.kill("SIGKILL");
    }
  });
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, killed })));
}

async function countsOf(db: string) {
  const store = await openSqliteStore(db);
  try {
    return await store.counts();
  } finally {
    await store.close();
  }
}

/** Every stored analysis has exactly the event and quote rows its JSON lists: nothing half-written. */
function assertWhole(db: string): void {
  const sqlite = new Database(db, { readonly: true });
  try {
    const rows = sqlite.prepare("select id, json from analyses").all() as { id: string; json: string }[];
    const count = (table: string, id: string) =>
      (sqlite.prepare(`select count(*) as n from ${table} where analysis_id = ?`).get(id) as { n: number }).n;
    for (const r of rows) {
      const a = JSON.parse(r.json) as { events: unknown[]; quotes: unknown[] };
      assert.equal(count("events", r.id), a.events.length, `events of ${r.id}`);
      assert.equal(count("quotes", r.id), a.quotes.length, `quotes of ${r.id}`);
    }
  } finally {
    sqlite.close();
  }
}

test("an ingest killed partway and resumed stores exactly what an uninterrupted run stores", async () => {
  const corpus = bigCorpus(15);
  const total = readFileSync(corpus, "utf8").trim().split("\n").length;
  const clean = join(dir, "clean.db");
  const crashed = join(dir, "crashed.db");

  const first = await runIngest(corpus, crashed, 25);
  assert.ok(first.killed, "the ingest finished before it could be killed; make the corpus bigger");
  const partial = await countsOf(crashed);
  assert.ok(partial.documents > 0 && partial.documents < total, `partial run stored ${partial.documents}/${total}`);
  assertWhole(crashed);

  assert.equal((await runIngest(corpus, crashed)).code, 0);
  assert.equal((await runIngest(corpus, clean)).code, 0);
  const resumed = await countsOf(crashed);
  assert.equal(resumed.documents, total);
  assert.deepEqual(resumed, await countsOf(clean));
  assertWhole(crashed);
});
