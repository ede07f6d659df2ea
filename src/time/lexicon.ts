import { readFileSync } from "node:fs";

/** Calendar vocabulary from data/time/lexicon.json, indexed in Maps once. */
export interface Lexicon {
  months: ReadonlyMap<string, number>;
  weekdays: ReadonlyMap<string, number>;
  /** Number words; "X" for vague amounts ("several", "a few"). */
  numbers: ReadonlyMap<string, number | "X">;
  /** Unit word (singular) -> TIMEX3 duration letter(s). */
  units: ReadonlyMap<string, string>;
  seasons: ReadonlyMap<string, string>;
  /** Fixed-date holidays -> "MM-DD". */
  holidays: ReadonlyMap<string, string>;
  partsOfDay: ReadonlyMap<string, string>;
  modifiers: ReadonlyMap<string, string>;
}

let cached: Lexicon | undefined;

export function lexicon(): Lexicon {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(new URL("../../data/time/lexicon.json", import.meta.url), "utf8")) as Record<
    keyof Lexicon,
    Record<string, unknown>
  >;
  const map = <T>(k: keyof Lexicon) => new Map(Object.entries(raw[k]) as [string, T][]);
  cached = {
    months: map<number>("months"),
    weekdays: map<number>("weekdays"),
    numbers: map<number | "X">("numbers"),
    units: map<string>("units"),
    seasons: map<string>("seasons"),
    holidays: map<string>("holidays"),
    partsOfDay: map<string>("partsOfDay"),
    modifiers: map<string>("modifiers"),
  };
  return cached;
}

/** A number written in digits or words ("75", "1,500", "two", "a couple of"); undefined when it is neither. */
export function numberValue(s: string): number | "X" | undefined {
  const t = s.toLowerCase().replace(/\s+/g, " ").trim();
  if (/^\d[\d,]*$/.test(t)) return Number(t.replace(/,/g, ""));
  const direct = lexicon().numbers.get(t);
  if (direct !== undefined) return direct;
  // "twenty-five", "twenty five"
  const parts = t.split(/[- ]/);
  if (parts.length === 2) {
    const a = lexicon().numbers.get(parts[0]!);
    const b = lexicon().numbers.get(parts[1]!);
    if (typeof a === "number" && typeof b === "number" && a >= 20 && b < 10) return a + b;
  }
  return undefined;
}
