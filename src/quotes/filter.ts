import type { Doc } from "../model/document.js";
import type { Draft } from "./draft.js";
import type { MarkedSpan } from "./marks.js";

/** Quoted words under this count are scare quotes or names ("so-called 'stand-alone' system", “O Canada”). */
const MIN_WORDS = 3;
/** A single-quoted span is speech only when it is this long and attributed (else it is a scare quote or a title). */
const MIN_SINGLE_WORDS = 4;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const SPACES = /\s+/;
const SMALL_WORDS = new Set(["a", "an", "the", "of", "and", "in", "on", "for", "to", "at", "with", "or"]);

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * A title of a work or a name: every word capitalized except small ones, no sentence inside (a colon is fine:
 * "Waziristan: The Last Stand"; a final stop or comma may come from the surrounding sentence).
 */
function looksLikeTitle(text: string): boolean {
  const body = text.replace(/[.,]$/, "");
  if (/[.!?;]/.test(body)) return false;
  const ws = words(body);
  return ws.length > 0 && ws.every((w) => SMALL_WORDS.has(w) || /^[\p{Lu}\p{N}]/u.test(w));
}

/** Words that announce the title of a work ("the book “...”", "a documentary titled “...”"). */
const WORK_WORDS =
  /\b(?:book|books|novel|memoir|film|movie|documentary|song|album|play|show|program|programme|series|titled|entitled|headlined|magazine|newspaper|column|poem|exhibition|campaign|slogan|operation)\W{0,3}$/i;
/** How far before the opening mark a work word is looked for ("the book, “...”", "a film called “...”"). */
const WORK_WINDOW = 24;

/** A work noun right after the closing mark ("“Meet the Press” show") or a possessive before it ("NBC’s “...”"). */
const WORK_AFTER = /^\W{0,3}(?:show|program|programme|series|podcast|broadcast|column|documentary|film|book|song)\b/i;
const POSSESSIVE_BEFORE = /['’]s?\s*$/;

function workContext(doc: Doc, span: MarkedSpan): boolean {
  const after = span.close === undefined ? "" : doc.text.slice(span.close + 1, span.close + 16);
  return WORK_AFTER.test(after) || POSSESSIVE_BEFORE.test(doc.text.slice(Math.max(0, span.open - 4), span.open));
}

function namesAWork(doc: Doc, open: number): boolean {
  const before = doc.text.slice(Math.max(0, open - WORK_WINDOW), open).replace(/\b(?:called|named)\s*$/i, "");
  return WORK_WORDS.test(before);
}

function inHeadline(doc: Doc, offset: number): boolean {
  return doc.paragraphs.some((p) => p.headline && p.start <= offset && offset < p.end);
}

/**
 * Drops quoted spans that are not speech: scare quotes of one or two words, titles of works (capitalized and
 * unattributed, or announced by "the book", "a film titled"), quotes in the headline, and short or unattributed
 * single-quoted spans.
 */
export function keepMarked(doc: Doc, draft: Draft, span: MarkedSpan): boolean {
  const text = doc.text.slice(draft.start, draft.end);
  // Counting blank-separated chunks is enough to tell a two-word scare quote from speech, and cheap.
  const n = text.split(SPACES).length;
  if (inHeadline(doc, draft.start) || n < MIN_WORDS) return false;
  if (span.single && (n < MIN_SINGLE_WORDS || draft.cue === undefined)) return false;
  // Titles are short and capitalized: the word-by-word check runs only for those.
  const titleCase = n < 12 && /^[\p{Lu}\p{N}]/u.test(text);
  if (titleCase && looksLikeTitle(text) && (draft.cue === undefined || workContext(doc, span))) return false;
  if (n < 12 && namesAWork(doc, span.open)) return false;
  return true;
}
