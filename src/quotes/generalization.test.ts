import assert from "node:assert/strict";
import { test } from "node:test";
import { type Case, check, quotesOf } from "./test-helpers.js";

/** Error classes found reading the analyses of unannotated stories; one row per class, sentences written for Dyad. */
const CASES: Case[] = [
  {
    name: "hyphenated modifier inside an according-to source",
    body: "Coal use fell by a third last year, according to the Berlin-based research group Agora Energiewende.",
    quote: "Coal use fell by a third last year",
    speaker: "Agora",
  },
  {
    name: "hyphenated modifier before an inverted speaker",
    body: "Markets reopened. “We lost everything in one night,” said Nairobi-based trader Ruth Wanjiru.",
    quote: "We lost everything in one night",
    speaker: "Wanjiru",
  },
  {
    name: "the complementizer after a date is not content",
    body: "The ministry said Monday that the bridge would reopen in May.",
    quote: "the bridge would reopen in May",
    notIn: "that the bridge",
  },
  {
    name: "a new sentence after a quote's full stop is not its attribution",
    body: "“The river is rising fast,” said Mayor Ines Duarte. “We have moved the families out.” According to engineers, the levee should hold.",
    quote: "We have moved the families out",
    speaker: "Ines Duarte",
  },
  {
    name: "a participle after the closing mark continues the speaker before the quote",
    body: "Senator Tom Okafor said the plan was “a gift to the polluters of the delta,” calling it reckless.",
    quote: "a gift to the polluters of the delta",
    kind: "direct",
    speaker: "Okafor",
  },
  {
    name: "', saying ...' is the subject's participle clause, not an inverted attribution",
    body: "The army spokesman dismissed the report as false, saying the soldiers had never entered the village.",
    quote: "the soldiers had never entered the village",
    speaker: "spokesman",
  },
  {
    name: "a place inside a prepositional phrase is not the speaker",
    body: "A teacher in Kabul said the schools had been closed for a month.",
    quote: "the schools had been closed for a month",
    speaker: "teacher",
  },
  {
    name: "a name in apposition is the speaker",
    body: "The head of the farmers union, Rosa Mendes, said prices had doubled since spring.",
    quote: "prices had doubled since spring",
    speaker: "Rosa Mendes",
  },
  {
    name: "progressive 'are calling for' is no passive",
    body: "Fishermen are calling for a ban on trawling near the coast.",
    quote: "a ban on trawling near the coast",
    speaker: "Fishermen",
  },
  {
    name: "coordinated speech verbs give one quote each",
    body: "The governor said the roads were safe and warned that more snow could fall overnight.",
    quote: "the roads were safe",
    notIn: "warned",
  },
  {
    name: "coordinated speech verbs: the second quote",
    body: "The governor said the roads were safe and warned that more snow could fall overnight.",
    quote: "more snow could fall overnight",
    speaker: "governor",
  },
  {
    name: "urge: a relative 'that' inside the object does not start the content",
    body: "The minister urged shop owners that sell fireworks to close early on Sunday.",
    quote: "shop owners that sell fireworks to close early",
  },
  {
    name: "a plural pronoun goes on with the group that just spoke",
    body: "Analysts told the radio station that the vote would be close. They said turnout could decide the race.",
    quote: "turnout could decide the race",
    speaker: "Analysts",
  },
  {
    name: "a document relaying a person's statement gives the person's quote",
    body: "A statement from the palace said the king expressed his gratitude to the rescue teams.",
    quote: "his gratitude to the rescue teams",
    speaker: "king",
  },
  {
    name: "hyphenated surname",
    body: "“The law is clear,” said attorney Lena Ortiz-Brandt. “Nobody is above it,” Ortiz-Brandt added.",
    quote: "Nobody is above it",
    speaker: "Ortiz-Brandt",
  },
  {
    name: "a participle right after a noun has that noun as its agent",
    body: "The canal plan drew protests from farmers arguing that it would drain their wells.",
    quote: "it would drain their wells",
    speaker: "farmers",
  },
  {
    name: "', who says' stands for the name before the comma",
    body: "The shop belongs to Omar Haddad, who says sales have fallen by half since the war.",
    quote: "sales have fallen by half since the war",
    speaker: "Omar Haddad",
  },
  {
    name: "a scare-quoted section header does not hide the narration after it",
    body: "‘Nobody came’ Aid workers told reporters that the convoy was stopped at the border.",
    quote: "the convoy was stopped at the border",
    speaker: "Aid workers",
  },
  {
    name: "a participle adjunct after an according-to source",
    body: "The vote was delayed by a week, according to the state broadcaster, citing officials in the capital.",
    quote: "The vote was delayed by a week",
    speaker: "state broadcaster",
  },
  {
    name: "a male pronoun skips a woman named first in the sentence before",
    body: "Tom Hale praised the plan. Mayor Paula Ruiz said she was proud of the workers, and she thanked Hale. “This bridge belongs to everyone,” he said.",
    quote: "This bridge belongs to everyone",
    speaker: "Tom Hale",
  },
  {
    name: "a possessive title names the holder of that role for that country, even named later",
    body: "Ghana's U.N. ambassador told reporters that the council had failed the region. Ghanaian Ambassador Harold Agyeman later met the envoys of Kenya.",
    quote: "the council had failed the region",
    speaker: "Harold Agyeman",
  },
];

test("quotes: generalization table", () => {
  const failures = CASES.flatMap((c) => check(c).map((m) => `${c.name}: ${m}`));
  assert.deepEqual(failures, []);
});

/** Texts whose quotes must not contain these strings (a spurious reading), with the reason. */
const MUST_NOT: { name: string; body: string; notQuoted: string }[] = [
  {
    name: "possessive 'call for' is a noun",
    body: "Ottawa's call for calm went unheeded by the protesters in the square.",
    notQuoted: "calm went unheeded",
  },
  {
    name: "speech verb in a contact relative clause",
    body: "The launch followed another test the army said it conducted at the same site.",
    notQuoted: "it conducted at the same site",
  },
  {
    name: "relative clause on quoted words",
    body: "The launch followed a “very important test” the army said it conducted at the same site.",
    notQuoted: "it conducted at the same site",
  },
  {
    name: "passive 'have been called' is no trailing attribution",
    body: "Three former ministers of defense, interior and trade have been called as witnesses in the trial.",
    notQuoted: "former ministers",
  },
  {
    name: "'said of' after a quotation reports nothing more",
    body: "“We are making good progress,” the minister said of his talks with the lenders in Washington.",
    notQuoted: "his talks with the lenders",
  },
  {
    name: "'said, warning that': the participle's content is not the verb's",
    body: "“The rules have changed,” the general said, warning that deserters would be punished.",
    notQuoted: "warning that",
  },
];

test("quotes: must not quote these readings", () => {
  for (const c of MUST_NOT) {
    const texts = quotesOf(c.body).quotes.map((q) => q.text);
    assert.ok(!texts.some((t) => t.includes(c.notQuoted)), `${c.name}: ${JSON.stringify(texts)}`);
  }
});

test("quotes: a speaker is never a place inside the phrase, nor a leading comma part of the content", () => {
  const { quotes } = quotesOf("A college student in Lyon said the rules would change little.");
  assert.ok(quotes[0]?.speaker && quotes[0].speaker.name !== "Lyon", JSON.stringify(quotes[0]?.speaker));
  const warned = quotesOf("The mayor warned that, if the rains fail, the harvest will be lost.").quotes[0];
  assert.ok(warned?.text.startsWith("if the rains fail"), warned?.text);
});
