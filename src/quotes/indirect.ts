import type { Sentence, Token } from "../model/text-layers.js";
import { subjectOf } from "./attribution.js";
import { docIndex } from "./doc-index.js";
import type { Draft } from "./draft.js";
import { contactRelative, isObjectWord, nominalCue, passiveCue, relaysSpeech } from "./guards.js";
import { type CueMatch, cueAt } from "./lexicon.js";
import { sourceAfter, tokenAfter } from "./np.js";
import { type IndirectScope, quotedAt, RELATIVE, trimmed } from "./scope.js";
import { trailingDraft } from "./trailing.js";

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
      // ",” the minister said of the talks": a cue that attributes a quotation reports nothing more before a phrase.
      const attributing = scope.attributionCues?.get(i);
      if (attributing === true || (attributing === false && doc.tokens[cue.last + 1]?.pos === "ADP")) {
        i = cue.last;
        continue;
      }
      const draft = forwardDraft(scope, s, cue);
      // "A statement said Sullivan expressed ...": the document relays the person's words; the person's quote is kept.
      if (draft?.speaker && relaysSpeech(doc.tokens, draft.speaker, tokenAfter(doc.tokens, draft.start), s.tokenEnd)) {
        i = cue.last;
        continue;
      }
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
  // "is said to", "was told" (passive) and "to say", "declined to comment" (infinitive) report no speech act.
  if (passiveCue(tokens, cue) || tokens[cue.first - 1]?.lower === "to") return undefined;
  if (OPEN_MARK.has(tokens[cue.last + 1]?.text ?? "") || nominalCue(tokens, cue)) return undefined;
  const speaker = subjectOf(scope.doc, cue, s.tokenStart);
  if (!speaker || contactRelative(tokens, s, speaker, docIndex(scope.doc).timexTokens)) return undefined;
  // "I would say ...", "we said ...": first person belongs to someone's speech (an interview answer), not narration.
  if (speaker.first === speaker.last && FIRST_PERSON.has(tokens[speaker.first]?.lower ?? "")) return undefined;
  let first = contentStart(scope, s, cue);
  // "warned that, although ...": the content starts after the comma.
  while (first !== undefined && first < s.tokenEnd - 1 && tokens[first]?.text === ",") first++;
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
  // "urged owners of stalls that serve meat to stop": the object starts the content, a "that" in it is relative.
  const that = frame === "object-to" ? undefined : thatAfter(tokens, cue.last + 1, s.tokenEnd, objectFrame);
  if (that !== undefined) return that + 1 < s.tokenEnd ? that + 1 : undefined;
  if (frame === "that") return undefined;
  if (frame === "for-np" || frame === "object-to" || frame === "np-or-clause") {
    const j = cue.last + 1;
    if (frame === "object-to" && !toWithin(tokens, j, s.tokenEnd)) return undefined;
    return j < s.tokenEnd ? j : undefined;
  }
  let j = skipAdverbials(scope, cue.last + 1, s.tokenEnd);
  if (frame === "object-clause") {
    while (j < s.tokenEnd && j - cue.last < 8 && isObjectWord(tokens, j)) j++;
    j = skipAdverbials(scope, j, s.tokenEnd);
  }
  // "said Sunday that ...": the "that" after a date is the complementizer, not the content.
  if (tokens[j]?.lower === "that") j++;
  // "said, warning that ...": the participle is a cue of its own, with its own content.
  if (tokens[j]?.lower.endsWith("ing") && cueAt(tokens, j, s.tokenEnd)) return undefined;
  return clauseAt(tokens, j, s.tokenEnd, cue.entry.lemma === "say") ? j : undefined;
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

const CLAUSE_OPENERS = new Set(["PRON", "DET", "PROPN", "NOUN", "ADJ", "NUM", "SCONJ"]);

/**
 * A clause starts at `j`: a nominal or "that"/"it", with a finite verb within the next dozen tokens (not an
 * infinitive "to reunify" or a gerund "supplying": "reiterated his party's plans to reunify" has no clause).
 */
function clauseAt(tokens: readonly Token[], j: number, end: number, loose = false): boolean {
  const t = tokens[j];
  if (!t || !CLAUSE_OPENERS.has(t.pos)) return false;
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

const COORDINATORS = new Set(["and", "but"]);
const FIRST_PERSON = new Set(["i", "we"]);

/**
 * The content ends at the sentence end, or before ", adding that ..." or "and warned that ..." (each its own quote,
 * with the same speaker), or a semicolon.
 */
function contentLast(tokens: readonly Token[], first: number, end: number): number {
  for (let i = first + 1; i < end; i++) {
    const t = tokens[i];
    if (t?.text === ";") return i - 1;
    if (t?.text === "," && tokens[i + 1]?.lower.endsWith("ing") && cueAt(tokens, i + 1, end)) return i - 1;
    const next = tokens[i + 1];
    if (t && next && COORDINATORS.has(t.lower) && next.pos === "VERB" && !next.lower.endsWith("ing")) {
      const cue = cueAt(tokens, i + 1, end);
      if (cue && cue.entry.frame !== "quote-only") return i - 1;
    }
  }
  return end - 1;
}

const LEADERS = new Set(["CCONJ", "ADV", "SCONJ", "PUNCT"]);

/** "According to X, Y": the speaker follows the cue, the content follows the comma after it. */
function leadingAccording(scope: IndirectScope, s: Sentence, cue: CueMatch): Draft | undefined {
  const { tokens, text } = scope.doc;
  // Only at the start of its clause ("But according to X, Y"); after a clause the content is that clause, found by the
  // trailing generator ("Y, according to X, ...").
  for (let i = s.tokenStart; i < cue.first; i++) {
    const t = tokens[i];
    // A dateline ("KABUL — According to ...") is no clause.
    if (t && !LEADERS.has(t.pos) && t.text !== t.text.toUpperCase()) return undefined;
  }
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
