import { agent, type KbAgent, type KbHit, type KbTitle, lookup, title } from "../kb/index.js";

// Surfaces recur within and across articles ("Trump", "U.S.", "officials"); the KB's key normalization is the
// stage's main cost, so its answers are memoized per surface (bounded: a full cache is cleared, not evicted).
const MAX_ENTRIES = 20000;

function memo<T>(fn: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string) => {
    if (cache.has(s)) return cache.get(s) as T;
    if (cache.size >= MAX_ENTRIES) cache.clear();
    const v = fn(s);
    cache.set(s, v);
    return v;
  };
}

/** `lookup` from the knowledge base, memoized per surface string. */
export const lookupCached: (surface: string) => KbHit[] = memo(lookup);
/** `agent` from the knowledge base, memoized. */
export const agentCached: (word: string) => KbAgent | undefined = memo(agent);
/** `title` from the knowledge base, memoized. */
export const titleCached: (surface: string) => KbTitle | undefined = memo(title);
