import type { Sentence, Token } from "../model/text-layers.js";
import { subjectOf } from "./attribution.js";
import type { Draft } from "./draft.js";
import { type CueMatch, cueAt } from "./lexicon.js";
import { sourceAfter } from "./np.js";
import { type IndirectScope, quotedAt, RELATIVE, trimmed } from "./scope.js";
import { trailingDraft } from "./trailing.js";

const PASSIVE = new Set(["is", "was", "were", "are", "be", "been", "being"]);
const OPEN_MARK = new Set(["“", '"', "„", "«", ":"]);
/** How far after the cue a "that" may open the content ("told reporters at a briefing on Monday that"). */
const THAT_WINDOW = 14;

/**
 * Indirect speech in every body sentence: "X said (that) Y", "X told reporters Y", "X urged Y to Z", "Y, X said",
 * "According to X, Y" and "Y, according to X". A trailing attribution whose content speaks in the first person is
 * verbatim speech with lost marks (kind direct, unmarked).
 */
export function indirectDrafts(scope: IndirectScope): Draft[] {
  const out: Draft[] = [];
  const { doc } = scope;
  doc.sentences.forEach((s, si) => {
    if (s.headline) return;
    const trailing = trailingDraft(scope, s, si);
    if (trailing) {
      out.push(trailing);
      return;
    }
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (quotedAt(scope, i)) continue;
      const cue = cueAt(doc.tokens, i, s.tokenEnd);
      if (!cue) continue;
      const draft = forwardDraft(scope, s, cue);
      if (draft) {
        out.push(draft);
        while (i + 1 < s.tokenEnd && (doc.tokens[i + 1]?.start ?? 0) < draft.end) i++;
      } else i = cue.last;
    }
  });
  return out;
}

/** "X said (that) Y" and the other frames, content running to the sentence end or a following ", adding ...". */
function forwardDraft(scope: IndirectScope, s: Sentence, cue: CueMatch): Draft | undefined {
  const { tokens, text } = scope.doc;
  const frame = cue.entry.frame;
  if (frame === "according") return leadingAccording(scope, s, cue);
  if (frame === "quote-only" || cue.entry.cls === "noun") return undefined;
  // "did not say which ...": a negated speech verb reports no content.
  if (tokens[cue.first]?.negated && cue.entry.lemma === "say") return undefined;
  const before = tokens[cue.first - 1]?.lower ?? "";
  // "is said to", "was told" (passive) and "to say", "declined to comment" (infinitive) report no speech act.
  if (PASSIVE.has(before) || before === "to" || OPEN_MARK.has(tokens[cue.last + 1]?.text ?? "")) return undefined;
  // "the added duty", "a so-called claim": a verb form used as a modifier reports nothing.
  const prevPos = tokens[cue.first - 1]?.pos;
  const nextPos = tokens[cue.last + 1]?.pos ?? "";
  const modifies = nextPos === "NOUN" || nextPos === "ADJ" || nextPos === "PROPN";
  if (cue.entry.cls === "verb" && (prevPos === "DET" || prevPos === "ADJ") && modifies) return undefined;
  const speaker = subjectOf(scope.doc, cue, s.tokenStart);
  if (!speaker) return undefined;
  const first = contentStart(scope, s, cue);
  if (first === undefined) return undefined;
  const last = contentLast(tokens, first, s.tokenEnd);
  const content = trimmed(text, tokens[first]?.start ?? 0, tokens[last]?.end ?? 0);
  if (wordsOutside(scope, tokens, first, last) < 3) return undefined;
  const mixed = scope.quoted.some((q) => q.start < content.end && content.start < q.end);
  return {
    ...content,
    kind: mixed ? "mixed" : "indirect",
    cue: { first: cue.first, last: cue.last },
    speaker,
    regions: [{ start: s.start, end: content.start }],
    rule: `quotes/indirect:${frame}`,
  };
}

function wordsOutside(scope: IndirectScope, tokens: readonly Token[], first: number, last: number): number {
  let n = 0;
  for (let i = first; i <= last; i++) {
    const t = tokens[i];
    if (t && t.pos !== "PUNCT" && !quotedAt(scope, i)) n++;
  }
  return n;
}

/** Token where the reported content starts, or undefined when the cue takes no clause here ("denied the report"). */
function contentStart(scope: IndirectScope, s: Sentence, cue: CueMatch): number | undefined {
  const { tokens } = scope.doc;
  const frame = cue.entry.frame;
  const objectFrame = frame === "object-clause" || frame === "object-to";
  const that = thatAfter(tokens, cue.last + 1, s.tokenEnd, objectFrame);
  if (that !== undefined) return that + 1 < s.tokenEnd ? that + 1 : undefined;
  if (frame === "that") return undefined;
  if (frame === "for-np" || frame === "object-to" || frame === "np-or-clause") {
    const j = cue.last + 1;
    if (frame === "object-to" && !toWithin(tokens, j, s.tokenEnd)) return undefined;
    return j < s.tokenEnd ? j : undefined;
  }
  let j = skipAdverbials(scope, cue.last + 1, s.tokenEnd);
  if (frame === "object-clause") {
    while (j < s.tokenEnd && j - cue.last < 6 && isObjectWord(tokens[j])) j++;
    j = skipAdverbials(scope, j, s.tokenEnd);
  }
  return clauseAt(tokens, j, s.tokenEnd, cue.entry.lemma === "say") ? j : undefined;
}

