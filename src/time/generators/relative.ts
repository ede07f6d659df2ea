import { addDays, addMonths, type Day, dayDiff, fmtDay, fmtMonth, fmtWeek, weekday, weekdayFrom } from "../calendar.js";
import type { Candidate, Generator, TimeContext } from "../candidate.js";
import { lexicon } from "../lexicon.js";
import { fromPub, type Resolution } from "../resolve.js";
import { WEEKDAY_KEYS } from "./keys.js";
import { make, near, scan } from "./scan.js";

const DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
/** "Friday", "last Friday", "next Tuesday", "Wednesday morning"; the possessive of "Tuesday's talks" is left out. */
const WEEKDAY = near(
  new RegExp(
    `\\b(?:(last|next|this|coming|Last|Next|This)\\s+)?(${DAYS})\\b(?:['’]s)?(?:\\s+(morning|afternoon|evening|night)\\b)?`,
    "g",
  ),
  WEEKDAY_KEYS,
  8,
);
/** "today", "yesterday", "tomorrow", "tonight", "this morning". */
const DEICTIC = near(
  /\b(today|yesterday|tomorrow|tonight|Today|Yesterday|Tomorrow|Tonight)\b|\b([Tt]his\s+(?:morning|afternoon|evening)|[Ll]ast\s+night)\b/g,
  ["today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "night"],
  5,
);
/** "last week", "this month", "earlier this month", "late last year", "next year"; not "the last week" (a duration). */
const REL_UNIT = near(
  /(?<!\bthe\s)\b(?:(early|late|earlier|later|Early|Late|Earlier|Later)\s+)?(this past|this|last|next|This past|This|Last|Next)\s+(week|month|year|weekend|decade)\b/g,
  ["week", "month", "year", "weekend", "decade"],
  22,
);
/** "the end of the year", "end-of-the-year", "the end of this month". */
const END_OF = near(
  /\b(?:the\s+)?(end|beginning|start|middle)[- ]of[- ](?:the|this)[- ](year|month|week)\b/gi,
  ["end", "beginning", "start", "middle"],
  4,
);

const MOD: Record<string, string> = {
  early: "START",
  late: "END",
  end: "END",
  beginning: "START",
  start: "START",
  middle: "MID",
};

export const relativeDates: Generator = (ctx) => [
  ...scan(ctx, WEEKDAY, (m) => weekdayCandidate(ctx, m)),
  ...scan(ctx, DEICTIC, (m) => {
    const end = m.index + m[0].length;
    if (m[2]) {
      const part = lexicon().partsOfDay.get(m[2].split(/\s+/)[1]!.toLowerCase())!;
      // "last night" is the night of the day before.
      const back = /^last/i.test(m[2]) ? -1 : 0;
      const r = fromPub(ctx, `XXXX-XX-XXT${part}`, (p) => `${fmtDay(addDays(p, back))}T${part}`);
      return make(m.index, end, "TIME", "time/relative:this-part", r);
    }
    const w = m[1]!.toLowerCase();
    const n = w === "yesterday" ? -1 : w === "tomorrow" ? 1 : 0;
    const r = fromPub(ctx, "XXXX-XX-XX", (p) => fmtDay(addDays(p, n)) + (w === "tonight" ? "TNI" : ""));
    return make(m.index, end, w === "tonight" ? "TIME" : "DATE", "time/relative:deictic", r);
  }),
  ...scan(ctx, REL_UNIT, (m) => {
    const which = m[2]!.toLowerCase();
    const n = which === "last" || which === "this past" ? -1 : which === "next" ? 1 : 0;
    const r = relUnit(ctx, m[3]!, n);
    const mod = m[1] ? MOD[m[1].toLowerCase()] : undefined;
    return make(m.index, m.index + m[0].length, "DATE", "time/relative:unit", r, mod ? { mod } : {});
  }),
  ...scan(ctx, END_OF, (m) =>
    make(m.index, m.index + m[0].length, "DATE", "time/relative:end-of", relUnit(ctx, m[2]!.toLowerCase(), 0), {
      mod: MOD[m[1]!.toLowerCase()]!,
    }),
  ),
];

/** The calendar unit containing the publication day, shifted by n units. */
export function relUnit(ctx: TimeContext, unit: string, n: number): Resolution {
  switch (unit) {
    case "week":
    case "weekend":
      // Written on a Saturday or Sunday, "last week" is the working week just ended: the ISO week of the weekend.
      return fromPub(ctx, "XXXX-WXX", (p) => fmtWeek(addDays(p, 7 * (n === -1 && weekday(p) >= 6 ? 0 : n))));
    case "month":
      return fromPub(ctx, "XXXX-XX", (p) => {
        const s = addMonths(p.y, p.m, n);
        return fmtMonth(s.y, s.m);
      });
    case "decade":
      return fromPub(ctx, "XXX", (p) => `${Math.floor(p.y / 10) + n}X`);
    default:
      return fromPub(ctx, "XXXX", (p) => String(p.y + n));
  }
}

// Names that contain a weekday: "the Sunday Times", "Bloody Sunday", "Super Tuesday", "Good Friday".
function weekdayInName(ctx: TimeContext, start: number): boolean {
  const i = ctx.indexAt(start);
  const tk = ctx.doc.tokens;
  const prev = tk[i - 1];
  const next = tk[i + 1];
  const nextCapital = next !== undefined && /^[A-Z]/.test(next.text) && ctx.text[next.start - 1] === " ";
  // "the Sunday Times", a title in quotes: “Sunday Morning Futures”.
  if (nextCapital && (prev?.pos === "DET" || /^["“‘']$/.test(prev?.text ?? ""))) return true;
  return prev !== undefined && /^(Bloody|Super|Good|Black|Cyber|Holy|Palm|Easter|Ash|Maundy)$/.test(prev.text);
}

function weekdayCandidate(ctx: TimeContext, m: RegExpExecArray): Candidate | undefined {
  const dayStart = m.index + (m[1] ? m[1].length + 1 : 0);
  if (weekdayInName(ctx, dayStart)) return undefined;
  const wd = lexicon().weekdays.get(m[2]!.toLowerCase())!;
  const which = m[1]?.toLowerCase();
  const part = m[3] ? lexicon().partsOfDay.get(m[3].toLowerCase()) : undefined;
  const dayEnd = dayStart + m[2]!.length;
  const end = part ? m.index + m[0].length : dayEnd;
  const r = fromPub(ctx, `XXXX-WXX-${wd}`, (p) => {
    const day = resolveWeekday(ctx, p, wd, which, [dayStart, dayEnd]);
    return fmtDay(day) + (part ? `T${part}` : "");
  });
  return make(m.index, end, part ? "TIME" : "DATE", "time/relative:weekday", r);
}

/**
 * The day a weekday name refers to. The publication weekday is the publication day; "last"/"next" step strictly;
 * otherwise future tense in the clause ("will meet on Monday", "scheduled for Wednesday") looks forward and
 * anything else (past tense, "said", no verb) looks back, as news mostly reports what happened.
 */
export function resolveWeekday(
  ctx: TimeContext,
  p: Day,
  wd: number,
  which: string | undefined,
  span: [number, number],
) {
  if (which === "last") return weekdayFrom(p, wd, "past", true);
  if (which === "next") return weekdayFrom(p, wd, "future", true);
  if (which === "this" || which === "coming") return weekdayFrom(p, wd, "future");
  if (weekday(p) === wd) return p;
  // "would take effect Wednesday": future in the past, still ahead for a weekday of the coming days.
  const dir = ctx.directionAt(span[0], span[1], true);
  if (dir !== "present") return weekdayFrom(p, wd, dir === "future" ? "future" : "past");
  // Present tense ("is in Riyadh for talks Tuesday", "the court rules Wednesday"): the nearer one, the past on a tie.
  const back = weekdayFrom(p, wd, "past");
  const ahead = weekdayFrom(p, wd, "future");
  return dayDiff(p, ahead) < dayDiff(back, p) ? ahead : back;
}
