import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { officeHolder } from "./index.js";
import { readPeople } from "./tables.js";

/** [role as written, country, date, expected person id or undefined] */
const CASES: [string, string, string, string | undefined][] = [
  ["president", "USA", "2019-06-01", "donald-trump"],
  ["President", "USA", "2024-10-03", "joe-biden"],
  ["president", "USA", "2025-01-20", "donald-trump"],
  ["President", "USA", "2025-06-01", "donald-trump"],
  ["vice president", "USA", "2022-01-01", "kamala-harris"],
  ["Secretary of State", "USA", "2024-09-29", "antony-blinken"],
  ["secretary of state", "USA", "2025-03-01", "marco-rubio"],
  ["Defense Secretary", "USA", "2023-05-01", "lloyd-austin"],
  ["Secretary of War", "USA", "2025-10-01", "pete-hegseth"],
  ["national security adviser", "USA", "2021-06-01", "jake-sullivan"],
  ["president", "CHN", "2024-09-29", "xi-jinping"],
  ["premier", "CHN", "2019-01-01", "li-keqiang"],
  ["foreign minister", "CHN", "2023-03-01", "qin-gang"],
  ["top diplomat", "CHN", "2024-03-01", "wang-yi"],
  ["defense minister", "CHN", "2024-06-01", "dong-jun"],
  ["president", "TWN", "2024-09-29", "lai-ching-te"],
  ["president", "TWN", "2020-01-01", "tsai-ing-wen"],
  ["president", "RUS", "2010-01-01", "dmitry-medvedev"],
  ["Foreign Minister", "RUS", "2025-01-01", "sergey-lavrov"],
  ["Defence Minister", "RUS", "2024-06-01", "andrei-belousov"],
  ["president", "UKR", "2022-03-01", "volodymyr-zelenskyy"],
  ["prime minister", "GBR", "2022-10-01", "liz-truss"],
  ["Prime Minister", "GBR", "2025-01-01", "keir-starmer"],
  ["chancellor", "DEU", "2023-01-01", "olaf-scholz"],
  ["prime minister", "JPN", "2025-11-01", "sanae-takaichi"],
  ["president", "KOR", "2023-01-01", "yoon-suk-yeol"],
  ["leader", "PRK", "2019-01-01", "kim-jong-un"],
  ["prime minister", "IND", "2020-01-01", "narendra-modi"],
  ["president", "TUR", "2019-01-01", "recep-tayyip-erdogan"],
  ["Supreme Leader", "IRN", "2024-01-01", "ali-khamenei"],
  ["prime minister", "ISR", "2022-01-01", "naftali-bennett"],
  ["president", "SYR", "2025-03-01", "ahmed-al-sharaa"],
  ["Secretary-General", "UN", "2024-03-01", "antonio-guterres"],
  ["secretary general", "NATO", "2025-03-01", "mark-rutte"],
  ["EU foreign policy chief", "EU", "2025-03-01", "kaja-kallas"],
  ["leader", "RUS", "2024-10-03", "vladimir-putin"],
  ["leader", "GBR", "2024-10-03", "keir-starmer"],
  ["leader", "DEU", "2024-10-03", "olaf-scholz"],
  ["leader", "IRN", "2024-10-03", "ali-khamenei"],
  ["leader", "CHN", "1985-01-01", "deng-xiaoping"],
  ["leader", "PAK", "2024-10-03", "shehbaz-sharif"],
  ["leader", "QAT", "2024-10-03", "tamim-bin-hamad"],
  ["leader", "SAU", "2020-01-01", "king-salman"],
  ["leader", "SAU", "2024-01-01", "mohammed-bin-salman"],
  ["leader", "FRA", "2024-01-01", "emmanuel-macron"],
  ["president", "USA", "1850-01-01", undefined],
  ["president", "XXX", "2024-01-01", undefined],
  ["astronaut", "USA", "2024-01-01", undefined],
];

describe("officeHolder", () => {
  for (const [role, iso, date, id] of CASES) {
    it(`${role} ${iso} ${date}`, () => assert.equal(officeHolder(role, iso, date)?.id, id));
  }
});

describe("people.tsv", () => {
  const DATE = /^\d{4}-\d{2}-\d{2}$/;
  it("has valid, ordered dates", () => {
    for (const p of readPeople()) {
      for (const r of p.roles) {
        assert.match(r.start, DATE, p.id);
        if (r.end !== undefined) {
          assert.match(r.end, DATE, p.id);
          assert.ok(r.start <= r.end, `${p.id} ${r.role}`);
        }
      }
    }
  });
});
