import type { Doc } from "../model/document.js";
import type { Span } from "../model/span.js";
import type { Token } from "../model/text-layers.js";
import { cueAt } from "./lexicon.js";

/** First- and second-person words: in narration they are rare, in speech common. "US" (the country) is excluded by case. */
const PERSONAL = new Set(["we", "i", "us", "our", "ours", "ourselves", "my", "me", "myself", "you", "your", "yours"]);
/** How many sentences before the attributed one a verbatim block may reach back. */
const MAX_BACK = 4;
const MARK = /["“”„«»]/;

function firstPerson(t: Token): boolean {
  return PERSONAL.has(t.lower) && t.text !== "US";
}

function hasFirstPerson(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t && firstPerson(t)) return true;
  }
  return false;
}

/** A sentence that is narration, not speech: it reports speech itself, holds quotation marks, or is the headline. */
function narration(doc: Doc, si: number): boolean {
  const s = doc.sentences[si];
  if (!s || s.headline) return true;
  if (MARK.test(doc.text.slice(s.start, s.end))) return true;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) if (cueAt(doc.tokens, i, s.tokenEnd)) return true;
  return false;
}

/**
 * Decides whether the content of "..., Smith said." is verbatim speech whose quotation marks were lost: it is when it,
 * or a preceding sentence of the same paragraph that is not narration, speaks in the first or second person. The
 * verbatim block then starts at the earliest such sentence.
 * @example verbatimBlock(doc, 3, { start: 210, end: 260 }) // { start: 120, end: 260 } or undefined
 */
export function verbatimBlock(doc: Doc, si: number, content: Span): Span | undefined {
  const s = doc.sentences[si];
  if (!s) return undefined;
  const { tokens } = doc;
  let start: number | undefined;
  const from = s.tokenStart;
  let to = from;
  while (to < s.tokenEnd && (tokens[to]?.start ?? 0) < content.end) to++;
  if (hasFirstPerson(tokens, from, to)) start = content.start;
  for (let k = si - 1; k >= 0 && si - k <= MAX_BACK; k--) {
    const prev = doc.sentences[k];
    if (!prev || prev.paragraph !== s.paragraph || narration(doc, k)) break;
    if (hasFirstPerson(tokens, prev.tokenStart, prev.tokenEnd)) start = prev.start;
  }
  return start === undefined ? undefined : { start, end: content.end };
}
