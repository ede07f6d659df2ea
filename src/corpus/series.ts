import type { MergedEvent } from "../store/store.js";
import type { Row } from "./format.js";

export const SERIES_COLUMNS = [
  "week",
  "week_start",
  "actor_country",
  "recipient_country",
  "events",
  "scored_events",
  "cooperation",
  "conflict",
  "net",
  "mean_score",
  "types",
] as const;

/** ISO week of a YYYY-MM-DD day: its label ("2024-W05") and its Monday. @example isoWeek("2024-01-31") */
export function isoWeek(day: string): { week: string; start: string } {
  const d = new Date(`${day}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0 .. Sunday 6
  const monday = new Date(d.getTime() - weekday * 86_400_000);
  // The ISO year is the year of the week's Thursday.
  const thursday = new Date(monday.getTime() + 3 * 86_400_000);
  const year = thursday.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const week = Math.floor((thursday.getTime() - jan1) / (7 * 86_400_000)) + 1;
  return { week: `${year}-W${String(week).padStart(2, "0")}`, start: monday.toISOString().slice(0, 10) };
}

interface Cell {
  week: string;
  start: string;
  actor: string;
  recipient: string;
  events: number;
  scored: number;
  cooperation: number;
  conflict: number;
  types: Map<string, number>;
}

/** Country codes only: keys of actors without a country ("~name") and unknown sides are left out. */
function countries(keys: readonly string[]): string[] {
  return keys.filter((k) => !k.startsWith("~"));
}

function add(cells: Map<string, Cell>, e: MergedEvent, day: string, actor: string, recipient: string): void {
  const { week, start } = isoWeek(day);
  const key = `${week}|${actor}|${recipient}`;
  let c = cells.get(key);
  if (!c) {
    c = { week, start, actor, recipient, events: 0, scored: 0, cooperation: 0, conflict: 0, types: new Map() };
    cells.set(key, c);
  }
  c.events++;
  c.types.set(e.type, (c.types.get(e.type) ?? 0) + 1);
  if (e.score === null) return;
  c.scored++;
  if (e.score >= 0) c.cooperation += e.score;
  else c.conflict += e.score;
}

/**
 * Weekly conflict-cooperation series per directed country pair, from the PLOVER scores of events that occurred
 * (planned, hypothetical and negated events did not happen that week). A merged event counts once, however many
 * articles reported it; an event with several actor or recipient countries counts for each pair.
 */
export function weeklySeries(events: readonly MergedEvent[]): Row[] {
  const cells = new Map<string, Cell>();
  for (const e of events) {
    if (e.status !== "occurred" || !e.sortDate) continue;
    const day = e.sortDate.slice(0, 10);
    for (const a of countries(e.actorCountries)) {
      for (const r of countries(e.recipientCountries)) if (a !== r) add(cells, e, day, a, r);
    }
  }
  const rows = [...cells.values()].map((c) => ({
    week: c.week,
    week_start: c.start,
    actor_country: c.actor,
    recipient_country: c.recipient,
    events: c.events,
    scored_events: c.scored,
    cooperation: round(c.cooperation),
    conflict: round(c.conflict),
    net: round(c.cooperation + c.conflict),
    mean_score: c.scored ? round((c.cooperation + c.conflict) / c.scored) : null,
    types: [...c.types].map(([t, n]) => `${t}:${n}`).sort(),
  }));
  return rows.sort(
    (x, y) =>
      cmp(x.week_start, y.week_start) ||
      cmp(x.actor_country, y.actor_country) ||
      cmp(x.recipient_country, y.recipient_country),
  );
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
