import type { Candidate, Generator, TimeContext } from "../candidate.js";
import { lexicon, numberValue } from "../lexicon.js";
import { stated } from "../resolve.js";
import { UNIT_KEYS } from "./keys.js";
import { make, near, scan } from "./scan.js";

const UNITS = "seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|century|centuries";
// Time-of-day units take the T of TIMEX3 durations (PT8H); the others do not (P30D).
const TIME_UNITS = new Set(["S", "M_TIME", "H"]);

interface Patterns {
  /** "75 years", "two-day", "30-day", "a five-year", "two more years"; must not take "75-year-old". */
  counted: RegExp;
  /** "the past two years", "last 20 years", "the past month", "the coming days", "the last couple of weeks". */
  window: RegExp;
}
let patterns: Patterns | undefined;

export function compile(): Patterns {
  if (patterns) return patterns;
  const words = [...lexicon().numbers.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+"));
  const num = `(\\d{1,3}(?:,\\d{3})*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)|${words.join("|")})`;
  patterns = {
    counted: near(
      new RegExp(`\\b${num}(\\s+more|\\s+or\\s+so)?[- ](${UNITS})\\b(?![- ]olds?\\b)`, "gi"),
      UNIT_KEYS,
      // "seventy-five more years": the number may start this far before the unit.
      24,
    ),
    window: near(
      new RegExp(`\\b(?:(the)\\s+)?(past|last|previous|next|coming|first|final)\\s+(?:${num}\\s+)?(${UNITS})\\b`, "gi"),
      ["past", "last", "previous", "next", "coming", "first", "final"],
      4,
    ),
  };
  return patterns;
}

/** TIMEX3 duration value: P75Y, P30D, PT8H, PXDE. */
export function durationValue(n: number | "X", unitWord: string): string {
  const u = unitWord.toLowerCase().replace(/ies$/, "y").replace(/s$/, "");
  if (u === "century") return `P${n === "X" ? "X" : n}CE`;
  if (u === "fortnight") return `P${n === "X" ? "X" : 2 * n}W`;
  const letter = u === "minute" ? "M_TIME" : (lexicon().units.get(u) ?? "D");
  const code = letter === "M_TIME" ? "M" : letter;
  // The annotators write PXH for an unstated number of hours (TIMEX3 would be PTXH, which the gold checker rejects).
  if (n === "X") return `PX${code}`;
  return TIME_UNITS.has(letter) ? `PT${n}${code}` : `P${n}${code}`;
}

// "a"/"an"/"one" + unit is a duration only after words like these ("for a month", "within a week", "$69 a month");
// elsewhere it is usually part of a larger phrase ("a day of talks", "one day, ...").
const ARTICLE_CUES =
  /(?:for|within|in|over|about|nearly|almost|than|after|before|least|past|last|only|just|another|per|once|twice|\d)\s*$/i;

function counted(ctx: TimeContext, m: RegExpExecArray): Candidate | undefined {
  const n = numberValue(m[1]!.replace(/-/g, " "));
  if (n === undefined) return undefined;
  const end = m.index + m[0].length;
  const cued =
    ARTICLE_CUES.test(ctx.text.slice(Math.max(0, m.index - 12), m.index)) ||
    /^\s+(?:later|earlier)\s+than\b/.test(ctx.text.slice(end, end + 14));
  if (/^(a|an|one)$/i.test(m[1]!) && !cued) return undefined;
  // "a second term", "one minute's silence": ordinals and set phrases, not durations.
  if (/^(a|an|one)$/i.test(m[1]!) && /^(second|minute)$/i.test(m[3]!)) return undefined;
  // "a month" after an amount of money is a rate: "$69 a month".
  const rate =
    /^(a|an|per)$/i.test(m[1]!) &&
    /[$€£]\s?[\d.,]+\s*(?:million|billion)?\s*$/.test(ctx.text.slice(Math.max(0, m.index - 20), m.index));
  const value = durationValue(n, m[3]!);
  return make(
    m.index,
    end,
    rate ? "SET" : "DURATION",
    "time/durations:counted",
    stated(rate ? value.replace(/^P\d+/, "P1") : value),
  );
}

function windowed(ctx: TimeContext, m: RegExpExecArray): Candidate | undefined {
  const the = m[1] !== undefined;
  const which = m[2]!.toLowerCase();
  const whichStart = m.index + (the ? m[0].indexOf(m[2]!) : 0);
  // "meant to last a few months": the verb "last" with a duration after it, which `counted` proposes.
  if (ctx.tokenAt(whichStart)?.pos === "VERB") return undefined;
  const unit = m[4]!;
  const plural = /s$/i.test(unit);
  const end = m.index + m[0].length;
  const rule = "time/durations:window";
  if (m[3] !== undefined) {
    const n = numberValue(m[3].replace(/-/g, " "));
    return n === undefined ? undefined : make(m.index, end, "DURATION", rule, stated(durationValue(n, unit)));
  }
  if (which === "coming" || (which === "next" && plural)) return make(m.index, end, "DATE", rule, stated("FUTURE_REF"));
  if (plural && (which === "past" || which === "last" || which === "previous"))
    return make(m.index, end, "DATE", rule, stated("PAST_REF"));
  // "the past month" is a stretch of time; "last month" without "the" is a date (relative generator).
  // "the previous year" is a date relative to the story's own time, which is not known here: nothing is proposed.
  if (the && !plural && (which === "past" || which === "last" || which === "next"))
    return make(m.index, end, "DURATION", rule, stated(durationValue(1, unit)));
  return undefined;
}

export const durations: Generator = (ctx) => {
  const p = compile();
  return [...scan(ctx, p.counted, (m) => counted(ctx, m)), ...scan(ctx, p.window, (m) => windowed(ctx, m))];
};
