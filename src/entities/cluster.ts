import type { Candidate } from "./candidate.js";
import type { EntityType, Mention } from "./schema.js";

/** A group of mentions taken to name one entity, before attributes are computed. */
export interface Cluster {
  cands: Candidate[];
  /** Extra mentions added by nominal and pronoun coreference and by the headline. */
  extra: Mention[];
  type: EntityType;
  /** The candidate giving the name: the most specific, then the longest. */
  best: Candidate;
  /** Lower-cased word tokens of the best name ("antony", "blinken"). */
  words: string[];
}

// Splits a name into words: spaces and hyphens separate, a possessive and edge punctuation are dropped.
const WORD_SPLIT = /[\s-]+/;
const POSSESSIVE = /['’]s$/;
const EDGES = /^[^\p{L}\d]+|[^\p{L}\d.]+$/gu;
const keyCache = new Map<string, string[]>();
const joinedCache = new Map<string, string>();

/** The lower-cased words of a name, without punctuation or hyphens (memoized: names recur). */
export function nameWords(text: string): string[] {
  let words = keyCache.get(text);
  if (words) return words;
  words = [];
  for (const raw of text.toLowerCase().split(WORD_SPLIT)) {
    const w = raw.replace(POSSESSIVE, "").replace(EDGES, "");
    if (w !== "" && w !== "the") words.push(w);
  }
  if (keyCache.size > 20000) keyCache.clear();
  keyCache.set(text, words);
  return words;
}

/** The key a name is compared on: lower case, no leading "the", no dots, no possessive. */
export function nameKey(text: string): string {
  let key = joinedCache.get(text);
  if (key === undefined) {
    key = nameWords(text).join(" ").replaceAll(".", "");
    if (joinedCache.size > 20000) joinedCache.clear();
    joinedCache.set(text, key);
  }
  return key;
}

/** A new cluster around one candidate. */
export function newCluster(c: Candidate, text: string): Cluster {
  return { cands: [c], extra: [], type: c.type, best: c, words: nameWords(text) };
}

/** Adds a candidate; the name moves to it when it is stronger or, equally strong, longer. */
export function addTo(cl: Cluster, c: Candidate, text: string): void {
  cl.cands.push(c);
  const better =
    c.score > cl.best.score || (c.score === cl.best.score && c.end - c.start > cl.best.end - cl.best.start);
  if (better && c.kind === "name") {
    cl.best = c;
    cl.words = nameWords(text);
  }
  if (c.score > cl.best.score && c.type !== cl.type) cl.type = c.type;
}
