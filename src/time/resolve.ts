import { type Day, type Direction, fmtDay, fmtMonth, isValidDay, yearFor } from "./calendar.js";
import type { Candidate, TimeContext } from "./candidate.js";

/** The fields a resolved value contributes to a candidate. */
export type Resolution = Pick<Candidate, "value" | "resolved" | "certainty"> & { anchor?: string };

export const stated = (value: string): Resolution => ({ value, resolved: true, certainty: "stated" });
export const implied = (value: string): Resolution => ({
  value,
  resolved: true,
  certainty: "implied",
  anchor: "published",
});
export const unresolved = (value: string): Resolution => ({ value, resolved: false, certainty: "guessed" });

/** A month (and day) with or without its year: a missing year comes from the publication date and the clause's tense. */
export function monthValue(
  ctx: TimeContext,
  span: [number, number],
  m: number,
  d: number | undefined,
  year: number | undefined,
): Resolution | undefined {
  if (year !== undefined) {
    if (d !== undefined && !isValidDay(year, m, d)) return undefined;
    return stated(d === undefined ? fmtMonth(year, m) : fmtDay({ y: year, m, d }));
  }
  if (d !== undefined && !isValidDay(2024, m, d)) return undefined;
  const mm = String(m).padStart(2, "0");
  const dd = d === undefined ? "" : `-${String(d).padStart(2, "0")}`;
  if (!ctx.pub) return unresolved(`XXXX-${mm}${dd}`);
  const y = yearFor(ctx.pub, m, d, monthDirection(ctx, span));
  return implied(d === undefined ? fmtMonth(y, m) : fmtDay({ y, m, d }));
}

// Prepositions that fix the direction whatever the tense: "since May" looks back; "until April 2" after a past verb
// ("delayed the tariffs until April 2") is a deadline, so the tense does not decide and the sensible year is taken.
const SINCE = new Set(["since"]);
const DEADLINE = new Set(["until", "till", "through", "by", "before"]);

function monthDirection(ctx: TimeContext, span: [number, number]): Direction {
  const i = ctx.indexAt(span[0]);
  const prev = ctx.doc.tokens[i - 1]?.lower;
  if (prev && SINCE.has(prev)) return "past";
  if (prev && DEADLINE.has(prev)) return "none";
  // A date naming a thing ("the September 17 agreement", "the Feb. 27 deportations") names something that exists.
  const after = ctx.doc.tokens[ctx.indexAt(span[1])];
  if (prev === "the" && after?.pos === "NOUN") return "none";
  return ctx.directionAt(span[0], span[1]);
}

/** A value computed from the publication day, or the X placeholder when there is none. */
export function fromPub(ctx: TimeContext, placeholder: string, f: (pub: Day) => string): Resolution {
  return ctx.pub ? implied(f(ctx.pub)) : unresolved(placeholder);
}
