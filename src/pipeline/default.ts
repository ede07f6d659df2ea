import { entityStage } from "../entities/stage.js";
import { eventStage } from "../events/stage.js";
import { quoteStage } from "../quotes/stage.js";
import { segmentStage } from "../text/segment-stage.js";
import { timeStage } from "../time/stage.js";
import { buildPipeline, type Pipeline } from "./pipeline.js";
import type { Stage } from "./stage.js";

/**
 * THE default pipeline, in order. Why this order:
 * - segment first: every later stage works on sentences and tokens;
 * - entities before quotes: a speaker is resolved through the entities' coreference chains;
 * - time before quotes and events: a quote's "said ... last week" and an event's own date come from the time layer;
 * - events last: actors come from entities, dates from time anchors, and an event stated in a quote is linked to it.
 */
export const DEFAULT_STAGES: readonly Stage[] = [segmentStage, entityStage, timeStage, quoteStage, eventStage];

let cached: Pipeline | undefined;

/** The default pipeline, built (and checked) once. */
export function defaultPipeline(): Pipeline {
  cached ??= buildPipeline(DEFAULT_STAGES);
  return cached;
}