function isObjectWord(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === "PROPN" || t.pos === "NOUN" || t.pos === "PART" || t.lower === "'s");
}

/** A "that" soon after the cue, with only an object (object frames) and prepositional phrases between. */
function thatAfter(tokens: readonly Token[], from: number, end: number, objectFrame: boolean): number | undefined {
  let sawAdp = false;
  let objectDone = !objectFrame;
  for (let i = from; i < end && i - from < THAT_WINDOW; i++) {
    const t = tokens[i];
    if (!t) return undefined;
    if (t.lower === "that") return i;
    if (t.pos === "VERB" || t.pos === "AUX" || t.text === ":") return undefined;
    if (t.pos === "ADP") sawAdp = true;
    const nominal = t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "PRON";
    if (nominal && !sawAdp && objectDone) return undefined;
    if (!nominal && t.pos !== "DET" && t.pos !== "ADJ" && t.pos !== "PART") objectDone = true;
  }
  return undefined;
}

function toWithin(tokens: readonly Token[], from: number, end: number): boolean {
  for (let i = from; i < end && i - from < 10; i++) if (tokens[i]?.lower === "to") return true;
  return false;
}

/** Skips a date ("on Monday", "last week"), an adverb and commas between the cue and its content. */
function skipAdverbials(scope: IndirectScope, from: number, end: number): number {
  const { tokens } = scope.doc;
  let j = from;
  for (let n = 0; n < 4 && j < end; n++) {
    const t = tokens[j];
    const tx = scope.timexEnd.get(j);
    const afterAdp = t?.pos === "ADP" ? scope.timexEnd.get(j + 1) : undefined;
    if (tx !== undefined) j = tx + 1;
    else if (afterAdp !== undefined) j = afterAdp + 1;
    else if (t?.pos === "ADP" && t.lower !== "that" && n < 2) j = ppEnd(tokens, j + 1, end);
    else if (t && (t.text === "," || (t.pos === "ADV" && !RELATIVE.has(t.lower) && t.lower !== "how"))) j++;
    else break;
  }
  return j;
}

const PP_WORDS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);

/** One past a prepositional object ("in phone conversations last week"); a pronoun starts the clause, not the object. */
function ppEnd(tokens: readonly Token[], from: number, end: number): number {
  let i = from;
  while (i < end && i - from < 8 && PP_WORDS.has(tokens[i]?.pos ?? "")) i++;
  return i;
}

/**
 * A clause starts at `j`: a nominal or "that"/"it", with a finite verb within the next dozen tokens (not an
 * infinitive "to reunify" or a gerund "supplying": "reiterated his party's plans to reunify" has no clause).
 */
function clauseAt(tokens: readonly Token[], j: number, end: number, loose = false): boolean {
  const t = tokens[j];
  if (!t || !["PRON", "DET", "PROPN", "NOUN", "ADJ", "NUM", "SCONJ"].includes(t.pos)) return false;
  // After "said" a noun phrase nearly always opens a clause, however long its subject ("said Trump's tariffs
  // targeting Canada and Mexico, along with ..., are aimed at"): any later verb will do.
  const reach = loose ? end : Math.min(end, j + 12);
  for (let i = j + 1; i < reach; i++) {
    const v = tokens[i];
    if (!v || (v.pos !== "VERB" && v.pos !== "AUX")) continue;
    if (tokens[i - 1]?.lower !== "to" && !v.lower.endsWith("ing")) return true;
  }
  return false;
}

/** The content ends at the sentence end, or before ", adding that ..." (its own quote) or a semicolon. */
function contentLast(tokens: readonly Token[], first: number, end: number): number {
  for (let i = first + 1; i < end; i++) {
    const t = tokens[i];
    if (t?.text === ";") return i - 1;
    if (t?.text === "," && tokens[i + 1]?.lower.endsWith("ing") && cueAt(tokens, i + 1, end)) return i - 1;
  }
  return end - 1;
}

/** "According to X, Y": the speaker follows the cue, the content follows the comma after it. */
function leadingAccording(scope: IndirectScope, s: Sentence, cue: CueMatch): Draft | undefined {
  const { tokens, text } = scope.doc;
  const speaker = sourceAfter(tokens, cue.last + 1, s.tokenEnd);
  if (!speaker) return undefined;
  let comma = speaker.appositive ? speaker.appositive.last + 1 : speaker.last + 1;
  while (comma < s.tokenEnd && comma - cue.last < 25 && tokens[comma]?.text !== ",") comma++;
  const first = comma + 1;
  if (tokens[comma]?.text !== "," || !clauseAt(tokens, first, s.tokenEnd)) return undefined;
  const last = contentLast(tokens, first, s.tokenEnd);
  const content = trimmed(text, tokens[first]?.start ?? 0, tokens[last]?.end ?? 0);
  return {
    ...content,
    kind: "indirect",
    cue: { first: cue.first, last: cue.last },
    speaker,
    regions: [{ start: s.start, end: content.start }],
    rule: "quotes/indirect:according",
  };
}
