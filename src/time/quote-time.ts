import { fmtDay, parseDay } from "./calendar.js";
import type { Candidate, TimeContext } from "./candidate.js";
import { attachedVerb, isReporting } from "./clause.js";
import { tokenRange } from "./doc-index.js";
import { GENERATORS } from "./generators/index.js";

// Rules whose value counts from the publication day and so, inside a quote, from the day the words were spoken.
const DEICTIC_RULES = new Set([
  "time/relative:deictic",
  "time/relative:unit",
  "time/relative:weekday",
  "time/offsets:ago",
  "time/relative:this-part",
]);
// How far around a quotation its attribution is looked for ("...," the minister said on Monday).
const ATTRIBUTION_WINDOW = 90;

/**
 * Relative expressions in a quotation resolve against the day it was spoken when the attribution dates it
 * ("'We will meet tomorrow,' the envoy said on Sept. 12" -> Sept. 13). Without such a date, or when it is the
 * publication day, nothing changes (the expression keeps `inQuote` for the reader).
 */
export function quoteTime(cands: Candidate[], ctx: TimeContext): Candidate[] {
  if (!ctx.pub) return cands;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (!DEICTIC_RULES.has(c.rule) || c.anchor !== "published") continue;
    const q = ctx.quoteAt(c.start, c.end);
    const said = q ? sayingDate(cands, ctx, q) : undefined;
    const day = said ? parseDay(said.value) : undefined;
    // Said on the publication day: the value already counts from the right day.
    if (!said || !day || said.value === fmtDay(ctx.pub)) continue;
    const again = regenerate({ ...ctx, pub: day }, c);
    if (again) cands[i] = { ...again, anchor: "quote-saying-date", anchorCandidate: said, certainty: "implied" };
  }
  return cands;
}

/** A full date outside the quotation, near it, hanging on a reporting verb: the day the quotation was spoken. */
function sayingDate(cands: Candidate[], ctx: TimeContext, [qa, qb]: [number, number]): Candidate | undefined {
  for (const d of cands) {
    if (d.type !== "DATE" || !d.resolved || !/^\d{4}-\d\d-\d\d$/.test(d.value)) continue;
    const near =
      (d.start >= qb && d.start - qb <= ATTRIBUTION_WINDOW) || (d.end <= qa && qa - d.end <= ATTRIBUTION_WINDOW);
    if (!near || ctx.inQuote(d.start, d.end)) continue;
    const [i, j] = tokenRange(ctx.doc.tokens, d.start, d.end);
    const v = attachedVerb(ctx.doc, i, j);
    if (v >= 0 && isReporting(ctx.doc, v)) return d;
  }
  return undefined;
}

function regenerate(ctx: TimeContext, c: Candidate): Candidate | undefined {
  for (const g of GENERATORS)
    for (const x of g(ctx)) if (x.start === c.start && x.end === c.end && x.rule === c.rule) return x;
  return undefined;
}
