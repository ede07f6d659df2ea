import type { Doc } from "../model/document.js";
import type { TextSpan } from "../model/span.js";
import type { Quote } from "../quotes/schema.js";
import type { ActorMention } from "./mentions.js";
import type { Event } from "./schema.js";

// Money and percentages attached to AID and SANCTION: "$567 million", "US$1.2 billion", "25%", "10 percent".
// Must not match bare years ("2024") or counts ("13 rounds").
const AMOUNT =
  /(?:US)?\$\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|trillion|[mbMB]n?)\b)?|\b\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)/g;
const PLACE_PREP = new Set(["in", "at", "near", "outside"]);
const PLACE_TYPES = new Set(["GPE", "LOC", "FAC"]);

/** The amounts stated in the clause `[start, end)` (character offsets). */
export function amountsIn(doc: Doc, start: number, end: number): TextSpan[] {
  const text = doc.text.slice(start, end);
  const out: TextSpan[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const s = start + (m.index ?? 0);
    out.push({ start: s, end: s + m[0].length, text: m[0] });
  }
  return out;
}

/** The place of the event: a GPE/LOC/FAC mention after "in"/"at" in the clause, not one of the event's sides. */
export function placeIn(
  doc: Doc,
  mentions: ActorMention[],
  clause: [number, number],
  sides: Set<ActorMention>,
): Event["place"] {
  for (const m of mentions) {
    if (m.first < clause[0] || m.first >= clause[1] || sides.has(m) || !PLACE_TYPES.has(m.entity.type)) continue;
    const prev = doc.tokens[m.first - 1];
    if (!prev || !PLACE_PREP.has(prev.lower)) continue;
    const place: NonNullable<Event["place"]> = { name: m.entity.name, entity: m.entity.id };
    place.country = m.country;
    return place;
  }
  return undefined;
}

/** The quote whose content contains the span, if the event is stated inside reported speech. */
export function quoteAround(doc: Doc, start: number, end: number): Quote | undefined {
  for (const q of doc.quotes) if (q.start <= start && end <= q.end) return q;
  return undefined;
}
