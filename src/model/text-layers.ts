import { z } from "zod";

export const ParagraphSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  /** True for the headline: the title of the article, or the first line of a .txt file followed by a blank line. */
  headline: z.boolean(),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

export const SentenceSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  paragraph: z.number().int(),
  /** Index of the first token of the sentence in `Doc.tokens`, and one past its last. */
  tokenStart: z.number().int(),
  tokenEnd: z.number().int(),
  headline: z.boolean(),
});
export type Sentence = z.infer<typeof SentenceSchema>;

/**
 * A token. `pos` is the Universal Dependencies tag from wink-nlp (NOUN, PROPN, VERB, AUX, ADP, PUNCT ...),
 * `lemma` its lemma, `lower` its lower-cased form, `sentence` the index of its sentence.
 */
export const TokenSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  lower: z.string(),
  pos: z.string(),
  lemma: z.string(),
  sentence: z.number().int(),
  /** wink-nlp's negation flag: true when the token lies in the scope of a negation ("not", "never", "n't"). */
  negated: z.boolean(),
});
export type Token = z.infer<typeof TokenSchema>;

/**
 * Index of the first token that ends after `offset` (the token containing it, or the next one); tokens.length if none.
 * Tokens are ordered, so this is a binary search.
 */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
