import type { Span } from "../model/span.js";
import type { SpeakerPhrase, TokenRange } from "./np.js";
import type { QuoteKind } from "./schema.js";

/**
 * A quote proposed by a generator, before its speaker is resolved and its date and channel are read. Generators fill
 * what they see; the stage resolves `speaker` phrases, borrows a speaker for a quote without one from the quote
 * before it, and reads `saidAt` and `channel` from `regions` (the attribution text, never the quote itself).
 */
export interface Draft {
  start: number;
  end: number;
  kind: QuoteKind;
  unmarked?: boolean;
  cue?: TokenRange | undefined;
  speaker?: SpeakerPhrase | undefined;
  regions: Span[];
  rule: string;
  /** Resolved (its speaker continues to later quotes) but not reported: a scare quote or a two-word answer. */
  hidden?: boolean;
  /** Quotation block: parts of one quotation (across paragraphs) share it and their speaker. */
  block?: number;
}
