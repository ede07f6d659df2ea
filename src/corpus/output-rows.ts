import type { StoredActor, StoredQuote } from "../store/store.js";
import type { Row } from "./format.js";

export const QUOTE_COLUMNS = [
  "quote_id",
  "doc_id",
  "published",
  "speaker",
  "speaker_actor",
  "speaker_role",
  "speaker_country",
  "kind",
  "cue",
  "said_at",
  "start",
  "end",
  "text",
] as const;

/** One quote as an output row (shared with `dyad export`). */
export function quoteRow(q: StoredQuote): Row {
  return {
    quote_id: q.id,
    doc_id: q.docId,
    published: q.published,
    speaker: q.speaker,
    speaker_actor: q.speakerActor,
    speaker_role: q.speakerRole,
    speaker_country: q.speakerCountry,
    kind: q.kind,
    cue: q.cue,
    said_at: q.saidAt,
    start: q.start,
    end: q.end,
    text: q.text,
  };
}

export const ACTOR_COLUMNS = [
  "actor_id",
  "name",
  "type",
  "country",
  "sector",
  "code",
  "kb_id",
  "documents",
  "mentions",
] as const;

/** One actor as an output row (shared with `dyad export`). */
export function actorRow(a: StoredActor): Row {
  const { id, kbId, ...rest } = a;
  return { actor_id: id, kb_id: kbId, ...rest };
}
