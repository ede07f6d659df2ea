/**
 * Stable error codes for the failures callers may handle. Expected failures inside a document are diagnostics;
 * these are for input that cannot be read at all, and for programming errors such as an impossible pipeline.
 */
export type ErrorCode =
  | "pipeline.unmet-requirement"
  | "input.not-found"
  | "input.unreadable"
  | "input.empty"
  | "input.binary"
  | "input.too-large"
  | "input.bad-json"
  | "input.bad-format"
  | "input.bad-date"
  | "store.error"
  | "usage";

export class DyadError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = "DyadError";
    this.code = code;
  }
}
