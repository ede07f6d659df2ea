import type { Doc } from "../model/document.js";
import type { Stage } from "../pipeline/stage.js";
import { resetAnchors } from "./anchor.js";
import type { Candidate, TimeContext } from "./candidate.js";
import { createTimeContext } from "./context.js";
import { GENERATORS } from "./generators/index.js";
import { findRanges, REFINERS } from "./refiners.js";
import type { Timex } from "./schema.js";

/**
 * The time stage: generators propose TIMEX3 candidates, refiners choose and complete them, and the survivors become
 * `doc.timexes`. Relative expressions resolve against `doc.published`; without it they keep X placeholders
 * (`resolved: false`) and one "time.no-publication-date" diagnostic is added.
 */
export const timeStage: Stage = {
  name: "time",
  requires: ["tokens"],
  provides: ["timexes", "time-anchors"],
  run(doc: Doc, stageCtx) {
    const ctx = createTimeContext(doc);
    let cands: Candidate[] = [];
    for (const g of GENERATORS) cands.push(...g(ctx));
    for (const r of REFINERS) cands = r(cands, ctx);
    doc.timexes = toTimexes(cands, ctx);
    if (!ctx.pub && cands.some((c) => !c.resolved)) {
      doc.diagnostics.push({
        code: "time.no-publication-date",
        severity: "warning",
        stage: "time",
        message: "No publication date: relative time expressions are left unresolved.",
      });
    }
    resetAnchors(doc);
    stageCtx.trace("time", `${doc.timexes.length} timexes`);
  },
};

function toTimexes(cands: Candidate[], ctx: TimeContext): Timex[] {
  const out = cands.map((c, i): Timex => {
    const t: Timex = {
      id: `t${i + 1}`,
      start: c.start,
      end: c.end,
      text: ctx.text.slice(c.start, c.end),
      type: c.type,
      value: c.value,
      resolved: c.resolved,
      provenance: { rule: c.rule, certainty: c.certainty },
    };
    if (c.mod) t.mod = c.mod;
    if (c.anchor) t.anchor = c.anchor;
    if (c.zone) t.zone = c.zone;
    if (ctx.inQuote(c.start, c.end)) t.inQuote = true;
    return t;
  });
  cands.forEach((c, i) => {
    const j = c.anchorCandidate ? cands.indexOf(c.anchorCandidate) : -1;
    if (j >= 0) out[i]!.anchor = out[j]!.id;
  });
  for (const [a, b] of findRanges(cands, ctx.text)) {
    const range = { begin: out[a]!.id, end: out[b]!.id };
    out[a]!.range = range;
    out[b]!.range = range;
  }
  return out;
}
