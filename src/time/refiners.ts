import type { Doc } from "../model/document.js";
import { overlaps } from "../model/span.js";
import { fmtDay, parseDay, weekday } from "./calendar.js";
import type { Candidate, TimeContext } from "./candidate.js";
import { shiftValue } from "./generators/offsets.js";
import { quoteTime } from "./quote-time.js";

/** A refiner filters, merges or completes candidates; the order in which they run is set in `REFINERS`. */
export type Refiner = (cands: Candidate[], ctx: TimeContext) => Candidate[];

// Single-word calendar names that a proper name may contain: "Theresa May", "the Sunday Times", "March of Dimes".
const NAME_PRONE = new Set(["time/absolute:month", "time/relative:weekday", "time/absolute:holiday"]);

/** Drops a bare month or weekday inside a longer named entity (a person, an organization, a facility). */
export const insideNames: Refiner = (cands, ctx) => {
  const names = nameMentions(ctx.doc);
  if (names.length === 0) return cands;
  return cands.filter(
    (c) =>
      !NAME_PRONE.has(c.rule) ||
      !names.some((n) => n.start <= c.start && c.end <= n.end && n.end - n.start > c.end - c.start),
  );
};

function nameMentions(doc: Doc): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const e of doc.entities)
    if (e.type === "PERSON" || e.type === "ORG" || e.type === "FAC")
      for (const m of e.mentions) if (m.kind === "name" || m.kind === "short") out.push(m);
  return out;
}

// Among proposals of equal length, the more specific rule wins (a date over a vague reference).
const rank = (c: Candidate) => (c.rule.startsWith("time/vague") ? 1 : 0);

/** Keeps the longest of overlapping proposals ("last Friday" over "Friday", "April 2024" over "April" and "2024"). */
export const longestWins: Refiner = (cands) => {
  const sorted = [...cands].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || rank(a) - rank(b) || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of sorted) if (!kept.some((k) => overlaps(k, c))) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
};

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}/;

/** "Two days later" counts from the last full date before it; with none, from the publication day. */
export const applyShifts: Refiner = (cands, ctx) => {
  let last: string | undefined;
  let lastDay: string | undefined;
  for (const c of cands) {
    if (c.shift) {
      const base = baseDay(last, c.shift.unit) ?? parseDay(lastDay) ?? ctx.pub;
      if (base) {
        c.value = shiftValue(base, c.shift.unit, c.shift.n);
        c.resolved = true;
        c.certainty = "implied";
        c.anchor = last ? "previous-date" : "published";
      }
    } else if (c.resolved && /^\d{4}(?:-\d\d){0,2}$/.test(c.value) && c.type === "DATE") {
      last = c.value;
      if (DAY_VALUE.test(c.value)) lastDay = c.value;
    }
  }
  return cands;
};

// "five years later" may count from a year ("in 2015"); "two days later" needs a full date.
function baseDay(value: string | undefined, unit: string) {
  if (!value) return undefined;
  if (DAY_VALUE.test(value)) return parseDay(value);
  const u = unit.toLowerCase();
  if (/^\d{4}-\d\d$/.test(value) && (u.startsWith("month") || u.startsWith("year") || u.startsWith("decade")))
    return parseDay(`${value}-01`);
  if (/^\d{4}$/.test(value) && (u.startsWith("year") || u.startsWith("decade"))) return parseDay(`${value}-01-01`);
  return undefined;
}

/** A clock time takes the day of a full date in its sentence ("Friday at 8 a.m."), else the publication day. */
export const applyClocks: Refiner = (cands, ctx) => {
  for (const c of cands) {
    if (!c.clock) continue;
    const sameSentence = cands.filter(
      (d) => d !== c && d.resolved && DAY_VALUE.test(d.value) && sameSentenceAs(ctx, c, d),
    );
    sameSentence.sort((a, b) => Math.abs(a.start - c.start) - Math.abs(b.start - c.start));
    const day = sameSentence[0]?.value.slice(0, 10) ?? (ctx.pub ? fmtDay(ctx.pub) : undefined);
    if (!day) continue;
    c.value = `${day}${c.clock}`;
    c.resolved = true;
    c.certainty = "implied";
    c.anchor = sameSentence[0] ? "same-sentence-date" : "published";
  }
  return cands;
};

function sameSentenceAs(ctx: TimeContext, a: Candidate, b: Candidate): boolean {
  const ta = ctx.doc.tokens[ctx.indexAt(a.start)];
  const tb = ctx.doc.tokens[ctx.indexAt(b.start)];
  return ta !== undefined && tb !== undefined && ta.sentence === tb.sentence;
}

/**
 * "Saturday, March 15": one date. The weekday's value is the date's, and an implied year is the one in which that day
 * falls on that weekday (nearest to the publication day).
 */
export const weekdayWithDate: Refiner = (cands, ctx) => {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const next = cands[i + 1];
    if (c.rule === "time/relative:weekday" && c.type === "DATE" && next?.rule === "time/absolute:month-day") {
      if (/^,?\s*$/.test(ctx.text.slice(c.end, next.start))) {
        const wd =
          WEEKDAYS.indexOf(
            ctx.text
              .slice(c.start, c.end)
              .toLowerCase()
              .replace(/^(last|next|this|coming)\s+/, ""),
          ) + 1;
        out.push({ ...next, start: c.start, value: matchingYear(next, wd, ctx) });
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
};

const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

function matchingYear(c: Candidate, wd: number, ctx: TimeContext): string {
  const day = parseDay(c.value);
  if (!day || c.certainty !== "implied" || wd < 1) return c.value;
  const years = [day.y, day.y + 1, day.y - 1].filter((y) => {
    const d = parseDay(`${y}${c.value.slice(4)}`);
    return d !== undefined && weekday(d) === wd;
  });
  const ref = ctx.pub?.y ?? day.y;
  years.sort((a, b) => Math.abs(a - ref) - Math.abs(b - ref));
  return years[0] === undefined ? c.value : `${years[0]}${c.value.slice(4)}`;
}

/** Range links: "from 1963 to late 2024", "between 2015 and 2017", "2010-2011". */
const RANGE_GAP = /^\s*(?:to|until|till|through|and|-|–|—)\s*$/;
const RANGE_OPEN = /\b(?:from|between|From|Between)\s+$/;

export function findRanges(cands: Candidate[], text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < cands.length; i++) {
    const a = cands[i]!;
    const b = cands[i + 1]!;
    if (a.type !== "DATE" || b.type !== "DATE") continue;
    const gap = text.slice(a.end, b.start);
    if (!RANGE_GAP.test(gap)) continue;
    const opened = RANGE_OPEN.test(text.slice(Math.max(0, a.start - 9), a.start));
    if (opened || /^[-–]$/.test(gap)) out.push([i, i + 1]);
  }
  return out;
}

/**
 * The refiners in order. Why: names first (they remove proposals that would otherwise win overlaps); overlap removal
 * before everything that reads the surviving neighbours; a weekday merges with its date before shifts count from it;
 * quotations are re-dated once the dates of their attributions are final; clock times take their day last.
 */
export const REFINERS: readonly Refiner[] = [
  insideNames,
  longestWins,
  weekdayWithDate,
  applyShifts,
  quoteTime,
  applyClocks,
];
