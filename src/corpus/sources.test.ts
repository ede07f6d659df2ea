import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { InputItem } from "../io/input-item.js";
import { expandSources } from "./sources.js";

/** A local web server on 127.0.0.1: a feed, two article pages (one missing), and a plain page. */
let server: Server;
let base = "";

const page = (title: string, body: string) =>
  `<!DOCTYPE html><html><head><title>${title}</title><meta property="article:published_time" content="2024-03-05"></head>` +
  `<body><article><h1>${title}</h1>${body}</article></body></html>`;

const LONG =
  "<p>The foreign ministers of both countries met in Geneva on Tuesday and agreed to resume regular talks.</p>".repeat(
    3,
  );

before(async () => {
  server = createServer((req, res) => {
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>
      <item><guid>one</guid><title>One</title><link>${base}/one</link><description>Short summary one.</description></item>
      <item><guid>two</guid><title>Two</title><link>${base}/missing</link><description>Summary of two.</description></item>
    </channel></rss>`;
    const routes: Record<string, [number, string]> = {
      "/feed.xml": [200, feed],
      "/one": [200, page("One", LONG)],
      "/page": [200, page("A page", LONG)],
    };
    const [status, body] = routes[req.url ?? ""] ?? [404, "not found"];
    res.writeHead(status, { "content-type": req.url === "/feed.xml" ? "application/rss+xml" : "text/html" });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function collect(inputs: string[]): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of expandSources(inputs)) out.push(item);
  return out;
}

test("a feed URL: each item's page is fetched; an unreachable page falls back to the item's summary", async () => {
  const items = await collect([`${base}/feed.xml`]);
  const got = items.map((i) => (i.ok ? [i.article.id, i.article.url, i.article.raw.slice(0, 30)] : [i.code]));
  assert.deepEqual(got, [
    ["one", `${base}/one`, "The foreign ministers of both "],
    ["two", `${base}/missing`, "Summary of two."],
  ]);
});

test("a page URL is one article; a dead URL is a failure, not an exception", async () => {
  const [ok, dead] = await collect([`${base}/page`, `${base}/nothing-here`]);
  assert.ok(ok?.ok);
  assert.equal(ok.article.title, "A page");
  assert.equal(ok.article.published, "2024-03-05");
  assert.equal(dead?.ok, false);
  assert.equal(dead.ok ? "" : dead.code, "input.unreadable");
});

test("a feed file: items become articles from their own content; a broken feed is a failure item", async () => {
  const dir = mkdtempSync(join(tmpdir(), "dyad-feed-"));
  try {
    const good = join(dir, "news.rss");
    writeFileSync(
      good,
      `<rss version="2.0"><channel><item><guid>x1</guid><title>T</title><description>Body text.</description></item></channel></rss>`,
    );
    const bad = join(dir, "broken.xml");
    writeFileSync(bad, "<html><body>not a feed</body></html>");
    const items = await collect([good, bad]);
    assert.deepEqual(
      items.map((i) => (i.ok ? [i.article.id, i.article.raw] : [i.code])),
      [["x1", "Body text."], ["input.bad-format"]],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
