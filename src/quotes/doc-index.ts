import type { Doc } from "../model/document.js";
import type { Span } from "../model/span.js";
import { tokenAfter } from "./np.js";

/** Per-document lookups the quote generators share, computed once per document and dropped with it. */
export interface DocIndex {
  /** Token indices inside a DATE or TIME expression: adverbials that never belong to a speaker phrase. */
  timexTokens: Set<number>;
  /** Token index where a timex starts -> index of its last token. */
  timexEnd: Map<number, number>;
  /** Quoted spans (marks included): speech inside them is the quote's, never the narration's. */
  quoted: readonly Span[];
  /** 1 for each token inside a quoted span. */
  inQuote: Uint8Array;
}

const cache = new WeakMap<Doc, DocIndex>();

/** The index of a document, built on first use (the quotes stage rebuilds it on each run with `indexDoc`). */
export function docIndex(doc: Doc): DocIndex {
  return cache.get(doc) ?? indexDoc(doc, []);
}

/** Builds (or rebuilds) the index of a document. */
export function indexDoc(doc: Doc, quoted: readonly Span[]): DocIndex {
  const timexTokens = new Set<number>();
  const timexEnd = new Map<number, number>();
  for (const t of doc.timexes) {
    const first = tokenAfter(doc.tokens, t.start);
    const last = tokenAfter(doc.tokens, t.end - 1);
    timexEnd.set(first, last);
    if (t.type === "DATE" || t.type === "TIME") for (let i = first; i <= last; i++) timexTokens.add(i);
  }
  const inQuote = new Uint8Array(doc.tokens.length);
  for (const q of quoted) {
    for (let i = tokenAfter(doc.tokens, q.start); i < doc.tokens.length && (doc.tokens[i]?.end ?? 0) <= q.end; i++) {
      inQuote[i] = 1;
    }
  }
  const index = { timexTokens, timexEnd, quoted, inQuote };
  cache.set(doc, index);
  return index;
}
