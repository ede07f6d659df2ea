import { describe, it } from "node:test";
import { type Case, run } from "./test-cases.js";

// Our own sentences about invented dealings between real states; publication day Wednesday 2025-06-11.
const CATEGORY_CASES: Case[] = [
  {
    name: "sanction: tariffs",
    text: "Japan imposed new tariffs on Chilean copper on Tuesday.",
    want: [{ type: "SANCTION", actor: ["JPN"], recipient: ["CHL"], status: "occurred", date: "2025-06-10" }],
  },
  {
    name: "sanction: verb",
    text: "Tokyo sanctioned two Chilean banks last month.",
    want: [{ type: "SANCTION", actor: ["JPN"], recipient: ["CHL"], date: "2025-05" }],
  },
  {
    name: "sanction: aid suspension",
    text: "Japan suspended aid to Peru after the vote.",
    want: [{ type: "SANCTION", actor: ["JPN"], recipient: ["PER"] }],
    mustNot: [{ type: "AID", actor: ["JPN"], recipient: ["PER"] }],
  },
  {
    name: "aid: approval with amount",
    text: "Kenji Sato approved $40 million in flood aid to Peru on Monday.",
    want: [{ type: "AID", actor: ["JPN"], recipient: ["PER"], date: "2025-06-09" }],
  },
  {
    name: "aid: supplying",
    text: "Chilean firms are supplying radar parts to Lima, officials said.",
    want: [{ type: "AID", actor: ["CHL"], recipient: ["PER"] }],
  },
  {
    name: "request: urge",
    text: "Ana Rojas urged Japan to lift the ban on fruit imports.",
    want: [{ type: "REQUEST", actor: ["CHL"], recipient: ["JPN"] }],
    mustNot: [{ type: "RETREAT", actor: ["JPN"] }],
  },
  {
    name: "accuse: concern",
    text: "Peru expressed concern over Chile's naval buildup.",
    want: [{ type: "ACCUSE", actor: ["PER"], recipient: ["CHL"] }],
  },
  {
    name: "accuse: criticize",
    text: "Japan criticized Chile for the fishing rules.",
    want: [{ type: "ACCUSE", actor: ["JPN"], recipient: ["CHL"] }],
  },
  {
    name: "consult: met",
    text: "Kenji Sato met Ana Rojas in Lima on Thursday last week.",
    want: [{ type: "CONSULT", actor: ["JPN", "CHL"] }],
  },
  {
    name: "consult: talks between",
    text: "Talks between Japan and Chile ended without a deal.",
    want: [{ type: "CONSULT", actor: ["JPN", "CHL"] }],
  },
  {
    name: "support: welcomed",
    text: "Peru welcomed Japan's decision on the fishing quota.",
    want: [{ type: "SUPPORT", actor: ["PER"], recipient: ["JPN"] }],
  },
  {
    name: "threaten",
    text: "Japan threatened Chile with new duties on Friday.",
    want: [{ type: "THREATEN", actor: ["JPN"], recipient: ["CHL"] }],
  },
  {
    name: "assault: airstrikes",
    text: "Peru launched airstrikes on Chilean positions.",
    want: [{ type: "ASSAULT", actor: ["PER"], recipient: ["CHL"] }],
  },
  {
    name: "coerce: arrested",
    text: "Japan arrested two Chilean sailors near Okinawa.",
    want: [{ type: "COERCE", actor: ["JPN"], recipient: ["CHL"] }],
  },
  {
    name: "aid received: accepted loans",
    text: "Peru accepted Japanese loans for a new port.",
    want: [{ type: "AID", actor: ["JPN"], recipient: ["PER"] }],
    mustNot: [{ type: "AGREE", actor: ["PER"] }],
  },
  {
    name: "demonym without an entity",
    text: "Japan urged Chilean leaders to resume the talks.",
    want: [{ type: "REQUEST", actor: ["JPN"], recipient: ["CHL"] }],
  },
  {
    name: "reported obligation is a demand",
    text: "A Japanese spokesperson said Chile must lift the ban on fish imports.",
    want: [{ type: "REQUEST", actor: ["JPN"], recipient: ["CHL"] }],
    mustNot: [{ type: "RETREAT", actor: ["CHL"], status: "occurred" }],
  },
  {
    name: "agree: pledged",
    text: "Japan pledged to help Peru rebuild its ports.",
    want: [{ type: "AGREE", actor: ["JPN"], recipient: ["PER"] }],
  },
  {
    name: "concede: eases sanctions",
    text: "Japan eased sanctions on Chile on Monday.",
    want: [{ type: "CONCEDE", actor: ["JPN"], recipient: ["CHL"] }],
    mustNot: [{ type: "SANCTION", actor: ["JPN"] }],
  },
  {
    name: "retreat: withdrew troops",
    text: "Chile withdrew its troops from Peru on Monday.",
    want: [{ type: "RETREAT", actor: ["CHL"] }],
  },
  {
    name: "cooperate: joint exercises",
    text: "Chile held joint exercises with Peru last month.",
    want: [{ type: "COOPERATE", actor: ["CHL", "PER"] }],
  },
  {
    name: "mobilize: missile test",
    text: "Peru conducted a missile test near the border on Sunday.",
    want: [{ type: "MOBILIZE", actor: ["PER"] }],
  },
  {
    name: "mobilize: school test is no move",
    text: "Peru held a school test for pupils on Sunday.",
    want: [],
    mustNot: [{ type: "MOBILIZE", actor: ["PER"] }],
  },
  {
    name: "protest: demonstration",
    text: "Chilean workers staged a protest against Japan outside the embassy.",
    want: [{ type: "PROTEST", actor: ["CHL"] }],
  },
  {
    name: "reject: refused",
    text: "Chile refused to meet Japan over the dispute.",
    want: [{ type: "REJECT", actor: ["CHL"], recipient: ["JPN"], status: "occurred" }],
    mustNot: [{ type: "CONSULT", actor: ["CHL"] }],
  },
];

describe("events: categories", () => {
  for (const c of CATEGORY_CASES) it(c.name, () => run(c));
});
