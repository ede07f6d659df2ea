import { fmtDay, fmtMonth, isValidDay } from "../calendar.js";
import type { Candidate, Generator, TimeContext } from "../candidate.js";
import { lexicon } from "../lexicon.js";
import { implied, monthValue, stated } from "../resolve.js";
import { MONTH_KEYS } from "./keys.js";
import { make, near, scan } from "./scan.js";

const FULL = "January|February|March|April|May|June|July|August|September|October|November|December";
// Abbreviations only where a day or year follows ("Nov. 5"), so "Jan" the name and "Mar" are never months alone.
const MONTH = `(${FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)`;
const ORD = "(?:st|nd|rd|th)?";

/** "March 6", "Nov. 5", "September 17, 2020"; must not take "May 2019" (month-year) as day 20. */
const MONTH_DAY = near(new RegExp(`\\b${MONTH}\\s+(\\d{1,2})${ORD}\\b(?:,?\\s+(\\d{4})\\b)?`, "g"), MONTH_KEYS, 0);
/** "17 September", "1st of May 2024". */
const DAY_MONTH = near(
  new RegExp(`\\b(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH}(?!\\w)(?:,?\\s+(\\d{4})\\b)?`, "g"),
  MONTH_KEYS,
  12,
);
/** "April 2024", "May of 2019". */
const MONTH_YEAR = near(new RegExp(`\\b${MONTH}\\s+(?:of\\s+)?(\\d{4})\\b`, "g"), MONTH_KEYS, 0);
/** A month alone: "in September", "last August"; "May" and "March" only with a cue (see `bareMonthOk`). */
const BARE_MONTH = near(new RegExp(`\\b(?:(last|next|Last|Next)\\s+)?(${FULL})\\b`, "g"), MONTH_KEYS, 6);
/** "2023-11-15"; must not take "2010-2011". */
const ISO_DATE = near(/\b(\d{4})-(\d{2})-(\d{2})\b/g, ["#year"], 0);
/** "11/15/2023" (US order, as US wire copy writes it). */
const US_DATE = near(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g, ["#year"], 0);
/** "Christmas Eve", "New Year's Day": built from the holiday table, longest name first. */
let holidayRe: RegExp | undefined;

// Words before a bare "May"/"March" that make it the month, not the modal or the verb.
const MONTH_CUES = new Set([
  "in",
  "since",
  "by",
  "until",
  "till",
  "through",
  "during",
  "of",
  "from",
  "to",
  "before",
  "after",
  "last",
  "next",
  "this",
  "early",
  "late",
  "mid",
  "between",
  "and",
  "or",
  "on",
  "throughout",
  "around",
  "as",
  "for",
]);

function bareMonthOk(ctx: TimeContext, start: number, end: number, name: string): boolean {
  const i = ctx.indexAt(start);
  const prev = ctx.doc.tokens[i - 1];
  const next = ctx.doc.tokens[i + 1];
  if (name !== "May" && name !== "March") return true;
  if (next && (next.lower === "'s" || next.lower === "’s")) return true;
  if (!prev || !MONTH_CUES.has(prev.lower)) return false;
  // "in May" is a month; "to march" / "and may" before a verb are not.
  return !(next && (next.pos === "VERB" || next.pos === "AUX") && ctx.text.slice(end, end + 1) === " ");
}

function bareMonth(ctx: TimeContext, m: RegExpExecArray): Candidate | undefined {
  const end = m.index + m[0].length;
  const which = m[1]?.toLowerCase();
  const month = lexicon().months.get(m[2]!.toLowerCase())!;
  if (!which && !bareMonthOk(ctx, m.index, end, m[2]!)) return undefined;
  if (which && ctx.pub) {
    // "last August" is the latest August before this month; "next January" the first one after it.
    const y =
      which === "last"
        ? month < ctx.pub.m
          ? ctx.pub.y
          : ctx.pub.y - 1
        : month > ctx.pub.m
          ? ctx.pub.y
          : ctx.pub.y + 1;
    return make(m.index, end, "DATE", "time/absolute:month", implied(fmtMonth(y, month)));
  }
  const r = monthValue(ctx, [m.index, end], month, undefined, undefined);
  return r && make(m.index, end, "DATE", "time/absolute:month", r);
}

