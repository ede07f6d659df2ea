import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isPersonalName, longestMatchAt } from "./index.js";

// The scan stops at the first token no key continues with; these cases check that it still reaches every key whose
// prefix is a key or a key's start, across hyphens, apostrophes, commas and dots. [tokens, start, length, canonical].
const SCAN: [string[], number, number | undefined, string | undefined][] = [
  [["the", "Democratic", "Republic", "of", "the", "Congo", "said"], 1, 5, "DR Congo"],
  [["Hayat", "Tahrir", "al", "-", "Sham", "fighters"], 0, 5, "Hayat Tahrir al-Sham"],
  [["Cote", "d'Ivoire", "and", "Ghana"], 0, 2, "Ivory Coast"],
  [["United", "Nations", "Security", "Council", "members"], 0, 4, "United Nations Security Council"],
  [["U.S", "officials"], 0, 1, "United States"],
  [["South", "Sudanese", "troops"], 0, 2, "South Sudan"],
];

// Must not match: a prefix of a key is no key, and a lone "the" starts nothing.
const NO_MATCH: [string[], number][] = [
  [["Democratic", "Republic", "leaders"], 0],
  [["the", "Congo"], 0],
  [["Hayat", "Ahmed"], 0],
  [["-", "Sham"], 0],
];

describe("longestMatchAt with prefix pruning", () => {
  for (const [tokens, i, length, canonical] of SCAN) {
    it(tokens.join(" "), () => {
      const m = longestMatchAt(tokens, i);
      assert.equal(m?.length, length);
      if (canonical) assert.equal(m?.hits[0]?.canonical, canonical);
    });
  }
  for (const [tokens, i] of NO_MATCH) {
    it(`no match: ${tokens.join(" ")}`, () => assert.equal(longestMatchAt(tokens, i), undefined));
  }
});

describe("isPersonalName", () => {
  const cases: [string, boolean][] = [
    ["Florence", true],
    ["Yao", true],
    ["Zamora", true],
    ["Paris", false],
    ["Nice", false],
    ["Georgia", true],
  ];
  for (const [word, want] of cases) it(word, () => assert.equal(isPersonalName(word), want));
});
