// npm run bench: throughput of the whole pipeline in one process (one core), and the CPU cost of each stage per
// 800-word article (the KB's one-time load is paid in the warm-up and reported apart), on the VOA dev corpus repeated to at least 2 MB of text (or the embedded corpus without ../shared).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeArticle, checkDate } from "../src/analyze.js";
import type { Article } from "../src/model/document.js";
import { DEFAULT_STAGES } from "../src/pipeline/default.js";
import { buildPipeline } from "../src/pipeline/pipeline.js";
import type { Stage } from "../src/pipeline/stage.js";
import { createDoc } from "../src/text/create-doc.js";
import { corpusArticles, sharedDir } from "./lib/gold-articles.js";

const MIN_BYTES = 2 * 1024 * 1024;

function baseCorpus(): { name: string; articles: Article[] } {
  const shared = sharedDir();
  if (shared) return { name: "VOA dev corpus", articles: corpusArticles(shared) };
  const dir = join(import.meta.dirname, "..", "data", "corpus");
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".jsonl")) : [];
  const articles = files.flatMap((f) =>
    readFileSync(join(dir, f), "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => {
        const o = JSON.parse(l) as { id: string; title?: string; text: string; published?: string };
        return { id: o.id, title: o.title, raw: o.text, published: o.published };
      }),
  );
  return { name: "embedded corpus (data/corpus)", articles };
}

const { name, articles: base } = baseCorpus();
if (base.length === 0) {
  console.error("bench: no corpus found");
  process.exit(1);
}
const articles: Article[] = [];
let bytes = 0;
for (let round = 0; bytes < MIN_BYTES; round++) {
  for (const a of base) {
    articles.push({ ...a, id: `${a.id}-${round}` });
    bytes += Buffer.byteLength(a.raw);
  }
}

// Each stage is wrapped to accumulate its own CPU time (user + system): on a shared machine wall time also measures
// the neighbours, CPU time much less so.
const stageMs = new Map<string, number>();
const timed: Stage[] = DEFAULT_STAGES.map((s) => ({
  ...s,
  run(doc, ctx) {
    const c = process.cpuUsage();
    s.run(doc, ctx);
    const u = process.cpuUsage(c);
    stageMs.set(s.name, (stageMs.get(s.name) ?? 0) + (u.user + u.system) / 1000);
  },
}));
const pipeline = buildPipeline(timed);

const tw = performance.now();
analyzeArticle(base[0]!, { pipeline }); // first article: loads the lazy tables
const firstMs = performance.now() - tw;
for (const a of base.slice(1, 6)) analyzeArticle(a, { pipeline }); // warm-up: JIT
stageMs.clear();
let words = 0;
let tokens = 0;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (const a of articles) {
  const { doc } = analyzeArticle(a, { pipeline });
  tokens += doc.tokens.length;
  words += doc.tokens.filter((t) => t.pos !== "PUNCT").length;
}
const secs = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const per800 = (ms: number) => (ms / words) * 800;

console.log(`corpus: ${name}, ${base.length} articles repeated to ${articles.length} (${(bytes / 1e6).toFixed(2)} MB)`);
console.log(
  `throughput (one process, one core): ${(articles.length / secs).toFixed(1)} articles/s, ${Math.round(tokens / secs).toLocaleString("en-US")} tokens/s`,
);
console.log(
  `per 800-word article: ${per800(secs * 1000).toFixed(2)} ms wall, ${per800((cpu.user + cpu.system) / 1000).toFixed(2)} ms CPU`,
);
console.log("stage CPU cost in the pipeline per 800-word article (including collecting the others' garbage):");
for (const s of DEFAULT_STAGES) console.log(`  ${s.name.padEnd(10)} ${per800(stageMs.get(s.name) ?? 0).toFixed(3)} ms`);
console.log("stage CPU cost in isolation (stage alone over the base corpus, best of 3 rounds) per 800-word article:");
for (const [name, ms] of isolatedStageCosts()) console.log(`  ${name.padEnd(10)} ${ms.toFixed(3)} ms`);
console.log(`first article (loads the knowledge tables once per process): ${firstMs.toFixed(0)} ms`);
console.log(`peak memory (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

/**
 * Each stage alone: documents are prepared by the stages before it (not timed), then the stage runs over all of them.
 * In the pipeline a stage also pays for collecting the garbage of the others; alone it pays for its own work.
 */
function isolatedStageCosts(): [string, number][] {
  const ctx = { trace: () => {} };
  const out: [string, number][] = [];
  DEFAULT_STAGES.forEach((stage, i) => {
    let best = Number.POSITIVE_INFINITY;
    let stageWords = 0;
    for (let round = 0; round < 3; round++) {
      const docs = base.map((a) => {
        const doc = createDoc({ ...a, published: a.published ? checkDate(a.published) : undefined });
        for (const before of DEFAULT_STAGES.slice(0, i)) before.run(doc, ctx);
        return doc;
      });
      stageWords = 0;
      const c = process.cpuUsage();
      for (const doc of docs) stage.run(doc, ctx);
      const u = process.cpuUsage(c);
      for (const doc of docs) stageWords += doc.tokens.filter((t) => t.pos !== "PUNCT").length;
      best = Math.min(best, (u.user + u.system) / 1000);
    }
    out.push([stage.name, (best / stageWords) * 800]);
  });
  return out;
}
