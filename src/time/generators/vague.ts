import type { Candidate, Generator, TimeContext } from "../candidate.js";
import { lexicon } from "../lexicon.js";
import { stated } from "../resolve.js";
import { durationValue } from "./durations.js";
import { UNIT_KEYS } from "./keys.js";
import { make, near, scan } from "./scan.js";

/**
 * Vague references. Must not match "now that" (a conjunction), "Taiwan's future" (a noun for prospects), "recent"
 * alone ("a recent reception" is not a time expression in the annotators' practice).
 */
const VAGUE: [RegExp, string][] = [
  [
    near(
      /\b(?:[Rr]ecently|[Ll]ately|[Nn]ot long ago|[Ii]n the past|[Rr]ecent (?:days|weeks|months|years))\b/g,
      ["recently", "lately", "ago", "past", "recent"],
      12,
    ),
    "PAST_REF",
  ],
  [
    near(
      /\b(?:[Nn]ow|[Cc]urrently|[Cc]urrent|[Aa]t present|[Aa]t the moment|[Aa]t this time|[Aa]s we speak|[Ss]o far|[Tt]hese days|[Nn]owadays)\b(?![- ]that\b)/g,
      ["now", "currently", "current", "present", "moment", "time", "speak", "far", "days", "nowadays"],
      12,
    ),
    "PRESENT_REF",
  ],
  [
    near(
      /\b(?:[Ss]oon|[Ss]hortly|[Aa]t some point in the future|[Aa]t some point|(?:the|[Ii]n the) (?:near )?future|[Ff]uture|[Tt]he\s+(?:days|weeks|months|years)\s+ahead)\b/g,
      ["soon", "shortly", "point", "future", "ahead"],
      // "the months ahead" starts 11 characters before "ahead"; "in the near future" 12 before "future".
      14,
    ),
    "FUTURE_REF",
  ],
];
/**
 * "for decades", "after years of", "Hours after", "decades of": an unstated number of units; not "the early hours"
 * (a part of the night).
 */
const PLURAL_UNITS = UNIT_KEYS.filter((k) => k.endsWith("s"));
const VAGUE_SPAN = near(
  /(?<!\b(?:early|small|wee|late)\s)\b(?:(?:for|after|over|within|in|For|After|Over|Within|In)\s+)?(hours|days|weeks|months|years|decades|centuries|Hours|Days|Weeks|Months|Years|Decades)\b(?:[- ](?:long|of|after|before|later|earlier))?/g,
  PLURAL_UNITS,
  8,
);
/** "every year", "each winter", "every Monday"; "daily", "annually". */
const SET_EVERY = near(
  /\b(?:[Ee]very|[Ee]ach)\s+(day|week|month|year|spring|summer|fall|autumn|winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
  ["every", "each"],
  0,
);
/** Lower-case only: "The Cambodia Daily", "Weekly Standard" are names. */
const SET_ADVERB = near(
  /\b(daily|weekly|monthly|annually|yearly|quarterly)\b/g,
  ["daily", "weekly", "monthly", "annually", "yearly", "quarterly"],
  0,
);
const SET_VALUE: Record<string, string> = {
  daily: "P1D",
  weekly: "P1W",
  monthly: "P1M",
  annually: "P1Y",
  yearly: "P1Y",
  quarterly: "P3M",
};

const TITLES =
  /^(?:[a-z]+ )?(?:president|prime|minister|chairman|chair|leader|head|chief|director|secretary|fellow|ceo|king|governor|mayor)\b/i;

function vagueOk(ctx: TimeContext, start: number, end: number, value: string): boolean {
  const i = ctx.indexAt(start);
  const tk = ctx.doc.tokens;
  const word = ctx.text.slice(start, end).toLowerCase();
  if (word === "future") {
    // The adjective before a noun ("future talks"); the noun only as "the future" (handled by the longer pattern).
    return tk[i + 1]?.pos === "NOUN" && tk[i - 1]?.lower !== "'s";
  }
  // "the current crisis" is the present; "current president", "current senior fellow" are titles.
  if (word === "current") return tk[i - 1]?.lower === "the" && !TITLES.test(ctx.text.slice(end + 1, end + 40));
  // "now that" is a conjunction; "now-shuttered" an adjective.
  if (word === "now") return tk[i + 1]?.lower !== "that" && ctx.text[end] !== "-";
  // "shortly after his release", "soon she was taken": relative to a narrated past, not to the publication date.
  if (word === "soon" || word === "shortly")
    return (
      !/^\s+(?:after|afterwards?|before|thereafter)\b/.test(ctx.text.slice(end, end + 14)) &&
      ctx.directionAt(start, end) !== "past"
    );
  return value !== "";
}

function vagueSpan(m: RegExpExecArray): Candidate | undefined {
  const unit = m[1]!;
  const whole = m[0].toLowerCase();
  const hasCue = /^(for|after|over|within|in)\s/.test(whole) || /[- ](long|of|after|before|later|earlier)$/.test(whole);
  const sentenceStart = /^Hours|^Days|^Weeks|^Months|^Years|^Decades/.test(unit);
  if (!hasCue && !sentenceStart) return undefined;
  const start = m.index + m[0].indexOf(unit);
  const value = durationValue("X", unit);
  return make(start, start + unit.length, "DURATION", "time/vague:span", stated(value));
}

export const vagueRefs: Generator = (ctx) => {
  const out: Candidate[] = [];
  for (const [re, value] of VAGUE)
    out.push(
      ...scan(ctx, re, (m) =>
        vagueOk(ctx, m.index, m.index + m[0].length, value)
          ? make(m.index, m.index + m[0].length, "DATE", "time/vague:ref", stated(value))
          : undefined,
      ),
    );
  out.push(...scan(ctx, VAGUE_SPAN, (m) => vagueSpan(m)));
  out.push(
    ...scan(ctx, SET_EVERY, (m) =>
      make(m.index, m.index + m[0].length, "SET", "time/vague:every", stated(setValue(m[1]!))),
    ),
  );
  out.push(
    ...scan(ctx, SET_ADVERB, (m) =>
      make(m.index, m.index + m[0].length, "SET", "time/vague:set-adverb", stated(SET_VALUE[m[1]!.toLowerCase()]!)),
    ),
  );
  return out;
};

function setValue(unit: string): string {
  const u = unit.toLowerCase();
  const season = lexicon().seasons.get(u);
  if (season) return `XXXX-${season}`;
  const wd = lexicon().weekdays.get(u);
  if (wd) return `XXXX-WXX-${wd}`;
  return durationValue(1, u);
}
