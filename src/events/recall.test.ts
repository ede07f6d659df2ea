import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractEvents } from "./stage.js";
import { type Case, ENTITIES, run } from "./test-cases.js";
import { testDoc } from "./test-doc.js";

// Our own sentences; a story "about Peru" names Peru or Lima at least three times so that Peru is its home country.
const PERU_STORY = "Peru has been tense since the vote. Lima saw new rallies, and Peru closed its schools.";

const AGENT_CASES: Case[] = [
  {
    name: "agent word acts for the home country",
    text: `${PERU_STORY} Security forces detained forty students on Tuesday.`,
    want: [{ type: "COERCE", actor: ["PER"], recipient: ["PER"], date: "2025-06-10" }],
  },
  {
    name: "the junta imposes a curfew",
    text: `${PERU_STORY} The junta imposed a curfew on three districts of the capital.`,
    want: [{ type: "COERCE", actor: ["PER"] }],
  },
  {
    name: "agent of a named state in the phrase",
    text: `${PERU_STORY} Chilean police arrested two fishermen near the border.`,
    want: [{ type: "COERCE", actor: ["CHL"] }],
    mustNot: [{ type: "COERCE", actor: ["PER"] }],
  },
  {
    name: "no home country: a bare agent stays uncoded",
    text: "Japan and Chile traded barbs. Tokyo and Santiago argued. Security forces detained forty students.",
    want: [],
    mustNot: [
      { type: "COERCE", actor: ["JPN"] },
      { type: "COERCE", actor: ["CHL"] },
    ],
  },
  {
    name: "opposition lawmakers are actors, not a rejection",
    text: `${PERU_STORY} Opposition lawmakers denounced the budget on Monday.`,
    want: [{ type: "ACCUSE", actor: ["PER"], recipient: ["PER"] }],
    mustNot: [{ type: "REJECT", actor: ["PER"] }],
  },
];

const FORCE_CASES: Case[] = [
  {
    name: "agentless passive force on home people",
    text: `${PERU_STORY} Six protesters were killed on Friday in the north.`,
    want: [{ type: "ASSAULT", actor: ["PER"], recipient: ["PER"], status: "occurred", date: "2025-06-06" }],
  },
  {
    name: "people object of a force verb is the actor's own",
    text: "Chile arrested dozens of journalists last week, Ana Rojas said.",
    want: [{ type: "COERCE", actor: ["CHL"], recipient: ["CHL"] }],
  },
  {
    name: "reduced passive describes the victims",
    text: `${PERU_STORY} Protesters injured in the march were taken to a clinic in Lima.`,
    want: [],
    mustNot: [{ type: "ASSAULT", actor: ["PER"] }],
  },
  {
    name: "force aimed at a named people through a list of weapons",
    text: "Chilean police fired tear gas, water cannon, and stun grenades at Peruvian fans on Tuesday.",
    want: [{ type: "ASSAULT", actor: ["CHL"], recipient: ["PER"], date: "2025-06-10" }],
    mustNot: [{ type: "ASSAULT", actor: ["CHL"], recipient: ["CHL"] }],
  },
  {
    name: "a demonym before the people noun codes the target",
    text: "Japan detained nine Chilean fishermen near its islands.",
    want: [{ type: "COERCE", actor: ["JPN"], recipient: ["CHL"] }],
    mustNot: [{ type: "COERCE", actor: ["JPN"], recipient: ["JPN"] }],
  },
  {
    name: "a subject under no denies the act",
    text: `${PERU_STORY} No protesters were killed during the operation, the army said.`,
    want: [],
    mustNot: [{ type: "ASSAULT", actor: ["PER"], status: "occurred" }],
  },
  {
    name: "hypothetical force is not occurred",
    text: `${PERU_STORY} Dozens of protesters could be killed if the army moves in.`,
    want: [],
    mustNot: [{ type: "ASSAULT", actor: ["PER"], status: "occurred" }],
  },
];

