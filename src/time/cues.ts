import { readFileSync } from "node:fs";

/** Word lists that steer clause and tense decisions; data in data/time/cues.json (lemmas or lower-cased forms). */
export interface Cues {
  reportingVerbs: ReadonlySet<string>;
  clauseBoundaries: ReadonlySet<string>;
  futureVerbs: ReadonlySet<string>;
  futureAux: ReadonlySet<string>;
  pastAux: ReadonlySet<string>;
}

let cached: Cues | undefined;

/** Loaded lazily once; works from src/ and dist/. */
export function cues(): Cues {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(new URL("../../data/time/cues.json", import.meta.url), "utf8")) as Record<
    keyof Cues,
    string[]
  >;
  cached = {
    reportingVerbs: new Set(raw.reportingVerbs),
    clauseBoundaries: new Set(raw.clauseBoundaries),
    futureVerbs: new Set(raw.futureVerbs),
    futureAux: new Set(raw.futureAux),
    pastAux: new Set(raw.pastAux),
  };
  return cached;
}
