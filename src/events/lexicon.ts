import { readFileSync } from "node:fs";
import type { PloverType } from "./schema.js";

/** Part of speech a trigger entry needs on its first word: a verb, a noun, or any. */
export type TriggerPos = "V" | "N" | "X";

/** One row of `data/events/triggers.tsv`: a lemma or multiword pattern and the event it signals. */
export interface TriggerEntry {
  /** Slots of alternatives ("express|voice", "concern"); `null` is a gap of up to four tokens ("*"). */
  slots: (Set<string> | null)[];
  pattern: string;
  pos: TriggerPos;
  /** The PLOVER category, or "-" for a blocker (a phrase such as "poses a threat" that is no act). */
  type: PloverType | "-";
  mode?: string;
  context?: string;
  cameo: string;
  /**
   * Alleged misconduct ("ripping off", "flouting"): the word states what the speaker charges the subject with, so the
   * speaker accuses and the subject receives. Marked by a note starting "speaker:" in the table.
   */
  bySpeaker?: boolean;
  /** A retaliation ("countermeasures"): with no stated target it answers the party that acted first. Note "answers:". */
  answers?: boolean;
  /** Sides that act on each other when no direction is stated ("X and Y signed a pact"). Note "reciprocal". */
  reciprocal?: boolean;
}

/** A PLOVER category row of `data/events/plover.json`. */
export interface PloverCategory {
  type: PloverType;
  cameo: string[];
  score: number;
  modes: string[];
  modeScores: Record<string, number>;
}

export interface EventLexicon {
  /** Entries indexed by every alternative of their first slot, longest pattern first. */
  byFirst: Map<string, TriggerEntry[]>;
  categories: Map<PloverType, PloverCategory>;
}

let cached: EventLexicon | undefined;

/** The trigger lexicon and PLOVER table, read once from `data/events/`. */
export function eventLexicon(): EventLexicon {
  cached ??= load();
  return cached;
}

function load(): EventLexicon {
  const tsv = readFileSync(new URL("../../data/events/triggers.tsv", import.meta.url), "utf8");
  const byFirst = new Map<string, TriggerEntry[]>();
  for (const line of tsv.split("\n")) {
    const entry = parseRow(line);
    if (!entry) continue;
    for (const w of entry.slots[0] ?? []) {
      const list = byFirst.get(w) ?? [];
      list.push(entry);
      byFirst.set(w, list);
    }
  }
  // Longest patterns first so "call for" wins over "call", and blockers win over what they contain.
  for (const list of byFirst.values()) list.sort((a, b) => b.slots.length - a.slots.length);
  const json = JSON.parse(readFileSync(new URL("../../data/events/plover.json", import.meta.url), "utf8")) as {
    categories: PloverCategory[];
  };
  const categories = new Map(json.categories.map((c) => [c.type, c] as const));
  return { byFirst, categories };
}

function parseRow(line: string): TriggerEntry | undefined {
  if (line.startsWith("#") || line.trim() === "") return undefined;
  const [pattern = "", pos = "X", type = "", mode = "", context = "", cameo = "", note = ""] = line.split("\t");
  if (!pattern || !type) return undefined;
  const slots = pattern
    .trim()
    .split(/\s+/)
    .map((s) => (s === "*" ? null : new Set(s.toLowerCase().split("|"))));
  const entry: TriggerEntry = { slots, pattern, pos: pos as TriggerPos, type: type as PloverType | "-", cameo };
  if (mode) entry.mode = mode;
  if (context) entry.context = context;
  if (note.startsWith("speaker:")) entry.bySpeaker = true;
  if (note.startsWith("answers:")) entry.answers = true;
  if (note.startsWith("reciprocal")) entry.reciprocal = true;
  return entry;
}

/** The category's score, refined by the mode when the manual's table has one. */
export function ploverScore(type: PloverType, mode: string | undefined): number | undefined {
  const cat = eventLexicon().categories.get(type);
  if (!cat) return undefined;
  return (mode !== undefined ? cat.modeScores[mode] : undefined) ?? cat.score;
}
