import type { Doc } from "../model/document.js";
import type { Span } from "../model/span.js";
import type { Token } from "../model/text-layers.js";
import { docIndex } from "./doc-index.js";
import type { Draft } from "./draft.js";
import { type CueMatch, cueAt } from "./lexicon.js";
import type { MarkedSpan } from "./marks.js";
import {
  npEndingAt,
  npStartingAt,
  type SpeakerPhrase,
  sourceAfter,
  speakerAfter,
  subjectBefore,
  tokenAfter,
} from "./np.js";

/** An attribution: the speech cue, the speaker phrase, and the text around them that may hold a date or channel. */
export interface Attribution {
  cue: CueMatch;
  speaker: SpeakerPhrase | undefined;
  region: Span;
  rule: string;
}

/** Punctuation between a closing mark and its attribution (",” he said", "” — said"). */
const LEAD_PUNCT = new Set([",", "—", "–", "-", "”", '"', "’", "'"]);
const SKIPPABLE = new Set(["ADV", "AUX", "PART"]);
const CAPITAL = /^\p{Lu}/u;

/** The sentence index holding `offset`. */
function sentenceAt(doc: Doc, offset: number): number {
  const t = doc.tokens[tokenAfter(doc.tokens, offset)];
  return t?.sentence ?? doc.sentences.length - 1;
}

/**
 * The attribution right after a closing mark: `”, said X` (inverted) or `,” X said` / `,” X, a spokesperson, told`.
 * @example postAttribution(doc, span) // { cue: said, speaker: "Ford", rule: "quotes/attribution:after" }
 */
export function postAttribution(doc: Doc, span: MarkedSpan): Attribution | undefined {
  if (span.close === undefined) return undefined;
  const { tokens } = doc;
  let t = tokenAfter(tokens, span.close + 1);
  while (LEAD_PUNCT.has(tokens[t]?.text ?? "")) t++;
  const first = tokens[t];
  const sentence = first ? doc.sentences[first.sentence] : undefined;
  if (!first || !sentence) return undefined;
  const ceil = sentence.tokenEnd;
  const region = { start: span.close + 1, end: sentence.end };
  const ending = doc.text[span.close - 1] ?? "";
  // A quote closed by a full stop ends its sentence: what follows is new narration, not its attribution ("“...
  // high.” According to scientists, ..."); a lower-case verb still attributes it ("“... progress” said Pranowo").
  const closed = /[.…]/.test(ending);
  if (closed && CAPITAL.test(first.text)) return undefined;
  const inverted = cueAt(tokens, t, ceil);
  // ",” calling it ..." and ",” saying ..." go on with the speaker of the sentence before the quote: not inverted.
  const participle = inverted?.entry.frame !== "according" && first.lower.endsWith("ing");
  if (inverted?.entry.inverts && !participle) {
    const speaker = speakerAfter(tokens, inverted.last + 1, ceil);
    return { cue: inverted, speaker, region, rule: "quotes/attribution:after-inverted" };
  }
  if (closed || inverted) return undefined;
  const npLast = npStartingAt(tokens, t, ceil);
  const cue = npLast === undefined ? undefined : cueAfterSubject(tokens, npLast + 1, ceil);
  if (cue && npLast !== undefined) {
    const speaker = subjectBefore(tokens, cue.first, t, docIndex(doc).timexTokens) ?? { first: t, last: npLast };
    return { cue, speaker, region, rule: "quotes/attribution:after" };
  }
  // After "?" or "!" a new sentence may begin ("Does it come after New Year?” Earlier, Pyongyang said, “...”").
  return /[?!]/.test(ending) ? undefined : trailingAttribution(doc, t, ceil, region);
}

/** "“...” in ties with Egypt, Turkey's spokesman Ibrahim Kalin said earlier this month.": the sentence's last ", X said". */
function trailingAttribution(doc: Doc, from: number, ceil: number, region: Span): Attribution | undefined {
  const { tokens } = doc;
  for (let i = ceil - 1; i > from; i--) {
    const cue = cueAt(tokens, i, ceil);
    if (!cue || cue.entry.cls === "noun") continue;
    const speaker = subjectBefore(tokens, cue.first, from, docIndex(doc).timexTokens);
    if (!speaker || tokens[speaker.first - 1]?.text !== ",") return undefined;
    return { cue, speaker, region, rule: "quotes/attribution:after-trailing" };
  }
  return undefined;
}

/** The cue following a subject: over adverbs and auxiliaries, and over an appositive between commas. */
function cueAfterSubject(tokens: readonly Token[], from: number, ceil: number): CueMatch | undefined {
  let j = from;
  // A stray comma before the verb (",” Representative Van Orden, told VOA") is not an appositive.
  if (tokens[j]?.text === "," && cueAt(tokens, j + 1, ceil)) return cueAt(tokens, j + 1, ceil);
  if (tokens[j]?.text === ",") {
    let k = j + 1;
    while (k < ceil && k - j < 16 && tokens[k]?.text !== ",") k++;
    if (tokens[k]?.text !== ",") return undefined;
    j = k + 1;
  }
  while (j < ceil && SKIPPABLE.has(tokens[j]?.pos ?? "")) j++;
  return cueAt(tokens, j, ceil);
}

/**
 * The attribution before an opening mark in the same sentence ("He added, “...”", "Trump called Canada “...”",
 * "she said that it is “...”"), or in the sentence before when that one ends with a colon.
 */