const VERBAL_CASES: Case[] = [
  {
    name: "a statement acts for its issuer",
    text: "Kenji Sato issued a statement on Monday about the fishing dispute. The statement threatened sanctions on Chile.",
    want: [{ type: "THREATEN", actor: ["JPN"], recipient: ["CHL"] }],
  },
  {
    name: "unstated target of a state's criticism is the home country",
    text: `${PERU_STORY} Japan said it was deeply disappointed by the decision.`,
    want: [{ type: "ACCUSE", actor: ["JPN"], recipient: ["PER"] }],
  },
  {
    name: "name-calling is an accusation",
    text: "Kenji Sato called Chile “a reckless neighbor” on Monday.",
    want: [{ type: "ACCUSE", actor: ["JPN"], recipient: ["CHL"], date: "2025-06-09" }],
  },
  {
    name: "a name or praise in quotation marks is no accusation",
    text: "Japan began an operation called “Blue Wave” near Chile. Kenji Sato called the talks with Chile “very productive.”",
    want: [],
    mustNot: [{ type: "ACCUSE", actor: ["JPN"] }],
  },
  {
    name: "a quoted demand after call for stays a request",
    text: "Ana Rojas called for Japan to “stop the dumping now.”",
    want: [{ type: "REQUEST", actor: ["CHL"], recipient: ["JPN"] }],
    mustNot: [{ type: "ACCUSE", actor: ["CHL"] }],
  },
  {
    name: "new lexicon: rule out, lambast, tear gas",
    text: "Japan ruled out talks with Chile. Ana Rojas lambasted Japan on Friday. Chilean police fired tear gas at Peru's fans.",
    want: [
      { type: "REJECT", actor: ["JPN"], recipient: ["CHL"] },
      { type: "ACCUSE", actor: ["CHL"], recipient: ["JPN"] },
      { type: "ASSAULT", actor: ["CHL"], recipient: ["PER"] },
    ],
  },
  {
    name: "rejecting allegations answers the accuser, dated in its own clause",
    text:
      "Japan accused Ana Rojas of bribery on Monday. Officials gave no details. Markets were calm. " +
      "Rojas, who was elected in 2019, rejected the allegations on Tuesday.",
    want: [{ type: "REJECT", actor: ["CHL"], recipient: ["JPN"], date: "2025-06-10" }],
  },
  {
    name: "a quotation mark inside the verb group keeps the future",
    text: "Kenji Sato said Japan will “soon be expelling” Chilean diplomats.",
    want: [],
    mustNot: [
      { type: "COERCE", actor: ["JPN"], status: "occurred" },
      { type: "SANCTION", actor: ["JPN"], status: "occurred" },
    ],
  },
  {
    name: "alleged misconduct in a quote: the speaker accuses",
    text: "“Chile has been ripping off our farmers for years,” Kenji Sato said on Monday.",
    want: [{ type: "ACCUSE", actor: ["JPN"], recipient: ["CHL"] }],
    mustNot: [{ type: "ACCUSE", actor: ["CHL"] }],
  },
  {
    name: "reported defiance: the speaker accuses",
    text: "Ana Rojas said Japan is openly defying the tribunal.",
    want: [{ type: "ACCUSE", actor: ["CHL"], recipient: ["JPN"] }],
    mustNot: [
      { type: "REJECT", actor: ["JPN"] },
      { type: "ACCUSE", actor: ["JPN"] },
    ],
  },
  {
    name: "alleged misconduct told by the narrator codes nothing",
    text: "Chile flouted the fishing rules near Peru last year.",
    want: [],
    mustNot: [
      { type: "ACCUSE", actor: ["CHL"] },
      { type: "ACCUSE", actor: ["PER"] },
    ],
  },
  {
    name: "a penalty announced under the other side's condition is a threat",
    text: "“If Chile escalates, I will not hesitate to cut the power completely,” Kenji Sato said on Monday.",
    want: [{ type: "THREATEN", actor: ["JPN"], recipient: ["CHL"], status: "occurred" }],
    mustNot: [
      { type: "SANCTION", actor: ["JPN"], status: "occurred" },
      { type: "SANCTION", actor: ["CHL"] },
    ],
  },
  {
    name: "a penalty withheld under a condition is no threat",
    text: "Japan will impose no tariffs on Chile if the talks go well.",
    want: [],
    mustNot: [
      { type: "THREATEN", actor: ["JPN"] },
      { type: "SANCTION", actor: ["JPN"], status: "occurred" },
    ],
  },
  {
    name: "not ruling out a penalty is a threat; defending one's rights supports no one",
    text: "Kenji Sato did not rule out further measures against Chile. Peru said it would defend its fishing rights against Chile.",
    want: [{ type: "THREATEN", actor: ["JPN"], recipient: ["CHL"], status: "occurred" }],
    mustNot: [
      { type: "REJECT", actor: ["JPN"] },
      { type: "SUPPORT", actor: ["PER"] },
      { type: "AGREE", actor: ["PER"] },
    ],
  },
  {
    name: "denied name-calling is negated",
    text: "Kenji Sato did not call Chile “a rogue state,” his office said.",
    want: [],
    mustNot: [{ type: "ACCUSE", actor: ["JPN"], recipient: ["CHL"], status: "occurred" }],
  },
];

