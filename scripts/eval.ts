// npm run eval [-- --verbose] [-- --require events.f1>=0.6 ...]
// Analyses every gold document under ../shared/gold (the seed with --published 2024-10-03, the VOA stories from
// ../shared/corpus/voa-dev.jsonl) and runs ../shared/eval/score.mjs on the analyses, printing its table.
// Arguments are passed to the scorer; --keep keeps the analyses and prints where. Without ../shared (or $DYAD_SHARED) it says so and exits 0.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { analyzeArticle } from "../src/analyze.js";
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
    ...process.argv.slice(2).filter((a) => a !== "--keep"),
  ],
  { stdio: "inherit" },
);
if (!process.argv.includes("--keep")) rmSync(work, { recursive: true, force: true });
else console.log(`analyses kept in ${out}`);
process.exit(r.status ?? 1);