function monthDay(ctx: TimeContext, start: number, end: number, name: string, d: number, y?: string) {
  const m = lexicon().months.get(name.toLowerCase().replace(".", ""));
  if (m === undefined || d < 1 || d > 31) return undefined;
  const r = monthValue(ctx, [start, end], m, d, y ? Number(y) : undefined);
  return r && make(start, end, "DATE", "time/absolute:month-day", r);
}

export const absoluteDates: Generator = (ctx) => [
  ...scan(ctx, MONTH_DAY, (m) => monthDay(ctx, m.index, m.index + m[0].length, m[1]!, Number(m[2]), m[3])),
  ...scan(ctx, DAY_MONTH, (m) => monthDay(ctx, m.index, m.index + m[0].length, m[2]!, Number(m[1]), m[3])),
  ...scan(ctx, MONTH_YEAR, (m) => {
    const mo = lexicon().months.get(m[1]!.toLowerCase().replace(".", ""));
    const y = Number(m[2]);
    if (mo === undefined || y < 1000) return undefined;
    return make(m.index, m.index + m[0].length, "DATE", "time/absolute:month-year", stated(fmtMonth(y, mo)));
  }),
  ...scan(ctx, BARE_MONTH, (m) => bareMonth(ctx, m)),
  ...scan(ctx, ISO_DATE, (m) => numericDate(m, Number(m[1]), Number(m[2]), Number(m[3]), "iso")),
  ...scan(ctx, US_DATE, (m) => numericDate(m, Number(m[3]), Number(m[1]), Number(m[2]), "us")),
  ...holidays(ctx),
];

function numericDate(m: RegExpExecArray, y: number, mo: number, d: number, kind: string): Candidate | undefined {
  if (!isValidDay(y, mo, d)) return undefined;
  return make(m.index, m.index + m[0].length, "DATE", `time/absolute:${kind}-date`, stated(fmtDay({ y, m: mo, d })));
}

/** Builds the holiday pattern from the lexicon once (also called before indexing triggers). */
export function holidayPattern(): RegExp {
  if (!holidayRe) {
    const names = [...lexicon().holidays.keys()]
      .sort((a, b) => b.length - a.length)
      .map((n) => n.replace(/'/g, "['’]"));
    const keys = [...new Set(names.map((n) => n.split(/[ [']/)[0]!))];
    holidayRe = near(new RegExp(`\\b(${names.join("|")})\\b`, "gi"), keys, 0);
  }
  return holidayRe;
}

function holidays(ctx: TimeContext): Candidate[] {
  const table = lexicon().holidays;
  return scan(ctx, holidayPattern(), (m) => {
    if (!/^[A-Z]/.test(m[0])) return undefined;
    // "Chinese New Year", "Persian New Year" move with other calendars.
    if (
      /(?:Chinese|Lunar|Persian|Iranian|Jewish|Islamic|Hijri|Vietnamese|Korean|Tibetan)\s+$/.test(
        ctx.text.slice(Math.max(0, m.index - 12), m.index),
      )
    )
      return undefined;
    const mmdd = table.get(m[0].toLowerCase().replace("’", "'"));
    if (!mmdd) return undefined;
    const [mo, d] = mmdd.split("-").map(Number) as [number, number];
    const end = m.index + m[0].length;
    const yearAfter = /^,?\s+(\d{4})\b/.exec(ctx.text.slice(end, end + 7));
    const r = monthValue(ctx, [m.index, end], mo, d, yearAfter ? Number(yearAfter[1]) : undefined);
    return r && make(m.index, end, "DATE", "time/absolute:holiday", r);
  });
}
