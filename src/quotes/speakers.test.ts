import assert from "node:assert/strict";
import { test } from "node:test";
import { type Case, check } from "./test-helpers.js";

/** Speaker resolution: pronouns, titles, organizations, groups, anonymous sources, appositives, continuation. */
const CASES: Case[] = [
  {
    name: "pronoun speaker resolved to the person before",
    body: "Defense Minister Paolo Ricci visited the northern base on Sunday. He said the troops were ready for the exercise.",
    quote: "the troops were ready for the exercise",
    speaker: "Paolo Ricci",
  },
  {
    name: "title speaker for an organization speaks for the organization",
    body: "A spokesperson for the Foreign Ministry told reporters that the visit had been postponed.",
    quote: "the visit had been postponed",
    speaker: "Foreign Ministry",
    channel: "told reporters",
  },
  {
    name: "definite title speaker refers back to the same unnamed speaker",
    body: "A ministry spokesperson told reporters that the visit had been postponed. The spokesperson said the talks would go on.",
    quote: "the talks would go on",
    speaker: "ministry spokesperson",
  },
  {
    name: "organization speaker with a channel",
    body: "The Health Ministry said in a statement that three new cases were confirmed in the south.",
    quote: "three new cases were confirmed in the south",
    speaker: "Health Ministry",
    channel: "in a statement",
  },
  {
    name: "group speaker",
    body: "Western officials said the shipment had left the port before dawn.",
    quote: "the shipment had left the port before dawn",
    speaker: "Western officials",
  },
  {
    name: "anonymous source",
    body: "A senior official who spoke on condition of anonymity said the deal was nearly done.",
    quote: "the deal was nearly done",
    speaker: "official",
    anonymous: true,
  },
  {
    name: "unattributed quote continues the previous speaker",
    body: "“The water is rising fast,” said Omar Haddad. “We moved the animals to the hills last night.”",
    quote: "We moved the animals to the hills last night",
    speaker: "Omar Haddad",
  },
  {
    name: "participle shares the subject of the speech verb",
    body: "“The roads are open,” Maria Lopez said, adding that the schools would reopen soon.",
    quote: "the schools would reopen soon",
    speaker: "Maria Lopez",
  },
  {
    name: "definite title refers back to the person named before",
    body: "Prime Minister Jonas Berg visited the port on Monday. The Norwegian leader told a cabinet meeting that the ferries would run again.",
    quote: "the ferries would run again",
    speaker: "Jonas Berg",
  },
  {
    name: "two appositives between the name and the verb",
    body: "Nadia Petrov, a senior analyst at the Baltic Institute, a Riga-based research group, said the pipeline would be finished late.",
    quote: "the pipeline would be finished late",
    speaker: "Nadia Petrov",
  },
  {
    name: "coordinated speakers each get the quote",
    body: "President Ana Costa and Prime Minister Jonas Berg told reporters they had agreed to share the fishing grounds.",
    quote: "they had agreed to share the fishing grounds",
    channel: "told reporters",
  },
  {
    name: "an unnamed spokesperson speaks for the institution named before",
    body: "The Health Ministry confirmed the outbreak on Monday. A spokesperson said the clinics would stay open through the weekend.",
    quote: "the clinics would stay open through the weekend",
    speaker: "Health Ministry",
  },
  {
    name: "sources cited as saying",
    body: "The newspaper cited unnamed intelligence sources as saying the cargo had been loaded in the south.",
    quote: "the cargo had been loaded in the south",
    speaker: "sources",
    anonymous: true,
  },
  {
    name: "a bracketed acronym inside the speaker",
    body: "The head of Doctors Without Borders (MSF) told the council that the hospitals were full.",
    quote: "the hospitals were full",
    speaker: "Doctors Without Borders",
  },
  {
    name: "speaker with an 'or' acronym, content with its own verb",
    body: "Hours after the siege ended, the National Security Agency, or NSA, said the country's forces killed dozens of fighters elsewhere.",
    quote: "the country's forces killed dozens of fighters elsewhere",
    notIn: "Hours after",
  },
  {
    name: "dash, title and name in apposition after a quote",
    body: "“We are watching the river closely” — the ministry's chief engineer, Omar Haddad, said on Tuesday.",
    quote: "We are watching the river closely",
    kind: "direct",
    speaker: "Omar Haddad",
  },
  {
    name: "a determiner opens a new phrase",
    body: "In the letter the minister said the talks would resume in the capital.",
    quote: "the talks would resume in the capital",
    speaker: "minister",
  },
];

test("quotes: speakers table", () => {
  const failures = CASES.flatMap((c) => check(c).map((f) => `${c.name}: ${f}`));
  assert.deepEqual(failures, []);
});
