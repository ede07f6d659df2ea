import type { Doc } from "../model/document.js";
import type { Token } from "../model/text-layers.js";
import type { Cluster } from "./cluster.js";
import { lexicon } from "./lexicon.js";
import type { EntityType, MentionKind } from "./schema.js";

interface Anchor {
  start: number;
  sentence: number;
  cl: Cluster;
}

const SINGULAR = new Set(["he", "she", "him", "his", "her", "hers", "himself", "herself"]);
const PLURAL = new Set(["they", "them", "their", "theirs"]);
// How far back a pronoun may look for its person: its own sentence and two before ("..., he said" after a quote).
const PRONOUN_REACH = 2;
// Modifiers allowed between "the" and the noun: "the Chinese foreign ministry", "the former president".
const MAX_MODIFIERS = 2;

/**
 * Nominal and pronoun coreference. "the president", "the spokesperson", "the ministry" refer to the most recent entity
 * whose role or name holds the noun; he/she/his/her to the nearest person before it in the sentence, else the first
 * person of the nearest earlier sentence (the likeliest subject); they/them/their to the nearest organization or group
 * in the same sentence. Mentions are added to the clusters; nothing here creates an entity.
 */
export function resolveNominals(doc: Doc, clusters: Cluster[]): void {
  const anchors = anchorsOf(doc, clusters);
  if (anchors.length === 0) return;
  const covered = coveredTokens(doc, clusters);
  for (let i = 0; i < doc.tokens.length; i++) {
    if (covered[i] === 1) continue;
    const t = doc.tokens[i]!;
    if (t.lower === "the") i = nominalAt(doc, anchors, i, covered);
    else if (SINGULAR.has(t.lower)) link(t, pronounTarget(anchors, t, ["PERSON"], PRONOUN_REACH), "pronoun");
    else if (PLURAL.has(t.lower)) link(t, pronounTarget(anchors, t, ["ORG", "NORP"], 0), "pronoun");
  }
}

function anchorsOf(doc: Doc, clusters: Cluster[]): Anchor[] {
  const out: Anchor[] = [];
  for (const cl of clusters) {
    for (const c of cl.cands) if (!c.headline) out.push({ start: c.start, sentence: doc.tokens[c.ts]!.sentence, cl });
  }
  return out.sort((a, b) => a.start - b.start);
}

function coveredTokens(doc: Doc, clusters: Cluster[]): Uint8Array {
  const out = new Uint8Array(doc.tokens.length);
  for (const cl of clusters) for (const c of cl.cands) out.fill(1, c.ts, c.te);
  for (const s of doc.sentences) if (s.headline) out.fill(1, s.tokenStart, s.tokenEnd);
  return out;
}

function link(t: Token, cl: Cluster | undefined, kind: MentionKind, start = t.start, text = t.text): void {
  if (cl) cl.extra.push({ start, end: t.end, text, kind, rule: `entities/coref:${kind}` });
}

/** "the [modifiers] noun" at token `i`; returns the index to continue from. */
function nominalAt(doc: Doc, anchors: Anchor[], i: number, covered: Uint8Array): number {
  const lex = lexicon();
  for (let j = i + 1; j <= i + 1 + MAX_MODIFIERS && j < doc.tokens.length; j++) {
    const t = doc.tokens[j]!;
    if (covered[j] === 1 || t.sentence !== doc.tokens[i]!.sentence) return i;
    const nominal = lex.nominals.get(t.lower);
    if (nominal && doc.tokens[j + 1]?.lower !== "of") {
      const cl = latest(anchors, doc.tokens[i]!.start, (a) => compatible(a.cl, t.lower, nominal.type, nominal.match));
      const kind: MentionKind = nominal.type === "PERSON" ? "title" : "nominal";
      link(t, cl, kind, doc.tokens[i]!.start, doc.text.slice(doc.tokens[i]!.start, t.end));
      return j;
    }
    if (!["ADJ", "PROPN", "NOUN"].includes(t.pos)) return i;
  }
  return i;
}

function compatible(cl: Cluster, noun: string, type: EntityType, match: "role" | "name" | "any"): boolean {
  if (cl.type !== type) return false;
  if (match === "any") return true;
  if (match === "name") return cl.words.includes(noun);
  return cl.cands.some((c) => c.role?.toLowerCase().includes(noun));
}

function latest(anchors: Anchor[], before: number, ok: (a: Anchor) => boolean): Cluster | undefined {
  for (let k = anchors.length - 1; k >= 0; k--) {
    const a = anchors[k]!;
    if (a.start < before && ok(a)) return a.cl;
  }
  return undefined;
}

function pronounTarget(anchors: Anchor[], t: Token, types: EntityType[], reach: number): Cluster | undefined {
  const same = latest(anchors, t.start, (a) => a.sentence === t.sentence && types.includes(a.cl.type));
  if (same || reach === 0) return same;
  for (let s = t.sentence - 1; s >= t.sentence - reach; s--) {
    const first = anchors.find((a) => a.sentence === s && types.includes(a.cl.type));
    if (first) return first.cl;
  }
  return undefined;
}
