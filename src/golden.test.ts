import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { analyzeArticle } from "./analyze.js";
import type { Article } from "./model/document.js";
import type { Analysis } from "./schema/analysis.js";

const DIR = join(import.meta.dirname, "..", "test", "golden");
const UPDATE = process.env.UPDATE_GOLDEN === "1";

/** A compact, reviewable summary: one line per item, in text order. */
function summary(a: Analysis) {
  const codes = (xs: { country?: string | undefined; name?: string | undefined }[]) =>
    xs.map((x) => x.country ?? x.name ?? "?").join("+") || "-";
  return {
    entities: a.entities
      .filter((e) => ["PERSON", "ORG", "GPE", "LOC"].includes(e.type))
      .map((e) => `${e.type} ${e.name}${e.country ? ` [${e.country}]` : ""}${e.role ? ` (${e.role})` : ""}`),
    timexes: a.timexes.map((t) => `${t.text} = ${t.value}`),
    quotes: a.quotes.map((q) => `${q.kind} ${q.speaker?.name ?? "?"}: ${q.text.slice(0, 60)}`),
    events: a.events.map(
      (e) =>
        `${e.type} ${e.status} ${codes(e.actor)} -> ${codes(e.recipient)} @${e.date?.value ?? "undated"}: ${e.trigger.text}`,
    ),
  };
}

const articles = readFileSync(join(DIR, "articles.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => {
    const o = JSON.parse(l) as { id: string; title: string; text: string; published: string };
    return { id: o.id, title: o.title, raw: o.text, published: o.published } satisfies Article;
  });

for (const article of articles) {
  test(`golden: ${article.id}`, () => {
    const got = summary(analyzeArticle(article).analysis);
    const file = join(DIR, `${article.id}.expected.json`);
    if (UPDATE) writeFileSync(file, `${JSON.stringify(got, null, 2)}\n`);
    const want = JSON.parse(readFileSync(file, "utf8")) as unknown;
    assert.deepEqual(got, want, `analysis of ${article.id} changed; review, then UPDATE_GOLDEN=1 npm run test:unit`);
  });
}
