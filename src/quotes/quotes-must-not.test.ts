import assert from "node:assert/strict";
import { test } from "node:test";
import { quotesOf, quoteWith } from "./test-helpers.js";

/** Texts that hold no quote at all. */
const MUST_NOT_QUOTE: { name: string; body: string; title?: string }[] = [
  { name: "scare quote of one word", body: "The so-called “stand-alone” plan was dropped by the council." },
  { name: "single-quoted scare phrase", body: "Lawmakers called the rules 'anti-farmer' in the debate." },
  { name: "title of a work", body: "She watched the film “Gone With the Wind” again with her family." },
  {
    name: "headline quote without a speaker",
    title: "Farmers fear “a lost season” as rivers dry",
    body: "Rivers ran dry in the valley.",
  },
  { name: "passive 'is said to'", body: "The general is said to be ill and has not been seen in weeks." },
  { name: "infinitive 'to say'", body: "The minister declined to say when the border would reopen." },
  { name: "speech verb with a plain object", body: "The ministry denied the report." },
  { name: "noun 'claims'", body: "The two countries have rival claims over the islands in the sea." },
  {
    name: "book title with a colon",
    body: "Her book “Rivers of Sand: A Memoir” was banned in the province last year.",
  },
  {
    name: "work announced by 'titled'",
    body: "He wrote a report titled “how the valley lost its water” in the spring.",
  },
  { name: "show title after a speech verb", body: "The minister told NBC’s “Meet the Press” show about the plan." },
  {
    name: "relative 'that' before a cue verb",
    body: "It is a faith from Jamaica that stresses living simply and close to the land.",
  },
  {
    name: "'States' in a country name",
    body: "Officials in the United States are watching the vote in the region closely.",
  },
  { name: "negated 'say'", body: "The ministry did not say which villages the rebels had attacked last week." },
  {
    name: "quoted name of a group, no verb, no speaker",
    body: "A “coalition of the willing” is forming to guard the port.",
  },
  { name: "noun 'reports'", body: "The news reports about the fire in the harbor were wrong." },
  {
    name: "verb form used as a modifier",
    body: "The added duty on steel imports will hurt the car makers in the north.",
  },
];

test("quotes: a sentence opening with a quotation gives no second, indirect reading of it", () => {
  const body = "“We are watching the river closely” — the ministry's chief engineer, Omar Haddad, said on Tuesday.";
  const kinds = quotesOf(body).quotes.map((q) => q.kind);
  assert.deepEqual(kinds, ["direct"]);
});

test("quotes: must not quote", () => {
  for (const c of MUST_NOT_QUOTE) {
    const { quotes } = quotesOf(c.body, c.title);
    assert.deepEqual(
      quotes.map((q) => q.text),
      [],
      c.name,
    );
  }
});

test("quotes: a pronoun speaker is not guessed from a paragraph further back than the previous one", () => {
  const body =
    "Defense Minister Paolo Ricci visited the base.\n\nThe weather was cold in the valley.\n\nSnow fell on the hills all night.\n\n“The roads will stay closed for days,” he said.";
  const q = quoteWith(quotesOf(body).quotes, "The roads will stay closed");
  assert.ok(q);
  assert.ok(!q.speaker?.name.includes("Ricci"), `speaker ${q.speaker?.name}`);
});
