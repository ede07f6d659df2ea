import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Article } from "../../src/model/document.js";

/** Where the shared evaluation folder is: $DYAD_SHARED, or ../shared beside the repository. */
export function sharedDir(): string | undefined {
  const dir = resolve(process.env.DYAD_SHARED ?? join(import.meta.dirname, "..", "..", "..", "shared"));
  return existsSync(join(dir, "eval", "score.mjs")) ? dir : undefined;
}

/** Gold files under shared/gold, recursively. */
export function goldFiles(shared: string): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith(".gold.json") ? [join(d, e.name)] : [],
    );
  return walk(join(shared, "gold")).sort();
}

/** The VOA dev corpus as articles. */
export function corpusArticles(shared: string): Article[] {
  const file = join(shared, "corpus", "voa-dev.jsonl");
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => {
      const o = JSON.parse(l) as { id: string; title?: string; text: string; published?: string; url?: string };
      return { id: String(o.id), title: o.title, raw: o.text, published: o.published, url: o.url, source: "voa-dev" };
    });
}

/**
 * The article behind each gold document: the seed from seed/article.txt (published 2024-10-03, as the eval README
 * says), the others from the VOA corpus by id, with the gold's publication date.
 */
export function goldArticles(shared: string): Article[] {
  const corpus = new Map(corpusArticles(shared).map((a) => [a.id, a]));
  const out: Article[] = [];
  for (const f of goldFiles(shared)) {
    const gold = JSON.parse(readFileSync(f, "utf8")) as { id: string; published?: string; source?: string };
    if (gold.id === "seed") {
      const raw = readFileSync(join(shared, "seed", "article.txt"), "utf8");
      const title = /^([^\n]+)\n\s*\n/.exec(raw)?.[1]?.trim();
      out.push({ id: "seed", raw, title, published: "2024-10-03", source: "seed/article.txt" });
      continue;
    }
    const a = corpus.get(gold.id);
    if (a) out.push({ ...a, published: gold.published ?? a.published });
    else console.error(`eval: no article for gold ${gold.id}`);
  }
  return out;
}
