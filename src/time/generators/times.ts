import type { Candidate, Generator } from "../candidate.js";
import { stated } from "../resolve.js";
import { make, near, scan } from "./scan.js";

/**
 * Clock times: "8:30 a.m.", "10 p.m. local time", "14:00 GMT", "8:30 a.m. Washington time" (the zone is kept).
 * Must not match scores or ratios ("3:1") without a meridiem or a zone, nor bare numbers.
 */
const CLOCK = near(
  /\b(\d{1,2})(?::(\d{2}))?\s*(a\.m\.?|p\.m\.?|am\b|pm\b|AM\b|PM\b)(?:\s+\(?((?:[A-Z][a-z]+\s){0,2}?[A-Z][a-z]+|local|[A-Z]{2,4})\s+time\)?|\s+\(?(GMT|UTC|EST|EDT|ET|CET|CEST|PST|PDT|BST|IST|JST|MSK)\b\)?)?/g,
  ["#ampm"],
  8,
);
const CLOCK24 = near(/\b([01]?\d|2[0-3]):([0-5]\d)\s*(?:\(?(GMT|UTC|local time)\)?|h\b)/g, ["#clock"], 0);
const NOON = near(/\b(noon|midnight)\b/g, ["noon", "midnight"], 0);

function clock(start: number, end: number, h: number, min: number, zone: string | undefined): Candidate | undefined {
  if (h > 23 || min > 59) return undefined;
  const t = `T${String(h).padStart(2, "0")}:${String(min).padStart(2, "0")}`;
  const extra: Partial<Candidate> = { clock: t, resolved: false };
  if (zone) extra.zone = zone;
  return make(start, end, "TIME", "time/times:clock", stated(`XXXX-XX-XX${t}`), extra);
}

export const clockTimes: Generator = (ctx) => [
  ...scan(ctx, CLOCK, (m) => {
    let h = Number(m[1]);
    const pm = /^p/i.test(m[3]!);
    if (h > 12 || h === 0) return undefined;
    if (pm && h < 12) h += 12;
    if (!pm && h === 12) h = 0;
    return clock(m.index, m.index + m[0].length, h, Number(m[2] ?? 0), m[4] ?? m[5]);
  }),
  ...scan(ctx, CLOCK24, (m) => clock(m.index, m.index + m[0].length, Number(m[1]), Number(m[2]), m[3])),
  ...scan(ctx, NOON, (m) => clock(m.index, m.index + m[0].length, m[1] === "noon" ? 12 : 0, 0, undefined)),
];
