import { entityStage } from "../entities/stage.js";
import type { Doc } from "../model/document.js";
import { createDoc } from "../text/create-doc.js";
import { segmentStage } from "../text/segment-stage.js";
import { timeStage } from "../time/stage.js";
import type { Quote } from "./schema.js";
import { quoteStage } from "./stage.js";

const ctx = { trace: () => {} };

/**
 * Runs the stages the quotes stage needs, then the quotes stage, on a body text (a title makes a headline). A failing
 * upstream stage leaves its layer empty instead of skipping the quotes stage, so these tests exercise this layer.
 */
export function quotesOf(body: string, title = "Test story"): { doc: Doc; quotes: Quote[] } {
  const doc = createDoc({ id: "t", title, raw: body, published: "2025-03-12" });
  segmentStage.run(doc, ctx);
  for (const stage of [entityStage, timeStage]) {
    try {
      stage.run(doc, ctx);
    } catch {
      // Upstream failures are the upstream tests' business.
    }
  }
  quoteStage.run(doc, ctx);
  return { doc, quotes: doc.quotes };
}

/** The quote whose text contains `needle`. */
export function quoteWith(quotes: readonly Quote[], needle: string): Quote | undefined {
  return quotes.find((q) => q.text.includes(needle));
}

/** A table row: a text, a substring of the quote expected in it, and what that quote must carry. */
export interface Case {
  name: string;
  body: string;
  /** A substring of the expected quote's text. */
  quote: string;
  /** The quote text must not contain this (a span split or extended wrongly). */
  notIn?: string;
  kind?: "direct" | "indirect" | "mixed";
  unmarked?: boolean;
  /** A substring of the speaker's name. */
  speaker?: string;
  anonymous?: boolean;
  cue?: string;
  channel?: string;
}

/** What is wrong with the quote of one table row (nothing: an empty list). */
export function check(c: Case): string[] {
  const { quotes } = quotesOf(c.body);
  const q = quotes.find((x) => x.text.includes(c.quote) && (c.kind === undefined || x.kind === c.kind));
  if (!q) return [`no ${c.kind ?? ""} quote containing "${c.quote}" in ${JSON.stringify(quotes.map((x) => x.text))}`];
  const bad: string[] = [];
  if (c.notIn && q.text.includes(c.notIn)) bad.push(`"${q.text}" contains "${c.notIn}"`);
  if (c.unmarked !== undefined && (q.unmarked === true) !== c.unmarked) bad.push(`unmarked ${q.unmarked}`);
  if (c.speaker && !q.speaker?.name.includes(c.speaker)) bad.push(`speaker ${q.speaker?.name}`);
  if (c.anonymous !== undefined && (q.speaker?.anonymous === true) !== c.anonymous) bad.push("anonymous");
  if (c.cue && q.cue?.text !== c.cue) bad.push(`cue ${q.cue?.text}`);
  if (c.channel && q.channel !== c.channel) bad.push(`channel ${q.channel}`);
  return bad;
}
