import type { Article } from "../model/document.js";
import type { ErrorCode } from "../model/errors.js";

/** One article read from an input, or the reason it could not be read; `where` names the file and line. */
export type InputItem =
  | { ok: true; article: Article; where: string }
  | { ok: false; where: string; code: ErrorCode; message: string };

/** Articles larger than this are refused with a reason rather than analysed (5 MB of text is not a news article). */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export function failure(where: string, code: ErrorCode, message: string): InputItem {
  return { ok: false, where, code, message };
}

/** True when the buffer looks binary: a NUL byte in its first 8 KB. */
export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true;
  return false;
}
