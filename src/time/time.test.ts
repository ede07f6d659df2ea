import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { timeDoc } from "./test-helpers.js";

// Publication day of most cases: Thursday 2024-10-03.
const PUB = "2024-10-03";

/** [sentence, expression text, TIMEX3 value, type?, publication day?] */
const CASES: [string, string, string, string?, string?][] = [
  // absolute
  ["Their previous call took place in April 2024.", "April 2024", "2024-04"],
  ["The two ministers met on Nov. 5 in Lima.", "Nov. 5", "2023-11-05"],
  ["The talks will resume on March 6 in Geneva.", "March 6", "2025-03-06"],
  ["The report was released on 2023-11-15 by the agency.", "2023-11-15", "2023-11-15"],
  ["The island has been governed separately since 1949.", "1949", "1949"],
  ["The dispute began in the 1990s.", "the 1990s", "199X"],
  ["Growth slowed in mid-2023, the bank said.", "mid-2023", "2023"],
  ["The plant will open in late 2024.", "late 2024", "2024"],
  ["Profits rose in the second quarter of 2024.", "the second quarter of 2024", "2024-Q2"],
  ["Sales fell in the first half of 2023.", "the first half of 2023", "2023-H1"],
  ["Parliament approved the budget for fiscal 2025.", "fiscal 2025", "FY2025"],
  ["The harbor froze solid in winter 2023.", "winter 2023", "2023-WI"],
  ["The old agreement expired on Feb. 28.", "Feb. 28", "2025-02-28", "DATE", "2025-03-12"],
  ["The accord was signed on 17 September in Mogadishu.", "17 September", "2024-09-17"],
  ["Rebels have fired rockets since May.", "May", "2024-05"],
  ["The truce lasted until last August.", "last August", "2024-08"],
  ["Markets will close early on Christmas Eve.", "Christmas Eve", "2024-12-24"],
  // relative to the publication day
  ["Officials from both sides met last Friday.", "last Friday", "2024-09-27"],
  ["This week, leaders gathered in the capital.", "This week", "2024-W40"],
  ["Prices rose sharply last week.", "last week", "2024-W39"],
  ["Exports fell last month.", "last month", "2024-09"],
  ["Earlier this month, rebels attacked a convoy.", "Earlier this month", "2024-10"],
  ["The ferry sank three days ago off the coast.", "three days ago", "2024-09-30"],
  ["Elections are due next year.", "next year", "2025"],
  ["The envoy arrives tomorrow.", "tomorrow", "2024-10-04"],
  ["Today the council voted on the measure.", "Today", "2024-10-03"],
  ["Yesterday the council rejected the plan.", "Yesterday", "2024-10-02"],
  ["Tuesday's talks ended without a deal.", "Tuesday", "2024-10-01"],
  ["The plane landed. Two days later, the crew left.", "Two days later", "2024-10-05"],
  ["Troops arrived on Sept. 2. Two days later, they left.", "Two days later", "2024-09-04"],
  ["Prices fell six weeks ago.", "six weeks ago", "2024-W34"],
  // durations
  ["Fighting has raged over the past two years.", "the past two years", "P2Y", "DURATION"],
  ["The party has ruled for 75 years.", "75 years", "P75Y", "DURATION"],
  ["The rivals have clashed for decades.", "decades", "PXDE", "DURATION"],
  ["They agreed on a five-year transitional period.", "five-year", "P5Y", "DURATION"],
  ["Both sides accepted a 30-day ceasefire.", "30-day", "P30D", "DURATION"],
  ["The siege lasted more than eight hours.", "eight hours", "PT8H", "DURATION"],
  ["The fund approved a three-year loan.", "three-year", "P3Y", "DURATION"],
  ["Aid rose by 40% in the past month.", "the past month", "P1M", "DURATION"],
  ["He said he would decide within a week.", "a week", "P1W", "DURATION"],
  // vague
  ["The leaders plan a call in the coming days.", "the coming days", "FUTURE_REF"],
  ["The two envoys met recently in Oslo.", "recently", "PAST_REF"],
  ["The border is now closed to trucks.", "now", "PRESENT_REF"],
  ["The island's status will be settled in the future.", "in the future", "FUTURE_REF"],
  ["The refugees are currently housed in tents.", "currently", "PRESENT_REF"],
  // times, sets
  ["The vote opens at 8:30 a.m. Washington time.", "8:30 a.m. Washington time", "2024-10-03T08:30", "TIME"],
  ["The festival is held every year in the capital.", "every year", "P1Y", "SET"],
  ["Floods return each winter.", "each winter", "XXXX-WI", "SET"],
  ["The mill earns $69 a month per worker.", "a month", "P1M", "SET"],
  // seasons, weekends, days counted from another date, a weekday with its date
  ["The committee will meet again in the spring.", "spring", "2025-SP"],
  ["The harvest failed last summer.", "last summer", "2024-SU"],
  ["Floods hit the north this winter.", "this winter", "2023-WI", "DATE", "2024-01-20"],
  ["Talks stalled over the weekend.", "over the weekend", "2024-W39"],
  ["The envoy landed on Sept. 12. Later that day, she met the rebels.", "Later that day", "2024-09-12"],
  ["The match is on Saturday, March 15.", "Saturday, March 15", "2025-03-15"],
  ["Voting closed at 8 p.m. on Sunday.", "8 p.m.", "2024-09-29T20:00", "TIME"],
  ["Fighting eased toward the end of March.", "the end of March", "2024-03"],
  ["Two people were killed last night.", "last night", "2024-10-02TNI", "TIME"],
  ["Prices rose this past week.", "this past week", "2024-W39"],
  ["Talks are expected in the weeks ahead.", "the weeks ahead", "FUTURE_REF"],
  ["The vote is set for mid-November.", "mid-November", "2024-11"],
  ["The accord expires in March.", "March", "2025-03"],
  ["The group was banned in the mid-1990s.", "the mid-1990s", "199X"],
  ["Officials said the ship would sail in early September.", "early September", "2024-09"],
];

