import { describe, it } from "node:test";
import { type Case, run } from "./test-cases.js";

// Our own sentences (publication day Wednesday 2025-06-11): amounts before a demonym object, regret and openness,
// retaliation and the act a definite noun refers to, signatories, paragraph-bounded dating, relative clauses.

const OBJECT_CASES: Case[] = [
  {
    name: "tariffs on an amount of a demonym's goods",
    text: "Chile said on Monday it would impose 15% duties on about $3 billion worth of Japanese cars.",
    want: [{ type: "SANCTION", actor: ["CHL"], recipient: ["JPN"], status: "planned" }],
  },
  {
    name: "tons of a demonym's goods",
    text: "Peru imposed a ban on 500 tons of Chilean copper on Tuesday.",
    want: [{ type: "SANCTION", actor: ["PER"], recipient: ["CHL"], status: "occurred" }],
  },
  {
    name: "a source named after a comma is no recipient",
    text: "Japan froze the assets of two Chilean firms on Monday, Peru said.",
    want: [{ type: "SANCTION", actor: ["JPN"], recipient: ["CHL"] }],
    mustNot: [{ type: "SANCTION", actor: ["JPN"], recipient: ["PER"] }],
  },
];

const ATTITUDE_CASES: Case[] = [
  {
    name: "regret over another party's decision is disapproval",
    text: "Japan regretted the Chilean decision on Monday.",
    want: [{ type: "ACCUSE", actor: ["JPN"], recipient: ["CHL"] }],
    mustNot: [{ type: "CONCEDE", actor: ["JPN"], recipient: ["CHL"] }],
  },
  {
    name: "regret for one's own act stays a concession",
    text: "Japan regretted its remarks about Chile on Monday.",
    want: [{ type: "CONCEDE", actor: ["JPN"] }],
    mustNot: [{ type: "ACCUSE", actor: ["JPN"], recipient: ["CHL"] }],
  },
  {
    name: "open to negotiations is an intent, not a meeting",
    text: "Japan remained open to negotiations with Chile.",
    want: [{ type: "AGREE", actor: ["JPN"], recipient: ["CHL"], status: "planned" }],
    mustNot: [{ type: "CONSULT", actor: ["JPN"], recipient: ["CHL"] }],
  },
  {
    name: "ready for talks and willing to hold talks",
    text: "Peru is ready for talks with Chile. Japan is willing to hold talks with Chile.",
    want: [
      { type: "AGREE", actor: ["PER"], recipient: ["CHL"], status: "planned" },
      { type: "AGREE", actor: ["JPN"], recipient: ["CHL"], status: "planned" },
    ],
    mustNot: [
      { type: "CONSULT", actor: ["PER"], recipient: ["CHL"] },
      { type: "CONSULT", actor: ["JPN"], recipient: ["CHL"] },
    ],
  },
  {
    name: "talks that were held stay a meeting",
    text: "Japan held talks with Chile on Monday.",
    want: [{ type: "CONSULT", actor: ["JPN"], recipient: ["CHL"], status: "occurred", date: "2025-06-09" }],
  },
  {
    name: "a signing that fell through codes nothing",
    text: "Japan and Chile were supposed to sign a fishing deal on Friday.",
    want: [],
    mustNot: [{ type: "SUPPORT", actor: ["JPN", "CHL"] }],
  },
];

