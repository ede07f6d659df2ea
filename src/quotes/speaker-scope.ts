import type { Entity, MentionKind } from "../entities/schema.js";
import type { Doc } from "../model/document.js";
import { type Span, textSpan } from "../model/span.js";
import type { Token } from "../model/text-layers.js";
import type { TokenRange } from "./np.js";
import type { Speaker } from "./schema.js";

/** An entity mention flattened for lookup by offset. */
export interface MentionRef {
  start: number;
  end: number;
  entity: Entity;
  kind: MentionKind;
}

/** What speaker resolution needs besides the phrase: the document, its mentions, and spans that are quoted speech. */
export interface SpeakerScope {
  doc: Doc;
  mentions: readonly MentionRef[];
  quoted: readonly Span[];
  /** Speakers resolved so far, in text order, with the offset of their quote's end. */
  recent: { at: number; speaker: Speaker }[];
}

/** Every entity mention, ordered by start offset. */
export function mentionIndex(doc: Doc): MentionRef[] {
  const out: MentionRef[] = [];
  for (const entity of doc.entities) {
    for (const m of entity.mentions) out.push({ start: m.start, end: m.end, entity, kind: m.kind });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The character span of a token range. */
export function spanOf(tokens: readonly Token[], r: TokenRange): Span {
  return { start: tokens[r.first]?.start ?? 0, end: tokens[r.last]?.end ?? 0 };
}

/** A speaker from an entity: its canonical name, role and country, and the mention that names it here. */
export function fromEntity(m: MentionRef, mention: Span, text: string): Speaker {
  const e = m.entity;
  const sp: Speaker = { entity: e.id, name: e.name, mention: textSpan(text, mention.start, mention.end) };
  if (e.role) sp.role = e.role;
  if (e.country) sp.country = e.country;
  return sp;
}
