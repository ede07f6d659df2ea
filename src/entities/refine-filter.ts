import type { Token } from "../model/text-layers.js";
import { type Candidate, isAcronym, SCORE } from "./candidate.js";
import type { Cluster } from "./cluster.js";
import { agentCached as agent } from "./kb-cache.js";
import { lexicon } from "./lexicon.js";

/**
 * Must-not filter before overlap resolution: an acronym the text defines from a common noun phrase
 * ("intercontinental ballistic missile (ICBM)") names no entity anywhere in the article.
 */
export function dropCommonAcronyms(tokens: readonly Token[], cands: Candidate[]): Candidate[] {
  const common = new Set<string>();
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i]!.text !== "(" || tokens[i + 2]!.text !== ")" || !isAcronym(tokens[i + 1]!.text)) continue;
    const before = tokens[i - 1]!;
    if (/^\p{Ll}/u.test(before.text)) common.add(tokens[i + 1]!.text);
  }
  if (common.size === 0) return cands;
  return cands.filter((c) => c.kb || !(c.te - c.ts === 1 && common.has(tokens[c.ts]!.text)));
}

/**
 * A demonym that modifies an office or a body is an attribute, not a mention of the people: "Chinese Foreign Minister
 * Wang Yi", "Chinese officials", "Turkish troops" (the role or the agent word carries the country instead).
 */
export function dropModifierDemonyms(tokens: readonly Token[], cands: Candidate[]): Candidate[] {
  const lex = lexicon();
  return cands.filter((c) => {
    if (c.kb?.kind !== "demonym") return true;
    const next = tokens[c.te]?.lower ?? "";
    return !(lex.roleHeads.has(next) || lex.roleMods.has(next) || agent(next) !== undefined);
  });
}

// Guesses too weak to stand alone: a lone capitalised word is kept only when coreference tied it to a stronger name.
const WEAK = SCORE.guess * 0.6;

/**
 * Must-not filter after coreference: clusters made only of lone capitalised words that nothing else supports
 * ("Hours" in a run-in subheading, a sentence-initial common noun the tagger took for a name).
 */
export function dropWeakClusters(clusters: Cluster[]): Cluster[] {
  return clusters.filter((cl) => cl.cands.some((c) => c.score > WEAK));
}
