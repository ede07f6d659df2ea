import { z } from "zod";
import { EntitySchema } from "../entities/schema.js";
import { EventSchema } from "../events/schema.js";
import { DiagnosticSchema } from "../model/diagnostic.js";
import { ParagraphSchema, SentenceSchema, TokenSchema } from "../model/text-layers.js";
import { QuoteSchema } from "../quotes/schema.js";
import { TimexSchema } from "../time/schema.js";

/**
 * The analysis of one article: what `dyad analyze --format json` prints and what the scorer reads. Every annotation is a
 * span `[start, end)` over `text`. `tokens` are included only when asked for (`--tokens`), since they are most of the bulk.
 */
export const AnalysisSchema = z.object({
  id: z.string(),
  title: z.string().optional(),
  url: z.string().optional(),
  source: z.string().optional(),
  /** Publication date (YYYY-MM-DD), or absent: then relative times are unresolved, never resolved against today. */
  published: z.string().optional(),
  status: z.enum(["ok", "partial", "failed"]),
  pipelineVersion: z.string(),
  text: z.string(),
  paragraphs: z.array(ParagraphSchema),
  sentences: z.array(SentenceSchema),
  tokens: z.array(TokenSchema).optional(),
  entities: z.array(EntitySchema),
  timexes: z.array(TimexSchema),
  quotes: z.array(QuoteSchema),
  events: z.array(EventSchema),
  diagnostics: z.array(DiagnosticSchema),
});
export type Analysis = z.infer<typeof AnalysisSchema>;

/** The analysis schema as JSON Schema (draft 2020-12), for consumers in other languages. */
export function analysisJsonSchema(): unknown {
  return z.toJSONSchema(AnalysisSchema, { target: "draft-2020-12", io: "output" });
}
