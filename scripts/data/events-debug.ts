// Prints the events of each gold story (or of the ids given) one per line, with the trigger, sides, status, date and
// how the actor was found: a reading aid for tuning data/events/triggers.tsv. Usage:
// node --import tsx scripts/data/events-debug.ts [id ...]
import { analyzeArticle } from "../../src/analyze.js";
import { goldArticles, sharedDir } from "../lib/gold-articles.js";

const shared = sharedDir();
if (!shared) process.exit(0);
const want = new Set(process.argv.slice(2));
for (const article of goldArticles(shared)) {
  if (want.size > 0 && !want.has(article.id)) continue;
  const { doc } = analyzeArticle(article);
  console.log(`== ${article.id} ${doc.published ?? ""}`);
  for (const e of doc.events) {
    const side = (l: typeof e.actor) => l.map((a) => `${a.country}:${a.name ?? ""}`).join("+") || "-";
    const date = e.date ? e.date.value : "null";
    console.log(
      `  ${e.type}${e.reciprocal ? "(R)" : ""} ${side(e.actor)} -> ${side(e.recipient)} [${e.status}${e.statusCue ? `:${e.statusCue.text}` : ""}] ${date} «${e.trigger.text}» ${e.provenance.note ?? ""} | ${e.evidence[0]?.text.slice(0, 90)}`,
    );
  }
}
