import assert from "node:assert/strict";
import type { Event } from "./schema.js";
import { extractEvents } from "./stage.js";
import { type EntitySpec, testDoc } from "./test-doc.js";

// Our own sentences about invented dealings between real states; publication day Wednesday 2025-06-11.
export const ENTITIES: EntitySpec[] = [
  ["Japan", "GPE", "JPN", ["Japan", "Tokyo"]],
  ["Chile", "GPE", "CHL", ["Chile", "Santiago"]],
  ["Peru", "GPE", "PER", ["Peru", "Lima"]],
  ["Kenji Sato", "PERSON", "JPN", ["Kenji Sato", "Sato", "He", "he", "his"]],
  ["Ana Rojas", "PERSON", "CHL", ["Ana Rojas", "Rojas"]],
  ["Chilean", "NORP", "CHL", ["Chilean"]],
];

export interface Want {
  type: string;
  actor: string[];
  recipient?: string[];
  status?: string;
  date?: string | null;
}

export interface Case {
  name: string;
  text: string;
  want: Want[];
  /** Events that must not be produced (type + actor + recipient; status when given must differ). */
  mustNot?: Want[];
}

function countries(list: Event["actor"]): string[] {
  return list.map((a) => a.country ?? "?");
}

function matches(e: Event, w: Want): boolean {
  if (e.type !== w.type) return false;
  const all = [...countries(e.actor), ...countries(e.recipient)];
  if (e.reciprocal) return [...w.actor, ...(w.recipient ?? [])].every((c) => all.includes(c));
  return (
    w.actor.every((c) => countries(e.actor).includes(c)) &&
    (w.recipient ?? []).every((c) => countries(e.recipient).includes(c))
  );
}

export function run(c: Case): void {
  const events = extractEvents(testDoc(c.text, ENTITIES));
  const seen = events.map(
    (e) => `${e.type} ${countries(e.actor)}->${countries(e.recipient)} ${e.status} ${e.date?.value ?? null}`,
  );
  for (const w of c.want) {
    const hit = events.find((e) => matches(e, w));
    assert.ok(hit, `${c.name}: expected ${w.type} ${w.actor}->${w.recipient ?? []}, got [${seen.join("; ")}]`);
    if (w.status) assert.equal(hit.status, w.status, `${c.name}: status`);
    if (w.date !== undefined) assert.equal(hit.date?.value ?? null, w.date, `${c.name}: date`);
  }
  for (const w of c.mustNot ?? []) {
    const bad = events.find(
      (e) =>
        matches(e, w) &&
        (!w.status || e.status === w.status) &&
        (w.date === undefined || (e.date?.value ?? null) === w.date),
    );
    assert.ok(
      !bad,
      `${c.name}: must not code ${w.type} ${w.actor}->${w.recipient ?? []} ${w.status ?? ""}: [${seen.join("; ")}]`,
    );
  }
}