const REFERENCE_CASES: Case[] = [
  {
    name: "countermeasures join the response to the same party",
    text: "Chile raised tariffs on Japanese cars. Japan imposed duties on Chilean wine on Monday. Peru also announced countermeasures on Wednesday.",
    want: [{ type: "SANCTION", actor: ["PER"], recipient: ["CHL"], date: "2025-06-11" }],
    mustNot: [{ type: "SANCTION", actor: ["PER"], recipient: ["JPN"] }],
  },
  {
    name: "countermeasures against the actor's own attacker",
    text: "Chile imposed sanctions on Peru on Monday. Peru announced retaliatory tariffs on Tuesday.",
    want: [{ type: "SANCTION", actor: ["PER"], recipient: ["CHL"] }],
  },
  {
    name: "a denial answers the latest accuser, not the last actor",
    text: "Japan accused Chile of overfishing on Monday. Peru fined two Chilean trawlers in April. Chile has denied breaking the rules.",
    want: [{ type: "REJECT", actor: ["CHL"], recipient: ["JPN"] }],
    mustNot: [{ type: "REJECT", actor: ["CHL"], recipient: ["PER"] }],
  },
  {
    name: "signatories are both sides",
    text: "Japan and Chile signed a fisheries agreement in Lima on Monday.",
    want: [{ type: "SUPPORT", actor: ["JPN", "CHL"], date: "2025-06-09" }],
  },
  {
    name: "criticizing the deal targets its signatories",
    text: "Japan and Chile signed a fisheries agreement on Monday. Peru criticized the deal on Tuesday.",
    want: [{ type: "ACCUSE", actor: ["PER"], recipient: ["JPN"], date: "2025-06-10" }],
  },
  {
    name: "condemning the attack targets the attacker, not who is called on later",
    text: "Chile shelled a Peruvian border post on Monday. Lima condemned the attack and called on Japan to act.",
    want: [
      { type: "ACCUSE", actor: ["PER"], recipient: ["CHL"] },
      { type: "REQUEST", actor: ["PER"], recipient: ["JPN"] },
    ],
    mustNot: [{ type: "ACCUSE", actor: ["PER"], recipient: ["JPN"] }],
  },
];

const DATING_CASES: Case[] = [
  {
    name: "a new paragraph with a new actor takes no earlier date",
    text: "Japan met Chile on Monday.\n\nPeru accused Chile of dumping fish.",
    want: [{ type: "ACCUSE", actor: ["PER"], recipient: ["CHL"], date: null }],
  },
  {
    name: "a pronoun continues the passage across a paragraph",
    text: "Kenji Sato met Ana Rojas on Monday.\n\nHe also urged Chile to lift its ban.",
    want: [{ type: "REQUEST", actor: ["JPN"], recipient: ["CHL"], date: "2025-06-09" }],
  },
  {
    name: "within a paragraph the date still carries",
    text: "Japan met Chile on Monday. Peru accused Chile of dumping fish.",
    want: [{ type: "ACCUSE", actor: ["PER"], recipient: ["CHL"], date: "2025-06-09" }],
  },
];

const RELATIVE_CASES: Case[] = [
  {
    name: "a restrictive relative is about the noun before it",
    text: "Japan condemned Chilean officials who criticized Peru on Monday.",
    want: [{ type: "ACCUSE", actor: ["JPN"], recipient: ["CHL"] }],
    mustNot: [{ type: "ACCUSE", actor: ["JPN"], recipient: ["PER"] }],
  },
  {
    name: "fired rockets at a party is an attack",
    text: "Chile fired rockets at Peru on Monday.",
    want: [{ type: "ASSAULT", actor: ["CHL"], recipient: ["PER"] }],
    mustNot: [{ type: "MOBILIZE", actor: ["CHL"] }],
  },
];

