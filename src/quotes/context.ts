import type { Doc } from "../model/document.js";
import type { Span } from "../model/span.js";
import { docIndex } from "./doc-index.js";
import { channels } from "./lexicon.js";
import { tokenAfter } from "./np.js";
import type { Quote } from "./schema.js";

let channelIndex: Map<string, string[][]> | undefined;

/** Channel phrases as word lists indexed by their first word, longest first. */
function index(): Map<string, string[][]> {
  if (channelIndex) return channelIndex;
  const map = new Map<string, string[][]>();
  for (const phrase of channels()) {
    const words = phrase.split(/\s+/);
    const list = map.get(words[0] ?? "") ?? [];
    list.push(words);
    map.set(words[0] ?? "", list);
  }
  channelIndex = map;
  return map;
}

const LINKS = new Set(["with", "on", "to", "at"]);
const DETERMINERS = new Set(["the", "his", "her", "its", "their"]);
const CAPITAL = /^\p{Lu}/u;
const NAMING = new Set(["NOUN", "PROPN", "ADJ"]);

/**
 * The first channel phrase of data/quotes/channels.tsv in the attribution regions ("told reporters", "in a
 * statement"), extended by a capitalized name after "with", "on", "to" or "at" ("in an interview with VOA",
 * "posting on X"). Token by token: no regex over the text.
 */
export function channelIn(doc: Doc, regions: readonly Span[]): string | undefined {
  const { tokens, text } = doc;
  for (const r of regions) {
    for (let i = tokenAfter(tokens, r.start); i < tokens.length && (tokens[i]?.end ?? 0) <= r.end; i++) {
      const list = index().get(tokens[i]?.lower ?? "");
      const words = list?.find((w) => w.every((word, k) => tokens[i + k]?.lower === word));
      if (!words) continue;
      const last = nameAfter(doc, i + words.length - 1, r.end);
      return text.slice(tokens[i]?.start ?? 0, tokens[last]?.end ?? 0).replace(/\.$/, "");
    }
  }
  return undefined;
}

/** The last token of a capitalized name linked after the phrase ("with VOA", "on X"), or the phrase's own end. */
function nameAfter(doc: Doc, last: number, end: number): number {
  const { tokens } = doc;
  let k = last + 1;
  const linked = LINKS.has(tokens[last]?.lower ?? "") || LINKS.has(tokens[k]?.lower ?? "");
  if (LINKS.has(tokens[k]?.lower ?? "")) k++;
  // "told VOA the Taliban ...": a determiner only belongs to the channel after a link word ("on his Truth Social").
  if (linked && DETERMINERS.has(tokens[k]?.lower ?? "")) k++;
  let out = last;
  const dates = docIndex(doc).timexTokens;
  // After a link word a platform may be described first ("on social media platform X"); otherwise names only.
  const sentence = tokens[last]?.sentence;
  const fits = (i: number) =>
    tokens[i]?.sentence === sentence &&
    !dates.has(i) &&
    (CAPITAL.test(tokens[i]?.text ?? "") || (linked && NAMING.has(tokens[i]?.pos ?? "")));
  while (k < tokens.length && k - last < 7 && (tokens[k]?.end ?? 0) <= end && fits(k)) {
    out = k;
    // A name glued to a full stop ("platform X.") ends the sentence even when the segmenter took it for an initial.
    if (tokens[k]?.text.endsWith(".")) break;
    k++;
  }
  return out;
}

/**
 * When it was said: the first DATE timex inside the attribution ("said on Monday", "said in New York last week"),
 * never a date inside the quote itself.
 */
export function saidAtIn(doc: Doc, regions: readonly Span[]): NonNullable<Quote["saidAt"]> {
  for (const r of regions) {
    for (const t of doc.timexes) {
      if (t.type !== "DATE" || t.start < r.start || t.end > r.end) continue;
      return { value: t.value, timex: t.id, reason: "date in attribution" };
    }
  }
  return { reason: "no date in attribution" };
}
