import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyzeText } from "./test-helpers.js";

// Each case: a text, the [text, type] amounts it must yield, and texts that must be no amount.
const CASES: { text: string; want: [string, string][]; not: string[] }[] = [
  {
    text: "Congress approved $1.2 billion in aid and a further 300 million euros followed.",
    want: [
      ["$1.2 billion", "MONEY"],
      ["300 million euros", "MONEY"],
    ],
    not: ["1.2", "300 million"],
  },
  {
    text: "Turnout rose 12% to 48 percent, after 25 rounds of talks in 2021.",
    want: [
      ["12%", "PERCENT"],
      ["48 percent", "PERCENT"],
    ],
    not: ["25", "25 rounds", "2021"],
  },
  {
    text: "The convoy drove 450 kilometers carrying 20 tons of grain.",
    want: [
      ["450 kilometers", "QUANTITY"],
      ["20 tons", "QUANTITY"],
    ],
    not: ["450", "20"],
  },
];

describe("amounts", () => {
  for (const c of CASES) {
    it(c.text.slice(0, 50), () => {
      const doc = analyzeText(c.text);
      const got = doc.entities.flatMap((e) => e.mentions.map((m) => [m.text, e.type] as [string, string]));
      for (const [text, type] of c.want)
        assert.ok(
          got.some(([t, ty]) => t === text && ty === type),
          `${text} ${type}: ${JSON.stringify(got)}`,
        );
      for (const bad of c.not) assert.ok(!got.some(([t]) => t === bad), `must not find ${bad}`);
    });
  }
});