const PHRASE_CASES: Case[] = [
  {
    name: "a participle describing the released people is no arrest",
    text: "Chile released four detained Japanese fishermen on Monday.",
    want: [{ type: "RETREAT", actor: ["CHL"], recipient: ["JPN"] }],
    mustNot: [{ type: "COERCE", actor: ["CHL"] }],
  },
  {
    name: "the by-agent of a noun acts",
    text: "Peru freed two sailors after a visit to Lima by a Japanese envoy on Monday.",
    want: [{ type: "CONSULT", actor: ["JPN"], recipient: ["PER"] }],
    mustNot: [{ type: "CONSULT", actor: ["PER"], recipient: ["PER"] }],
  },
  {
    name: "their exercises belong to the plural subject",
    text: "Japan and Chile began their naval exercises on Monday.",
    want: [{ type: "MOBILIZE", actor: ["JPN", "CHL"] }],
  },
  {
    name: "ordering an envoy to leave is an expulsion, past a date before the verb",
    text: "Peru's government on Tuesday ordered the Chilean ambassador to leave the country.",
    want: [{ type: "SANCTION", actor: ["PER"], recipient: ["CHL"], date: "2025-06-10" }],
  },
  {
    name: "the drills of another party are a reference, not a new act",
    text: "Japan and Chile began naval exercises on Monday. Peru called the exercises a provocation.",
    want: [{ type: "MOBILIZE", actor: ["JPN", "CHL"] }],
    mustNot: [{ type: "MOBILIZE", actor: ["PER"] }],
  },
  {
    name: "a name in a prepositional phrase before a relative is not its head",
    text: "Japan criticized protesters in Lima who attacked Chile on Monday.",
    want: [],
    mustNot: [{ type: "ASSAULT", actor: ["PER"], recipient: ["CHL"] }],
  },
  {
    name: "the mediator of an agreement is not its target",
    text: "Chile and Peru agreed on Monday to a truce brokered by Japan.",
    want: [{ type: "AGREE", actor: ["CHL", "PER"] }],
    mustNot: [{ type: "AGREE", actor: ["CHL"], recipient: ["JPN"] }],
  },
  {
    name: "welcoming the truce supports its parties",
    text: "Chile and Peru agreed to a truce on Monday. Japan welcomed the truce on Tuesday.",
    want: [{ type: "SUPPORT", actor: ["JPN"], recipient: ["CHL"] }],
  },
  {
    name: "a purpose infinitive after a date is its own act",
    text: "Chilean police used batons on Sunday to disperse hundreds of students in Santiago.",
    want: [{ type: "COERCE", actor: ["CHL"], recipient: ["CHL"] }],
  },
  {
    name: "name-calling without quotation marks",
    text: "Chile arrested a Japanese reporter on Monday. Tokyo called the arrest a provocation.",
    want: [{ type: "ACCUSE", actor: ["JPN"], recipient: ["CHL"] }],
  },
  {
    name: "praise without quotation marks is no accusation",
    text: "Japan met Chile on Monday. Tokyo called the meeting a success.",
    want: [],
    mustNot: [{ type: "ACCUSE", actor: ["JPN"] }],
  },
  {
    name: "a verb after 'and' shares the subject of the verb before",
    text: "Kenji Sato met Ana Rojas in Lima and pledged support for Chile on Monday.",
    want: [{ type: "SUPPORT", actor: ["JPN"], recipient: ["CHL"] }],
    mustNot: [{ type: "SUPPORT", actor: ["CHL"], recipient: ["JPN"] }],
  },
  {
    name: "sending defense systems is aid, announced for the future",
    text: "Japan will send three more coastal defense systems to Peru, Kenji Sato said on Tuesday.",
    want: [{ type: "AGREE", actor: ["JPN"], recipient: ["PER"], status: "planned" }],
  },
];

describe("events: noun phrases, by-agents and references", () => {
  for (const c of PHRASE_CASES) it(c.name, () => run(c));
});
describe("events: objects behind amounts and attributions", () => {
  for (const c of OBJECT_CASES) it(c.name, () => run(c));
});
describe("events: regret, openness and plans that fell through", () => {
  for (const c of ATTITUDE_CASES) it(c.name, () => run(c));
});
describe("events: retaliation and referred acts", () => {
  for (const c of REFERENCE_CASES) it(c.name, () => run(c));
});
describe("events: dating across paragraphs", () => {
  for (const c of DATING_CASES) it(c.name, () => run(c));
});
describe("events: relative clauses and aimed fire", () => {
  for (const c of RELATIVE_CASES) it(c.name, () => run(c));
});
