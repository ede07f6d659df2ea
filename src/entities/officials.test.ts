import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyzeText, byMention, checkCase, type EntityCase } from "./test-helpers.js";

// Our own sentences for name suffixes, officials of international and national bodies, and bodies named inside roles.
const CASES: EntityCase[] = [
  {
    name: "a generational suffix is part of the name and the surname alone joins it",
    text: "President Ferdinand Marcos Jr. opened the port on Monday. Marcos said trade would grow.",
    published: "2024-05-06",
    want: [["Ferdinand Marcos Jr.", "PERSON", "PHL"]],
    same: [["Ferdinand Marcos Jr.", "Marcos"]],
    not: ["Jr."],
  },
  {
    name: "unknown people with Sr. and III keep their suffix; a roman numeral is no acronym",
    text: "Samuel Okoro Sr., a farmer, sold his maize. Okoro said prices fell. Martin Hale III, a lawyer, disagreed. Hale spoke later.",
    want: [
      ["Samuel Okoro Sr.", "PERSON"],
      ["Martin Hale III", "PERSON"],
    ],
    same: [
      ["Samuel Okoro Sr.", "Okoro"],
      ["Martin Hale III", "Hale"],
    ],
    not: ["III", "Hale III"],
  },
  {
    name: "a dotted suffix ends the name when the splitter keeps the next sentence attached",
    text: "Reporters met with Daniel Ortu Jr. Ortu said nothing.",
    want: [["Daniel Ortu Jr.", "PERSON"]],
    not: ["Daniel Ortu Jr. Ortu"],
    same: [["Daniel Ortu Jr.", "Ortu"]],
  },
  {
    name: "a king's regnal number stays in his name",
    text: "Jordan's King Abdullah II warned of a wider war.",
    published: "2024-04-14",
    want: [["Abdullah II", "PERSON", "JOR"]],
    not: ["II"],
  },
  {
    name: "an IGO before a title is an organization and the official acts for it, not for his nationality",
    text: "European Commission President Ursula von der Leyen visited Kyiv. NATO Secretary General Mark Rutte spoke in Riga.",
    published: "2025-02-24",
    want: [
      ["European Commission", "ORG", "EU"],
      ["Ursula von der Leyen", "PERSON", "EU"],
      ["NATO", "ORG", "NATO"],
      ["Mark Rutte", "PERSON", "NATO"],
    ],
    notCountry: [
      ["Ursula von der Leyen", "DEU"],
      ["Mark Rutte", "NLD"],
    ],
  },
  {
    name: "UN agencies and the IAEA code as UN; lower-case field words stay in the role",
    text: "WHO Director-General Tedros Adhanom Ghebreyesus warned of cholera. IAEA chief Rafael Grossi toured the plant. U.N. human rights chief Volker Turk asked for access.",
    published: "2024-09-10",
    want: [
      ["WHO", "ORG", "WHO"],
      ["Tedros Adhanom Ghebreyesus", "PERSON", "WHO"],
      ["IAEA", "ORG", "UN"],
      ["Rafael Grossi", "PERSON", "UN"],
      ["Volker Turk", "PERSON", "UN"],
    ],
    notCountry: [
      ["Rafael Grossi", "ARG"],
      ["Volker Turk", "AUT"],
    ],
  },
  {
    name: "an IGO whose code is no UN agency still gives its head its code",
    text: "IMF Managing Director Kristalina Georgieva said growth slowed.",
    published: "2024-10-01",
    want: [["Kristalina Georgieva", "PERSON", "IMF"]],
    notCountry: [["Kristalina Georgieva", "BGR"]],
  },
  {
    name: "national bodies before a spokesperson are organizations of their state",
    text: "Pentagon spokesman Pat Ryder declined to comment. Kremlin spokesman Dmitry Peskov denied it. State Department spokesperson Matthew Miller said talks would go on.",
    published: "2024-06-03",
    want: [
      ["Pentagon", "ORG", "USA"],
      ["Pat Ryder", "PERSON", "USA"],
      ["Kremlin", "ORG", "RUS"],
      ["Dmitry Peskov", "PERSON", "RUS"],
      ["State Department", "ORG", "USA"],
      ["Matthew Miller", "PERSON", "USA"],
    ],
  },
  {
    name: "a generic ministry name belongs to the state the story places it in, not to Britain",
    text: "Foreign Office spokeswoman Sadia Karim said Islamabad had lodged a protest. In Tehran, the Foreign Ministry summoned the envoy.",
    want: [
      ["Foreign Office", "ORG", "PAK"],
      ["Sadia Karim", "PERSON", "PAK"],
      ["Foreign Ministry", "ORG", "IRN"],
    ],
    notCountry: [["Foreign Office", "GBR"]],
  },
  {
    name: "one word, 'and', and a headed run are one body; two names joined by 'and' are not",
    text: "The African Union's Peace and Security Council met on Friday. Russia and European Union envoys talked. They shouted that it was a GREAT and POWERFUL STATE.",
    want: [
      ["Peace and Security Council", "ORG", "AU"],
      ["Russia", "GPE", "RUS"],
      ["European Union", "ORG", "EU"],
    ],
    not: ["Security Council", "Russia and European Union", "GREAT and POWERFUL STATE"],
  },
  {
    name: "a place named after its head word takes no country from that word",
    text: "Warplanes struck targets in the Bekaa Valley on Tuesday.",
    want: [["Bekaa Valley", "LOC"]],
    notCountry: [["Bekaa Valley", "AIA"]],
  },
  {
    name: "ministries and possessive owners do not leak into an apposition's role",
    text: "Mohamed Ousmane, Niger's interior minister, spoke. Congolese Communications Minister Patrick Muyaya answered.",
    want: [
      ["Mohamed Ousmane", "PERSON", "NER"],
      ["Patrick Muyaya", "PERSON", "COD"],
    ],
  },
  {
    name: "a double surname without the given name joins the full name",
    text: "Rafael Ortiz Montes, the opposition candidate, left on Sunday. Ortiz Montes thanked his allies. Mariana Ruiz spoke.",
    want: [["Rafael Ortiz Montes", "PERSON"]],
    same: [["Rafael Ortiz Montes", "Ortiz Montes"]],
    not: ["Montes"],
  },
  {
    name: "a bare Congo is the DR Congo; the Republic of Congo is Brazzaville's",
    text: "Fighting spread in eastern Congo on Monday. The Republic of Congo closed its border.",
    want: [
      ["Congo", "GPE", "COD"],
      ["Republic of Congo", "GPE", "COG"],
    ],
  },
  {
    name: "a known IGO official named without a title acts for the organization he heads on that date",
    text: "Mark Rutte visited Kyiv on Monday. Kaja Kallas met ministers in Brussels.",
    published: "2025-03-03",
    want: [
      ["Mark Rutte", "PERSON", "NATO"],
      ["Kaja Kallas", "PERSON", "EU"],
    ],
  },
  {
    name: "before taking the IGO post he acts for his state",
    text: "Prime Minister Mark Rutte visited Kyiv on Monday.",
    published: "2023-03-06",
    want: [["Mark Rutte", "PERSON", "NLD"]],
    notCountry: [["Mark Rutte", "NATO"]],
  },
  {
    name: "a known body's name at the tail of a longer name gives no country to it or its researcher",
    text: "Park Ji-won, a researcher at the Hanbit Institute for Policy Studies in Seoul, said the tests would go on.",
    want: [
      ["Park Ji-won", "PERSON", "KOR"],
      ["Hanbit Institute for Policy Studies", "ORG"],
    ],
    notCountry: [
      ["Park Ji-won", "USA"],
      ["Hanbit Institute for Policy Studies", "USA"],
    ],
  },
  {
    name: "a state body is placed by its own sentence; an international one by no state",
    text: "Talks opened in Nairobi on Monday. The Transitional Sovereignty Council in Khartoum rejected them, and the Inter-American Commission on Human Rights voiced concern.",
    want: [
      ["Transitional Sovereignty Council", "ORG", "SDN"],
      ["Inter-American Commission on Human Rights", "ORG"],
    ],
    notCountry: [
      ["Transitional Sovereignty Council", "KEN"],
      ["Inter-American Commission on Human Rights", "KEN"],
    ],
  },
];

// Roles as the person's entity records them: [name mention, role].
const ROLES: [string, string, string][] = [
  ["The warning came from the sister of leader Kim Jong Un on Friday.", "Kim Jong Un", "leader"],
  ["South Korean Unification Minister Kim Yung-ho spoke.", "Kim Yung-ho", "Unification Minister"],
  ["Japanese Chief Cabinet Secretary Yoshimasa Hayashi spoke.", "Yoshimasa Hayashi", "Chief Cabinet Secretary"],
  ["Secretary of State Marco Rubio spoke.", "Marco Rubio", "Secretary of State"],
];

describe("role phrases", () => {
  for (const [text, mention, role] of ROLES) {
    it(`${mention}: ${role}`, () => assert.equal(byMention(analyzeText(text), mention)?.role, role));
  }
});

describe("officials, bodies and suffixed names", () => {
  for (const c of CASES) it(c.name, () => checkCase(c));
});
