import { describe, it } from "node:test";
import { checkCase, type EntityCase } from "./test-helpers.js";

// Our own sentences for errors found on unannotated stories. Each case: the text (and publication date), the
// [mention, type, country?] triples that must hold, the strings no scored entity may be named or mentioned as, and the
// [mention, country] pairs that must not be given.
const CASES: EntityCase[] = [
  {
    name: "a surname shared with a known person is not that person when the full name differs",
    text: "Ornithologist Richard Bennett counted the birds on Monday. Bennett said the numbers fell again.",
    want: [["Richard Bennett", "PERSON"]],
    notNamed: ["Naftali Bennett"],
    notCountry: [["Richard Bennett", "ISR"]],
  },
  {
    name: "the known person keeps the surname when the full name is his",
    text: "Prime Minister Naftali Bennett met farmers in June. Bennett promised water.",
    published: "2021-07-01",
    want: [
      ["Naftali Bennett", "PERSON", "ISR"],
      ["Bennett", "PERSON", "ISR"],
    ],
  },
  {
    name: "a portfolio country after 'for' is not the person's country; the body after it is",
    text: 'Officials met in Seoul. "We will talk," said Ana Ruiz, the deputy special envoy for North Korea at the State Department.',
    want: [["Ana Ruiz", "PERSON", "USA"]],
    notCountry: [["Ana Ruiz", "PRK"]],
  },
  {
    name: "a country inside the body after 'for' still counts",
    text: "Omar Haddad, a spokesperson for the Jordanian Foreign Ministry, told reporters the talks would go on.",
    want: [["Omar Haddad", "PERSON", "JOR"]],
  },
  {
    name: "a demonym naming a field of study is not a nationality",
    text: 'Tokyo is nervous. "It is a shift," said Dan Fisher, a lecturer focusing on Japanese foreign policy at Stanford University.',
    want: [["Dan Fisher", "PERSON"]],
    notCountry: [["Dan Fisher", "JPN"]],
  },
  {
    name: "a dateline city says nothing about the people in the story",
    text: "ISLAMABAD — A drone crashed on Monday.\n\nAir Force General Tom Kirby said the crew was safe.",
    want: [["Tom Kirby", "PERSON"]],
    notCountry: [["Tom Kirby", "PAK"]],
  },
  {
    name: "a city that is also a given name starts a person's name",
    text: "The leader of the parents' campaign, Florence Adeyemi, said the fight goes on. Adeyemi urged calm.",
    want: [
      ["Florence Adeyemi", "PERSON"],
      ["Adeyemi", "PERSON"],
    ],
    not: ["Florence"],
  },
  {
    name: "the city that is also a given name stays a city on its own",
    text: "Tourists crowded the museums of Florence, Italy, this summer.",
    want: [["Florence", "GPE", "ITA"]],
  },
  {
    name: "a surname written first makes a person",
    text: "Former basketball star Yao Ming, called for shorter school days. Parents praised Yao for the idea.",
    want: [["Yao Ming", "PERSON"]],
  },
  {
    name: "a city named like the person in the story is the person",
    text: "A judge sent reporter Ana Zamora back to jail in Guatemala City. Lawyers for Zamora appealed on Friday.",
    want: [
      ["Ana Zamora", "PERSON"],
      ["Zamora", "PERSON"],
      ["Guatemala City", "GPE"],
    ],
  },
  {
    name: "a lone word guessed a place joins the person of that surname",
    text: "Schools are weak, said Andrew Rosser, a professor at the University of Melbourne. Pay is low, according to Rosser.",
    want: [
      ["Andrew Rosser", "PERSON"],
      ["Rosser", "PERSON"],
    ],
  },
  {
    name: "a name ending in Relations is an organization",
    text: "A statement from Inter Services Public Relations, said the hostages were freed.",
    want: [["Inter Services Public Relations", "ORG"]],
  },
  {
    name: "a storm's name is no entity; the places it hits are",
    text: "Cyclone Freddy hit Malawi in March, and Hurricane Maria struck Puerto Rico.",
    want: [
      ["Malawi", "GPE"],
      ["Puerto Rico", "GPE"],
    ],
    not: ["Cyclone Freddy", "Freddy", "Hurricane Maria", "Maria"],
  },
  {
    name: "a lower-case head glued by a hyphen makes no organization",
    text: "Third-party sellers in Lagos raised prices, while the Labour Party stayed silent.",
    want: [["Lagos", "GPE"]],
    not: ["Third-party"],
  },
  {
    name: "a capitalised occupation opening a sentence is not part of the name",
    text: "HARARE — Activist Maria Tembo went to court on Monday. Tembo said she would appeal.",
    want: [
      ["Maria Tembo", "PERSON"],
      ["Tembo", "PERSON"],
    ],
    not: ["Activist Maria Tembo", "Activist"],
  },
  {
    name: "a role with a portfolio set off by a comma gives its origin, not the portfolio",
    text: "Former Belgian ambassador to Chad, Ana Peeters, said the raid was a mistake.",
    want: [
      ["Ana Peeters", "PERSON", "BEL"],
      ["Chad", "GPE"],
    ],
    notCountry: [["Ana Peeters", "TCD"]],
  },
  {
    name: "an unknown programme after 'for' is no portfolio: the organization after the comma is no person",
    text: "Kemi Bello, deputy director for Clean Water Access, Safe Wells Nigeria, said the project grew.",
    want: [["Kemi Bello", "PERSON"]],
    not: ["Safe Wells Nigeria"],
  },
  {
    name: "a continent's adjective before a place noun is no place; a name before one is",
    text: "Fighting spread in the central African state, and aid reached the Kolwezo region.",
    want: [["Kolwezo", "LOC"]],
    not: ["African"],
  },
];

describe("entities on unseen stories", () => {
  for (const c of CASES) it(c.name, () => checkCase(c));
});
