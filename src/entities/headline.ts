import type { Doc } from "../model/document.js";
import { isCapitalised } from "./candidate.js";
import { type Cluster, nameKey } from "./cluster.js";
import { lexicon } from "./lexicon.js";

const MAX_WORDS = 5;

/**
 * In a title-case headline every word is capitalised, so names there are taken only from the knowledge base (already
 * in the clusters) and from the body: a run of headline words equal to a body entity's name, mention or a person's
 * surname or given name becomes a mention of it ("Biden-Xi call" -> Joe Biden, Xi Jinping).
 */
export function matchHeadline(doc: Doc, clusters: Cluster[]): void {
  const head = doc.sentences.filter((s) => s.headline);
  if (head.length === 0) return;
  const index = surfaceIndex(doc.text, clusters);
  const covered = (start: number) => clusters.some((cl) => cl.cands.some((c) => c.start <= start && start < c.end));
  for (const s of head) {
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      const t = doc.tokens[i]!;
      let matched = 0;
      if (isCapitalised(t) && !covered(t.start)) {
        for (let n = Math.min(MAX_WORDS, s.tokenEnd - i); n >= 1 && matched === 0; n--) {
          const end = doc.tokens[i + n - 1]!.end;
          const hit = index.get(nameKey(doc.text.slice(t.start, end)));
          if (!hit) continue;
          hit.cl.extra.push({
            start: t.start,
            end,
            text: doc.text.slice(t.start, end),
            kind: hit.kind,
            rule: "entities/headline",
          });
          matched = n;
        }
      }
      i += Math.max(1, matched);
    }
  }
}

function surfaceIndex(text: string, clusters: Cluster[]): Map<string, { cl: Cluster; kind: "name" | "short" }> {
  const lex = lexicon();
  const index = new Map<string, { cl: Cluster; kind: "name" | "short" }>();
  for (const cl of clusters) {
    if (cl.type === "NORP") continue;
    for (const c of cl.cands) {
      if (c.headline) continue;
      const key = nameKey(text.slice(c.start, c.end));
      if (key !== "" && !index.has(key)) index.set(key, { cl, kind: c.kind === "name" ? "name" : "short" });
    }
    if (cl.type !== "PERSON" || cl.words.length < 2) continue;
    for (const w of [cl.words[0]!, cl.words[cl.words.length - 1]!]) {
      if (!lex.notNames.has(w) && !index.has(w)) index.set(w, { cl, kind: "short" });
    }
  }
  return index;
}
