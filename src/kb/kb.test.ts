import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { agent, country, countryOfDemonym, longestMatchAt, lookup, org, personByName, place, title } from "./index.js";

/** [surface, kind of the best hit, its country] */
const FIRST_HITS: [string, string, string | undefined][] = [
  ["U.S.", "country", "USA"],
  ["US", "country", "USA"],
  ["USA", "country", "USA"],
  ["United States of America", "country", "USA"],
  ["U.K.", "country", "GBR"],
  ["Britain", "country", "GBR"],
  ["UAE", "country", "ARE"],
  ["DRC", "country", "COD"],
  ["PRC", "country", "CHN"],
  ["Taiwan", "country", "TWN"],
  ["Palestinian territories", "country", "PSE"],
  ["Kosovo", "country", "XKX"],
  ["Cote d'Ivoire", "country", "CIV"],
  ["Burma", "country", "MMR"],
  ["Chinese", "demonym", "CHN"],
  ["Americans", "demonym", "USA"],
  ["Turks", "demonym", "TUR"],
  ["Filipinos", "demonym", "PHL"],
  ["Beijing", "place", "CHN"],
  ["Kiev", "place", "UKR"],
  ["Kyiv", "place", "UKR"],
  ["Washington", "place", "USA"],
  ["the Kremlin", "metonym", "RUS"],
  ["White House", "metonym", "USA"],
  ["Pentagon", "metonym", "USA"],
  ["Downing Street", "metonym", "GBR"],
  ["Zhongnanhai", "metonym", "CHN"],
  ["UNICEF", "org", "UN"],
  ["UN Security Council", "org", "UN"],
  ["WHO", "org", "WHO"],
  ["NATO", "org", "NATO"],
  ["European Commission", "org", "EU"],
  ["Doctors Without Borders", "org", "MSF"],
  ["Taliban", "org", "AFG"],
  ["ISWAP", "org", "NGA"],
  ["IS-K", "org", "AFG"],
  ["al-Shabab", "org", "SOM"],
  ["Baloch Liberation Army", "org", "PAK"],
  ["Houthis", "org", "YEM"],
  ["Rapid Support Forces", "org", "SDN"],
  ["Blinken", "person", "USA"],
  ["Zelensky", "person", "UKR"],
  ["Xi Jinping", "person", "CHN"],
  ["Gaza Strip", "place", "PSE"],
  ["Donbas", "place", "UKR"],
  ["South China Sea", "place", undefined],
  ["Sahel", "place", undefined],
  ["China's", "country", "CHN"],
];

describe("lookup: best hit", () => {
  for (const [surface, kind, iso] of FIRST_HITS) {
    it(surface, () => {
      const hit = lookup(surface)[0];
      assert.ok(hit, `no hit for ${surface}`);
      assert.equal(hit.kind, kind);
      assert.equal(hit.country, iso);
    });
  }
});

describe("lookup: must not match", () => {
  // Common words and lower-case forms of acronyms are not entities.
  const NONE = ["us", "who", "Who", "It", "State", "Even", "However", "the", "Said", "Monday", "week"];
  for (const s of NONE) it(s, () => assert.deepEqual(lookup(s), []));

  it("does not make common words places", () => {
    for (const s of ["May", "Even", "However", "State", "Union", "Mobile", "Reading", "Nice", "Split", "Of"]) {
      const places = lookup(s).filter((h) => h.kind === "place" && !h.ambiguous);
      assert.deepEqual(places, [], s);
    }
  });

  it("marks names that are also common words or given names", () => {
    for (const s of [
      "Jordan",
      "Georgia",
      "Nice",
      "Victoria",
      "Jackson",
      "Lincoln",
      "Charlotte",
      "Aurora",
      "Florence",
    ]) {
      const hits = lookup(s);
      assert.ok(hits.length > 0, s);
      assert.ok(
        hits.every((h) => h.ambiguous),
        s,
      );
    }
  });
});

