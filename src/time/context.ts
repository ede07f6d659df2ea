import type { Doc } from "../model/document.js";
import type { Token } from "../model/text-layers.js";
import { tokenAt as tokenIndexAt } from "../model/text-layers.js";
import { type Direction, parseDay } from "./calendar.js";
import type { TimeContext } from "./candidate.js";
import { attachedVerb, clauseOf, isReporting, isVerb, verbDirection } from "./clause.js";
import { sentenceIndexAt, tokenRange } from "./doc-index.js";
import { prepareGenerators } from "./generators/index.js";
import { isTriggerKey } from "./generators/scan.js";

/** Builds the generators' view of a document; token lookups are binary searches, quote spans are found once. */
export function createTimeContext(doc: Doc): TimeContext {
  prepareGenerators();
  const quotes = quoteSpans(doc);
  const tokenAt = (offset: number): Token | undefined => {
    const t = doc.tokens[tokenIndexAt(doc.tokens, offset)];
    return t && t.start === offset ? t : undefined;
  };
  return {
    doc,
    text: doc.text,
    pub: parseDay(doc.published),
    tokenAt,
    indexAt: (offset) => tokenIndexAt(doc.tokens, offset),
    directionAt: (start, end, wouldIsFuture = false) => clauseDirection(doc, start, end, wouldIsFuture),
    inQuote: (start, end) => quotes.some(([a, b]) => a <= start && end <= b),
    quoteAt: (start, end) => quotes.find(([a, b]) => a <= start && end <= b),
    triggers: triggerIndex(doc.tokens),
  };
}

/**
 * The keys a token can trigger patterns by: its lower-cased text, its hyphen parts ("mid-2023", "30-day"), without a
 * final dot ("nov."), and classes: "#year" (four digits), "#decade" ("1990s"), "#clock" ("8:30"), "#ampm" ("10pm").
 * Only keys some pattern declared (`isTriggerKey`) are kept, so most tokens cost one Set lookup.
 */
export function tokenKeys(lower: string): string[] {
  const out: string[] = [];
  if (isTriggerKey(lower)) out.push(lower);
  if (lower.includes("-")) for (const part of lower.split("-")) if (isTriggerKey(part)) out.push(part);
  if (lower.endsWith(".") && isTriggerKey(lower.slice(0, -1))) out.push(lower.slice(0, -1));
  if (/\d{4}/.test(lower)) out.push("#year");
  if (/(?:^|-)['’]?\d*0['’]?s$/.test(lower)) out.push("#decade");
  if (/^\d{1,2}:\d\d/.test(lower)) out.push("#clock");
  if (/^(?:\d{1,2}(?::\d\d)?)?(?:a\.?m\.?|p\.?m\.?)$/.test(lower)) out.push("#ampm");
  return out;
}

// Characters that send a token down the slow path of `tokenKeys`: digits, hyphens, dots, colons, apostrophes.
const SPECIAL = /[\d\-.:'’]/;

function triggerIndex(tokens: readonly Token[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens[i]!.lower;
    if (!SPECIAL.test(lower)) {
      // A plain word is a declared key or nothing: one Set lookup.
      if (isTriggerKey(lower)) addKey(map, lower, i);
      continue;
    }
    for (const k of tokenKeys(lower)) addKey(map, k, i);
  }
  return map;
}

function addKey(map: Map<string, number[]>, k: string, i: number): void {
  const list = map.get(k);
  if (list) list.push(i);
  else map.set(k, [i]);
}

/** Past, future or present reference of the clause holding [start, end), from the verb it attaches to. */
export function clauseDirection(doc: Doc, start: number, end: number, wouldIsFuture: boolean): Direction {
  const [i, j] = tokenRange(doc.tokens, start, end);
  if (i >= j) return "none";
  const v = attachedVerb(doc, i, j);
  const dir = v < 0 ? "none" : verbDirection(doc, v, wouldIsFuture);
  // "elections set for February were delayed": a plan reported in the past tense says nothing about today.
  if (dir === "future" && v < i && pastAfter(doc, j)) return "none";
  // "officials say Sunday" reports; only other present verbs ("the court rules Wednesday") may point ahead.
  if (dir === "present" && isReporting(doc, v)) return "none";
  return dir;
}

// A past verb after the date in the same comma segment, other than a reporting verb ("..., the minister said").
function pastAfter(doc: Doc, j: number): boolean {
  const [, b] = clauseOf(doc, j - 1);
  for (let k = j; k < b && doc.tokens[k]!.text !== ","; k++)
    if (isVerb(doc.tokens[k]) && !isReporting(doc, k) && verbDirection(doc, k, false) === "past") return true;
  return false;
}

const QUOTE_CHARS = /["\u201c\u201d]/g;
// A paragraph longer than this is probably text whose paragraph breaks were lost: an unclosed quotation there ends
// with its sentence rather than running on.
const LONG_PARAGRAPH = 600;

/**
 * Quotation spans. Curly quotes say which side they open; a straight quote opens after a space or a bracket and
 * closes after a word. An opener met while a quotation is open means the previous one was never closed: it ends with
 * its sentence. An unclosed quotation at a paragraph's end runs to it, as news paragraphs of continued speech do.
 */
function quoteSpans(doc: Doc): [number, number][] {
  const out: [number, number][] = [];
  const text = doc.text;
  const paras = doc.paragraphs.length ? doc.paragraphs : [{ start: 0, end: text.length }];
  const sentenceEnd = (k: number) => doc.sentences[sentenceIndexAt(doc, k)]?.end ?? k + 1;
  for (const p of paras) {
    let open = -1;
    QUOTE_CHARS.lastIndex = p.start;
    for (let q = QUOTE_CHARS.exec(text); q && q.index < p.end; q = QUOTE_CHARS.exec(text)) {
      const k = q.index;
      if (isOpener(text, k)) {
        if (open >= 0) out.push([open, Math.min(sentenceEnd(open), k)]);
        open = k;
      } else if (open >= 0) {
        out.push([open, k + 1]);
        open = -1;
      }
    }
    if (open >= 0) out.push([open, p.end - p.start > LONG_PARAGRAPH ? sentenceEnd(open) : p.end]);
  }
  return out;
}

function isOpener(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c === 0x201c) return true;
  if (c === 0x201d) return false;
  const before = k > 0 ? text[k - 1]! : " ";
  const after = text[k + 1] ?? " ";
  return /[\s([{\u2014-]/.test(before) && !/\s/.test(after);
}
