import type { Diagnostic } from "../model/diagnostic.js";
import type { Paragraph } from "../model/text-layers.js";

/**
 * Decides sentence boundaries from wink-nlp's proposals, the paragraph structure and merge rules for the failures seen in
 * news and machine-translated text. Returns character spans.
 */
export interface SentenceSpan {
  start: number;
  end: number;
  paragraph: number;
}

/** A sentence that starts with a lower-case word continues the previous one ("security. of artificial intelligence"). */
const STARTS_LOWER = /^[([{'"‘“]*\p{Ll}/u;
/** A sentence that starts with a bracketed insertion belongs to the previous one ("stable. [does] no tendency"). */
const STARTS_BRACKET = /^\[/;
/** A short stray fragment: a quote mark, a word, a period ("'island."), left by translation. */
const STRAY_FRAGMENT = /^['‘’"“]\p{L}+\.?['’"”]?$/u;
/** A closing quote that wink attached to the next sentence. */
const STARTS_CLOSING_QUOTE = /^[”’](?:\s|$)/;
/** An initialism split by the tokenizer inside a hyphenated word ("Turkish-U." + "S. relationship"). */
const ENDS_INITIAL = /(?:^|[\s\-–])(?:\p{Lu}\.)+$/u;
const STARTS_INITIAL = /^\p{Lu}\.(?:\p{Lu}\.)*[\s,]/u;
/**
 * A period, then an opening quote and a capital: a new quoted sentence that wink glues to an abbreviation before it
 * ('... to the U.S. "What I would ...'). Must not match a quote that continues the sentence ('the U.S. "would ...').
 */
const QUOTE_AFTER_PERIOD = /\.\s+(?=["“]\p{Lu})/gu;
/**
 * A single capital letter and a period, then a word that only starts sentences: wink reads "X." as an initial
 * ("a post on the platform X. He said"). Must not match initials inside names ("John F. Kennedy", "Harry S. Truman"),
 * which are followed by the surname, not by one of these words.
 */
const LETTER_THEN_STARTER = /(?<=\s\p{Lu}\.)\s+(?=(?:He|She|It|They|We|I|The|This|These|Those|There|But|However)\s)/gu;
/**
 * A title abbreviation never ends a sentence: the name follows ("Rear Adm. Daniel Cole", "Maj. Gen. Ali Musa").
 * wink knows some (Gen., Mr.) but not all; a sentence ending in one of these continues into the next.
 */
const ENDS_TITLE_ABBREVIATION =
  /(?:^|\s)(?:Adm|Maj|Sgt|Cmdr|Cdr|Col|Lt|Gen|Capt|Brig|Cpl|Pvt|Gov|Sen|Rep|Rev|Prof|Dr|Mr|Mrs|Ms|Amb|Supt|Insp|Det|Fr|Hon)\.$/;
/** A lower-case "no." is the word no, not the abbreviation of number ("No. 2"): "Armenia said no. Talks ended." */
const WORD_NO = /(?<=\sno\.)\s+(?=\p{Lu}\p{Ll})/gu;
/** A line inside a paragraph that ends a sentence even without wink's help: final punctuation then a newline. */
const LINE_END = /[.!?:"”’]\s*\n/g;

export function decideSentences(
  text: string,
  paragraphs: readonly Paragraph[],
  proposals: readonly number[],
  diagnostics: Diagnostic[],
): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  paragraphs.forEach((p, pi) => {
    const cuts = new Set<number>([p.start]);
    for (const c of proposals) if (c > p.start && c < p.end) cuts.add(c);
    const body = text.slice(p.start, p.end);
    for (const m of body.matchAll(LINE_END)) cuts.add(p.start + m.index + m[0].length);
    for (const m of body.matchAll(QUOTE_AFTER_PERIOD)) cuts.add(p.start + m.index + m[0].length);
    for (const m of body.matchAll(LETTER_THEN_STARTER)) cuts.add(p.start + m.index + m[0].length);
    for (const m of body.matchAll(WORD_NO)) cuts.add(p.start + m.index + m[0].length);
    const sorted = [...cuts].sort((a, b) => a - b);
    let current: SentenceSpan | undefined;
    for (let i = 0; i < sorted.length; i++) {
      const span = trimSpan(text, sorted[i]!, sorted[i + 1] ?? p.end, pi);
      if (!span) continue;
      const body = text.slice(span.start, span.end);
      const previous = current ? text.slice(current.start, current.end) : "";
      if (current && (continues(body) || splitInitialism(previous, body) || ENDS_TITLE_ABBREVIATION.test(previous))) {
        if (STRAY_FRAGMENT.test(body) && !alreadyReported(diagnostics, span)) {
          diagnostics.push(fragmentDiagnostic(span, body));
        }
        current.end = span.end;
        continue;
      }
      current = span;
      out.push(current);
    }
  });
  return out;
}

function continues(body: string): boolean {
  return (
    STARTS_LOWER.test(body) || STARTS_BRACKET.test(body) || STRAY_FRAGMENT.test(body) || STARTS_CLOSING_QUOTE.test(body)
  );
}

function splitInitialism(previous: string, body: string): boolean {
  return ENDS_INITIAL.test(previous) && STARTS_INITIAL.test(body);
}

function trimSpan(text: string, start: number, end: number, paragraph: number): SentenceSpan | undefined {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return e > s ? { start: s, end: e, paragraph } : undefined;
}

/** Normalization may have reported the same fragment already. */
function alreadyReported(diagnostics: readonly Diagnostic[], span: SentenceSpan): boolean {
  return diagnostics.some(
    (d) => d.code === "text.translation-fragment" && (d.start ?? -1) <= span.start && (d.end ?? -1) >= span.end,
  );
}

function fragmentDiagnostic(span: SentenceSpan, body: string): Diagnostic {
  return {
    code: "text.translation-fragment",
    severity: "warning",
    stage: "segment",
    message: `merged a stray fragment into the previous sentence: ${JSON.stringify(body)}`,
    start: span.start,
    end: span.end,
  };
}
