import type { Doc } from "../model/document.js";
import type { Span } from "../model/span.js";

/** What the indirect generator reads: the document, the quoted spans (marks included) and where timexes end. */
export interface IndirectScope {
  doc: Doc;
  quoted: readonly Span[];
  /** Token index where a timex starts -> index of its last token. */
  timexEnd: ReadonlyMap<number, number>;
  /** 1 for each token inside quotation marks. */
  inQuote: Uint8Array;
  /**
   * First tokens of cues that attribute a quotation from after it (",” the minister said of the talks"), true when the
   * cue reports nothing more at all (a relative clause on the quoted words).
   */
  attributionCues?: ReadonlyMap<number, boolean>;
}

const FINAL_CHARS = new Set([..." \t\n\r\u00a0.!?;:,\"“”'’"]);

/** Relative words: a verb after one belongs to a relative clause, not to the main clause. */
export const RELATIVE = new Set(["who", "which", "where", "when", "whom"]);

/** Characters two spans share. */
export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** True when token `i` lies inside quotation marks. */
export function quotedAt(scope: IndirectScope, i: number): boolean {
  return scope.inQuote[i] === 1;
}

/** The span without trailing punctuation and closing marks (a backward scan: no slice, no regex). */
export function trimmed(text: string, start: number, end: number): Span {
  let e = end;
  while (e > start && FINAL_CHARS.has(text[e - 1] ?? "")) e--;
  return { start, end: e };
}
