import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { anchorFor } from "./anchor.js";
import { timeDoc } from "./test-helpers.js";

const PUB = "2024-10-03";

/** [text, trigger word (first occurrence), expected value or undefined, expected reason] */
const CASES: [string, string, string | undefined, string?][] = [
  ["The president approved new aid to the island on Sunday.", "approved", "2024-09-29", "attached verb"],
  ["Following his talks with the envoy last Friday, the minister flew home.", "talks", "2024-09-27", "same clause"],
  [
    "The call would follow their last conversation in April 2024.",
    "conversation",
    "2024-04",
    "prepositional attachment",
  ],
  [
    "The island has ruled itself since 1949, when the rebels seized power on the mainland.",
    "seized",
    "1949",
    "since-when clause",
  ],
  ["The spokesman said on Monday that the army shelled the port.", "said", "2024-09-30", "reporting clause"],
  ["The spokesman said on Monday that the army shelled the port.", "shelled", undefined],
  ["On Wednesday, the envoy said the two sides had agreed to talk.", "agreed", undefined],
  ["On Wednesday, the envoy said the two sides had agreed to talk.", "said", "2024-10-02", "reporting clause"],
  ["The rebels attacked the town, officials said.", "attacked", undefined],
  ["The party has ruled for 75 years.", "ruled", undefined],
  [
    "The president is keeping new tariffs in place, top aides said Sunday.",
    "keeping",
    "2024-09-29",
    "reporting clause (ongoing state)",
  ],
  ["Top aides said Sunday that the army had seized the port.", "seized", undefined],
  ["His remarks come two days after the president denounced the plan.", "denounced", "2024-10-01"],
];

describe("time anchors for event triggers", () => {
  for (const [text, word, value, reason] of CASES) {
    it(`${word} in "${text}"`, () => {
      const doc = timeDoc(text, PUB);
      const start = doc.text.indexOf(word);
      const a = anchorFor(doc, { start, end: start + word.length });
      assert.equal(a?.value, value, JSON.stringify(a));
      if (reason) assert.equal(a?.reason, reason);
    });
  }
  it("gives nothing without a sentence", () => {
    const doc = timeDoc("Talks ended on Monday.", PUB);
    assert.equal(anchorFor(doc, { start: 1000, end: 1004 }), undefined);
  });
});
