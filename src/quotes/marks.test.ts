import assert from "node:assert/strict";
import { test } from "node:test";
import { createDoc } from "../text/create-doc.js";
import { segmentStage } from "../text/segment-stage.js";
import { findDoubleQuotes, findSingleQuotes } from "./marks.js";

function layout(body: string) {
  const doc = createDoc({ id: "m", raw: body });
  segmentStage.run(doc, { trace: () => {} });
  return doc;
}

function doubles(body: string): string[] {
  const doc = layout(body);
  return findDoubleQuotes(doc).map((q) => doc.text.slice(q.start, q.end));
}

const CASES: { name: string; body: string; quotes: string[] }[] = [
  { name: "curly pair", body: "He said “we are ready” today.", quotes: ["we are ready"] },
  { name: "straight pair", body: 'She said "the road is open" today.', quotes: ["the road is open"] },
  {
    name: "straight open, curly close",
    body: '"It is night when they come,” he said.',
    quotes: ["It is night when they come"],
  },
  {
    name: "two quotes in a row",
    body: "“The first one is here,” he said. “The second one is there.”",
    quotes: ["The first one is here", "The second one is there."],
  },
  {
    name: "lost closing mark ends at the first sentence end",
    body: "“Force is not the right of one nation. Rain fell all day. “We will answer,” he said.",
    quotes: ["Force is not the right of one nation.", "We will answer"],
  },
  {
    name: "lost closing mark at the end of the text",
    body: "He said: “Force is not the right of one nation. Rain fell all day on the hills.",
    quotes: ["Force is not the right of one nation."],
  },
  {
    name: "paragraph continuation without a closing mark",
    body: "Intro line here.\n\n“The first part of the speech.\n\n“The second part,” she said.",
    quotes: ["The first part of the speech.", "The second part"],
  },
];

test("findDoubleQuotes: table", () => {
  for (const c of CASES) assert.deepEqual(doubles(c.body), c.quotes, c.name);
});

test("findDoubleQuotes: continued paragraphs share a block", () => {
  const doc = layout("Intro line here.\n\n“The first part of the speech.\n\n“The second part,” she said.");
  const [a, b] = findDoubleQuotes(doc);
  assert.equal(a?.block, b?.block);
  assert.equal(a?.close, undefined);
});

test("findSingleQuotes: apostrophes never open or close a quote", () => {
  const doc = layout(
    "Turkey's army didn't move, the farmers' market and the Golbon 's crew stayed on Monday's holiday.",
  );
  assert.deepEqual(findSingleQuotes(doc, [], 0), []);
});

test("findSingleQuotes: a single-quoted phrase outside double quotes", () => {
  const doc = layout("The council called the plan 'a long road to nowhere' on Monday.");
  const found = findSingleQuotes(doc, [], 0).map((q) => doc.text.slice(q.start, q.end));
  assert.deepEqual(found, ["a long road to nowhere"]);
});
