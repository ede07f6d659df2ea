import { z } from "zod";

/** A half-open character range `[start, end)` over `Doc.text` (normalized text). */
export const SpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type Span = z.infer<typeof SpanSchema>;

/** A span together with the text it covers, as every annotation carries it for verification. */
export const TextSpanSchema = SpanSchema.extend({ text: z.string() });
export type TextSpan = z.infer<typeof TextSpanSchema>;

/**
 * Where an annotation came from: the rule or table that proposed it (`rule`, e.g. "time/grammar:weekday"),
 * and whether its value was stated in the text or implied (the year of "on Tuesday" is implied by the publication date).
 */
export const ProvenanceSchema = z.object({
  rule: z.string(),
  certainty: z.enum(["stated", "implied", "guessed"]).optional(),
  note: z.string().optional(),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

/** @example textSpan("Biden met Xi", 0, 5) // { start: 0, end: 5, text: "Biden" } */
export function textSpan(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

/** True when the two half-open spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `outer` contains `inner` entirely. */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
