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
}

const FINAL = /[\s.!?;:,"“”'’]+$/;

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

/** The span without trailing punctuation and closing marks. */
export function trimmed(text: string, start: number, end: number): Span {
  const m = FINAL.exec(text.slice(start, end));
  return { start, end: m ? end - m[0].length : end };
}
