// npm run eval [-- --verbose] [-- --require events.f1>=0.6 ...]
// Analyses every gold document under ../shared/gold (the seed with --published 2024-10-03, the VOA stories from
// ../shared/corpus/voa-dev.jsonl) and runs ../shared/eval/score.mjs on the analyses, printing its table.
// Arguments are passed to the scorer; --keep keeps the analyses and prints where; --no-baselines skips the
// baseline rows (compromise for entities, chrono-node for time) printed after the table. Without ../shared (or $DYAD_SHARED) it says so and exits 0.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { analyzeArticle } from "../src/analyze.js";
import { AnalysisSchema } from "../src/schema/analysis.js";
import { baselineAnalysis } from "./lib/baselines.js";
import { goldArticles, goldFiles, sharedDir } from "./lib/gold-articles.js";

const shared = sharedDir();
if (!shared) {
  console.log("eval: no ../shared folder (or $DYAD_SHARED) with eval/score.mjs: nothing to evaluate");
  process.exit(0);
}
// A fresh folder per run, so that runs side by side do not overwrite each other's analyses.
const work = mkdtempSync(join(tmpdir(), "dyad-eval-"));
const out = join(work, "pred");
// The scorer reads one folder of gold files; ours are in gold/ and gold/voa/, so they are gathered flat first.
const gold = join(work, "gold");
for (const dir of [out, gold]) mkdirSync(dir, { recursive: true });
for (const f of goldFiles(shared)) copyFileSync(f, join(gold, basename(f)));
const articles = goldArticles(shared);
const t0 = performance.now();
let failed = 0;
for (const article of articles) {
  const { analysis, status } = analyzeArticle(article);
  if (status !== "ok") {
    failed++;
    const errors = analysis.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.stage}: ${d.message}`);
    console.error(`eval: ${article.id} ${status}: ${errors.join("; ")}`);
  }
  // Every analysis must match the published schema; a mismatch fails the eval (and so CI).
  const valid = AnalysisSchema.safeParse(analysis);
  if (!valid.success) {
    failed++;
    console.error(`eval: ${article.id} does not match the analysis schema: ${valid.error.message.slice(0, 400)}`);
    process.exitCode = 1;
  }
  writeFileSync(join(out, `${article.id}.json`), JSON.stringify(analysis));
}
const ms = performance.now() - t0;
console.log(`analysed ${articles.length} gold documents in ${ms.toFixed(0)} ms${failed ? ` (${failed} not ok)` : ""}`);
const r = spawnSync(
  process.execPath,
  [
    join(shared, "eval", "score.mjs"),
    "--gold",
    gold,
    "--pred",
    out,
    ...process.argv.slice(2).filter((a) => a !== "--keep" && a !== "--no-baselines"),
  ],
  { stdio: "inherit" },
);
const status = r.status === 0 && process.exitCode === 1 ? 1 : (r.status ?? 1);
if (!process.argv.includes("--no-baselines")) printBaselines();
if (!process.argv.includes("--keep")) rmSync(work, { recursive: true, force: true });
else console.log(`analyses kept in ${out}`);
process.exit(status);

/** The same gold scored for the baselines (compromise for entities, chrono-node for time), rows only. */
function printBaselines(): void {
  const dir = join(work, "baseline");
  mkdirSync(dir, { recursive: true });
  for (const a of articles) writeFileSync(join(dir, `${a.id}.json`), JSON.stringify(baselineAnalysis(a)));
  const b = spawnSync(process.execPath, [join(shared!, "eval", "score.mjs"), "--gold", gold, "--pred", dir], {
    encoding: "utf8",
  });
  const rows = b.stdout.split("\n").filter((l) => /^(entities|timexes) /.test(l));
  console.log("baselines on the same gold (entities: compromise 14; time: chrono-node 2.10 alone):");
  for (const row of rows) console.log(row);
}
