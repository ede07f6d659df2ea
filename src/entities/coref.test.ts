import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyzeText, byMention } from "./test-helpers.js";

// Each case: a text, groups of mention texts that must belong to one entity, and pairs that must not be joined.
const CASES: { text: string; same: string[][]; apart: [string, string][] }[] = [
  {
    text: "Foreign Minister Penny Wong arrived in Jakarta. Wong said Australia wants closer ties. Later, Wong met Indonesian officials.",
    same: [["Penny Wong", "Wong"]],
    apart: [["Wong", "Jakarta"]],
  },
  {
    text: "The Democratic Progressive Party (DPP) won again. The DPP then formed a cabinet, and the Kuomintang objected.",
    same: [["Democratic Progressive Party", "DPP"]],
    apart: [["DPP", "Kuomintang"]],
  },
  {
    text: "The U.S. and America's allies met. The United States said it was pleased, a U.S. envoy said.",
    same: [["U.S.", "United States", "America"]],
    apart: [],
  },
  {
    text: "The Indian Foreign Ministry issued a note. The Foreign Ministry said the visit was cancelled.",
    same: [["Indian Foreign Ministry", "Foreign Ministry"]],
    apart: [],
  },
  {
    text: "The Kenyan Defence Forces (KDF) said on Monday that KDF troops had withdrawn.",
    same: [["Kenyan Defence Forces", "KDF"]],
    apart: [],
  },
];

describe("name coreference", () => {
  for (const c of CASES) {
    it(c.text.slice(0, 60), () => {
      const doc = analyzeText(c.text);
      for (const group of c.same) {
        const ids = group.map((t) => byMention(doc, t)?.id);
        assert.ok(ids[0], `missing ${group[0]}`);
        for (const [k, id] of ids.entries()) assert.equal(id, ids[0], `${group[k]} joins ${group[0]}`);
      }
      for (const [a, b] of c.apart)
        assert.notEqual(byMention(doc, a)?.id, byMention(doc, b)?.id, `${a} apart from ${b}`);
    });
  }
});

describe("nominal and pronoun coreference", () => {
  it("links titles and pronouns to the latest compatible entity", () => {
    const doc = analyzeText(
      "Ghana's Foreign Minister Kwame Asante visited Lome. The minister said he hoped for a deal. The Ghanaian Foreign Ministry later confirmed it; the ministry gave no date.",
    );
    const asante = byMention(doc, "Kwame Asante");
    assert.ok(asante);
    const kinds = asante.mentions.map((m) => `${m.text}/${m.kind}`);
    assert.ok(kinds.includes("The minister/title"), kinds.join(" "));
    assert.ok(kinds.includes("he/pronoun"), kinds.join(" "));
    const ministry = byMention(doc, "Ghanaian Foreign Ministry");
    assert.ok(ministry?.mentions.some((m) => m.text === "the ministry" && m.kind === "nominal"));
    // must not: the ministry is not the minister, and "Lome" gets no pronoun.
    assert.ok(!asante.mentions.some((m) => m.text === "the ministry"));
    assert.ok(!byMention(doc, "Lome")?.mentions.some((m) => m.kind === "pronoun"));
  });
});
