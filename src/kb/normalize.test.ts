import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dotless, isAcronym, looksLikeAcronym, normKey, withoutPossessive } from "./normalize.js";

describe("normKey", () => {
  const cases: [string, string][] = [
    ["U.S.", "u.s."],
    ["The Kremlin", "kremlin"],
    ["the  White   House", "white house"],
    ["al - Qaida", "al-qaida"],
    ["al\u2013Qaida", "al-qaida"],
    ["Côte d\u2019Ivoire", "cote d'ivoire"],
    ["People 's Republic", "people's republic"],
    ["Washington , D.C.", "washington, d.c."],
    ["Bogotá", "bogota"],
    ["ＵＮ", "un"],
  ];
  for (const [input, key] of cases) it(`${input} -> ${key}`, () => assert.equal(normKey(input), key));

  it("keeps a lone 'the' and words that only start with it", () => {
    assert.equal(normKey("the"), "the");
    assert.equal(normKey("Theresa May"), "theresa may");
    assert.equal(normKey("Thebes"), "thebes");
  });
});

describe("key helpers", () => {
  it("drops dots and possessives", () => {
    assert.equal(dotless("u.s."), "us");
    assert.equal(withoutPossessive("china's"), "china");
    assert.equal(withoutPossessive("china"), undefined);
  });

  it("tells acronyms from words", () => {
    for (const a of ["US", "U.S.", "WHO", "IS-K", "DRC", "LeT", "AfD"]) assert.equal(isAcronym(a), true, a);
    for (const w of ["Us", "who", "Taliban", "NATO Secretary General", "", "123", "G7"])
      assert.equal(isAcronym(w), false, w);
    for (const s of ["WHO", "U.S.", "LeT", "US Army"]) assert.equal(looksLikeAcronym(s), true, s);
    for (const s of ["Who", "us", "let", "Let"]) assert.equal(looksLikeAcronym(s), false, s);
  });
});
