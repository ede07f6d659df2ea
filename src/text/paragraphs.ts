import type { Paragraph } from "../model/text-layers.js";

/** A blank line (possibly with spaces) separates paragraphs. */
const BLANK_LINE = /\n[ \t]*\n\s*/g;

/**
 * Splits normalized text into paragraphs at blank lines, trimming surrounding whitespace. The first paragraph is the
 * headline when the document has a title (the title was composed in front of the body) or when it is a single short
 * line without final punctuation followed by a blank line (a .txt file's headline).
 */
export function splitParagraphs(text: string, hasTitle: boolean): Paragraph[] {
  const out: Paragraph[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, headline: false });
  };
  for (const m of text.matchAll(BLANK_LINE)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  const first = out[0];
  if (first && out.length > 1 && (hasTitle || looksLikeHeadline(text.slice(first.start, first.end)))) {
    first.headline = true;
  }
  return out;
}

/** One line, under 200 characters, not ending like a sentence. */
function looksLikeHeadline(s: string): boolean {
  return !s.includes("\n") && s.length < 200 && !/[.!?"”]$/.test(s);
}