describe("time: recognition and normalization", () => {
  for (const [sentence, text, value, type, pub] of CASES) {
    it(`${text} in "${sentence}"`, () => {
      const doc = timeDoc(sentence, pub ?? PUB);
      const t = doc.timexes.find((x) => x.text === text);
      assert.ok(t, `no timex "${text}"; got ${doc.timexes.map((x) => `${x.text}=${x.value}`).join(", ")}`);
      assert.equal(t.value, value);
      if (type) assert.equal(t.type, type);
    });
  }
});

/** Weekday direction: [sentence, weekday, expected date]; published Thursday 2024-10-03. */
const WEEKDAYS: [string, string, string][] = [
  ["The army said Monday it had repelled an attack.", "Monday", "2024-09-30"],
  ["Rebels attacked the town on Saturday.", "Saturday", "2024-09-28"],
  ["The president approved the package on Sunday.", "Sunday", "2024-09-29"],
  ["The president spoke Thursday in Paris.", "Thursday", "2024-10-03"],
  ["The leaders will meet Thursday in Paris.", "Thursday", "2024-10-03"],
  ["The ministers will meet on Monday.", "Monday", "2024-10-07"],
  ["A vote is scheduled for Wednesday.", "Wednesday", "2024-10-09"],
  ["She plans to travel to Cairo next Tuesday.", "next Tuesday", "2024-10-08"],
  ["The tariffs would take effect Saturday, the minister said.", "Saturday", "2024-10-05"],
  ["The committee holds a hearing Friday on the appeal.", "Friday", "2024-10-04"],
  ["The foreign minister is in Riyadh for talks Friday.", "Friday", "2024-10-04"],
  ["On Wednesday, the envoy said talks had stalled.", "Wednesday", "2024-10-02"],
  ["The envoy met the rebels last Thursday.", "last Thursday", "2024-09-26"],
  ["The envoy will meet the rebels next Thursday.", "next Thursday", "2024-10-10"],
  ["Leaders to talk by phone Friday", "Friday", "2024-10-04"],
  ["The ministers are to meet Monday.", "Monday", "2024-10-07"],
  ["The judge ordered him to appear on Monday.", "Monday", "2024-09-30"],
];

describe("time: weekday direction", () => {
  for (const [sentence, text, value] of WEEKDAYS) {
    it(`${text} in "${sentence}"`, () => {
      const t = timeDoc(sentence, PUB).timexes.find((x) => x.text === text);
      assert.ok(t, `no timex "${text}"`);
      assert.equal(t.value, value);
    });
  }
});

