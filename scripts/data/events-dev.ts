// Prints the events of the VOA dev stories that have no gold (all stories with --all), one per line with sides, status,
// date, trigger and how the sides were found: a reading aid for checking that lexicon and grammar changes generalize.
// With --bench it prints instead the events stage's CPU time per 800 words over the whole corpus, after a warm-up.
// Usage: node --import tsx scripts/data/events-dev.ts [--all] [--bench] [id ...]
import { basename } from "node:path";
import { analyzeArticle } from "../../src/analyze.js";
import { extractEvents } from "../../src/events/stage.js";
import { corpusArticles, goldFiles, sharedDir } from "../lib/gold-articles.js";

const shared = sharedDir();
if (!shared) process.exit(0);
const args = process.argv.slice(2);
const gold = new Set(goldFiles(shared).map((f) => basename(f, ".gold.json")));
const ids = new Set(args.filter((a) => !a.startsWith("--")));
const articles = corpusArticles(shared).filter((a) =>
  ids.size > 0 ? ids.has(a.id) : args.includes("--all") || args.includes("--bench") || !gold.has(a.id),
);
const docs = articles.map((a) => analyzeArticle(a).doc);

if (args.includes("--bench")) {
  let words = 0;
  for (const d of docs) words += d.tokens.filter((t) => /\w/.test(t.text)).length;
  for (let r = 0; r < 3; r++) for (const d of docs) extractEvents(d);
  const rounds = 10;
  const c0 = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const d of docs) extractEvents(d);
  const c = process.cpuUsage(c0);
  const ms = (c.user + c.system) / 1000 / rounds;
  console.log(
    `${docs.length} stories, ${words} words: events stage ${((ms / words) * 800).toFixed(2)} ms CPU per 800 words`,
  );
} else {
  for (const doc of docs) {
    console.log(`== ${doc.id} ${doc.published ?? ""}`);
    for (const e of doc.events) {
      const side = (x: typeof e.actor) => x.map((r) => `${r.country}:${r.name ?? ""}`).join("+") || "-";
      const ev = doc.text.slice(e.evidence[0]!.start, e.evidence[0]!.end).slice(0, 120);
      const note = e.provenance.note?.replace(/lemma=\S+ /, "") ?? "";
      console.log(
        `  ${e.type} ${side(e.actor)} -> ${side(e.recipient)} [${e.status}] ${e.date?.value ?? "null"} «${e.trigger.text}» ${note} | ${ev}`,
      );
    }
  }
}
