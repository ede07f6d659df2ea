import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { openSqliteStore } from "../store/sqlite/open.js";
import { createAnalyzer } from "./analyzer-pool.js";
import { corpusFiles } from "./demo.js";
import { contentHash, ingest } from "./ingest.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-ingest-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const corpus = corpusFiles();
const total = corpus.flatMap((f) => readFileSync(f, "utf8").trim().split("\n")).length;

test("ingesting twice stores every article once and skips them all the second time", async () => {
  const store = await openSqliteStore(join(dir, "twice.db"));
  const analyzer = createAnalyzer(0);
  try {
    const first = await ingest(corpus, { store, analyzer });
    assert.equal(first.stored.ok + first.stored.partial + first.stored.failed, total);
    assert.deepEqual(first.failed, []);
    const counts = await store.counts();
    const second = await ingest(corpus, { store, analyzer });
    assert.equal(second.skipped.unchanged, total);
    assert.deepEqual(await store.counts(), counts);
  } finally {
    await store.close();
  }
});

test("a bad line, an empty article and a duplicate never stop the batch", async () => {
  const lines = readFileSync(corpus[0]!, "utf8").trim().split("\n").slice(0, 3);
  const copy = { ...(JSON.parse(lines[0]!) as Record<string, unknown>), id: "same-text-other-id" };
  const bad = [
    "{not json",
    JSON.stringify({ id: "empty", text: "  " }),
    JSON.stringify(copy),
    `{"id":"x","text":"Hi.","published":"2023-13-45"}`,
  ];
  const path = join(dir, "mixed.jsonl");
  writeFileSync(path, `${[lines[0], bad[0], lines[1], bad[1], bad[2], bad[3], lines[2]].join("\n")}\n`);
  const store = await openSqliteStore(join(dir, "mixed.db"));
  try {
    const s = await ingest([path], { store, analyzer: createAnalyzer(0) });
    assert.equal(s.stored.ok + s.stored.partial, 3);
    assert.equal(s.skipped.duplicate, 1);
    assert.deepEqual(s.failed.map((f) => f.code).sort(), ["input.bad-date", "input.bad-json", "input.empty"]);
  } finally {
    await store.close();
  }
});

test("worker threads analyse what the main thread stores (tsx from src)", async () => {
  const store = await openSqliteStore(join(dir, "workers.db"));
  const analyzer = createAnalyzer(2);
  try {
    const s = await ingest(corpus, { store, analyzer });
    assert.deepEqual(s.failed, []);
    assert.equal((await store.counts()).documents, total);
  } finally {
    await analyzer.close();
    await store.close();
  }
});

test("content hash: same text under another id is the same content; an edit is not", () => {
  const a = { id: "a", title: "T", raw: "Text.", published: "2024-01-01" };
  assert.equal(contentHash(a), contentHash({ ...a, id: "b" }));
  assert.notEqual(contentHash(a), contentHash({ ...a, raw: "Text!" }));
  assert.notEqual(contentHash(a), contentHash({ ...a, published: "2024-01-02" }));
});
