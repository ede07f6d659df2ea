import model from "wink-eng-lite-web-model";
import winkNLP, { type ItemSentence, type ItsFunction } from "wink-nlp";

/**
 * The one wink-nlp instance of the process. A second `winkNLP(model)` in one process loses custom entities, and
 * loading the model costs ~100 ms, so it is created lazily once. The pipe leaves out wink's sentiment and entity
 * recognisers: Dyad has its own, and skipping them saves about a third of the time.
 */
let instance: ReturnType<typeof winkNLP> | undefined;

export function wink(): ReturnType<typeof winkNLP> {
  instance ??= winkNLP(model, ["sbd", "negation", "pos"]);
  return instance;
}

/** Raw token arrays for a text, with character offsets reconstructed from wink's preceding-space records. */
export interface WinkTokens {
  starts: number[];
  ends: number[];
  values: string[];
  pos: string[];
  lemmas: string[];
  negated: boolean[];
  /** Token-index spans `[first, last]` (inclusive) of wink's sentences. */
  sentenceSpans: [number, number][];
}

export function winkTokens(text: string): WinkTokens {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const starts: number[] = new Array(values.length);
  const ends: number[] = new Array(values.length);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i]!.length;
    // wink keeps every character, so the value must be found right here; indexOf is a guard against surprises.
    if (text.startsWith(values[i]!, at) === false) at = text.indexOf(values[i]!, at);
    starts[i] = at;
    at += values[i]!.length;
    ends[i] = at;
  }
  const sentenceSpans: [number, number][] = [];
  doc.sentences().each((s: ItemSentence) => {
    sentenceSpans.push(s.out(its.span) as unknown as [number, number]);
  });
  return {
    starts,
    ends,
    values,
    pos: tokens.out(its.pos) as string[],
    // wink's typings declare `lemma` with another signature than `out` accepts; it is a token its-function at run time.
    lemmas: tokens.out(its.lemma as unknown as ItsFunction<string>) as string[],
    negated: (tokens.out(its.negationFlag) as unknown as boolean[]).map(Boolean),
    sentenceSpans,
  };
}
