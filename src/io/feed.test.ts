import assert from "node:assert/strict";
import { test } from "node:test";
import { htmlToText, itemArticle, looksLikeFeed, parseFeed } from "./feed.js";

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel><title>Test wire</title>
    <item>
      <title>Ministers meet in Geneva &amp; agree on talks</title>
      <link>http://127.0.0.1/a</link>
      <guid isPermaLink="false">wire-1</guid>
      <pubDate>Tue, 05 Mar 2024 21:30:00 GMT</pubDate>
      <description><![CDATA[<p>The ministers met on Tuesday.</p><p>They agreed to meet again.</p>]]></description>
    </item>
    <item><title>No guid</title><link>http://127.0.0.1/b</link></item>
  </channel>
</rss>`;

const ATOM = `<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
  <entry>
    <id>urn:desk:7</id><title>Talks resume</title>
    <link rel="self" href="http://127.0.0.1/self"/><link rel="alternate" href="http://127.0.0.1/desk/7"/>
    <published>2024-03-06T08:00:00+01:00</published>
    <content type="html">&lt;p&gt;Talks resumed on Wednesday.&lt;/p&gt;</content>
  </entry>
</feed>`;

test("RSS items: id from guid else link, day from pubDate, text from the description", () => {
  const feed = parseFeed(RSS, "t.rss");
  assert.equal(feed.title, "Test wire");
  assert.deepEqual(
    feed.items.map((i) => [i.id, i.title, i.link, i.published]),
    [
      ["wire-1", "Ministers meet in Geneva & agree on talks", "http://127.0.0.1/a", "2024-03-05"],
      ["http://127.0.0.1/b", "No guid", "http://127.0.0.1/b", undefined],
    ],
  );
  const a = itemArticle(feed.items[0]!, "t.rss");
  assert.equal(a.raw, "The ministers met on Tuesday.\n\nThey agreed to meet again.");
});

test("Atom entries: the alternate link, not self; the published day in UTC", () => {
  const [e] = parseFeed(ATOM, "t.atom").items;
  assert.deepEqual([e?.id, e?.link, e?.published], ["urn:desk:7", "http://127.0.0.1/desk/7", "2024-03-06"]);
  assert.equal(htmlToText(e?.html ?? ""), "Talks resumed on Wednesday.");
});

test("feed detection: feeds yes, pages and plain text no", () => {
  const cases: [string, boolean][] = [
    [RSS, true],
    [ATOM, true],
    ['<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', true],
    ["<!-- generator --><rss version='2.0'>", true],
    ["<!DOCTYPE html><html><body>rss</body></html>", false],
    ["<html><head><title>feed</title></head></html>", false],
    ["The rss feed was down.", false],
  ];
  for (const [text, want] of cases) assert.equal(looksLikeFeed(text), want, text.slice(0, 40));
});

test("not a feed: a stable error code", () => {
  assert.throws(() => parseFeed("<html><body/></html>", "x"), { code: "input.bad-format" });
});
