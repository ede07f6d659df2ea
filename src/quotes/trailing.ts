import type { Sentence, Token } from "../model/text-layers.js";
import { docIndex } from "./doc-index.js";
import type { Draft } from "./draft.js";
import { passiveCue } from "./guards.js";
import { type CueMatch, cueAt } from "./lexicon.js";
import { type SpeakerPhrase, sourceAfter, speakerAfter, subjectBefore } from "./np.js";
import { type IndirectScope, overlap, quotedAt, RELATIVE, trimmed } from "./scope.js";
import { verbatimBlock } from "./unmarked.js";

/** The last cue of the sentence outside quotes, if the sentence ends with its attribution ("Y, X said on Monday."). */
export function trailingDraft(scope: IndirectScope, s: Sentence, si: number): Draft | undefined {
  const { tokens } = scope.doc;
  for (let i = s.tokenEnd - 1; i > s.tokenStart; i--) {
    if (quotedAt(scope, i)) return undefined;
    const cue = cueAt(tokens, i, s.tokenEnd);
    if (!cue || cue.entry.cls === "noun") continue;
    // "..., have been called as witnesses": a passive, or a cue that only attributes verbatim words, is no attribution.
    if (cue.entry.frame === "quote-only" || passiveCue(tokens, cue)) return undefined;
    const found = trailingParts(scope, s, cue);
    if (!found) return undefined;
    return trailingFromParts(scope, s, si, cue, found);
  }
  return undefined;
}

interface TrailingParts {
  comma: number;
  speaker: SpeakerPhrase;
}

function trailingParts(scope: IndirectScope, s: Sentence, cue: CueMatch): TrailingParts | undefined {
  const { tokens } = scope.doc;
  const floor = s.tokenStart;
  // ", saying the Taliban respect ..." is a participle clause of the sentence's subject, never "..., said X".
  const participle = (tokens[cue.first]?.lower ?? "").endsWith("ing");
  const inverted = cue.entry.inverts && !participle && tokens[cue.first - 1]?.text === ",";
  if (cue.entry.frame === "according" || inverted) {
    const according = cue.entry.frame === "according";
    const speaker = according
      ? sourceAfter(tokens, cue.last + 1, s.tokenEnd)
      : speakerAfter(tokens, cue.last + 1, s.tokenEnd);
    const comma = cue.first - 1;
    if (!speaker) return undefined;
    // "..., said the country's forces killed dozens": a verb after the phrase makes it the content, not the speaker.
    const after = tokens[speaker.last + 1];
    if (after && (after.pos === "VERB" || after.pos === "AUX") && after.text === after.lower) return undefined;
    const tailFrom = speaker.appositive ? speaker.appositive.last + 1 : speaker.last + 1;
    if (tokens[comma]?.text !== "," || !adverbialTail(tokens, tailFrom, s.tokenEnd)) return undefined;
    return { comma, speaker };
  }
  const speaker = subjectBefore(tokens, cue.first, floor, docIndex(scope.doc).timexTokens);
  if (!speaker || tokens[speaker.first - 1]?.text !== ",") return undefined;
  if (!adverbialTail(tokens, cue.last + 1, s.tokenEnd)) return undefined;
  return { comma: speaker.first - 1, speaker };
}

function trailingFromParts(scope: IndirectScope, s: Sentence, si: number, cue: CueMatch, p: TrailingParts) {
  const { tokens, text } = scope.doc;
  if (p.comma - s.tokenStart < 4) return undefined;
  const content = trimmed(text, datelineEnd(scope, s), tokens[p.comma - 1]?.end ?? s.start);
  const quotedShare = scope.quoted.reduce((n, q) => n + overlap(q, content), 0) / (content.end - content.start);
  // Mostly quoted, or opening with a quotation: the marked quote is the quote. A fragment inside makes it mixed.
  const opensQuoted = scope.quoted.some((q) => q.start <= content.start + 1 && content.start < q.end);
  if (quotedShare > 0.5 || opensQuoted) return undefined;
  const verbatim = quotedShare > 0 ? undefined : verbatimBlock(scope.doc, si, content);
  const region = { start: tokens[p.comma]?.end ?? content.end, end: s.end };
  const draft: Draft = {
    ...(verbatim ?? content),
    kind: verbatim ? "direct" : quotedShare > 0 ? "mixed" : "indirect",
    cue: { first: cue.first, last: cue.last },
    speaker: p.speaker,
    regions: [region],
    rule: verbatim ? "quotes/unmarked:trailing" : "quotes/indirect:trailing",
  };
  if (verbatim) draft.unmarked = true;
  return draft;
}

/**
 * After the attribution only adverbials may follow ("in New York last week", "who spoke on condition of anonymity"):
 * no "that", no auxiliary, no lower-case verb outside a relative clause (a capitalized one is part of a name,
 * "Center for Advanced Studies").
 */
function adverbialTail(tokens: readonly Token[], from: number, end: number): boolean {
  let relative = false;
  for (let i = from; i < end; i++) {
    const t = tokens[i];
    if (!t) break;
    // ", citing government sources", ", released this month": a participle adjunct after a comma closes the attribution.
    if (t.pos === "VERB" && /(?:ing|ed)$/.test(t.lower) && tokens[i - 1]?.text === ",") return true;
    if (RELATIVE.has(t.lower)) relative = true;
    else if (t.lower === "that" || (t.pos === "AUX" && !relative)) return false;
    else if (t.pos === "VERB" && !relative && t.text === t.lower && !attributive(tokens, i)) return false;
  }
  return true;
}

/** A verb form used as a modifier: "a moderated conversation", "Washington-based", "think tank". */
function attributive(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return prev?.pos === "DET" || prev?.pos === "ADJ" || prev?.text === "-" || next?.pos === "NOUN";
}

/** A story's dateline ("ISLAMABAD/PENTAGON — ") is not part of what was said: the content starts after its dash. */
function datelineEnd(scope: IndirectScope, s: Sentence): number {
  const { tokens } = scope.doc;
  for (let i = s.tokenStart; i < s.tokenEnd && i - s.tokenStart < 6; i++) {
    const t = tokens[i];
    if (!t) break;
    if (t.text === "—" || t.text === "--") return tokens[i + 1]?.start ?? s.start;
    if (t.text !== t.text.toUpperCase() && t.pos !== "PUNCT") break;
  }
  return s.start;
}
