import assert from "node:assert/strict";
import { test } from "node:test";
import { createDoc } from "../text/create-doc.js";
import { segmentStage } from "../text/segment-stage.js";
import type { Timex } from "../time/schema.js";
import { quoteStage } from "./stage.js";
import { type Case, check, quotesOf, quoteWith } from "./test-helpers.js";

const ctx = { trace: () => {} };

const CASES: Case[] = [
  {
    name: "direct, curly marks, attribution after",
    body: "“The harvest will be late this year,” Maria Lopez said on Monday.",
    quote: "The harvest will be late this year",
    kind: "direct",
    speaker: "Maria Lopez",
    cue: "said",
  },
  {
    name: "direct, straight marks, inverted attribution with appositive",
    body: 'Rain fell. "We need more water for the farms," said Ahmed Karimi, a regional governor.',
    quote: "We need more water for the farms",
    speaker: "Karimi",
    cue: "said",
  },
  {
    name: "multi-paragraph quotation: first part",
    body: "Ahmed Karimi spoke at length.\n\n“The dam is old and the canals are dry.\n\n“Nobody has repaired them since the war,” Karimi said.",
    quote: "The dam is old and the canals are dry",
    notIn: "Nobody",
    speaker: "Karimi",
  },
  {
    name: "multi-paragraph quotation: last part",
    body: "Ahmed Karimi spoke at length.\n\n“The dam is old and the canals are dry.\n\n“Nobody has repaired them since the war,” Karimi said.",
    quote: "Nobody has repaired them since the war",
    speaker: "Karimi",
  },
  {
    name: "partial quote inside reported speech",
    body: "Maria Lopez spoke in Lima. She added that the plan is “a real step toward lasting peace” for the valley.",
    quote: "a real step toward lasting peace",
    kind: "direct",
    speaker: "Maria Lopez",
    cue: "added",
  },
  {
    name: "quote inside a quote stays in the outer quote",
    body: "“They told us ‘wait until the spring rains’ and then nothing came,” said farmer Omar Haddad.",
    quote: "They told us ‘wait until the spring rains’ and then nothing came",
    speaker: "Omar Haddad",
  },
  {
    name: "unmarked verbatim speech reaches back over first-person sentences",
    body: "Officials met in Oslo.\n\nWe will not accept these terms. Our people deserve better, Prime Minister Jonas Berg said in Oslo on Tuesday.",
    quote: "We will not accept these terms. Our people deserve better",
    kind: "direct",
    unmarked: true,
    speaker: "Jonas Berg",
  },
  {
    name: "indirect speech with that-less clause",
    body: "Foreign Minister Lena Horvat said the talks would resume in the capital next month.",
    quote: "the talks would resume in the capital next month",
    kind: "indirect",
    speaker: "Lena Horvat",
  },
  {
    name: "trailing attribution is indirect when it is third person",
    body: "The border crossing will stay closed for another week, Lena Horvat said.",
    quote: "The border crossing will stay closed for another week",
    kind: "indirect",
    speaker: "Lena Horvat",
  },
  {
    name: "according to",
    body: "According to the Interior Ministry, the border crossing will reopen on Friday.",
    quote: "the border crossing will reopen on Friday",
    kind: "indirect",
    speaker: "Interior Ministry",
    cue: "According to",
  },
  {
    name: "urge with an object and an infinitive",
    body: "Regional leaders urged the two governments to reopen the railway line.",
    quote: "the two governments to reopen the railway line",
    speaker: "Regional leaders",
    cue: "urged",
  },
  {
    name: "channel with a named outlet",
    body: "Maria Lopez said in an interview with VOA that the harvest would be late.",
    quote: "the harvest would be late",
    channel: "in an interview with VOA",
  },
  {
    name: "channel on a platform",
    body: "“The border stays open for trade,” Ahmed Karimi wrote in a post on X.",
    quote: "The border stays open for trade",
    channel: "in a post on X",
    speaker: "Ahmed Karimi",
  },
  {
    name: "trailing attribution with an inverted speaker named after the verb",
    body: "The river will flood the lower town by the weekend, said Omar Haddad, a hydrologist at the regional office.",
    quote: "The river will flood the lower town by the weekend",
    speaker: "Omar Haddad",
  },
  {
    name: "a dateline is not part of the content",
    body: "KABUL — A cargo plane crashed near the airport on Monday, officials said.",
    quote: "A cargo plane crashed near the airport on Monday",
    notIn: "KABUL",
    speaker: "officials",
  },
  {
    name: "single-quoted speech with an attribution",
    body: "Mayor Ana Costa spoke on Monday. 'We will rebuild the bridge this year,' the mayor said.",
    quote: "We will rebuild the bridge this year",
    kind: "direct",
    speaker: "Ana Costa",
  },
  {
    name: "according to after a quote",
    body: "“The dam will hold through the spring,” according to a statement from the Water Ministry.",
    quote: "The dam will hold through the spring",
    speaker: "Water Ministry",
    cue: "according to",
  },
];

test("quotes: table", () => {
  const failures = CASES.flatMap((c) => check(c).map((f) => `${c.name}: ${f}`));
  assert.deepEqual(failures, []);
});

test("quotes: spans are over the text and exclude the marks", () => {
  const { doc, quotes } = quotesOf("“The harvest will be late this year,” Maria Lopez said.");
  for (const q of quotes) {
    assert.equal(doc.text.slice(q.start, q.end), q.text);
    assert.ok(!/^["“”]|["“”]$/.test(q.text), q.text);
  }
});

test("quotes: saidAt is a DATE timex of the attribution, never one inside the quote", () => {
  const body = "“The ceasefire began on Sunday,” Maria Lopez said on Monday.";
  const doc = createDoc({ id: "t", title: "Test story", raw: body, published: "2025-03-12" });
  segmentStage.run(doc, ctx);
  const timex = (text: string, value: string, id: string): Timex => {
    const start = doc.text.indexOf(text);
    return {
      id,
      start,
      end: start + text.length,
      text,
      type: "DATE",
      value,
      resolved: true,
      provenance: { rule: "test" },
    };
  };
  doc.timexes = [timex("Sunday", "2025-03-09", "t1"), timex("Monday", "2025-03-10", "t2")];
  quoteStage.run(doc, ctx);
  const q = quoteWith(doc.quotes, "The ceasefire began");
  assert.deepEqual(q?.saidAt, { value: "2025-03-10", timex: "t2", reason: "date in attribution" });
});

test("quotes: saidAt says why when the attribution has no date", () => {
  const { quotes } = quotesOf("“The harvest will be late this year,” Maria Lopez said.");
  assert.equal(quotes[0]?.saidAt?.reason, "no date in attribution");
});

test("quotes: coordinated speakers give one quote each", () => {
  const body =
    "President Ana Costa and Prime Minister Jonas Berg told reporters they had agreed to share the fishing grounds.";
  const speakers = quotesOf(body).quotes.map((q) => q.speaker?.name ?? "");
  assert.ok(speakers.some((n) => n.includes("Costa")) && speakers.some((n) => n.includes("Berg")), speakers.join(", "));
});

test("quotes: a single-quoted quote is not read a second time as unmarked speech", () => {
  const body = "Mayor Ana Costa spoke on Monday. 'We will rebuild the bridge this year,' the mayor said.";
  const found = quotesOf(body).quotes.filter((q) => q.text.includes("rebuild the bridge"));
  assert.equal(found.length, 1, JSON.stringify(found.map((q) => q.text)));
});
