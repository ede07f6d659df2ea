// Baseline: chrono-node alone (casual parser, reference = publication date, no forward dating), its results mapped to
// TIMEX3 as simply as possible (a day, a month or a year by the components chrono says it knew), scored on the gold:
// node --import tsx scripts/baselines/time-chrono.ts [--verbose]
import * as chrono from "chrono-node";
import type { Article } from "../../src/model/document.js";
import { type ScoredTimex, scoreTimexes } from "./time-score.js";

const pad = (n: number) => String(n).padStart(2, "0");

function toTimex(r: chrono.ParsedResult): ScoredTimex {
  const s = r.start;
  const y = s.get("year")!;
  const m = s.get("month")!;
  const d = s.get("day")!;
  // Known (stated) components decide the granularity; implied ones (chrono's guesses) are filled from the reference.
  const value =
    s.isCertain("day") || s.isCertain("weekday")
      ? `${y}-${pad(m)}-${pad(d)}`
      : s.isCertain("month")
        ? `${y}-${pad(m)}`
        : `${y}`;
  return { text: r.text, type: s.isCertain("hour") ? "TIME" : "DATE", value };
}

function extract(a: Article): ScoredTimex[] {
  const text = a.title ? `${a.title}\n\n${a.raw}` : a.raw;
  const ref = a.published ? new Date(`${a.published.slice(0, 10)}T12:00:00Z`) : new Date(0);
  return chrono.casual.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false }).map(toTimex);
}

process.exitCode = scoreTimexes(extract, process.argv.slice(2));
