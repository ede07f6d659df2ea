// Cost of the time stage alone per 800 words, on the gold articles (segmented once, then the time stage repeated):
// node --import tsx scripts/baselines/time-bench.ts
import type { Doc } from "../../src/model/document.js";
import { createDoc } from "../../src/text/create-doc.js";
import { segmentStage } from "../../src/text/segment-stage.js";
import { timeStage } from "../../src/time/stage.js";
import { goldArticles, sharedDir } from "../lib/gold-articles.js";

const shared = sharedDir();
if (!shared) throw new Error("no shared folder");
const ctx = { trace: () => {} };
const docs: Doc[] = goldArticles(shared).map((a) => {
  const d = createDoc(a);
  segmentStage.run(d, ctx);
  return d;
});
const words = docs.reduce((n, d) => n + d.tokens.filter((t) => /\w/.test(t.text)).length, 0);
const rounds = 20;
for (const d of docs) timeStage.run(d, ctx);
// CPU time, best of five batches: the machine is shared, and wall time measures the neighbours too.
let best = Number.POSITIVE_INFINITY;
for (let b = 0; b < 5; b++) {
  const c0 = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const d of docs) timeStage.run(d, ctx);
  const c = process.cpuUsage(c0);
  best = Math.min(best, (c.user + c.system) / 1000 / rounds);
}
console.log(
  `${docs.length} docs, ${words} words: ${best.toFixed(2)} ms CPU per pass, ${((best / words) * 800).toFixed(3)} ms per 800 words`,
);
