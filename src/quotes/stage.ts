import type { Doc } from "../model/document.js";
import type { Span } from "../model/span.js";
import { textSpan } from "../model/span.js";
import type { Stage, StageContext } from "../pipeline/stage.js";
import { markedDrafts } from "./attribution.js";
import { channelIn, saidAtIn } from "./context.js";
import { indexDoc } from "./doc-index.js";
import type { Draft } from "./draft.js";
import { keepMarked } from "./filter.js";
import { indirectDrafts } from "./indirect.js";
import { labelDrafts } from "./labels.js";
import { findDoubleQuotes, findSingleQuotes, type MarkedSpan } from "./marks.js";
import { tokenAfter } from "./np.js";
import type { Quote, Speaker } from "./schema.js";
import { coSpeakers, resolveSpeaker } from "./speaker.js";
import { mentionIndex, type SpeakerScope } from "./speaker-scope.js";

/** A quoted phrase this short with no speaker at all is a descriptive phrase ("cleanest streets in the world"). */
const SHORT_UNATTRIBUTED = 6;

/** Blank-separated chunks in a span, counted without slicing the text. */
function wordCount(text: string, start: number, end: number): number {
  let n = 1;
  for (let i = start + 1; i < end; i++) if (isBlank(text.charCodeAt(i)) && !isBlank(text.charCodeAt(i - 1))) n++;
  return n;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
}

/**
 * An unattributed quoted phrase that is a description, not speech: short and with no speaker at all ("cleanest
 * streets in the world"), or short and without a verb ("a “coalition of the willing” is forming").
 */
function descriptive(doc: Doc, d: Draft, speaker: Speaker | undefined): boolean {
  const words = wordCount(doc.text, d.start, d.end);
  if (words >= SHORT_UNATTRIBUTED || d.unmarked) return false;
  if (!speaker) return true;
  const { tokens } = doc;
  for (let i = tokenAfter(tokens, d.start); i < tokens.length && (tokens[i]?.end ?? 0) <= d.end; i++) {
    if (tokens[i]?.pos === "VERB" || tokens[i]?.pos === "AUX") return false;
  }
  return true;
}

/** An unattributed quote borrows the speaker of a quote that ended at most this many sentences before it. */
const CONTINUATION_SENTENCES = 3;

/**
 * The quotes stage. Generators: quotation marks (marks.ts, attributed by attribution.ts), indirect speech (indirect.ts)
 * and trailing attributions, whose first-person content is verbatim speech without marks (trailing.ts, unmarked.ts);
 * narration generators never look inside quotation marks. Refiners: filter.ts hides scare quotes and titles (their
 * speaker still counts for the next quote), then speakers are resolved in text order (speaker.ts) so that a quote
 * without attribution continues the previous speaker, and the date and channel are read from the attribution only.
 * @example quoteStage.run(doc, ctx); doc.quotes[0] // { text: "We will win", kind: "direct", speaker: { name: ... } }
 */
export const quoteStage: Stage = {
  name: "quotes",
  requires: ["tokens", "entities", "coref", "timexes"],
  provides: ["quotes"],
  run(doc: Doc, ctx: StageContext): void {
    const doubles = findDoubleQuotes(doc);
    const singles = findSingleQuotes(doc, doubles, doubles.length + 1);
    // Speech inside marks belongs to the quote: narration generators skip it. Short single-quoted spans are left to
    // narration (they are scare quotes far more often than speech).
    const speechLike = singles.filter((q) => wordCount(doc.text, q.start, q.end) >= 4);
    const quoted: Span[] = [...doubles, ...speechLike].map((d) => ({ start: d.open, end: (d.close ?? d.end - 1) + 1 }));
    const { timexEnd, inQuote } = indexDoc(doc, quoted);
    const marked = markedWithFilter(doc, [...doubles, ...singles]);
    const attributionCues = attributingCues(doc, marked);
    const indirect = indirectDrafts({ doc, quoted, timexEnd, inQuote, attributionCues });
    const mentions = mentionIndex(doc);
    const labels = labelDrafts(doc, mentions);
    const drafts = [...marked, ...indirect, ...labels].sort((a, b) => a.start - b.start || a.end - b.end);
    const scope: SpeakerScope = { doc, mentions, quoted, recent: [] };
    doc.quotes = resolveAll(scope, drafts);
    const counts = `${marked.length} marked, ${indirect.length} indirect, ${labels.length} interview drafts`;
    ctx.trace("quotes", `${counts}, ${doc.quotes.length} quotes`);
    report(doc);
  },
};

