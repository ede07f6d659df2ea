import assert from "node:assert/strict";
import { test } from "node:test";
import { type Case, check, quotesOf, quoteWith } from "./test-helpers.js";

const INTERVIEW = [
  "The radio spoke with Helen Marsh, a former trade negotiator, about the port deal.",
  "Radio: What did you tell the ministers in Lisbon?",
  "Helen Marsh, former trade negotiator: We told them the port must stay open to every shipping line. They listened.",
  "Radio: Will the deal survive the election?",
  "Marsh: I think the deal will hold because both parties need the jobs it brings.",
  "Tom Reyes contributed to this report.",
].join(" ");

test("quotes: interview answers after a person's label are that person's direct quotes", () => {
  const { quotes } = quotesOf(INTERVIEW);
  const first = quoteWith(quotes, "We told them the port must stay open");
  assert.equal(first?.speaker?.name, "Helen Marsh");
  assert.ok(first?.text.includes("They listened"), first?.text);
  assert.ok(!first?.text.includes("Will the deal survive"), first?.text);
  const second = quoteWith(quotes, "the deal will hold because both parties need the jobs");
  assert.equal(second?.speaker?.name, "Helen Marsh");
  assert.ok(!second?.text.includes("contributed"), second?.text);
  // The interviewer's questions are no one's quotes.
  assert.equal(quoteWith(quotes, "What did you tell the ministers"), undefined);
});

test("quotes: a lone label with a colon is no interview", () => {
  const { quotes } = quotesOf("Rain fell on the coast. Helen Marsh: a life in trade is the title of the new exhibit.");
  assert.deepEqual(
    quotes.map((q) => q.text),
    [],
  );
});

const CASES: Case[] = [
  {
    name: "'and' after a predicative adjective joins clauses, not a speaker phrase",
    body: "The fire's front is 60 kilometers long and officials warn it is simply too big to contain.",
    quote: "it is simply too big to contain",
    speaker: "officials",
  },
  {
    name: "the agent of a participle is not the subject",
    body: "Half of the farmers surveyed by the agency said their wells had run dry.",
    quote: "their wells had run dry",
    speaker: "Half of the farmers",
  },
  {
    name: "'according to' after a clause: the clause is the content",
    body: "Rice yields fell sharply in the delta, according to a new report, the Harvest Review, released this month by the FAO.",
    quote: "Rice yields fell sharply in the delta",
    notIn: "Harvest Review",
  },
  {
    name: "a pronoun goes on with the person who spoke in the sentence naming the candidate",
    body: "Former minister Michel Dufour says the border rules must change. The French politician, who may challenge President Anne Roux next year, says the system is failing. He added that the bloc should act before the summer.",
    quote: "the bloc should act before the summer",
    speaker: "Dufour",
  },
  {
    name: "a verb coordinated after a participle shares the participle's subject",
    body: "The mayor rejected the plan, arguing the canal would fail and warned that it would bring “years of floods to the valley.”",
    quote: "years of floods to the valley",
    kind: "direct",
    speaker: "mayor",
  },
  {
    name: "a possessive opens the speaker phrase after a common noun",
    body: "Observers alleged that the count was rigged in three provinces, charges Chile's election commission denied.",
    quote: "the count was rigged in three provinces",
  },
  {
    name: "a pronoun finds a name the entity layer may miss at a sentence start, never a group",
    body: "Officials said the roads were closed. Glwadys Siopathis led a convoy to the villages. She says thousands of people are hiding in the forest.",
    quote: "thousands of people are hiding in the forest",
    speaker: "Siopathis",
  },
];

test("quotes: clause and pronoun table", () => {
  const failures = CASES.flatMap((c) => check(c).map((m) => `${c.name}: ${m}`));
  assert.deepEqual(failures, []);
});

test("quotes: a common noun before a possessor is never part of the speaker", () => {
  const body =
    "Observers alleged that the count was rigged in three provinces, charges Chile's election commission denied.";
  const speakers = quotesOf(body).quotes.map((q) => q.speaker?.name ?? "");
  assert.ok(!speakers.some((n) => n.includes("charges")), JSON.stringify(speakers));
});
