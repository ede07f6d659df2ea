import { DyadError } from "../model/errors.js";
import type { EventFilter } from "../store/store.js";

const DAY = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const PAIR = /^([A-Za-z~][\w.~ ]*)[-:/]([A-Za-z~][\w.~ ]*)$/;

/** "USA-CHN" (or "USA:CHN") to a pair of actor codes or names. */
export function parseDyad(value: string): readonly [string, string] {
  const m = PAIR.exec(value.trim());
  if (!m) throw new DyadError("usage", `--dyad wants two actors like USA-CHN, not ${JSON.stringify(value)}`);
  return [m[1]!, m[2]!];
}

export function parseDay(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (!DAY.test(value)) throw new DyadError("usage", `${flag} wants YYYY-MM-DD (or YYYY-MM, YYYY), not ${value}`);
  return value;
}

export function parseCount(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new DyadError("usage", `${flag} wants a whole number, not ${value}`);
  return n;
}

/** The event filter options shared by `dyad events`, `dyad timeline` and `dyad export`. */
export const EVENT_FILTER_OPTIONS = {
  actor: { type: "string" },
  recipient: { type: "string" },
  dyad: { type: "string" },
  type: { type: "string" },
  status: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  text: { type: "string" },
  limit: { type: "string" },
} as const;

export function eventFilter(v: Partial<Record<keyof typeof EVENT_FILTER_OPTIONS, string>>): EventFilter {
  return {
    actor: v.actor,
    recipient: v.recipient,
    dyad: v.dyad === undefined ? undefined : parseDyad(v.dyad),
    type: v.type,
    status: v.status,
    from: parseDay(v.from, "--from"),
    to: parseDay(v.to, "--to"),
    text: v.text,
    limit: parseCount(v.limit, "--limit"),
  };
}

export const FILTER_HELP = `Filters:
  --actor X          actor code (USA, CHN, NATO) or part of a name ("Blinken")
  --recipient X      recipient code or name
  --dyad A-B         events between A and B in either direction (USA-CHN)
  --type T           PLOVER type (CONSULT, ACCUSE, SANCTION ...)
  --status S         occurred, planned, hypothetical or negated
  --from D, --to D   event date (else publication date) from/to, YYYY-MM-DD
  --text WORDS       words in the evidence or the headlines
  --limit N          at most N events`;
