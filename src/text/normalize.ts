import type { Diagnostic } from "../model/diagnostic.js";
import { type OffsetMap, OffsetMapBuilder } from "../model/offset-map.js";

export interface Normalized {
  text: string;
  offsets: OffsetMap;
  diagnostics: Diagnostic[];
}

/** Zero-width characters, word joiners, the BOM and soft hyphens: invisible, and they break tokens apart. Deleted. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
/** Non-breaking and other fixed-width spaces: become plain spaces. Must not match newlines or tabs. */
const ODD_SPACE = /[\u00A0\u2007\u202F\u2000-\u200A\u3000]/;
/** Any character the per-character pass would change; when none occurs, that pass is skipped. */
const NEEDS_PASS = /[\u200B-\u200D\u2060\uFEFF\u00AD\u00A0\u2007\u202F\u2000-\u200A\u3000\r]/;
/**
 * A closing bracket glued to the next word ("vehicles]with") or sentence punctuation glued to a capitalised word
 * ("ended.The"). Must not match abbreviations and initials ("U.S.", "D.C.", "p.m.Tuesday" is left alone since the
 * letter before the dot is a single one), decimals ("1.5") or URLs/domains ("voanews.com": lower case after the dot).
 */
const GLUED = /(\])([A-Za-z])|([a-z]{2}[.!?])([A-Z][a-z])/g;
/**
 * A machine-translation leftover: a sentence-final word repeated after a stray quote mark ("island. 'island.").
 * Reported as a diagnostic; the segmenter folds the fragment into the sentence before it.
 */
const MT_FRAGMENT = /\.\s+['‘’"“](\p{L}{3,})\./gu;

/**
 * Normalizes an article's raw text: Unicode NFC, CRLF to LF, invisible characters removed, odd spaces made plain,
 * missing spaces restored after brackets and sentence punctuation. Records an offset map back to the raw text.
 * @example normalizeText("a\u00A0b]c").text // "a b] c"
 */
export function normalizeText(raw: string): Normalized {
  const nfc = raw.normalize("NFC");
  const diagnostics: Diagnostic[] = [];
  // NFC can change lengths (combining sequences); when it does, spans map to the NFC text, and we say so.
  if (nfc.length !== raw.length) {
    diagnostics.push({
      code: "text.nfc-changed-length",
      severity: "info",
      message: "Unicode NFC normalization changed the text length; raw offsets refer to the NFC form",
    });
  }
  const glued = gluePoints(nfc);
  const { text: out, offsets } =
    glued.length === 0 && !NEEDS_PASS.test(nfc) ? { text: nfc, offsets: { edits: [] } } : rewrite(nfc, glued);
  if (glued.length > 0) {
    diagnostics.push({
      code: "text.missing-space",
      severity: "info",
      message: `restored ${glued.length} missing space(s) after brackets or sentence punctuation`,
    });
  }
  for (const m of out.matchAll(MT_FRAGMENT)) {
    // The regex anchors on the period (fast); the repeated word before it is checked here.
    const word = m[1] ?? "";
    const start = m.index - word.length;
    if (start < 0 || out.slice(start, m.index).toLowerCase() !== word.toLowerCase()) continue;
    if (start > 0 && /\p{L}/u.test(out[start - 1]!)) continue;
    diagnostics.push({
      code: "text.translation-fragment",
      severity: "warning",
      message: `stray repeated fragment, probably left by machine translation: ${JSON.stringify(out.slice(start, m.index + m[0].length))}`,
      start,
      end: m.index + m[0].length,
    });
  }
  return { text: out, offsets, diagnostics };
}

/** The per-character pass: deletions, replacements and inserted spaces, with the offset map. */
function rewrite(nfc: string, glued: readonly number[]): { text: string; offsets: OffsetMap } {
  const builder = new OffsetMapBuilder();
  let out = "";
  let nextGlue = 0;
  for (let i = 0; i < nfc.length; i++) {
    const ch = nfc[i]!;
    if (glued[nextGlue] === i) {
      out += " ";
      nextGlue++;
      builder.shift(out.length, i - out.length);
    }
    if (ch === "\r" && nfc[i + 1] === "\n") {
      builder.shift(out.length, i + 1 - out.length);
      continue;
    }
    if (INVISIBLE.test(ch)) {
      builder.shift(out.length, i + 1 - out.length);
      continue;
    }
    out += ODD_SPACE.test(ch) ? " " : ch === "\r" ? "\n" : ch;
  }
  return { text: out, offsets: builder.build() };
}

/** Raw indexes before which a space must be inserted. */
function gluePoints(s: string): number[] {
  const points: number[] = [];
  for (const m of s.matchAll(GLUED)) {
    // Group 1/2: bracket case, the space goes after the bracket; group 3/4: after the punctuation.
    const head = m[1] ?? m[3] ?? "";
    points.push(m.index + head.length);
  }
  return points;
}
