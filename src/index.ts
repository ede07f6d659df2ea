/**
 * Dyad's library API. The CLI and the corpus store are built on these functions only.
 * @example
 * import { analyzeArticle } from "dyad";
 * const { analysis } = analyzeArticle({ id: "a1", raw: "Biden met Xi on Monday." }, { published: "2024-10-03" });
 */
export { type AnalyzeOptions, type AnalyzeResult, analyzeArticle, checkDate, toAnalysis } from "./analyze.js";
export type { Entity, EntityType, Mention, Sector } from "./entities/schema.js";
export type { ActorRef, Event, EventStatus, PloverType } from "./events/schema.js";
export { type InputItem, readInputs } from "./io/read-input.js";
export type { Diagnostic } from "./model/diagnostic.js";
export type { Article, Doc, LayerName } from "./model/document.js";
export { DyadError, type ErrorCode } from "./model/errors.js";
export { toRaw } from "./model/offset-map.js";
export type { Provenance, Span, TextSpan } from "./model/span.js";
export type { Paragraph, Sentence, Token } from "./model/text-layers.js";
export { textReport } from "./output/report.js";
export { DEFAULT_STAGES, defaultPipeline } from "./pipeline/default.js";
export { buildPipeline, type DocStatus, type Pipeline } from "./pipeline/pipeline.js";
export type { Stage, StageContext } from "./pipeline/stage.js";
export type { Quote, Speaker } from "./quotes/schema.js";
export { type Analysis, AnalysisSchema, analysisJsonSchema } from "./schema/analysis.js";
export { createDoc } from "./text/create-doc.js";
export type { Timex } from "./time/schema.js";
export { PIPELINE_VERSION } from "./version.js";
