import assert from "node:assert/strict";
import { test } from "node:test";
import type { Doc } from "../model/document.js";
import { createDoc } from "./create-doc.js";
import { segmentStage } from "./segment-stage.js";

function segment(raw: string, title?: string): Doc {
  const doc = createDoc({ id: "t", raw, ...(title ? { title } : {}) });
  segmentStage.run(doc, { trace: () => {} });
  return doc;
}

function sentences(raw: string, title?: string): string[] {
  const doc = segment(raw, title);
  return doc.sentences.map((s) => doc.text.slice(s.start, s.end));
}

/** Each case: the text and the sentences it must be split into, exactly. */
const CASES: { name: string; raw: string; want: string[] }[] = [
  {
    name: "abbreviations do not end sentences",
    raw: "Gen. Omar Diallo met the U.S. envoy on Feb. 4 in Dakar. Talks went on.",
    want: ["Gen. Omar Diallo met the U.S. envoy on Feb. 4 in Dakar.", "Talks went on."],
  },
  {
    name: "U.S. at the end of a sentence",
    raw: "The ship sailed back to the U.S. The crew was tired.",
    want: ["The ship sailed back to the U.S.", "The crew was tired."],
  },
  {
    name: "translation artifact: lower-case continuation after a period",
    raw: "They spoke about trade and safety. of new technology. Then they left.",
    want: ["They spoke about trade and safety. of new technology.", "Then they left."],
  },
  {
    name: "translation artifact: bracketed insertion after a period",
    raw: "Relations stayed calm. [shows] no sign of strain. A summit follows.",
    want: ["Relations stayed calm. [shows] no sign of strain.", "A summit follows."],
  },
  {
    name: "translation artifact: stray repeated fragment",
    raw: "The fleet returned to the harbor. 'harbor. Crowds cheered.",
    want: ["The fleet returned to the harbor. 'harbor.", "Crowds cheered."],
  },
  {
    name: "a quote over several sentences stays in its sentences, and the attribution stays with the last",
    raw: "“We came to talk. We will stay,” the minister said. Reporters waited.",
    want: ["“We came to talk.", "We will stay,” the minister said.", "Reporters waited."],
  },
  {
    name: "lower-case attribution after a closing quote is not a new sentence",
    raw: "“Enough!” she shouted. The hall fell silent.",
    want: ["“Enough!” she shouted.", "The hall fell silent."],
  },
  {
    name: "paragraphs always end sentences, even without punctuation",
    raw: "Ceasefire holds\n\nThe guns were silent on Monday.\n\nA new page\n\nTalks resume soon.",
    want: ["Ceasefire holds", "The guns were silent on Monday.", "A new page", "Talks resume soon."],
  },
  {
    name: "an initialism inside a hyphenated word",
    raw: "It would end the Japanese-U.S. alliance. Nobody wants that.",
    want: ["It would end the Japanese-U.S. alliance.", "Nobody wants that."],
  },
  {
    name: "a quoted sentence after an abbreviation at the end of a sentence",
    raw: 'He sent a warning to the U.S. "We are ready," he said. The U.S. "would respond" later.',
    want: ["He sent a warning to the U.S.", '"We are ready," he said.', 'The U.S. "would respond" later.'],
  },
  {
    name: "a one-letter name at the end of a sentence, but not a middle initial",
    raw: "She wrote on the platform X. He replied later. John F. Kennedy spoke.",
    want: ["She wrote on the platform X.", "He replied later.", "John F. Kennedy spoke."],
  },
  {
    name: "title abbreviations before a name",
    raw: "Rear Adm. Daniel Cole spoke. Maj. Gen. Ali Musa and Sgt. Lee Park agreed. Cmdr. Ruth Obi left.",
    want: ["Rear Adm. Daniel Cole spoke.", "Maj. Gen. Ali Musa and Sgt. Lee Park agreed.", "Cmdr. Ruth Obi left."],
  },
  {
    name: "the word no ends a sentence; the abbreviation No. does not",
    raw: "Armenia said no. Talks ended. The No. 2 official stayed.",
    want: ["Armenia said no.", "Talks ended.", "The No. 2 official stayed."],
  },
  {
    name: "a missing space after a period is restored and splits",
    raw: "The vote passed.Lawmakers cheered.",
    want: ["The vote passed.", "Lawmakers cheered."],
  },
];

test("segment: sentence boundaries", () => {
  for (const c of CASES) assert.deepEqual(sentences(c.raw), c.want, c.name);
});

test("segment: the headline of a .txt file is its own paragraph and sentence", () => {
  const doc = segment("Leaders agree on a plan\n\nThe leaders agreed on a plan on Monday. It takes effect soon.");
  assert.equal(doc.paragraphs[0]?.headline, true);
  assert.equal(doc.sentences[0]?.headline, true);
  assert.equal(doc.text.slice(doc.sentences[0]!.start, doc.sentences[0]!.end), "Leaders agree on a plan");
  assert.equal(doc.sentences.length, 3);
});

test("segment: a JSONL title is composed in front of the body", () => {
  const doc = segment("The leaders agreed on a plan on Monday.", "Leaders Agree on Plan");
  assert.ok(doc.text.startsWith("Leaders Agree on Plan\n\n"));
  assert.equal(doc.sentences[0]?.headline, true);
  assert.equal(doc.sentences.length, 2);
});

test("segment: tokens carry spans, part of speech, lemma, sentence index and negation", () => {
  const doc = segment("Officials did not approve the sale. They met.");
  for (const t of doc.tokens) assert.equal(doc.text.slice(t.start, t.end), t.text);
  const approve = doc.tokens.find((t) => t.text === "approve");
  assert.equal(approve?.pos, "VERB");
  assert.equal(approve?.negated, true);
  assert.equal(doc.tokens.find((t) => t.text === "met")?.lemma, "meet");
  assert.equal(doc.tokens.find((t) => t.text === "met")?.sentence, 1);
  const s1 = doc.sentences[1]!;
  assert.equal(doc.tokens[s1.tokenStart]?.text, "They");
  assert.equal(s1.tokenEnd, doc.tokens.length);
});

test("segment: whitespace-only text gives no sentences", () => {
  assert.deepEqual(sentences("   \n\n  "), []);
});
