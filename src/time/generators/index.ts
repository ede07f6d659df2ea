import type { Generator } from "../candidate.js";
import { absoluteDates, holidayPattern } from "./absolute.js";
import { compile as compileDurations, durations } from "./durations.js";
import { compile as compileOffsets, offsets } from "./offsets.js";
import { relativeDates } from "./relative.js";
import { seasons } from "./seasons.js";
import { clockTimes } from "./times.js";
import { vagueRefs } from "./vague.js";
import { yearDates } from "./years.js";

/** Every candidate generator; order does not matter (refiners decide among overlapping proposals). */
export const GENERATORS: readonly Generator[] = [
  absoluteDates,
  yearDates,
  relativeDates,
  seasons,
  offsets,
  durations,
  vagueRefs,
  clockTimes,
];

/** Compiles the patterns built from data files, so their trigger keys are declared before tokens are indexed. */
export function prepareGenerators(): void {
  holidayPattern();
  compileDurations();
  compileOffsets();
}
