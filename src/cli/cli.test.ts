import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { AnalysisSchema } from "../schema/analysis.js";

const ROOT = join(import.meta.dirname, "..", "..");
const SAMPLE = join(ROOT, "data", "samples", "japan-philippines.txt");
const BATCH = join(ROOT, "test", "fixtures", "batch.jsonl");

function dyad(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "src", "cli", "main.ts"), ...args], {
    encoding: "utf8",
    cwd: ROOT,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test("dyad analyze --format json: one analysis that validates against the schema", () => {
  const r = dyad("analyze", SAMPLE, "--published", "2024-07-09", "--format", "json");
  assert.equal(r.code, 0, r.err);
  const parsed = AnalysisSchema.safeParse(JSON.parse(r.out));
  assert.ok(parsed.success, parsed.success ? "" : parsed.error.message);
  assert.equal(parsed.data.published, "2024-07-09");
  assert.equal(parsed.data.title, "Japan and Philippines sign defense pact as tensions rise in South China Sea");
  assert.ok(parsed.data.sentences.length >= 8);
});

test("dyad analyze: a batch reports the bad lines by number, carries on, and exits 1", () => {
  const r = dyad("analyze", BATCH, "--format", "jsonl");
  assert.equal(r.code, 1);
  const ids = r.out
    .trim()
    .split("\n")
    .map((l) => (JSON.parse(l) as { id: string }).id);
  assert.deepEqual(ids, ["f1", "f2", "f5"]);
  assert.match(r.err, /batch\.jsonl:3: malformed JSON/);
  assert.match(r.err, /batch\.jsonl:4: not a publication date: "2024-13-45"/);
  const noDate = JSON.parse(r.out.trim().split("\n")[2]!) as { diagnostics: { code: string }[] };
  assert.ok(noDate.diagnostics.some((d) => d.code === "input.no-publication-date"));
});

test("dyad analyze --out DIR --format text: one report per article", () => {
  const out = mkdtempSync(join(tmpdir(), "dyad-cli-"));
  const r = dyad("analyze", BATCH, "--out", out, "--format", "text", "--quiet");
  assert.equal(r.code, 1);
  assert.deepEqual(readdirSync(out).sort(), ["f1.txt", "f2.txt", "f5.txt"]);
  assert.match(readFileSync(join(out, "f1.txt"), "utf8"), /^# Envoys meet in Oslo/);
});

test("dyad: usage errors exit 2 with a message; --help explains", () => {
  const bad = dyad("analyze", SAMPLE, "--format", "xml");
  assert.equal(bad.code, 2);
  assert.match(bad.err, /unknown --format "xml"/);
  const date = dyad("analyze", SAMPLE, "--published", "yesterday");
  assert.notEqual(date.code, 0);
  assert.match(date.err, /not a publication date/);
  const help = dyad("analyze", "--help");
  assert.equal(help.code, 0);
  assert.match(help.out, /--published YYYY-MM-DD/);
  assert.equal(dyad("frobnicate").code, 2);
});

test("dyad analyze --schema prints a JSON Schema", () => {
  const r = dyad("analyze", "--schema");
  assert.equal(r.code, 0);
  const schema = JSON.parse(r.out) as { properties: Record<string, unknown> };
  for (const field of ["entities", "timexes", "quotes", "events", "sentences", "diagnostics"]) {
    assert.ok(field in schema.properties, field);
  }
});
