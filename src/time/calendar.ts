/**
 * Calendar arithmetic on plain days (UTC, no clock, no time zone), and TIMEX3 formatting.
 * A `Day` is always a valid proleptic Gregorian date; `weekday` is ISO (1 = Monday ... 7 = Sunday).
 */
export interface Day {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

/** @example parseDay("2024-10-03") // { y: 2024, m: 10, d: 3 } */
export function parseDay(s: string | undefined): Day | undefined {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  if (!m) return undefined;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDay(day.y, day.m, day.d) ? day : undefined;
}

export function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function toMs(day: Day): number {
  return Date.UTC(day.y, day.m - 1, day.d);
}

function fromMs(ms: number): Day {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(day: Day, n: number): Day {
  return fromMs(toMs(day) + n * DAY_MS);
}

/** Days from a to b (b - a). */
export function dayDiff(a: Day, b: Day): number {
  return Math.round((toMs(b) - toMs(a)) / DAY_MS);
}

/** ISO weekday, 1 = Monday ... 7 = Sunday. */
export function weekday(day: Day): number {
  const w = new Date(toMs(day)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week-numbering year and week. */
export function isoWeek(day: Day): { year: number; week: number } {
  // The ISO week belongs to the year of its Thursday.
  const thursday = addDays(day, 4 - weekday(day));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { year: thursday.y, week: Math.floor(dayDiff(jan1, thursday) / 7) + 1 };
}

const pad2 = (n: number) => String(n).padStart(2, "0");

export function fmtDay(day: Day): string {
  return `${day.y}-${pad2(day.m)}-${pad2(day.d)}`;
}

export function fmtMonth(y: number, m: number): string {
  return `${y}-${pad2(m)}`;
}

/** @example fmtWeek({ y: 2024, m: 10, d: 3 }) // "2024-W40" */
export function fmtWeek(day: Day): string {
  const w = isoWeek(day);
  return `${w.year}-W${pad2(w.week)}`;
}

/** Month arithmetic: { y, m } shifted by n months. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

/** Time reference of a clause: "present" is a present-tense verb other than a reporting one ("rules Wednesday"). */
export type Direction = "past" | "future" | "present" | "none";

/**
 * The year for a month (and day) given without one: the occurrence on or before the reference day for past
 * reference, on or after for future reference, and otherwise the nearest one.
 */
export function yearFor(ref: Day, m: number, d: number | undefined, dir: Direction): number {
  const dd = d ?? 1;
  const cands = [ref.y - 1, ref.y, ref.y + 1].filter((y) => isValidDay(y, m, dd));
  const refMonth = ref.y * 12 + ref.m;
  const dist = (y: number) => (d === undefined ? y * 12 + m - refMonth : dayDiff(ref, { y, m, d: dd }));
  const pick = (ok: (x: number) => boolean) =>
    cands.filter((y) => ok(dist(y))).sort((a, b) => Math.abs(dist(a)) - Math.abs(dist(b)))[0];
  if (dir === "past") return pick((x) => x <= 0) ?? ref.y;
  if (dir === "future") return pick((x) => x >= 0) ?? ref.y;
  // "expires in October": a present tense with a month other than this one speaks of the coming occurrence.
  if (dir === "present") return pick((x) => x >= 0) ?? ref.y;
  // No tense: news mostly reports the past, unless the coming occurrence is close and the past one far away.
  const past = pick((x) => x <= 0);
  const next = pick((x) => x >= 0);
  const unit = d === undefined ? 30 : 1;
  if (next !== undefined && (past === undefined || (dist(next) * unit <= 60 && -dist(past) * unit >= 300))) return next;
  return past ?? ref.y;
}

/** The weekday `wd` nearest to `ref` in the given direction; the reference day itself counts unless `strict`. */
export function weekdayFrom(ref: Day, wd: number, dir: Direction, strict = false): Day {
  const cur = weekday(ref);
  if (dir === "future") {
    let n = (wd - cur + 7) % 7;
    if (n === 0 && strict) n = 7;
    return addDays(ref, n);
  }
  let n = (cur - wd + 7) % 7;
  if (n === 0 && strict) n = 7;
  return addDays(ref, -n);
}