describe("events: agent words as actors", () => {
  for (const c of AGENT_CASES) it(c.name, () => run(c));
});

describe("events: force on unnamed people", () => {
  for (const c of FORCE_CASES) it(c.name, () => run(c));
});

describe("events: verbal acts without a named target", () => {
  for (const c of VERBAL_CASES) it(c.name, () => run(c));
});

describe("events: merging force", () => {
  it("a past attack recalled is not today's attack", () => {
    const text =
      "Japan attacked Chile's northern ports again. Residents fled. Shops closed. Officials counted losses. " +
      "The deadliest raid came in 2009, when Japan attacked Chile near the border.";
    const events = extractEvents(testDoc(text, ENTITIES)).filter((e) => e.type === "ASSAULT");
    assert.deepEqual(
      events.map((e) => e.date?.value ?? null),
      [null, "2009"],
    );
  });
});

describe("events: attacks by a home group", () => {
  const specs: Parameters<typeof testDoc>[1] = [
    ["Peru", "GPE", "PER", ["Peru", "Lima"]],
    ["Red Dawn", "ORG", "PER", ["Red Dawn"]],
    ["Ana Rojas", "PERSON", "CHL", ["Ana Rojas", "Rojas"]],
  ];
  it("a home group's attack with no named target strikes its state", () => {
    const text = `${PERU_STORY} Red Dawn claimed responsibility for the market bombing on Tuesday.`;
    const events = extractEvents(testDoc(text, specs));
    assert.ok(
      events.some((e) => e.type === "ASSAULT" && e.actor[0]?.country === "PER" && e.recipient[0]?.country === "PER"),
    );
  });
  it("a person's words about an attack are no attack", () => {
    const text = `${PERU_STORY} Rojas condemned the attack on Tuesday.`;
    const events = extractEvents(testDoc(text, specs));
    assert.deepEqual(
      events.filter((e) => e.type === "ASSAULT"),
      [],
    );
  });
});

describe("events: trigger words inside names", () => {
  it("a mission named for support does not support", () => {
    const text = "Japan sent the Peace Support Mission to Chile. Chile backed the Peace Support Mission.";
    const doc = testDoc(text, [
      ["Japan", "GPE", "JPN", ["Japan"]],
      ["Chile", "GPE", "CHL", ["Chile"]],
      ["Peace Support Mission", "ORG", "UN", ["Peace Support Mission"]],
    ]);
    const events = extractEvents(doc);
    const fromName = events.filter((e) => e.trigger.text === "Support");
    assert.deepEqual(fromName, []);
    assert.ok(events.some((e) => e.type === "SUPPORT" && e.trigger.text === "backed"));
  });
});
