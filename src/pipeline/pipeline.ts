import type { Diagnostic } from "../model/diagnostic.js";
import type { Doc, LayerName } from "../model/document.js";
import { DyadError } from "../model/errors.js";
import type { Stage, StageContext } from "./stage.js";

/** Layers a freshly created document already has (see `createDoc`). */
const INITIAL_LAYERS: readonly LayerName[] = ["text"];

export interface Pipeline {
  readonly stages: readonly Stage[];
  /** Runs every stage; a stage that throws is recorded as an error diagnostic and the stages that need it are skipped. */
  run(doc: Doc, ctx?: Partial<StageContext>): DocStatus;
}

/** `ok`: every stage ran cleanly; `partial`: some stage failed or was skipped; `failed`: nothing useful came out. */
export type DocStatus = "ok" | "partial" | "failed";

/**
 * Builds a pipeline, checking that each stage's requirements are provided by the stages before it.
 * @throws DyadError `pipeline.unmet-requirement` naming the stage and the missing layers.
 * @example buildPipeline([segmentStage, tokenStage]).run(doc)
 */
export function buildPipeline(stages: readonly Stage[]): Pipeline {
  const have = new Set<LayerName>(INITIAL_LAYERS);
  for (const stage of stages) {
    const missing = stage.requires.filter((l) => !have.has(l));
    if (missing.length > 0) {
      throw new DyadError(
        "pipeline.unmet-requirement",
        `stage "${stage.name}" requires ${missing.map((m) => `"${m}"`).join(", ")}, which no earlier stage provides`,
      );
    }
    for (const l of stage.provides) have.add(l);
  }
  return { stages, run: (doc, ctx) => runStages(stages, doc, ctx) };
}

function runStages(stages: readonly Stage[], doc: Doc, partialCtx?: Partial<StageContext>): DocStatus {
  const ctx: StageContext = { trace: partialCtx?.trace ?? noop };
  let status: DocStatus = "ok";
  for (const stage of stages) {
    const missing = stage.requires.filter((l) => !doc.layers.includes(l));
    if (missing.length > 0) {
      doc.diagnostics.push(skipped(stage, missing));
      status = "partial";
      continue;
    }
    try {
      stage.run(doc, ctx);
      for (const l of stage.provides) if (!doc.layers.includes(l)) doc.layers.push(l);
    } catch (err) {
      doc.diagnostics.push(crashed(stage, err));
      status = "partial";
    }
  }
  if (!doc.layers.includes("sentences")) status = "failed";
  return status;
}

function noop(): void {}

function skipped(stage: Stage, missing: LayerName[]): Diagnostic {
  return {
    code: "pipeline.stage-skipped",
    severity: "error",
    stage: stage.name,
    message: `skipped: needs ${missing.join(", ")}, which an earlier stage failed to provide`,
  };
}

function crashed(stage: Stage, err: unknown): Diagnostic {
  const message = err instanceof Error ? err.message : String(err);
  return { code: "pipeline.stage-failed", severity: "error", stage: stage.name, message };
}
