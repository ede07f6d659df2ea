import { z } from "zod";
import { ProvenanceSchema } from "../model/span.js";

export const TimexTypeSchema = z.enum(["DATE", "TIME", "DURATION", "SET"]);
export type TimexType = z.infer<typeof TimexTypeSchema>;

/**
 * A TimeML TIMEX3 expression. `value` follows TIMEX3: "2024-09-27", "2024-09", "2024", "2024-W39", "199X", "P2Y", "PXDE",
 * "FUTURE_REF", "PAST_REF", "PRESENT_REF", "2024-09-27T14:00", "XXXX-WI". An unresolvable relative expression (no
 * publication date) keeps a value with X placeholders and `resolved: false`.
 */
export const TimexSchema = z.object({
  id: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  type: TimexTypeSchema,
  value: z.string(),
  /** TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER ... ("mid-2023", "late 2024"). */
  mod: z.string().optional(),
  /** What a relative value was computed from: the publication date, another timex (its id), or nothing (absolute). */
  anchor: z.string().optional(),
  resolved: z.boolean(),
  /** For ranges ("from 1963 to late 2024"): the ids of the begin and end points. */
  range: z.object({ begin: z.string(), end: z.string() }).optional(),
  /** True when the expression lies inside quoted speech: it is relative to when the words were spoken. */
  inQuote: z.boolean().optional(),
  /** Time zone or place named with a clock time ("8:30 a.m. Washington time" -> "Washington"). */
  zone: z.string().optional(),
  provenance: ProvenanceSchema,
});
export type Timex = z.infer<typeof TimexSchema>;
