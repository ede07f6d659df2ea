// Scores timexes alone: writes scorer-format analyses ({ id, timexes: [{ text, type, value }] }) for every gold
// document to a temp folder and runs the shared scorer on them. Used by time-only.ts (Dyad's time stage without the
// other layers). The chrono-node baseline is printed by `npm run eval` (scripts/lib/baselines.ts).
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { Article } from "../../src/model/document.js";
import { goldArticles, goldFiles, sharedDir } from "../lib/gold-articles.js";

export interface ScoredTimex {
  text: string;
  type: string;
  value: string;
}

/** Runs `extract` over every gold article and prints the scorer's table (extra args go to the scorer). */
export function scoreTimexes(extract: (a: Article) => ScoredTimex[], args: string[]): number {
  const shared = sharedDir();
  if (!shared) {
    console.log("no shared folder: nothing to score");
    return 0;
  }
  const dir = mkdtempSync(join(tmpdir(), "dyad-time-"));
  const gold = join(dir, "gold");
  const pred = join(dir, "pred");
  spawnSync("mkdir", ["-p", gold, pred]);
  for (const f of goldFiles(shared)) copyFileSync(f, join(gold, basename(f)));
  const t0 = performance.now();
  for (const a of goldArticles(shared)) {
    writeFileSync(join(pred, `${a.id}.json`), JSON.stringify({ id: a.id, timexes: extract(a) }));
  }
  console.log(`extracted in ${(performance.now() - t0).toFixed(0)} ms`);
  const r = spawnSync(process.execPath, [join(shared, "eval", "score.mjs"), "--gold", gold, "--pred", pred, ...args], {
    stdio: "inherit",
  });
  return r.status ?? 1;
}
