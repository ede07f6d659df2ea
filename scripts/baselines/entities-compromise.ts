/**
 * Baseline for the entities layer: compromise's people(), places() and organizations() over the gold documents
 * (the seed article, published 2024-10-03, and the VOA stories of /work/shared/corpus/voa-dev.jsonl that have gold),
 * written in the scorer's format to a temporary folder and scored with /work/shared/eval/score.mjs.
 *
 *   node --import tsx scripts/baselines/entities-compromise.ts [--verbose]
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nlp from "compromise";

const SHARED = "/work/shared";
const GOLD = join(SHARED, "gold");

interface Article {
  id: string;
  text: string;
}

/** The gold documents' texts: the seed article and the VOA stories that have a gold file. */
function goldArticles(): Article[] {
  const ids = new Set(readdirSync(join(GOLD, "voa")).map((f) => f.replace(".gold.json", "")));
  const out: Article[] = [{ id: "seed", text: readFileSync(join(SHARED, "seed/article.txt"), "utf8") }];
  for (const line of readFileSync(join(SHARED, "corpus/voa-dev.jsonl"), "utf8").split("\n")) {
    if (line.trim() === "") continue;
    const d = JSON.parse(line) as { id: string; title?: string; text: string };
    if (ids.has(d.id)) out.push({ id: d.id, text: d.title ? `${d.title}\n\n${d.text}` : d.text });
  }
  return out;
}

/** One entity per distinct surface, typed by the compromise method that found it. */
function analyze(a: Article): { id: string; entities: { name: string; type: string; mentions: { text: string }[] }[] } {
  const doc = nlp(a.text);
  const found = new Map<string, { name: string; type: string; mentions: { text: string }[] }>();
  const add = (texts: string[], type: string) => {
    for (const raw of texts) {
      const name = raw
        .replace(/[.,;:!?'"“”’]+$/u, "")
        .replace(/^[“"']+/u, "")
        .trim();
      if (name === "") continue;
      const e = found.get(name) ?? { name, type, mentions: [] };
      e.mentions.push({ text: name });
      found.set(name, e);
    }
  };
  add(doc.people().out("array") as string[], "PERSON");
  add(doc.places().out("array") as string[], "GPE");
  add(doc.organizations().out("array") as string[], "ORG");
  return { id: a.id, entities: [...found.values()] };
}

function main(): void {
  if (!existsSync(GOLD)) throw new Error(`no gold at ${GOLD}`);
  const dir = mkdtempSync(join(tmpdir(), "dyad-entities-compromise-"));
  // The scorer reads one folder of gold files, so the seed and the VOA gold files are linked into one.
  const goldDir = mkdtempSync(join(tmpdir(), "dyad-gold-"));
  for (const f of readdirSync(GOLD))
    if (f.endsWith(".gold.json")) writeFileSync(join(goldDir, f), readFileSync(join(GOLD, f)));
  for (const f of readdirSync(join(GOLD, "voa"))) writeFileSync(join(goldDir, f), readFileSync(join(GOLD, "voa", f)));
  for (const a of goldArticles()) writeFileSync(join(dir, `${a.id}.json`), JSON.stringify(analyze(a)));
  const args = [join(SHARED, "eval/score.mjs"), "--gold", goldDir, "--pred", dir];
  if (process.argv.includes("--verbose")) args.push("--verbose");
  const out = execFileSync("node", args, { encoding: "utf8" });
  const lines = out.split("\n");
  if (process.argv.includes("--verbose")) console.log(lines.filter((l) => l.includes("entity")).join("\n"));
  console.log(lines.filter((l) => l.startsWith("layer") || l.startsWith("entities")).join("\n"));
  console.log(`analyses: ${dir}`);
}

main();
