import type { Article, Doc } from "./model/document.js";
import { DyadError } from "./model/errors.js";
import { defaultPipeline } from "./pipeline/default.js";
import type { DocStatus, Pipeline } from "./pipeline/pipeline.js";
import type { Analysis } from "./schema/analysis.js";
import { createDoc } from "./text/create-doc.js";
import { PIPELINE_VERSION } from "./version.js";

export interface AnalyzeOptions {
  /** Sets or overrides the publication date (YYYY-MM-DD). */
  published?: string | undefined;
  /** Another pipeline than the default one. */
  pipeline?: Pipeline | undefined;
  /** Include tokens in the analysis JSON. */
  tokens?: boolean | undefined;
  /** Receives trace lines from the stages (debugging). */
  trace?: ((stage: string, message: string) => void) | undefined;
}

export interface AnalyzeResult {
  doc: Doc;
  status: DocStatus;
  analysis: Analysis;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Checks a publication date: YYYY-MM-DD, optionally followed by a time, and a real calendar day.
 * @throws DyadError `input.bad-date`
 * @example checkDate("2024-10-03") // "2024-10-03"
 */
export function checkDate(value: string): string {
  const m = DAY.exec(value.trim());
  const day = m ? `${m[1]}-${m[2]}-${m[3]}` : "";
  const parsed = m ? new Date(`${day}T00:00:00Z`) : undefined;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day) {
    throw new DyadError("input.bad-date", `not a publication date: ${JSON.stringify(value)} (expected YYYY-MM-DD)`);
  }
  return day;
}

/**
 * Analyses one article with the default pipeline (or `options.pipeline`).
 * @example analyzeArticle({ id: "a", raw: "Biden met Xi on Monday." }, { published: "2024-10-03" }).analysis.timexes
 */
export function analyzeArticle(article: Article, options: AnalyzeOptions = {}): AnalyzeResult {
  const published = options.published ?? article.published;
  const doc = createDoc({ ...article, published: published === undefined ? undefined : checkDate(published) });
  if (doc.published === undefined) {
    doc.diagnostics.push({
      code: "input.no-publication-date",
      severity: "warning",
      message: "no publication date: relative time expressions stay unresolved (pass --published YYYY-MM-DD)",
    });
  }
  const pipeline = options.pipeline ?? defaultPipeline();
  const status = pipeline.run(doc, options.trace ? { trace: options.trace } : {});
  return { doc, status, analysis: toAnalysis(doc, status, options.tokens === true) };
}

/** The JSON view of a document. */
export function toAnalysis(doc: Doc, status: DocStatus, withTokens: boolean): Analysis {
  return {
    id: doc.id,
    ...(doc.title ? { title: doc.title } : {}),
    ...(doc.url ? { url: doc.url } : {}),
    ...(doc.source ? { source: doc.source } : {}),
    ...(doc.published ? { published: doc.published } : {}),
    status,
    pipelineVersion: PIPELINE_VERSION,
    text: doc.text,
    paragraphs: doc.paragraphs,
    sentences: doc.sentences,
    ...(withTokens ? { tokens: doc.tokens } : {}),
    entities: doc.entities,
    timexes: doc.timexes,
    quotes: doc.quotes,
    events: doc.events,
    diagnostics: doc.diagnostics,
  };
}