/** Sentences with no time expression at all, or none covering the given text. */
const MUST_NOT: [string, string][] = [
  ["The president approved $567 million in aid.", "567"],
  ["The country sent 2000 troops to the border.", "2000"],
  ["About 1,500 fighters crossed the river.", "1,500"],
  ["Officials said the 2000 fighters had surrendered.", "2000"],
  ["The air force flies F-16 jets.", "16"],
  ["Ankara bought the S-400 system.", "400"],
  ["He is the party's No. 2 official.", "2"],
  ["The minister may resign over the scandal.", "may"],
  ["Protesters march to the square every evening.", "march"],
  ["The editor of the Sunday Times resigned.", "Sunday"],
  ["Leaves fall when the wind rises.", "fall"],
  ["She won a second term in office.", "second"],
  ["Now that the vote is over, the parties will talk.", "Now"],
  ["A 75-year-old man was arrested.", "75"],
  ["Taiwan's future would be decided peacefully.", "future"],
  ["Prime Minister Theresa May spoke to reporters.", "May"],
  ["About 1990 people died in the floods.", "1990"],
  ["The group aims to last a few months.", "last"],
  ["Crowds gathered for Chinese New Year celebrations.", "New Year"],
  ["The Cambodia Daily closed its print edition.", "Daily"],
  ["He died shortly after his release.", "shortly"],
  ["Indonesian 15-year-olds scored poorly.", "15"],
  ["He was detained in the early hours of the morning.", "hours"],
  ["He told Fox News’ “Sunday Morning Futures” show that talks went well.", "Sunday"],
];

describe("time: must not match", () => {
  for (const [sentence, word] of MUST_NOT) {
    it(`nothing over "${word}" in "${sentence}"`, () => {
      const doc = timeDoc(sentence, PUB);
      const at = sentence.indexOf(word);
      const hit = doc.timexes.find(
        (t) => t.start <= doc.text.indexOf(sentence) + at && t.end > doc.text.indexOf(sentence) + at,
      );
      assert.equal(hit, undefined, `unexpected timex ${JSON.stringify(hit)}`);
    });
  }
});

describe("time: publication date, ranges and quotes", () => {
  it("leaves relative expressions unresolved without a publication date, with one diagnostic", () => {
    const doc = timeDoc("Officials met last Friday. They will meet again next week.");
    const friday = doc.timexes.find((t) => t.text === "last Friday");
    assert.equal(friday?.resolved, false);
    assert.equal(friday?.value, "XXXX-WXX-5");
    assert.equal(doc.timexes.find((t) => t.text === "next week")?.value, "XXXX-WXX");
    assert.equal(doc.diagnostics.filter((d) => d.code === "time.no-publication-date").length, 1);
  });
  it("keeps absolute dates resolved without a publication date", () => {
    const doc = timeDoc("The treaty was signed in April 2024.");
    assert.equal(doc.timexes[0]?.value, "2024-04");
    assert.equal(doc.timexes[0]?.resolved, true);
    assert.equal(doc.diagnostics.filter((d) => d.code === "time.no-publication-date").length, 0);
  });
  it("links the two ends of a range", () => {
    const doc = timeDoc("He led the party from 1963 to late 2024.", PUB);
    const [a, b] = doc.timexes;
    assert.equal(a?.value, "1963");
    assert.equal(b?.value, "2024");
    assert.equal(b?.mod, "END");
    assert.deepEqual(a?.range, { begin: a?.id, end: b?.id });
  });
  it("flags expressions inside quotations", () => {
    const doc = timeDoc("“We will meet again next week,” the envoy said on Monday.", PUB);
    assert.equal(doc.timexes.find((t) => t.text === "next week")?.inQuote, true);
    assert.equal(doc.timexes.find((t) => t.text === "Monday")?.inQuote, undefined);
  });
  it("ends an unclosed quotation with its sentence when a new one opens", () => {
    const text =
      'The general said, "Force is not a privilege of one side. Officials met on Monday. "We will talk," he said.';
    const doc = timeDoc(text, PUB);
    assert.equal(doc.timexes.find((t) => t.text === "Monday")?.inQuote, undefined);
  });
  it("resolves a quotation's relative expressions against its dated attribution", () => {
    const doc = timeDoc("“We will meet again tomorrow,” the envoy said on Sept. 12.", PUB);
    const t = doc.timexes.find((x) => x.text === "tomorrow");
    assert.equal(t?.value, "2024-09-13");
    assert.equal(t?.anchor, doc.timexes.find((x) => x.text === "Sept. 12")?.id);
  });
  it("keeps the publication day for a quotation said that day", () => {
    const doc = timeDoc("“We will meet again tomorrow,” the envoy said on Thursday.", PUB);
    assert.equal(doc.timexes.find((x) => x.text === "tomorrow")?.value, "2024-10-04");
  });
  it("keeps the zone of a clock time", () => {
    const doc = timeDoc("The vote opens at 8:30 a.m. Washington time.", PUB);
    assert.equal(doc.timexes[0]?.zone, "Washington");
  });
});
