import type { Doc } from "../model/document.js";
import type { Sentence, Token } from "../model/text-layers.js";
import type { Draft } from "./draft.js";
import { gluedHyphen, type SpeakerPhrase } from "./np.js";
import { trimmed } from "./scope.js";
import type { MentionRef } from "./speaker-scope.js";

/** How far into a sentence the colon of a speaker label may stand ("Richard Armitage, former deputy secretary:"). */
const LABEL_REACH = 14;
/** A credit line ends the last answer of an interview. */
const CREDIT = /\bcontributed (?:to this report|reporting)\b/i;

interface Label {
  sentence: number;
  colon: number;
  name: SpeakerPhrase;
}

/** "Armitage: That type of exercise was expected.": a name (and its description) then a colon, at a sentence start. */
function labelAt(tokens: readonly Token[], s: Sentence, si: number): Label | undefined {
  const first = tokens[s.tokenStart];
  if (first?.pos !== "PROPN") return undefined;
  let colon = s.tokenStart + 1;
  while (colon < s.tokenEnd && colon - s.tokenStart < LABEL_REACH && tokens[colon]?.text !== ":") {
    const t = tokens[colon];
    // A verb or a quotation mark before the colon makes it a sentence, not a label.
    if (!t || ((t.pos === "VERB" || t.pos === "AUX") && t.text === t.lower) || /["“”]/.test(t.text)) return undefined;
    colon++;
  }
  if (tokens[colon]?.text !== ":" || colon + 1 >= s.tokenEnd) return undefined;
  let last = s.tokenStart;
  while (last + 1 < colon && (tokens[last + 1]?.pos === "PROPN" || gluedHyphen(tokens, last + 1))) last++;
  const appositive =
    tokens[last + 1]?.text === "," && last + 2 < colon ? { first: last + 2, last: colon - 1 } : undefined;
  return { sentence: si, colon, name: { first: s.tokenStart, last, appositive } };
}

/**
 * Interview transcripts ("VOA: ... Armitage: ..."): each answer after a person's label is a direct quote of that
 * person, running to the next label (the last one to the end of its paragraph). Needs two labels at least, so that a lone "Note:" or
 * a title with a colon is never read as an interview; labels that name no person (the interviewer) only end answers.
 */
export function labelDrafts(doc: Doc, mentions: readonly MentionRef[]): Draft[] {
  const { tokens, sentences, text } = doc;
  const labels: Label[] = [];
  sentences.forEach((s, si) => {
    const label = s.headline ? undefined : labelAt(tokens, s, si);
    if (label) labels.push(label);
  });
  if (labels.length < 2) return [];
  const out: Draft[] = [];
  labels.forEach((label, k) => {
    const nameStart = tokens[label.name.first]?.start ?? 0;
    const nameEnd = tokens[label.name.last]?.end ?? 0;
    const person = mentions.some((m) => m.entity.type === "PERSON" && m.start <= nameStart && nameEnd <= m.end);
    if (!person) return;
    const start = tokens[label.colon + 1]?.start ?? 0;
    const end = answerEnd(doc, label, labels[k + 1]);
    const span = trimmed(text, start, end);
    if (span.end <= span.start) return;
    const region = { start: sentences[label.sentence]?.start ?? start, end: start };
    out.push({ ...span, kind: "direct", speaker: label.name, regions: [region], rule: "quotes/labels:interview" });
  });
  return out;
}

/** The answer ends before the next label (the last one at the end of its paragraph), or before a credit line. */
function answerEnd(doc: Doc, label: Label, next: Label | undefined): number {
  const { sentences, text } = doc;
  const paragraph = sentences[label.sentence]?.paragraph;
  let end = sentences[label.sentence]?.end ?? 0;
  for (let si = label.sentence + 1; si < sentences.length; si++) {
    const s = sentences[si];
    // Up to the next label (an answer may run over paragraphs); the last answer ends with its paragraph.
    const leftParagraph = s?.paragraph !== paragraph && next === undefined;
    if (!s || leftParagraph || si === next?.sentence || CREDIT.test(text.slice(s.start, s.end))) break;
    end = s.end;
  }
  return end;
}
