/**
 * Cross-article event matching, pure: decides whether a newly stored event reports the same real-world event as an
 * existing merged event. The database side (candidates, aggregation) is in `merge-writer.ts`.
 */

/** Reports whose own dates differ by up to this many days may describe the same event (time zones, late reports). */
export const DATE_TOLERANCE_DAYS = 2;
/**
 * Undated reports merge only when their evidence shares this share of content words (Jaccard): without a date, the
 * same actors and type recur too often ("China criticized the U.S.") for the key alone to prove identity.
 */
export const UNDATED_SIMILARITY = 0.5;

export interface MatchSide {
  type: string;
  status: string;
  reciprocal: boolean;
  actorKey: string;
  recipientKey: string;
  /** Named people on each side ("|person:qin-gang|"), empty when a side names none. */
  actorPeople: string;
  recipientPeople: string;
  day: string | null;
  dateValue: string | null;
  place: string | null;
  evidence: string;
}

export interface MergedCandidate extends MatchSide {
  /** Document ids already reporting the candidate: a document never merges with itself. */
  documents: readonly string[];
}

const WORD = /[\p{L}\p{N}]{4,}/gu;

/** Shifts a YYYY-MM-DD day by `days`. @example shiftDay("2024-03-01", -2) // "2024-02-28" */
export function shiftDay(day: string, days: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export function dayDistance(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

// An ingest compares each new report with the same stored evidence again and again; its words are kept a while.
const wordCache = new Map<string, Set<string>>();

function wordsOf(text: string): Set<string> {
  let words = wordCache.get(text);
  if (!words) {
    words = new Set(text.toLowerCase().match(WORD) ?? []);
    if (wordCache.size >= 512) wordCache.clear();
    wordCache.set(text, words);
  }
  return words;
}

/** Jaccard similarity of the content words (4+ letters) of two texts. */
export function similarity(a: string, b: string): number {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / (wa.size + wb.size - shared);
}

function splitKey(key: string): string[] {
  return key.split("|").filter((k) => k.length > 0);
}

/**
 * Types whose direction is the writer's choice: "Blinken met Xi" and "Xi received Blinken" are one meeting, so
 * their reports merge with the sides swapped. Not AGREE or the others: "X agreed to Y's demand" has a direction.
 */
const SYMMETRIC_TYPES = new Set(["CONSULT"]);

/**
 * Same participants: same actor and recipient sets, or the same union when either report says both sides acted
 * or the type is symmetric.
 */
export function sameParticipants(a: MatchSide, b: MatchSide): boolean {
  if (a.actorKey === b.actorKey && a.recipientKey === b.recipientKey) return a.actorKey !== "" || a.recipientKey !== "";
  if (!a.reciprocal && !b.reciprocal && !SYMMETRIC_TYPES.has(a.type)) return false;
  const ua = new Set([...splitKey(a.actorKey), ...splitKey(a.recipientKey)]);
  const ub = new Set([...splitKey(b.actorKey), ...splitKey(b.recipientKey)]);
  return ua.size > 0 && ua.size === ub.size && [...ua].every((k) => ub.has(k));
}

function disjoint(a: string, b: string): boolean {
  const sa = splitKey(a);
  const sb = new Set(splitKey(b));
  return sa.length > 0 && sb.size > 0 && !sa.some((k) => sb.has(k));
}

/**
 * Two reports that both name the people on a side must share one: Blinken's talks with Qin Gang and his meeting with
 * Xi the next day have the same countries and type but are two events. A side naming no person never objects
 * ("Washington" may be Blinken). When the sides may be swapped, the swapped pairing may satisfy it instead.
 */
export function compatiblePeople(a: MatchSide, b: MatchSide): boolean {
  const direct = !disjoint(a.actorPeople, b.actorPeople) && !disjoint(a.recipientPeople, b.recipientPeople);
  if (direct) return true;
  if (!a.reciprocal && !b.reciprocal && !SYMMETRIC_TYPES.has(a.type)) return false;
  return !disjoint(a.actorPeople, b.recipientPeople) && !disjoint(a.recipientPeople, b.actorPeople);
}

function compatibleDates(a: MatchSide, b: MatchSide): boolean {
  if (a.day && b.day) return dayDistance(a.day, b.day) <= DATE_TOLERANCE_DAYS;
  if (a.day || b.day) return false;
  return a.dateValue === b.dateValue && similarity(a.evidence, b.evidence) >= UNDATED_SIMILARITY;
}

function compatiblePlaces(a: MatchSide, b: MatchSide): boolean {
  return !a.place || !b.place || a.place.toLowerCase() === b.place.toLowerCase();
}

/** A negated report ("did not meet") never merges with one saying it happened. */
function compatibleStatus(a: MatchSide, b: MatchSide): boolean {
  return (a.status === "negated") === (b.status === "negated");
}

/**
 * True when `event` (from document `docId`) reports the same real-world event as `candidate`.
 * @example matches(report, "doc2", merged) // same type, actors, recipients, dates within 2 days, same place
 */
export function matches(event: MatchSide, docId: string, candidate: MergedCandidate): boolean {
  return (
    event.type === candidate.type &&
    !candidate.documents.includes(docId) &&
    compatibleStatus(event, candidate) &&
    sameParticipants(event, candidate) &&
    compatiblePeople(event, candidate) &&
    compatiblePlaces(event, candidate) &&
    compatibleDates(event, candidate)
  );
}
