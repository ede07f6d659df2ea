import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractEvents } from "./stage.js";
import { type Case, ENTITIES, run } from "./test-cases.js";
import { testDoc } from "./test-doc.js";

// Status, actor and merge rules, on our own sentences; publication day Wednesday 2025-06-11.
const STATUS_CASES: Case[] = [
  {
    name: "planned: will meet",
    text: "Japan and Chile will hold talks in Lima next week.",
    want: [{ type: "AGREE", actor: ["JPN", "CHL"], status: "planned" }],
    mustNot: [{ type: "CONSULT", actor: ["JPN"], status: "occurred" }],
  },
  {
    name: "planned: plans to",
    text: "Japan plans to impose tariffs on Peru.",
    want: [{ type: "SANCTION", actor: ["JPN"], recipient: ["PER"], status: "planned" }],
  },
  {
    name: "threat: could impose",
    text: "Japan could impose tariffs on Peru if the talks fail.",
    want: [{ type: "THREATEN", actor: ["JPN"], recipient: ["PER"] }],
    mustNot: [{ type: "SANCTION", actor: ["JPN"] }],
  },
  {
    name: "hypothetical: if",
    text: "If Chile attacks Peru, the region will suffer.",
    want: [{ type: "ASSAULT", actor: ["CHL"], recipient: ["PER"], status: "hypothetical" }],
  },
  {
    name: "negated: did not",
    text: "Japan did not agree to the plan of Chile on Monday.",
    want: [{ type: "AGREE", actor: ["JPN"], recipient: ["CHL"], status: "negated" }],
    mustNot: [{ type: "AGREE", actor: ["JPN"], status: "occurred" }],
  },
  {
    // A denial in reported speech is commentary: not coded at all, and never as a real act.
    name: "negated: reported denial is dropped",
    text: "Japan did not seek to coerce Chile, Sato said.",
    want: [],
    mustNot: [{ type: "COERCE", actor: ["JPN"] }],
  },
  {
    name: "negated: never",
    text: "Peru has never sanctioned Chile.",
    want: [{ type: "SANCTION", actor: ["PER"], recipient: ["CHL"], status: "negated" }],
  },
  {
    name: "quoted denial",
    text: "“We never attacked Chilean boats,” Sato said.",
    want: [],
    mustNot: [{ type: "ASSAULT", actor: ["JPN"], status: "occurred" }],
  },
  {
    name: "historical background keeps its year",
    text: "Japan invaded Peru in 1941, long before the current talks.",
    want: [{ type: "ASSAULT", actor: ["JPN"], recipient: ["PER"], date: "1941" }],
    mustNot: [{ type: "ASSAULT", actor: ["JPN"], date: "2025-06-11" }],
  },
  {
    name: "threat by force",
    text: "Japan insists that Peru must accept its terms, by force if necessary.",
    want: [{ type: "THREATEN", actor: ["JPN"], recipient: ["PER"] }],
  },
  {
    name: "denial is not the act",
    text: "Tokyo denied that it had attacked Chilean boats.",
    want: [],
    mustNot: [{ type: "ASSAULT", actor: ["JPN"] }],
  },
  {
    name: "past noun phrase",
    text: "Their meeting would follow the last conversation between Japan and Chile in March 2024.",
    want: [{ type: "CONSULT", actor: ["JPN", "CHL"], status: "occurred", date: "2024-03" }],
  },
];

const ACTOR_CASES: Case[] = [
  {
    name: "verbal clash is no assault",
    text: "The aid freeze followed a heated clash between Kenji Sato and Ana Rojas.",
    want: [{ type: "ACCUSE", actor: ["JPN", "CHL"] }],
    mustNot: [{ type: "ASSAULT", actor: ["JPN"] }],
  },
  {
    name: "armed clash",
    text: "Chilean soldiers clashed with Peru troops at the border, killing two.",
    want: [{ type: "ASSAULT", actor: ["CHL", "PER"] }],
  },
  {
    name: "subject before relative clauses",
    text: "Japan, along with Peru, which hosts the fleet, called a meeting of the council with Chile.",
    want: [{ type: "CONSULT", actor: ["JPN", "PER"] }],
  },
  {
    name: "talks of the pair named before",
    text: "Japan and Chile have been at odds since talks failed in Lima.",
    want: [{ type: "CONSULT", actor: ["JPN", "CHL"] }],
  },
  {
    name: "reporting verb after a quote",
    text: "“Who will pay for the port?” Rojas asked.",
    want: [],
    mustNot: [{ type: "REQUEST", actor: ["CHL"] }],
  },
  {
    name: "recognize a person",
    text: "A Chilean officer recognized Sato at the airport.",
    want: [],
    mustNot: [{ type: "SUPPORT", actor: ["CHL"] }],
  },
  {
    name: "gerund after says",
    text: "Japan says fighting in Peru has displaced thousands.",
    want: [],
    mustNot: [{ type: "ASSAULT", actor: ["JPN"] }],
  },
  {
    name: "deliberation is a threat",
    text: "Japan discussed imposing new tariffs on Chile in case the talks fail.",
    want: [{ type: "THREATEN", actor: ["JPN"], recipient: ["CHL"] }],
    mustNot: [{ type: "SANCTION", actor: ["JPN"], status: "occurred" }],
  },
  {
    name: "passive with agent",
    text: "Chilean trawlers were seized by Japan on Sunday.",
    want: [{ type: "COERCE", actor: ["JPN"], recipient: ["CHL"] }],
  },
  {
    name: "pronoun subject",
    text: "Kenji Sato arrived in Lima. He criticized Chile over the quota.",
    want: [{ type: "ACCUSE", actor: ["JPN"], recipient: ["CHL"] }],
  },
  {
    name: "compound actor",
    text: "Japan and Peru condemned Chile's decision.",
    want: [{ type: "ACCUSE", actor: ["JPN", "PER"], recipient: ["CHL"] }],
  },
  {
    name: "demonym actor",
    text: "Chilean officials urged Tokyo to reopen the port.",
    want: [{ type: "REQUEST", actor: ["CHL"], recipient: ["JPN"] }],
  },
  {
    name: "no actor: dropped",
    text: "The talks were attacked as pointless by commentators.",
    want: [],
    mustNot: [{ type: "ASSAULT", actor: [] }],
  },
  {
    name: "metaphoric war",
    text: "Japan escalated its trade war with Chile.",
    want: [],
    mustNot: [{ type: "ASSAULT", actor: ["JPN"] }],
  },
  {
    name: "poses a threat is no act",
    text: "Japan said the missile poses a threat to Peru.",
    want: [],
    mustNot: [{ type: "THREATEN", actor: ["JPN"] }],
  },
];

describe("events: status", () => {
  for (const c of STATUS_CASES) it(c.name, () => run(c));
});
describe("events: actors", () => {
  for (const c of ACTOR_CASES) it(c.name, () => run(c));
});

describe("events: one act, one record", () => {
  it("merges two sentences reporting the same aid", () => {
    const text =
      "Japan approved $40 million in aid to Peru on Monday. Japan's $40 million aid to Peru is its largest gift.";
    const events = extractEvents(testDoc(text, ENTITIES)).filter((e) => e.type === "AID");
    assert.equal(events.length, 1);
    assert.equal(events[0]!.evidence.length, 2);
  });
  it("keeps two meetings on different dates apart", () => {
    const text = "Japan met Chile in March 2024. Japan met Chile again in May 2025.";
    assert.equal(extractEvents(testDoc(text, ENTITIES)).filter((e) => e.type === "CONSULT").length, 2);
  });
});