/**
 * Cues that attribute a shown quotation from after it, each with whether it reports nothing more at all: true when
 * nothing separates the quotation from its speaker (“very important test” North Korea said it carried out: a relative
 * clause on the quoted words), false when only a phrase after the cue is excluded (",” he said of the talks").
 */
function attributingCues(doc: Doc, marked: readonly Draft[]): Map<number, boolean> {
  const out = new Map<number, boolean>();
  for (const d of marked) {
    if (d.hidden || !d.cue || !d.rule.includes(":after")) continue;
    const between = doc.text.slice(d.end, doc.tokens[d.cue.first]?.start ?? d.end);
    out.set(d.cue.first, !SEPARATOR.test(between));
  }
  return out;
}

const SEPARATOR = /[,.?!;:—–]/;

function markedWithFilter(doc: Doc, spans: MarkedSpan[]): Draft[] {
  const drafts = markedDrafts(doc, spans);
  for (const d of drafts) {
    const span = spans.find((s) => s.start === d.start && s.end === d.end);
    if (!span || !keepMarked(doc, d, span)) d.hidden = true;
  }
  return drafts;
}

function resolveAll(scope: SpeakerScope, drafts: readonly Draft[]): Quote[] {
  const { doc } = scope;
  const blockSpeaker = new Map<number, Speaker>();
  const out: Quote[] = [];
  for (const d of drafts) {
    let speaker = d.speaker ? resolveSpeaker(scope, d.speaker) : undefined;
    let certainty: "stated" | "implied" = "stated";
    if (!speaker && d.block !== undefined) speaker = blockSpeaker.get(d.block);
    if (!speaker && d.kind === "direct") {
      speaker = continued(scope, d.start);
      certainty = "implied";
    }
    if (speaker && d.block !== undefined) blockSpeaker.set(d.block, speaker);
    if (speaker) scope.recent.push({ at: d.end, speaker });
    if (d.hidden || (d.cue === undefined && descriptive(doc, d, speaker))) continue;
    out.push(toQuote(doc, d, speaker, certainty, out.length + 1));
    const others = speaker && d.speaker ? coSpeakers(scope, d.speaker, speaker) : [];
    for (const other of others) out.push(toQuote(doc, d, other, certainty, out.length + 1));
  }
  return out;
}

/** The speaker of the last quote ending within a few sentences before `offset`, in the same or the previous paragraph. */
function continued(scope: SpeakerScope, offset: number): Speaker | undefined {
  const { doc } = scope;
  const si = doc.tokens[tokenAfter(doc.tokens, offset)]?.sentence ?? 0;
  const floorSentence = doc.sentences[Math.max(0, si - CONTINUATION_SENTENCES)];
  const para = doc.sentences[si]?.paragraph ?? 0;
  const floor = Math.max(floorSentence?.start ?? 0, doc.paragraphs[Math.max(0, para - 1)]?.start ?? 0);
  const last = scope.recent[scope.recent.length - 1];
  if (!last || last.at < floor) return undefined;
  const { mention: _mention, ...rest } = last.speaker;
  return rest;
}

function toQuote(doc: Doc, d: Draft, speaker: Speaker | undefined, certainty: "stated" | "implied", n: number): Quote {
  const q: Quote = {
    id: `q${n}`,
    start: d.start,
    end: d.end,
    text: doc.text.slice(d.start, d.end),
    kind: d.kind,
    provenance: { rule: d.rule, certainty: speaker ? certainty : "guessed" },
  };
  if (d.unmarked) q.unmarked = true;
  if (speaker) q.speaker = speaker;
  if (d.cue) {
    const first = doc.tokens[d.cue.first];
    const last = doc.tokens[d.cue.last];
    if (first && last) q.cue = textSpan(doc.text, first.start, last.end);
  }
  const channel = channelIn(doc, d.regions);
  if (channel) q.channel = channel;
  q.saidAt = saidAtIn(doc, d.regions);
  return q;
}

/** Diagnostics: quotes left without a speaker, and speakers named from the text alone for want of entities. */
function report(doc: Doc): void {
  if (doc.entities.length === 0 && doc.quotes.length > 0) {
    doc.diagnostics.push({
      code: "quotes.no-entities",
      severity: "warning",
      stage: "quotes",
      message: "no entities: speakers are named from the text and carry no entity id, role or country",
    });
  }
  for (const q of doc.quotes) {
    if (q.speaker) continue;
    doc.diagnostics.push({
      code: "quotes.no-speaker",
      severity: "info",
      stage: "quotes",
      message: `no speaker found for quote ${q.id}`,
      start: q.start,
      end: q.end,
    });
  }
}
