import type { Paragraph, Sentence } from "../model/text-layers.js";

/** A span of text between quotation marks (content only, marks excluded). */
export interface MarkedSpan {
  start: number;
  end: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark; undefined when the text never closes the quote (paragraph continuation, lost mark). */
  close: number | undefined;
  /** Quotes continued across paragraphs share a block number; a lone quote has its own. */
  block: number;
  single: boolean;
  paragraph: number;
}

/** Double quotation marks: straight, curly, low-9 and guillemets. */
const DOUBLE_MARK = /["“”„«»]/g;
/** Single marks that may open or close a quote outside double quotes; an apostrophe inside a word never matches. */
const SINGLE_MARK = /['‘’]/g;
const OPENERS = new Set(["“", "„", "«"]);
const CLOSERS = new Set(["”", "»"]);
const SPACE = /\s/;
/** Characters after which a straight mark opens: start, space, bracket, dash. */
const OPEN_LEFT = /[\s([{—–-]/;
/** Characters after which a mark may close: a letter, digit or sentence punctuation. */
const CLOSE_LEFT = /[\p{L}\p{N}.,!?;:)\]…'’-]/u;
const WORDISH = /[\p{L}\p{N}]/u;

type MarkRole = "open" | "close" | "either";

function roleOf(text: string, i: number): MarkRole {
  const ch = text[i] ?? "";
  const left = text[i - 1];
  const right = text[i + 1];
  const leftOpens = left === undefined || OPEN_LEFT.test(left);
  const rightSpace = right === undefined || SPACE.test(right);
  // Curly marks are trusted unless their surroundings clearly say the opposite ("word“ " or " ”word").
  if (OPENERS.has(ch)) return !leftOpens && rightSpace ? "close" : "open";
  if (CLOSERS.has(ch)) return leftOpens && !rightSpace ? "open" : "close";
  if (leftOpens && !rightSpace) return "open";
  if (!leftOpens && CLOSE_LEFT.test(left ?? "")) return "close";
  return "either";
}

interface Layout {
  text: string;
  paragraphs: readonly Paragraph[];
  sentences: readonly Sentence[];
}

/** Index of the paragraph holding `offset` (the first one ending after it), by binary search. */
function paragraphOf(layout: Layout, offset: number): number {
  const ps = layout.paragraphs;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ps[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo);
}

/**
 * Where a quote that lost its closing mark ends: the end of the first sentence after the opening mark (before
 * `offset`, the next opening mark). Going further would swallow the narration that follows ("... only. While tensions
 * rise, experts said ..."); a cut-short quote still holds its first words.
 */
function lostCloseEnd(layout: Layout, from: number, offset: number): number {
  for (const s of layout.sentences) {
    if (s.end > offset) break;
    if (s.end > from + 1) return s.end;
  }
  return offset;
}

/**
 * Pairs double quotation marks into quoted spans. A quote still open when a later paragraph begins with an opening
 * mark continues there (the block number is shared); a quote open at a paragraph end without continuation is closed
 * there, and one still open when a new opening mark appears in the same paragraph at its first sentence end.
 * @example findDoubleQuotes(layout) // [{ start: 1, end: 20, open: 0, close: 20, block: 0, ... }]
 */
export function findDoubleQuotes(layout: Layout): MarkedSpan[] {
  const out: MarkedSpan[] = [];
  let openAt: number | undefined;
  let openPara = 0;
  let block = 0;
  const emit = (end: number, close: number | undefined) => {
    if (openAt === undefined) return;
    const open = openAt;
    pushTrimmed(layout.text, out, { start: open + 1, end, open, close, block, single: false, paragraph: openPara });
    openAt = undefined;
  };
  for (const m of layout.text.matchAll(DOUBLE_MARK)) {
    const i = m.index;
    const role = roleOf(layout.text, i);
    const para = paragraphOf(layout, i);
    if (openAt !== undefined && para !== openPara) {
      const continues = role !== "close" && i === layout.paragraphs[para]?.start;
      const paraEnd = layout.paragraphs[openPara]?.end ?? i;
      emit(continues ? paraEnd : lostCloseEnd(layout, openAt, paraEnd), undefined);
      if (!continues) block++;
    } else if (openAt !== undefined && role === "open") {
      emit(lostCloseEnd(layout, openAt, i), undefined);
      block++;
    }
    if (openAt === undefined) {
      if (role === "close") continue; // an orphan closing mark: its opening mark was lost
      openAt = i;
      openPara = para;
      continue;
    }
    emit(i, i);
    block++;
  }
  if (openAt !== undefined)
    emit(lostCloseEnd(layout, openAt, layout.paragraphs[openPara]?.end ?? layout.text.length), undefined);
  return out;
}

/**
 * Single-quoted spans outside double quotes, in one paragraph: an opening mark after a space before a letter, a closing
 * mark after a letter or punctuation and not followed by a letter (so "didn't" and "Monday's" never close a quote).
 */
export function findSingleQuotes(layout: Layout, doubles: readonly MarkedSpan[], firstBlock: number): MarkedSpan[] {
  const out: MarkedSpan[] = [];
  const { text } = layout;
  let openAt: number | undefined;
  let block = firstBlock;
  for (const m of text.matchAll(SINGLE_MARK)) {
    const i = m.index;
    const left = text[i - 1];
    const right = text[i + 1];
    // " 's" after a space is a detached possessive ("Golbon 's data"), never an opening mark.
    const possessive = (right === "s" || right === "S") && !WORDISH.test(text[i + 2] ?? "");
    const opens =
      (left === undefined || OPEN_LEFT.test(left)) && right !== undefined && WORDISH.test(right) && !possessive;
    const closes = left !== undefined && CLOSE_LEFT.test(left) && (right === undefined || !WORDISH.test(right));
    // Most single marks are apostrophes inside words ("it’s"): they neither open nor close, and cost nothing more.
    if ((!opens && !closes) || doubles.some((d) => d.open <= i && i <= (d.close ?? d.end))) continue;
    if (openAt !== undefined && closes && paragraphOf(layout, i) === paragraphOf(layout, openAt)) {
      const para = paragraphOf(layout, openAt);
      pushTrimmed(text, out, {
        start: openAt + 1,
        end: i,
        open: openAt,
        close: i,
        block: block++,
        single: true,
        paragraph: para,
      });
      openAt = undefined;
    } else if (opens && m[0] !== "’") openAt = i;
  }
  return out;
}

/** Trims spaces and a trailing comma inside the marks ("..., ” he said"); drops empty spans. */
function pushTrimmed(text: string, out: MarkedSpan[], span: MarkedSpan): void {
  let { start, end } = span;
  while (start < end && SPACE.test(text[start] ?? "")) start++;
  while (end > start && /[\s,]/.test(text[end - 1] ?? "")) end--;
  if (end > start) out.push({ ...span, start, end });
}
