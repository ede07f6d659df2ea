import { addDays, addMonths, fmtDay, fmtMonth, fmtWeek } from "../calendar.js";
import type { Candidate, Generator, TimeContext } from "../candidate.js";
import { lexicon, numberValue } from "../lexicon.js";
import { fromPub, stated } from "../resolve.js";
import { make, near, scan } from "./scan.js";

interface Patterns {
  /** "three days ago", "two years ago", "a week ago"; "not long ago" is vague (elsewhere). */
  ago: RegExp;
  /** "Two days later", "One day earlier", "a week later"; not "a month later than" (a duration). */
  shift: RegExp;
}
let patterns: Patterns | undefined;

export function compile(): Patterns {
  if (patterns) return patterns;
  const words = [...lexicon().numbers.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+"));
  const num = `(\\d{1,3}|${words.join("|")})`;
  const unit = "(days?|weeks?|months?|years?|decades?)";
  patterns = {
    ago: near(new RegExp(`\\b${num}\\s+${unit}\\s+ago\\b`, "gi"), ["ago"], 28),
    shift: near(new RegExp(`\\b${num}\\s+${unit}\\s+(later|earlier)\\b(?!\\s+than)`, "gi"), ["later", "earlier"], 28),
  };
  return patterns;
}

/** The day n units before (negative n) or after `day`, at the unit's granularity (ISO week for weeks). */
export function shiftValue(day: { y: number; m: number; d: number }, unit: string, n: number): string {
  const u = unit.toLowerCase().replace(/s$/, "");
  if (u === "day") return fmtDay(addDays(day, n));
  if (u === "week") return fmtWeek(addDays(day, 7 * n));
  if (u === "month") {
    const s = addMonths(day.y, day.m, n);
    return fmtMonth(s.y, s.m);
  }
  if (u === "decade") return `${Math.floor((day.y + 10 * n) / 10)}X`;
  return String(day.y + n);
}

function ago(ctx: TimeContext, m: RegExpExecArray): Candidate | undefined {
  const n = numberValue(m[1]!);
  if (typeof n !== "number") return undefined;
  const r = fromPub(ctx, "XXXX-XX-XX", (p) => shiftValue(p, m[2]!, -n));
  return make(m.index, m.index + m[0].length, "DATE", "time/offsets:ago", r);
}

/** "Two days later": resolved after overlap removal against the date mentioned before it (see refiners). */
function shift(m: RegExpExecArray): Candidate | undefined {
  const n = numberValue(m[1]!);
  if (typeof n !== "number") return undefined;
  const sign = m[3]!.toLowerCase() === "later" ? 1 : -1;
  return make(m.index, m.index + m[0].length, "DATE", "time/offsets:shift", stated("XXXX-XX-XX"), {
    resolved: false,
    shift: { unit: m[2]!, n: sign * n },
  });
}

/** "earlier in the day", "later that day", "the next day", "the day before": a day counted from the last date. */
const DAY_REF = near(
  /\b(?:(?:[Ee]arlier|[Ll]ater)\s+(?:in|on)\s+the\s+day|(?:[Ee]arlier|[Ll]ater)\s+that\s+day|[Tt]he\s+(same|next|following|previous)\s+day|[Tt]he\s+day\s+(before|after))\b/g,
  ["day"],
  24,
);

function dayRef(m: RegExpExecArray): Candidate {
  const w = (m[1] ?? m[2])?.toLowerCase();
  const n = w === "next" || w === "following" || w === "after" ? 1 : w === "previous" || w === "before" ? -1 : 0;
  return make(m.index, m.index + m[0].length, "DATE", "time/offsets:day-ref", stated("XXXX-XX-XX"), {
    resolved: false,
    shift: { unit: "day", n },
  });
}

export const offsets: Generator = (ctx) => {
  const p = compile();
  return [
    ...scan(ctx, p.ago, (m) => ago(ctx, m)),
    ...scan(ctx, p.shift, (m) => shift(m)),
    ...scan(ctx, DAY_REF, (m) => dayRef(m)),
  ];
};
