import type { Doc } from "../model/document.js";
import type { Token } from "../model/text-layers.js";
import type { Stage } from "../pipeline/stage.js";
import { splitParagraphs } from "./paragraphs.js";
import { decideSentences } from "./sentences.js";
import { winkTokens } from "./wink.js";

/**
 * Paragraphs, sentences and tokens (with part of speech, lemma and negation scope from wink-nlp), in one pass of
 * wink over the whole text. wink's sentence proposals are then corrected by paragraph structure and merge rules.
 */
export const segmentStage: Stage = {
  name: "segment",
  requires: ["text"],
  provides: ["paragraphs", "sentences", "tokens"],
  run(doc: Doc): void {
    doc.paragraphs = splitParagraphs(doc.text, doc.title !== undefined && doc.title !== "");
    const w = winkTokens(doc.text);
    const proposals = w.sentenceSpans.map(([first]) => w.starts[first] ?? 0);
    const spans = decideSentences(doc.text, doc.paragraphs, proposals, doc.diagnostics);
    const tokens: Token[] = [];
    let si = 0;
    for (let i = 0; i < w.values.length; i++) {
      const value = w.values[i]!;
      if (value.trim() === "") continue;
      const start = w.starts[i]!;
      while (si < spans.length - 1 && start >= spans[si]!.end) si++;
      tokens.push({
        start,
        end: w.ends[i]!,
        text: value,
        lower: value.toLowerCase(),
        pos: w.pos[i]!,
        lemma: w.lemmas[i]!,
        sentence: si,
        negated: w.negated[i]!,
      });
    }
    doc.tokens = tokens;
    doc.sentences = spans.map((s, i) => ({
      ...s,
      headline: doc.paragraphs[s.paragraph]?.headline ?? false,
      tokenStart: firstTokenOf(tokens, i),
      tokenEnd: firstTokenOf(tokens, i + 1),
    }));
  },
};

/** Index of the first token of sentence `si`, or tokens.length; tokens are ordered by sentence. */
function firstTokenOf(tokens: readonly Token[], si: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.sentence < si) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
