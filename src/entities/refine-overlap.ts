import type { Candidate } from "./candidate.js";

/**
 * Overlap resolution: keeps the stronger of two overlapping candidates (higher score, then longer span, then earlier
 * generator). Two candidates on the same span are merged: the kept one inherits the other's KB link and role.
 * A knowledge-base name inside a guessed person chunk loses when the chunk starts with an unknown word ("Doug Ford"),
 * and wins otherwise ("Hanoi Summit" keeps Hanoi).
 */
export function resolveOverlaps(cands: Candidate[]): Candidate[] {
  const ordered = cands
    .map((c, order) => ({ c, order, score: effectiveScore(c, cands) }))
    .sort((a, b) => b.score - a.score || b.c.end - b.c.start - (a.c.end - a.c.start) || a.order - b.order);
  const kept: Candidate[] = [];
  // Candidates cover whole tokens, so a token index map finds a clash in O(length).
  const owner = new Map<number, Candidate>();
  for (const { c } of ordered) {
    const clash = clashOf(owner, c);
    if (!clash) {
      kept.push(c);
      for (let t = c.ts; t < c.te; t++) owner.set(t, c);
    } else if (clash.start === c.start && clash.end === c.end) absorb(clash, c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function clashOf(owner: Map<number, Candidate>, c: Candidate): Candidate | undefined {
  for (let t = c.ts; t < c.te; t++) {
    const o = owner.get(t);
    if (o) return o;
  }
  return undefined;
}

/** A guessed multi-word person whose first word is unknown outranks KB words inside it. */
function effectiveScore(c: Candidate, all: readonly Candidate[]): number {
  if (c.rule !== "entities/chunk:person") return c.score;
  // A first word known only as an ambiguous name ("Florence", "Jordan") is no evidence against the person.
  const firstKnown = all.some((o) => o !== c && o.kb && !o.kb.ambiguous && o.start === c.start);
  const innerKb = all.filter((o) => o !== c && o.kb && o.start >= c.start && o.end <= c.end);
  // Only a lone organization word or known surname yields ("Doug Ford", "Liri Berisha"); a place or country inside wins ("Erdogan Ankara" is two names).
  const weakInner = innerKb.every(
    (o) => (o.kb?.kind === "org" || o.kb?.kind === "person" || o.kb?.ambiguous === true) && o.te - o.ts === 1,
  );
  return !firstKnown && innerKb.length > 0 && weakInner ? c.score + 4 : c.score;
}

function absorb(into: Candidate, from: Candidate): void {
  if (!into.kb && from.kb) into.kb = from.kb;
  if (!into.role && from.role) into.role = from.role;
  if (!into.country && from.country) into.country = from.country;
  if (!into.sector && from.sector) into.sector = from.sector;
  if (from.type === "PERSON" && into.kb?.kind === "person") into.type = "PERSON";
}
