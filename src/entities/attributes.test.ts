import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { EntitySchema } from "./schema.js";
import { analyzeText, byMention } from "./test-helpers.js";

// Each case: a text, a mention, and the attributes its entity must have (undefined: must have none).
const CASES: { text: string; mention: string; country?: string; role?: string; code?: string }[] = [
  {
    text: "Turkish Defense Minister Yasar Guler spoke in Ankara.",
    mention: "Yasar Guler",
    country: "TUR",
    role: "Defense Minister",
  },
  {
    text: "Chinese Foreign Ministry spokesperson Guo Jiakun said Beijing opposed the sale.",
    mention: "Guo Jiakun",
    country: "CHN",
    // The ministry is the origin here, so the role is the word after it.
    role: "spokesperson",
  },
  {
    text: "Tomas Varga, a senior adviser to the Slovak government, disagreed.",
    mention: "Tomas Varga",
    country: "SVK",
    role: "senior adviser",
  },
  {
    text: "British Deputy U.N. Ambassador Clara Hewitt addressed the council.",
    mention: "Clara Hewitt",
    country: "GBR",
  },
  {
    text: "Later, US Deputy Secretary of State Lena Marsh told reporters.",
    mention: "Lena Marsh",
    country: "USA",
    role: "Deputy Secretary of State",
  },
  { text: "NATO allies met in Brussels.", mention: "NATO", country: "NATO", code: "NATO" },
  { text: "The U.S. said the Pentagon would respond.", mention: "U.S.", country: "USA", code: "USAGOV" },
];

describe("actor attributes", () => {
  for (const c of CASES) {
    it(`${c.mention} in "${c.text.slice(0, 40)}"`, () => {
      const e = byMention(analyzeText(c.text), c.mention);
      assert.ok(e, `missing ${c.mention}`);
      if (c.country) assert.equal(e.country, c.country);
      if (c.role) assert.equal(e.role, c.role);
      if (c.code) assert.equal(e.code, c.code);
    });
  }

  it("must not take the country of a coordinated person", () => {
    const doc = analyzeText(
      "The talks were chaired by Vice Minister Liu Bin, and Russian Deputy Minister Oleg Petrov attended.",
    );
    assert.notEqual(byMention(doc, "Liu Bin")?.role, "Deputy Minister");
    assert.equal(byMention(doc, "Oleg Petrov")?.country, "RUS");
  });

  it("gives every GPE country entity a code", () => {
    const doc = analyzeText("Peru and Chile signed a deal.");
    for (const name of ["Peru", "Chile"]) assert.match(byMention(doc, name)?.code ?? "", /^[A-Z]{3}GOV$/);
  });
});

describe("entity schema", () => {
  it("every entity of a mixed text validates against EntitySchema", () => {
    const doc = analyzeText(
      "Kenyan President William Ruto met WHO officials in Geneva. He said the World Bank and NATO would help, and the ministry agreed.",
    );
    assert.ok(doc.entities.length > 0);
    for (const e of doc.entities) EntitySchema.parse(e);
  });
});
