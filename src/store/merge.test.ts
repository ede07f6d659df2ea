import assert from "node:assert/strict";
import { test } from "node:test";
import { compatiblePeople, type MatchSide, matches, shiftDay, similarity } from "./merge.js";

const base: MatchSide = {
  type: "CONSULT",
  status: "occurred",
  reciprocal: false,
  actorKey: "|USA|",
  recipientKey: "|CHN|",
  actorPeople: "|person:antony-blinken|",
  recipientPeople: "|person:xi-jinping|",
  day: "2023-06-19",
  dateValue: "2023-06-19",
  place: null,
  evidence: "Blinken met Xi in Beijing.",
};
const merged = (over: Partial<MatchSide>, documents = ["d1"]) => ({ ...base, ...over, documents });

test("people on a side must overlap when both reports name them", () => {
  const cases: [string, Partial<MatchSide>, boolean][] = [
    ["same people", {}, true],
    ["the other report names no recipient person", { recipientPeople: "" }, true],
    [
      "sides swapped, CONSULT",
      {
        actorKey: "|CHN|",
        recipientKey: "|USA|",
        actorPeople: base.recipientPeople,
        recipientPeople: base.actorPeople,
      },
      true,
    ],
    ["must not: another Chinese official", { recipientPeople: "|person:qin-gang|" }, false],
  ];
  for (const [name, over, want] of cases) assert.equal(compatiblePeople(base, { ...base, ...over }), want, name);
});

test("matches: the rules and their must-nots", () => {
  const cases: [string, Partial<MatchSide>, boolean, string[]?][] = [
    ["identical report from another article", {}, true],
    ["two days later", { day: "2023-06-21" }, true],
    ["must not: three days later", { day: "2023-06-22" }, false],
    ["must not: same document", {}, false, ["d2"]],
    ["must not: other type", { type: "ACCUSE" }, false],
    ["one place given", { place: "Beijing" }, true],
  ];
  for (const [name, over, want, docs] of cases) {
    assert.equal(matches(base, "d2", merged(over, docs ?? ["d1"])), want, name);
  }
});

test("helpers: day arithmetic across months, word-set similarity", () => {
  assert.equal(shiftDay("2024-03-01", -2), "2024-02-28");
  assert.equal(shiftDay("2023-12-31", 1), "2024-01-01");
  assert.equal(similarity("Beijing accused Washington", "Washington accused Beijing"), 1);
  assert.equal(similarity("", "anything"), 0);
  assert.ok(similarity("Beijing accused Washington of hacking", "Tokyo praised Seoul") === 0);
});
