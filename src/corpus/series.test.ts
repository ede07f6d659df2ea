import assert from "node:assert/strict";
import { test } from "node:test";
import type { MergedEvent } from "../store/store.js";
import { csvField, toCsv } from "./format.js";
import { isoWeek, weeklySeries } from "./series.js";

test("ISO weeks: Monday start, and the year of the week's Thursday", () => {
  const cases: [string, string, string][] = [
    ["2024-01-31", "2024-W05", "2024-01-29"],
    ["2024-01-01", "2024-W01", "2024-01-01"],
    ["2023-01-01", "2022-W52", "2022-12-26"],
    ["2020-12-31", "2020-W53", "2020-12-28"],
    ["2024-12-30", "2025-W01", "2024-12-30"],
  ];
  for (const [day, week, start] of cases) assert.deepEqual(isoWeek(day), { week, start }, day);
});

function ev(
  type: string,
  day: string,
  score: number | null,
  status = "occurred",
  actor = ["CHN"],
  recipient = ["USA"],
): MergedEvent {
  return {
    id: `${type}-${day}`,
    type,
    mode: null,
    context: [],
    cameo: null,
    score,
    status,
    reciprocal: false,
    date: day,
    dateLast: day,
    sortDate: day,
    place: null,
    actorCountries: actor,
    recipientCountries: recipient,
    actorNames: [],
    recipientNames: [],
    actorSectors: [],
    recipientSectors: [],
    sources: 2,
    independentSources: 2,
    documents: [],
  };
}

test("weekly series: sums per directed pair; not-occurred events and name-only actors left out", () => {
  const rows = weeklySeries([
    ev("ACCUSE", "2023-10-18", -2),
    ev("CONSULT", "2023-10-19", 3),
    ev("SANCTION", "2023-10-17", null, "occurred", ["USA"], ["CHN"]),
    ev("ASSAULT", "2023-10-18", -10, "planned"),
    ev("ACCUSE", "2023-10-18", -2, "occurred", ["~hackers"], ["USA"]),
  ]);
  assert.deepEqual(
    rows.map((r) => [
      r.week,
      r.actor_country,
      r.recipient_country,
      r.events,
      r.cooperation,
      r.conflict,
      r.net,
      r.mean_score,
    ]),
    [
      ["2023-W42", "CHN", "USA", 2, 3, -2, 1, 0.5],
      ["2023-W42", "USA", "CHN", 1, 0, 0, 0, null],
    ],
  );
});

test("CSV quoting: only fields with commas, quotes or line breaks are quoted", () => {
  const cases: [string, string][] = [
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
  ];
  for (const [v, want] of cases) assert.equal(csvField(v), want);
  assert.equal(toCsv([{ a: ["x", "y"], b: null }], ["a", "b"]), "a,b\nx;y,\n");
});