export function preAttribution(doc: Doc, span: MarkedSpan): Attribution | undefined {
  const { tokens, sentences } = doc;
  let si = sentenceAt(doc, span.open);
  let end = tokenAfter(tokens, span.open);
  let s = sentences[si];
  if (!s) return undefined;
  if (end <= s.tokenStart && tokens[end - 1]?.text === ":" && si > 0) {
    si--;
    s = sentences[si];
    if (!s) return undefined;
  }
  end = Math.min(end, s.tokenEnd);
  for (let i = end - 1; i >= s.tokenStart; i--) {
    if (docIndex(doc).inQuote[i] === 1) continue;
    const cue = cueAt(tokens, i, end);
    if (!cue) continue;
    const speaker =
      cue.entry.frame === "according" ? sourceAfter(tokens, cue.last + 1, end) : subjectOf(doc, cue, s.tokenStart);
    const region = { start: s.start, end: span.open };
    return { cue, speaker, region, rule: "quotes/attribution:before" };
  }
  return undefined;
}

/** Prepositions of adverbials: "with Erdogan at one point suggesting" has no agent in "one point". */
const ADVERBIAL_ADP = new Set(["at", "in", "on", "during", "after", "before", "since", "until", "for"]);

/** The noun phrase ending at `last` as the agent of a participle after it, unless it is a date or an adverbial. */
function participleAgent(
  tokens: readonly Token[],
  last: number,
  floor: number,
  dates: ReadonlySet<number>,
): SpeakerPhrase | undefined {
  const pos = tokens[last]?.pos;
  if ((pos !== "NOUN" && pos !== "PROPN") || dates.has(last)) return undefined;
  const first = npEndingAt(tokens, last, floor);
  if (first === undefined || ADVERBIAL_ADP.has(tokens[first - 1]?.lower ?? "")) return undefined;
  return { first, last };
}

/** Words after which a speech verb shares the subject of the clause before ("..., but said", "and added"). */
const SHARED_SUBJECT = new Set([",", "and", "but", "while"]);

/**
 * The subject of a speech verb: the noun phrase on its left, or, for a verb after a comma or conjunction
 * (", saying ...", "but said"), the subject of the sentence's first verb that has one.
 */
export function subjectOf(doc: Doc, cue: CueMatch, floor: number): SpeakerPhrase | undefined {
  const { tokens } = doc;
  const index = docIndex(doc);
  // ", saying ..." opens a participle clause: what stands before the comma is the main clause, not a subject.
  const ing = tokens[cue.first]?.lower.endsWith("ing") === true;
  const participle = tokens[cue.first - 1]?.text === "," && ing;
  // "criticism from legal experts arguing that ...": a participle right after a noun has that noun as its agent.
  const agent = ing ? participleAgent(tokens, cue.first - 1, floor, index.timexTokens) : undefined;
  if (agent) return agent;
  const own = participle ? undefined : subjectBefore(tokens, cue.first, floor, index.timexTokens);
  // "cited unnamed sources as saying ...": the speaker is the object before "as".
  if (!own && tokens[cue.first - 1]?.lower === "as")
    return subjectBefore(tokens, cue.first - 1, floor, index.timexTokens);
  if (own || !SHARED_SUBJECT.has(tokens[cue.first - 1]?.lower ?? "")) return own;
  const quoted = (i: number) => index.inQuote[i] === 1;
  // "Rubio said, adding that ...": the verb shares the subject of the speech verb before it.
  for (let i = cue.first - 2; i >= floor; i--) {
    const prev = quoted(i) ? undefined : cueAt(tokens, i, cue.first);
    if (!prev) continue;
    // A participle before ("arguing ... and warned") has the subject of its own clause.
    if (tokens[prev.first]?.lower.endsWith("ing")) return subjectOf(doc, prev, floor);
    return (
      subjectBefore(tokens, prev.first, floor, index.timexTokens) ?? speakerAfter(tokens, prev.last + 1, cue.first)
    );
  }
  // Else the participle hangs on the nearest clause before it: the subject of its verb ("his mission criticized it,
  // saying ...").
  for (let i = cue.first - 2; i >= floor; i--) {
    const pos = tokens[i]?.pos;
    if ((pos !== "VERB" && pos !== "AUX") || quoted(i)) continue;
    const subject = subjectBefore(tokens, i, floor, index.timexTokens);
    // An object is no subject: "a letter about the scheme dated Feb. 4, urging ..." (the phrase follows "about").
    const lead = tokens[(subject?.first ?? 0) - 1]?.pos;
    if (subject && lead !== "ADP" && lead !== "VERB") return subject;
  }
  return undefined;
}

/** Drafts for quoted spans, one per span; the parts of a quotation block share the attribution found for the block. */
export function markedDrafts(doc: Doc, spans: readonly MarkedSpan[]): Draft[] {
  const byBlock = new Map<number, MarkedSpan[]>();
  for (const s of spans) byBlock.set(s.block, [...(byBlock.get(s.block) ?? []), s]);
  const out: Draft[] = [];
  for (const [block, parts] of byBlock) {
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (!first || !last) continue;
    const att = postAttribution(doc, last) ?? preAttribution(doc, first);
    for (const p of parts) {
      out.push({
        start: p.start,
        end: p.end,
        kind: "direct",
        cue: att?.cue,
        speaker: att?.speaker,
        regions: att ? [att.region] : [],
        rule: att?.rule ?? "quotes/marks:unattributed",
        block,
      });
    }
  }
  return out;
}
