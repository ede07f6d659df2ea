import { z } from "zod";
import { ProvenanceSchema, TextSpanSchema } from "../model/span.js";

export const QuoteKindSchema = z.enum(["direct", "indirect", "mixed"]);
export type QuoteKind = z.infer<typeof QuoteKindSchema>;

export const SpeakerSchema = z.object({
  /** The entity id in `entities` when the speaker was resolved to one. */
  entity: z.string().optional(),
  /** Canonical name, or a description when no entity is named ("U.S. officials", "people familiar with the discussions"). */
  name: z.string(),
  role: z.string().optional(),
  country: z.string().optional(),
  anonymous: z.boolean().optional(),
  /** The mention in the text that names the speaker for this quote ("he", "Campbell", "the spokesperson"). */
  mention: TextSpanSchema.optional(),
});
export type Speaker = z.infer<typeof SpeakerSchema>;

export const QuoteSchema = z.object({
  id: z.string(),
  /** The quoted content (without the quotation marks), as a span over the text. */
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  kind: QuoteKindSchema,
  /** True when the speech is verbatim but the quotation marks were lost (first-person speech closed by "X said"). */
  unmarked: z.boolean().optional(),
  speaker: SpeakerSchema.optional(),
  /** The speech verb or noun ("said", "told", "according to", "in a statement"). */
  cue: TextSpanSchema.optional(),
  /** How it was said: "told reporters", "in a statement", "posting on X", "at a press briefing". */
  channel: z.string().optional(),
  /** When it was said: a TIMEX3 value and the timex id it came from, or the reason there is none. */
  saidAt: z.object({ value: z.string().optional(), timex: z.string().optional(), reason: z.string() }).optional(),
  provenance: ProvenanceSchema,
});
export type Quote = z.infer<typeof QuoteSchema>;
