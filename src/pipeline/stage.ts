import type { Doc, LayerName } from "../model/document.js";

/** Options every stage may read. */
export interface StageContext {
  /** Collects trace lines when debugging is on; a no-op otherwise, so tracing costs nothing unless asked for. */
  trace: (stage: string, message: string) => void;
}

/**
 * A pipeline stage: a small typed object that declares the layers it needs and the layers it adds.
 * A stage that cannot do part of its work adds a diagnostic to `doc.diagnostics` and returns; it throws only on bugs.
 */
export interface Stage {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly provides: readonly LayerName[];
  run(doc: Doc, ctx: StageContext): void;
}
