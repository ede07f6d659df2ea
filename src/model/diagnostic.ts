import { z } from "zod";

/**
 * A diagnostic: something a stage could not do, or noticed about the input. Expected failures are values, not throws.
 * `code` is stable (documented in ARCHITECTURE.md), e.g. "text.translation-fragment", "time.no-publication-date".
 */
export const DiagnosticSchema = z.object({
  code: z.string(),
  severity: z.enum(["info", "warning", "error"]),
  message: z.string(),
  stage: z.string().optional(),
  start: z.number().int().optional(),
  end: z.number().int().optional(),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