describe("longestMatchAt", () => {
  const tokens = [
    "The",
    "U.S.",
    "Secretary",
    "of",
    "State",
    "met",
    "al",
    "-",
    "Qaida",
    "envoys",
    "in",
    "South",
    "Korea",
  ];
  const cases: [number, number | undefined, string | undefined][] = [
    [0, undefined, undefined],
    [1, 1, "United States"],
    [2, 3, "Foreign Minister"],
    [5, undefined, undefined],
    [6, 3, "al-Qaida"],
    [11, 2, "South Korea"],
  ];
  for (const [i, length, canonical] of cases) {
    it(`token ${i} (${tokens[i]})`, () => {
      const m = longestMatchAt(tokens, i);
      assert.equal(m?.length, length);
      assert.equal(m?.hits[0]?.canonical, canonical);
    });
  }

  it("joins a comma-split capital and stops at the sentence end", () => {
    assert.equal(longestMatchAt(["Washington", ",", "D.C.", "said"], 0)?.length, 3);
    assert.equal(longestMatchAt(["Kyiv", "'s"], 0)?.length, 1);
  });
});

describe("typed lookups", () => {
  it("finds countries, demonyms, orgs, places", () => {
    assert.equal(country("twn")?.name, "Taiwan");
    assert.ok(country("USA")?.capitals.includes("Washington"));
    assert.equal(countryOfDemonym("Chinese"), "CHN");
    assert.equal(countryOfDemonym("Pakistanis"), "PAK");
    assert.equal(countryOfDemonym("Table"), undefined);
    assert.equal(org("UN")?.name, "United Nations");
    assert.equal(org("U.N.")?.name, "United Nations");
    assert.equal(org("UNICEF")?.code, "UN");
    assert.equal(org("Hezbollah")?.country, "LBN");
    assert.equal(place("Mogadishu")?.capitalOf, "SOM");
    assert.equal(place("Washington")?.capitalOf, "USA");
    assert.equal(place("Kiev")?.capitalOf, "UKR");
    assert.equal(place("the Kremlin")?.sector, "GOV");
    assert.equal(place("Tigray")?.country, "ETH");
  });

  it("maps titles to offices and agents to sectors", () => {
    const titles: [string, string, string][] = [
      ["Secretary of State", "Foreign Minister", "GOV"],
      ["top diplomat", "Foreign Minister", "GOV"],
      ["Minister of Foreign Affairs", "Foreign Minister", "GOV"],
      ["Defence Minister", "Defense Minister", "MIL"],
      ["Secretary of Defense", "Defense Minister", "MIL"],
      ["premier", "Prime Minister", "GOV"],
      ["spokeswoman", "Spokesperson", "GOV"],
      ["Secretary-General", "Secretary-General", "IGO"],
      ["senator", "Senator", "LEG"],
    ];
    for (const [t, canonical, sector] of titles) {
      assert.equal(title(t)?.canonical, canonical, t);
      assert.equal(title(t)?.sector, sector, t);
    }
    const agents: [string, string, boolean][] = [
      ["police", "POL", true],
      ["rebels", "REB", true],
      ["militants", "INS", true],
      ["lawmakers", "LEG", true],
      ["court", "JUD", false],
      ["journalists", "MED", true],
      ["protesters", "CVL", true],
      ["ministry", "GOV", false],
      ["troops", "MIL", true],
      ["company", "BUS", false],
    ];
    for (const [w, sector, plural] of agents) {
      assert.equal(agent(w)?.sector, sector, w);
      assert.equal(agent(w)?.plural, plural, w);
    }
    assert.equal(agent("table"), undefined);
  });

  it("finds people by unique alias, and shared aliases only with a date", () => {
    assert.equal(personByName("Blinken")?.id, "antony-blinken");
    assert.equal(personByName("Zelenskiy")?.id, "volodymyr-zelenskyy");
    assert.equal(personByName("Mao")?.id, "mao-zedong");
    assert.equal(personByName("Bush"), undefined);
    assert.equal(personByName("Wang Yi")?.country, "CHN");
    assert.equal(personByName("Nobody Atall"), undefined);
  });
});
