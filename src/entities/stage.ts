import type { Doc } from "../model/document.js";
import type { Stage } from "../pipeline/stage.js";
import { buildEntities } from "./attributes.js";
import type { Candidate } from "./candidate.js";
import { clusterNames } from "./coref-names.js";
import { resolveNominals } from "./coref-nominal.js";
import { amountCandidates } from "./gen-amounts.js";
import { chunkCandidates } from "./gen-chunks.js";
import { kbCandidates } from "./gen-kb.js";
import { matchHeadline } from "./headline.js";
import { dropCommonAcronyms, dropModifierDemonyms, dropWeakClusters } from "./refine-filter.js";
import { resolveOverlaps } from "./refine-overlap.js";

/**
 * The entities stage: generators propose candidate mentions, refiners choose among them, coreference groups them into
 * entities, and attributes give each its actor country, sector and code. Why this order:
 * - the KB and chunk generators run per sentence; the headline gets only the KB (title case is no evidence of a name);
 * - common acronyms and modifying demonyms are dropped before overlap resolution, so a dropped one hides no name;
 * - overlaps are resolved before clustering, so every kept candidate is one mention;
 * - name coreference runs before the headline is matched, which needs the body's names ("Biden-Xi call");
 * - weak clusters are dropped after coreference, which is what rescues a lone surname;
 * - nominals and pronouns come last: they refer to entities, never create them.
 */
export const entityStage: Stage = {
  name: "entities",
  requires: ["tokens"],
  provides: ["entities", "coref"],
  run(doc: Doc): void {
    const cands: Candidate[] = [];
    for (const s of doc.sentences) {
      append(cands, kbCandidates(doc, s));
      if (s.headline) continue;
      append(cands, chunkCandidates(doc, s));
      append(cands, amountCandidates(doc, s));
    }
    const kept = resolveOverlaps(dropModifierDemonyms(doc.tokens, dropCommonAcronyms(doc.tokens, cands)));
    const clusters = dropWeakClusters(clusterNames(doc.text, doc.tokens, kept));
    matchHeadline(doc, clusters);
    resolveNominals(doc, clusters);
    doc.entities = buildEntities(doc, clusters);
  },
};

function append(into: Candidate[], more: readonly Candidate[]): void {
  for (const c of more) into.push(c);
}
