import type { Article } from "../model/document.js";

/** A first line followed by a blank line is the headline. */
const HEADLINE = /^([^\n]{1,300})\n[ \t]*\n/;

/**
 * Reads a plain-text article. The first line is the headline when a blank line follows it; the text keeps it, so spans
 * in the headline point into the file as it was.
 * @example parseTxt("Talks end\n\nThe talks ended.", "a").title // "Talks end"
 */
export function parseTxt(text: string, id: string, source?: string): Article {
  const m = HEADLINE.exec(text.replace(/^\uFEFF/, ""));
  const title = m?.[1]?.trim();
  return { id, raw: text, ...(title ? { title } : {}), ...(source ? { source } : {}) };
}
