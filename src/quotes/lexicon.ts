import { readFileSync } from "node:fs";
import type { Token } from "../model/text-layers.js";

/** How a cue takes its reported content (see data/quotes/cues.tsv). */
export type CueFrame =
  | "clause"
  | "that"
  | "np-or-clause"
  | "object-clause"
  | "object-to"
  | "for-np"
  | "according"
  | "quote-only";

export interface CueEntry {
  lemma: string;
  /** The surface form as lower-case words. */
  words: string[];
  cls: "verb" | "noun" | "phrase";
  kind: "speech" | "statement";
  frame: CueFrame;
  /** True when the speaker may follow the verb ("..., said Smith."). */
  inverts: boolean;
}

/** A cue found in the tokens: token range `[first, last]` inclusive. */
export interface CueMatch {
  entry: CueEntry;
  first: number;
  last: number;
}

export interface SpeakerWords {
  anonymous: string[];
  group: Set<string>;
  statement: Set<string>;
  role: Set<string>;
}

let cueIndex: Map<string, CueEntry[]> | undefined;
let channelList: string[] | undefined;
let speakerWords: SpeakerWords | undefined;

function rows(file: string): string[][] {
  const text = readFileSync(new URL(`../../data/quotes/${file}`, import.meta.url), "utf8");
  return text
    .split("\n")
    .filter((l) => l.trim() !== "" && !l.startsWith("#"))
    .map((l) => l.split("\t"));
}

/** Cue entries indexed by their first word, longest first so "called for" wins over "called". */
function cues(): Map<string, CueEntry[]> {
  if (cueIndex) return cueIndex;
  const index = new Map<string, CueEntry[]>();
  for (const [lemma = "", forms = "", cls = "verb", kind = "speech", frame = "clause", inv = "no"] of rows(
    "cues.tsv",
  )) {
    for (const form of forms.split(",")) {
      const words = form.trim().split(/\s+/);
      const entry = { lemma, words, cls, kind, frame, inverts: inv === "yes" } as CueEntry;
      const list = index.get(words[0] ?? "") ?? [];
      list.push(entry);
      index.set(words[0] ?? "", list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  cueIndex = index;
  return index;
}

/** Per token array: the cue starting at each token (null: none), filled lazily; generators ask many times. */
const matchCache = new WeakMap<readonly Token[], (CueMatch | null | undefined)[]>();

/** The cue starting at token `i` and ending before token `end`, if any. */
export function cueAt(tokens: readonly Token[], i: number, end: number): CueMatch | undefined {
  let cache = matchCache.get(tokens);
  if (!cache) {
    cache = new Array(tokens.length);
    matchCache.set(tokens, cache);
  }
  let match = cache[i];
  if (match === undefined) {
    match = matchAt(tokens, i) ?? null;
    cache[i] = match;
  }
  return match && match.last < end ? match : undefined;
}

function matchAt(tokens: readonly Token[], i: number): CueMatch | undefined {
  const list = cues().get(tokens[i]?.lower ?? "");
  if (!list) return undefined;
  const sentence = tokens[i]?.sentence;
  // "news reports", "rival claims": a verb cue tagged as a noun is a noun here; "the United States" is a name.
  const t = tokens[i];
  const sentenceStart = i === 0 || tokens[i - 1]?.sentence !== t?.sentence;
  const nounUse = t?.pos === "NOUN" || t?.pos === "PROPN" || (!sentenceStart && /^\p{Lu}/u.test(t?.text ?? ""));
  for (const entry of list) {
    if (nounUse && entry.cls === "verb") continue;
    const last = i + entry.words.length - 1;
    let ok = tokens[last]?.sentence === sentence;
    for (let k = 1; k < entry.words.length && ok; k++) ok = tokens[i + k]?.lower === entry.words[k];
    if (ok) return { entry, first: i, last };
  }
  return undefined;
}

/** Channel phrases as lower-case strings, longest first. */
export function channels(): string[] {
  channelList ??= rows("channels.tsv")
    .map((r) => (r[0] ?? "").trim())
    .filter((p) => p !== "")
    .sort((a, b) => b.length - a.length);
  return channelList;
}

/** Words that mark anonymous sources, groups, statements and roles in a speaker phrase. */
export function speakerLexicon(): SpeakerWords {
  if (speakerWords) return speakerWords;
  const words: SpeakerWords = { anonymous: [], group: new Set(), statement: new Set(), role: new Set() };
  for (const [kind = "", word = ""] of rows("speakers.tsv")) {
    if (kind === "anonymous") words.anonymous.push(word);
    else if (kind === "group" || kind === "statement" || kind === "role") words[kind].add(word);
  }
  speakerWords = words;
  return words;
}
