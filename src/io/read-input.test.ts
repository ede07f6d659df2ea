import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { type InputItem, readInputs } from "./read-input.js";

async function read(paths: string[]): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of readInputs(paths)) out.push(item);
  return out;
}

const dir = mkdtempSync(join(tmpdir(), "dyad-io-"));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

test("txt: the first line is the headline when a blank line follows", async () => {
  const [item] = await read([file("a.txt", "Talks collapse\n\nThe talks collapsed on Friday.\n")]);
  assert.ok(item?.ok);
  assert.equal(item.article.title, "Talks collapse");
  assert.equal(item.article.id, "a");
  const [plain] = await read([file("b.txt", "The talks collapsed on Friday.\nNobody came.\n")]);
  assert.ok(plain?.ok);
  assert.equal(plain.article.title, undefined);
});

test("jsonl: articles, and failures with their line numbers, in order", async () => {
  const lines = [
    JSON.stringify({ id: "ok1", title: "T", text: "A text.", published: "2024-01-02 10:00:00Z", url: "http://x" }),
    "{not json",
    "",
    JSON.stringify({ id: "noText" }),
    JSON.stringify({ id: "empty", text: "   " }),
    JSON.stringify({ id: 7, text: "Numeric id." }),
  ];
  const items = await read([file("c.jsonl", lines.join("\n"))]);
  assert.deepEqual(
    items.map((i) => (i.ok ? `ok:${i.article.id}` : `${i.code}@${i.where.split(":").pop()}`)),
    ["ok:ok1", "input.bad-json@2", "input.bad-format@4", "input.empty@5", "ok:7"],
  );
  const first = items[0];
  assert.ok(first?.ok);
  assert.equal(first.article.published, "2024-01-02 10:00:00Z");
});

test("html: main text, title and date from JSON-LD or meta tags", async () => {
  const html = `<html><head><title>Site | Ignored</title>
  <meta property="og:title" content="Ministers meet in Rome">
  <meta property="article:published_time" content="2024-05-06T08:00:00Z">
  <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ministers meet in Rome","datePublished":"2024-05-06T08:00:00Z"}</script>
  </head><body><nav>Home | World | Sport</nav><article><h1>Ministers meet in Rome</h1>
  <p>Foreign ministers from seven countries met in Rome on Monday to discuss the crisis, officials said.</p>
  <p>The meeting lasted four hours and ended without a joint statement, according to two diplomats present.</p>
  <p>Another round of talks is planned for next month in Geneva, where negotiators hope to agree on a text.</p>
  </article><footer>Copyright</footer></body></html>`;
  const [item] = await read([file("d.html", html)]);
  assert.ok(item?.ok);
  assert.equal(item.article.title, "Ministers meet in Rome");
  assert.equal(item.article.published, "2024-05-06T08:00:00Z");
  assert.match(item.article.raw, /Foreign ministers from seven countries/);
  assert.doesNotMatch(item.article.raw, /Copyright|Home \| World/);
});

test("bad inputs are failures with stable codes, and the batch carries on", async () => {
  const big = file("big.txt", Buffer.alloc(5 * 1024 * 1024 + 10, 97));
  const items = await read([
    join(dir, "missing.txt"),
    file("empty.txt", "  \n"),
    file("bin.txt", Buffer.from([0x41, 0x00, 0x42])),
    big,
    file("x.pdf", "%PDF"),
    file("good.txt", "Fine text."),
  ]);
  assert.deepEqual(
    items.map((i) => (i.ok ? "ok" : i.code)),
    ["input.not-found", "input.empty", "input.binary", "input.too-large", "input.bad-format", "ok"],
  );
});

test("folders are read recursively, supported files only, in name order", async () => {
  const sub = mkdtempSync(join(tmpdir(), "dyad-dir-"));
  writeFileSync(join(sub, "b.txt"), "Second.");
  writeFileSync(join(sub, "a.txt"), "First.");
  writeFileSync(join(sub, "notes.pdf"), "ignored");
  const items = await read([sub]);
  assert.deepEqual(
    items.map((i) => (i.ok ? i.article.id : i.code)),
    ["a", "b"],
  );
});
