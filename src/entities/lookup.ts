import type { Doc } from "../model/document.js";
import type { Entity, Mention } from "./schema.js";

/** A mention together with the entity it refers to. */
export interface MentionHit {
  entity: Entity;
  mention: Mention;
}

/**
 * The entity with a mention exactly at `[start, end)`, else the entity whose mention covers the span most tightly
 * (a speaker span "Chinese Foreign Minister Wang Yi" finds Wang Yi through the mention inside it).
 * @example entityAt(doc, 120, 133)?.name // "Antony Blinken"
 */
export function entityAt(doc: Doc, start: number, end: number): Entity | undefined {
  let best: MentionHit | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const entity of doc.entities) {
    // A demonym inside a speaker span ("Chinese" in "Chinese Foreign Minister Wang Yi") never beats a name.
    const penalty = entity.type === "NORP" ? 0.5 : 0;
    for (const mention of entity.mentions) {
      const score = spanDistance(mention, start, end) + penalty;
      if (score < bestScore) {
        bestScore = score;
        best = { entity, mention };
      }
    }
  }
  return best?.entity;
}

/**
 * The mention (and its entity) covering character `offset`; the shortest wins when mentions nest.
 * @example mentionAt(doc, 125)?.entity.name // "Antony Blinken"
 */
export function mentionAt(doc: Doc, offset: number): MentionHit | undefined {
  let best: MentionHit | undefined;
  for (const entity of doc.entities) {
    for (const mention of entity.mentions) {
      if (mention.start > offset || offset >= mention.end) continue;
      if (!best || mention.end - mention.start < best.mention.end - best.mention.start) best = { entity, mention };
    }
  }
  return best;
}

/** Every mention that lies inside `[start, end)`, in text order. */
export function mentionsIn(doc: Doc, start: number, end: number): MentionHit[] {
  const out: MentionHit[] = [];
  for (const entity of doc.entities) {
    for (const mention of entity.mentions) {
      if (mention.start >= start && mention.end <= end) out.push({ entity, mention });
    }
  }
  return out.sort((a, b) => a.mention.start - b.mention.start);
}

/**
 * 0 for an exact match; a mention inside the span or the span inside a mention scores by the length difference;
 * spans that do not nest never match (Infinity), so a neighbouring name is never returned.
 */
function spanDistance(m: Mention, start: number, end: number): number {
  if (m.start === start && m.end === end) return 0;
  const nested = (m.start >= start && m.end <= end) || (start >= m.start && end <= m.end);
  if (!nested) return Number.POSITIVE_INFINITY;
  return Math.abs(m.end - m.start - (end - start));
}
