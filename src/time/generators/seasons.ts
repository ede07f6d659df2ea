import { addDays, type Day, fmtWeek, weekday } from "../calendar.js";
import type { Candidate, Generator, TimeContext } from "../candidate.js";
import { lexicon } from "../lexicon.js";
import { fromPub } from "../resolve.js";
import { SEASON_KEYS } from "./keys.js";
import { make, near, scan } from "./scan.js";

/** "this winter", "last summer", "next spring", "in the spring"; "fall" only after these words, never the verb. */
const REL_SEASON = near(
  /\b(this|last|next|This|Last|Next|in the|In the|during the|During the|by the|By the)\s+(spring|summer|autumn|fall|winter)\b/g,
  SEASON_KEYS,
  12,
);
/** "over the weekend", "this weekend", "at the weekend". */
const WEEKEND = near(
  /\b(?:over|at|during|Over|At|During)\s+the\s+weekend\b|\b(?:this|This)\s+weekend\b/g,
  ["weekend"],
  12,
);

// Months that open each season (northern hemisphere, as TIMEX3 seasons are): winter is counted from December.
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/**
 * The year (of its first month) of the season meant, from the publication day: "this" is the one of this calendar year
 * (a January winter is last December's), "last" the latest one already over, "next" the first one not yet begun;
 * "in the spring" looks ahead or back with the tense, keeping the current season when it is under way.
 */
function seasonYear(p: Day, code: string, which: string): number {
  const start = SEASON_START[code]!;
  const recent = p.m >= start ? p.y : p.y - 1;
  const monthsIn = (p.y - recent) * 12 + p.m - start;
  const inside = monthsIn < 3;
  switch (which) {
    case "last":
      return inside ? recent - 1 : recent;
    case "next":
      return recent + 1;
    case "future":
      return inside ? recent : recent + 1;
    case "past":
      return recent;
    default:
      return code === "WI" && p.m < 3 ? p.y - 1 : p.y;
  }
}

function relSeason(ctx: TimeContext, m: RegExpExecArray): Candidate {
  const code = lexicon().seasons.get(m[2]!.toLowerCase())!;
  let which = m[1]!.toLowerCase();
  if (which.endsWith("the")) {
    const dir = ctx.directionAt(m.index, m.index + m[0].length);
    which = dir === "future" || dir === "past" ? dir : "this";
  }
  const r = fromPub(ctx, `XXXX-${code}`, (p) => `${seasonYear(p, code, which)}-${code}`);
  const start = m.index + (which === "this" || which === "last" || which === "next" ? 0 : m[1]!.length + 1);
  return make(start, m.index + m[0].length, "DATE", "time/seasons:relative", r);
}

/** The weekend meant: the one on or before the publication day ("over the weekend"), this week's for "this weekend". */
function weekend(ctx: TimeContext, m: RegExpExecArray): Candidate {
  const coming = /^this/i.test(m[0]);
  const r = fromPub(ctx, "XXXX-WXX", (p) => fmtWeek(coming || weekday(p) >= 6 ? p : addDays(p, -7)));
  return make(m.index, m.index + m[0].length, "DATE", "time/seasons:weekend", r);
}

export const seasons: Generator = (ctx) => [
  ...scan(ctx, REL_SEASON, (m) => relSeason(ctx, m)),
  ...scan(ctx, WEEKEND, (m) => weekend(ctx, m)),
];
