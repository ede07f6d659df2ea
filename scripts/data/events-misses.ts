// For every gold event of the dev stories, prints the system events of the sentence stating it, the triggers found
// there and the actor mentions: a reading aid to group misses by cause. Usage:
// node --import tsx scripts/data/events-misses.ts [id ...]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeArticle } from "../../src/analyze.js";
import { findTriggers } from "../../src/events/match-triggers.js";
import { actorMentionsBySentence } from "../../src/events/mentions.js";
import { goldArticles, sharedDir } from "../lib/gold-articles.js";

const shared = sharedDir();
if (!shared) process.exit(0);
const want = new Set(process.argv.slice(2));
interface GoldEvent {
  id: string;
  type: string;
  actor?: string[];
  recipient?: string[];
  key: string;
  optional?: boolean;
}
for (const article of goldArticles(shared)) {
  if (want.size > 0 && !want.has(article.id)) continue;
  const file = article.id === "seed" ? "seed.gold.json" : `voa/${article.id}.gold.json`;
  const gold = JSON.parse(readFileSync(join(shared, "gold", file), "utf8")) as { events?: GoldEvent[] };
  const { doc } = analyzeArticle(article);
  const bySentence = actorMentionsBySentence(doc);
  console.log(`== ${article.id}`);
  for (const g of gold.events ?? []) {
    if (g.optional) continue;
    const at = doc.text.indexOf(g.key);
    const si = doc.sentences.findIndex((s) => s.start <= at && at < s.end);
    const s = doc.sentences[si];
    if (!s) continue;
    const evs = doc.events.filter((e) => e.evidence.some((x) => x.sentence === si));
    const hit = evs.some((e) => e.type === g.type);
    if (hit) continue;
    console.log(`-- ${g.id} ${g.type} ${g.actor?.join("+")}->${g.recipient?.join("+")}`);
    console.log(`   S: ${doc.text.slice(s.start, s.end).slice(0, 220)}`);
    const trig = findTriggers(doc.tokens, s.tokenStart, s.tokenEnd).map(
      (m) =>
        `${m.entry.type}:${doc.tokens
          .slice(m.first, m.last)
          .map((t) => t.text)
          .join(" ")}`,
    );
    console.log(`   triggers: ${trig.join(", ")}`);
    console.log(`   mentions: ${(bySentence[si] ?? []).map((m) => `${m.mention.text}/${m.country}`).join(", ")}`);
    for (const e of evs)
      console.log(
        `   sys: ${e.type} ${e.actor.map((a) => a.country).join("+")}->${e.recipient.map((a) => a.country).join("+")} «${e.trigger.text}»`,
      );
  }
}
