import type { Doc } from "../model/document.js";
import { type Token, tokenAt } from "../model/text-layers.js";

/** Index of the sentence containing `offset`, or -1. */
export function sentenceIndexAt(doc: Doc, offset: number): number {
  const ss = doc.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ss[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The token range [first, last) of a character span. */
export function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] {
  const first = tokenAt(tokens, start);
  let last = first;
  while (last < tokens.length && tokens[last]!.start < end) last++;
  return [first, last];
}
