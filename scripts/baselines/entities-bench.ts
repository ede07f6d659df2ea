// CPU cost of the entities stage per 800-word article on the VOA dev corpus: documents are segmented once up front,
// then the stage alone is timed with process.cpuUsage() (wall time is noisy on a shared machine), best of N rounds.
// Also reports the knowledge base's load time. Run: node --import tsx scripts/baselines/entities-bench.ts [rounds]
import { corpusArticles, sharedDir } from "../lib/gold-articles.js";

const t0 = performance.now();
const { loadKb } = await import("../../src/kb/index.js");
const keys = loadKb().keys;
const kbMs = performance.now() - t0;
const { createDoc } = await import("../../src/text/create-doc.js");
const { segmentStage } = await import("../../src/text/segment-stage.js");
const { entityStage } = await import("../../src/entities/stage.js");

import type { Doc } from "../../src/model/document.js";

const shared = sharedDir();
if (!shared) throw new Error("entities-bench: no shared folder");
const articles = corpusArticles(shared);
const ctx = {} as never;
const fresh = (): Doc[] =>
  articles.map((a) => {
    const doc = createDoc(a);
    segmentStage.run(doc, ctx);
    return doc;
  });
let words = 0;
for (const d of fresh()) words += d.tokens.filter((t) => t.pos !== "PUNCT").length;
const rounds = Number(process.argv[2] ?? 8);
let best = Number.POSITIVE_INFINITY;
for (let r = 0; r < rounds; r++) {
  const docs = fresh();
  const cpu0 = process.cpuUsage();
  for (const d of docs) entityStage.run(d, ctx);
  const cpu = process.cpuUsage(cpu0);
  const ms = (cpu.user + cpu.system) / 1000;
  if (r > 0) best = Math.min(best, ms); // round 0 is warm-up
}
console.log(`kb load ${kbMs.toFixed(1)} ms (${keys} keys, import included)`);
console.log(
  `${articles.length} articles, ${words} words; entities best CPU ${((best / words) * 800).toFixed(3)} ms/800 words`,
);
