import type { Candidate, Generator, TimeContext } from "../candidate.js";
import { lexicon } from "../lexicon.js";
import { fromPub, monthValue, stated } from "../resolve.js";
import { MONTH_KEYS, SEASON_KEYS } from "./keys.js";
import { make, near, scan } from "./scan.js";

/**
 * A bare year 1700-2099. Must not match inside "F-16"/"S-400"-style codes (letter-hyphen before), money ("$2000"),
 * decimals or thousands ("1,500", "2.2025"), or a percentage; counts like "2000 troops" are dropped in `yearOk`.
 */
const YEAR = near(
  /(?<![$€£¥\d.,]|\p{L}-|\p{L})(1[7-9]\d\d|20\d\d)(?![\d%]|[.,]\d|-\d\d-|\s?%|s\b|'s\b|-year)/gu,
  ["#year"],
  0,
);
/** "mid-2023", "late 2024", "early 2025", "the end of 2024". */
const MOD_YEAR = near(
  /\b(?:(early|mid|late|Early|Mid|Late)[- ]|(?:the\s+|The\s+)?(end|beginning|start|middle)\s+of\s+)(\d{4})\b/g,
  ["#year"],
  26,
);
/** "late January", "early February 2025", "mid-March", "the end of March". */
const MOD_MONTH = near(
  /\b(?:(early|mid|late|Early|Mid|Late)[- ]|(?:the\s+|The\s+)?(end|beginning|start|middle)\s+of\s+)(January|February|March|April|May|June|July|August|September|October|November|December)\b(?:,?\s+(\d{4})\b)?/g,
  MONTH_KEYS,
  22,
);
/** "the 1990s", "the early 2000s". */
const DECADE = near(/\b(?:the\s+|The\s+)?(?:(early|mid|late)[- ])?(1[6-9]\d|20\d)0['’]?s\b/g, ["#decade"], 12);
/** "the first quarter of 2024", "the third quarter", "Q3 2024". */
const QUARTER = near(
  /\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of\s+(\d{4}))?\b|\bQ([1-4])\s+(\d{4})\b/gi,
  ["quarter", "q1", "q2", "q3", "q4"],
  20,
);
/** "the second half of 2024", "the first half". */
const HALF = near(/\b(?:the\s+)?(first|second)\s+half(?:\s+of\s+(?:the\s+year|(\d{4})))?\b/gi, ["half"], 16);
/** "fiscal 2025", "fiscal year 2025", "FY2025". */
const FISCAL = near(
  /\b(?:[Ff]iscal|[Ff]inancial)\s+(?:[Yy]ear\s+)?(\d{4})\b|\bFY\s?(\d{4})\b/g,
  ["fiscal", "financial", "#year"],
  0,
);
/** "winter 2024", "the summer of 2023", "early spring 2025". */
const SEASON_YEAR = near(
  /\b(?:(early|mid|late)[- ])?(spring|summer|autumn|fall|winter|Spring|Summer|Autumn|Fall|Winter)(?:\s+of)?\s+(\d{4})\b/g,
  SEASON_KEYS,
  6,
);

const MODS: Record<string, string> = {
  early: "START",
  mid: "MID",
  late: "END",
  end: "END",
  beginning: "START",
  start: "START",
  middle: "MID",
};
// A year directly before these is a count or a code, not a date ("2000 troops", "No. 2000").
const NOT_AFTER = new Set(["no.", "no", "number", "resolution", "article", "section", "flight", "route", "model"]);

// Plurals that do not end in -s (or that the tagger lemmatizes to themselves): "1990 people died".
const COUNT_NOUNS = new Set(["people", "children", "men", "women", "police", "personnel", "staff", "cattle", "sheep"]);

function yearOk(ctx: TimeContext, start: number): boolean {
  const i = ctx.indexAt(start);
  const tk = ctx.doc.tokens;
  const prev = tk[i - 1];
  const next = tk[i + 1];
  if (prev && NOT_AFTER.has(prev.lower)) return false;
  // A plural noun after a number counts things: "2000 troops", "the 2000 fighters", "1500 people".
  if (next && (next.pos === "NOUN" || next.pos === "PROPN") && next.lower !== next.lemma && /s$/.test(next.lower))
    return false;
  if (next && COUNT_NOUNS.has(next.lower)) return false;
  if (
    next &&
    /^(million|billion|trillion|thousand|km|kilometers|miles|meters|feet|kg|tons|tonnes|mph)$/.test(next.lower)
  )
    return false;
  return true;
}

export const yearDates: Generator = (ctx) => [
  ...scan(ctx, YEAR, (m) =>
    yearOk(ctx, m.index) ? make(m.index, m.index + m[0].length, "DATE", "time/years:year", stated(m[1]!)) : undefined,
  ),
  ...scan(ctx, MOD_YEAR, (m) => {
    const mod = MODS[(m[1] ?? m[2])!.toLowerCase()]!;
    return make(m.index, m.index + m[0].length, "DATE", "time/years:modified-year", stated(m[3]!), { mod });
  }),
  ...scan(ctx, MOD_MONTH, (m) => {
    const end = m.index + m[0].length;
    const r = monthValue(ctx, [m.index, end], lexicon().months.get(m[3]!.toLowerCase())!, undefined, num(m[4]));
    const mod = MODS[(m[1] ?? m[2])!.toLowerCase()]!;
    return r && make(m.index, end, "DATE", "time/years:modified-month", r, { mod });
  }),
  ...scan(ctx, DECADE, (m) => {
    const extra: Partial<Candidate> = m[1] ? { mod: MODS[m[1].toLowerCase()]! } : {};
    return make(m.index, m.index + m[0].length, "DATE", "time/years:decade", stated(`${m[2]}X`), extra);
  }),
  ...scan(ctx, QUARTER, (m) => quarterOrHalf(ctx, m, "Q", ordinal(m[1] ?? m[3]!), m[2] ?? m[4])),
  ...scan(ctx, HALF, (m) => quarterOrHalf(ctx, m, "H", ordinal(m[1]!), m[2])),
  ...scan(ctx, FISCAL, (m) =>
    make(m.index, m.index + m[0].length, "DATE", "time/years:fiscal", stated(`FY${m[1] ?? m[2]}`)),
  ),
  ...scan(ctx, SEASON_YEAR, (m) => {
    const code = lexicon().seasons.get(m[2]!.toLowerCase())!;
    const extra: Partial<Candidate> = m[1] ? { mod: MODS[m[1].toLowerCase()]! } : {};
    return make(m.index, m.index + m[0].length, "DATE", "time/years:season", stated(`${m[3]}-${code}`), extra);
  }),
];

const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));

const ORDINALS: Record<string, number> = {
  first: 1,
  "1st": 1,
  second: 2,
  "2nd": 2,
  third: 3,
  "3rd": 3,
  fourth: 4,
  "4th": 4,
};

function ordinal(s: string): number {
  return ORDINALS[s.toLowerCase()] ?? Number(s);
}

function quarterOrHalf(ctx: TimeContext, m: RegExpExecArray, unit: "Q" | "H", n: number, year: string | undefined) {
  const end = m.index + m[0].length;
  const r = year ? stated(`${year}-${unit}${n}`) : fromPub(ctx, `XXXX-${unit}${n}`, (p) => `${p.y}-${unit}${n}`);
  return make(m.index, end, "DATE", unit === "Q" ? "time/years:quarter" : "time/years:half", r);
}
