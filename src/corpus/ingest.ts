import { createHash } from "node:crypto";
import type { InputItem } from "../io/input-item.js";
import type { Article } from "../model/document.js";
import type { DocStatus } from "../pipeline/pipeline.js";
import type { Analysis } from "../schema/analysis.js";
import type { SaveResult, Store } from "../store/store.js";
import { PIPELINE_VERSION } from "../version.js";
import type { AnalyzeOutcome, Analyzer } from "./analyzer-pool.js";
import { expandSources } from "./sources.js";

export interface IngestFailure {
  where: string;
  code: string;
  message: string;
}

export interface IngestSummary {
  read: number;
  stored: { ok: number; partial: number; failed: number };
  skipped: { unchanged: number; duplicate: number };
  failed: IngestFailure[];
  events: number;
  /** Events that joined a cross-article event another article already reported. */
  merged: number;
  seconds: number;
  /** Of which the main thread spent writing to the store: the ceiling on throughput with enough workers. */
  writeSeconds: number;
}

export interface IngestOptions {
  store: Store;
  analyzer: Analyzer;
  pipelineVersion?: string | undefined;
  /** Overrides every article's publication date. */
  published?: string | undefined;
  fetch?: typeof fetch | undefined;
  /** Stops reading new articles; those already being analysed are still stored. */
  signal?: AbortSignal | undefined;
  onProgress?: ((s: IngestSummary) => void) | undefined;
  /** Articles from another source than the inputs (tests, the demo). */
  items?: AsyncIterable<InputItem> | Iterable<InputItem> | undefined;
}

/**
 * Identity of an article's content: the same text, title and date under any id is the same article.
 * @example contentHash({ id: "a", raw: "Text." }) // "3f1c..."
 */
export function contentHash(a: Article): string {
  return createHash("sha256")
    .update(JSON.stringify([a.title ?? "", a.published ?? "", a.raw]))
    .digest("hex");
}

function emptySummary(): IngestSummary {
  return {
    read: 0,
    stored: { ok: 0, partial: 0, failed: 0 },
    skipped: { unchanged: 0, duplicate: 0 },
    failed: [],
    events: 0,
    merged: 0,
    seconds: 0,
    writeSeconds: 0,
  };
}

/** An analysed article waiting to be written. */
interface Ready {
  article: Article;
  where: string;
  hash: string;
  outcome: AnalyzeOutcome;
  done: () => void;
}

/** Articles written per transaction at most: enough to share a commit, few enough that a crash loses little. */
const MAX_BATCH = 32;
/**
 * The writer is faster than the analysis, so without waiting every batch would hold one article and pay a whole
 * commit (a third of the write cost). It waits up to this long for this many articles while more are being analysed.
 */
const MIN_BATCH = 16;
const MAX_WAIT_MS = 100;

/**
 * The single writer: takes every analysed article waiting and stores them in one transaction. Writes run one
 * after another, because cross-article merging must see every earlier article's events. `pending` tells how many
 * articles are still being analysed, so it never waits for articles that will not come.
 */
function batchWriter(store: Store, summary: IngestSummary, onWritten: () => void, pending: () => number) {
  const queue: Ready[] = [];
  let running = false;
  let wake: (() => void) | undefined;
  const fill = async () => {
    const deadline = performance.now() + MAX_WAIT_MS;
    while (queue.length < MIN_BATCH && pending() > queue.length && performance.now() < deadline) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(1, deadline - performance.now()));
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
    }
  };
  const drain = async () => {
    running = true;
    await fill();
    while (queue.length > 0) {
      const batch = queue.splice(0, MAX_BATCH);
      const t0 = performance.now();
      await writeBatch(store, batch, summary);
      summary.writeSeconds += (performance.now() - t0) / 1000;
      for (const r of batch) r.done();
      onWritten();
      if (queue.length > 0) await fill();
    }
    running = false;
  };
  return (r: Omit<Ready, "done">): Promise<void> =>
    new Promise((done) => {
      queue.push({ ...r, done });
      if (queue.length >= MIN_BATCH) wake?.();
      if (!running) void drain();
    });
}

/**
 * Ingests articles into a store: admits each by id and content hash (so a re-run or a resumed run skips what is
 * stored), analyses the rest in the analyzer's workers, and writes whole articles in transactions from this thread.
 * One bad article is a failure in the summary, never an exception.
 * @example await ingest(["data/corpus"], { store, analyzer: createAnalyzer() })
 */
export async function ingest(inputs: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const { store, analyzer } = options;
  const version = options.pipelineVersion ?? PIPELINE_VERSION;
  const summary = emptySummary();
  const seen = new Set<string>();
  const inflight = new Set<Promise<void>>();
  // Enough articles in flight to keep every worker busy while the writer commits a batch.
  const window = Math.max(1, analyzer.workers) * 2 + MAX_BATCH;
  const progress = () => {
    summary.seconds = (performance.now() - started) / 1000;
    options.onProgress?.(summary);
  };
  // Every task in flight is an article being analysed or waiting to be written.
  const write = batchWriter(store, summary, progress, () => inflight.size);

  const items = options.items ?? expandSources(inputs, { fetch: options.fetch });
  for await (const item of items) {
    if (options.signal?.aborted) break;
    summary.read++;
    if (!item.ok) {
      summary.failed.push({ where: item.where, code: item.code, message: item.message });
      progress();
      continue;
    }
    const article = options.published ? { ...item.article, published: options.published } : item.article;
    const hash = contentHash(article);
    const admission = await admitOnce(store, seen, article.id, hash, version);
    if (admission.action === "skip") {
      summary.skipped[admission.reason]++;
      progress();
      continue;
    }
    const task = analyzer.analyse(article).then((outcome) => write({ article, where: item.where, hash, outcome }));
    inflight.add(task);
    void task.finally(() => inflight.delete(task));
    if (inflight.size >= window) await Promise.race(inflight);
  }
  await Promise.all(inflight);
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** Admission by the store, plus duplicates within this run (not stored yet when the twin arrives). */
async function admitOnce(store: Store, seen: Set<string>, id: string, hash: string, version: string) {
  if (seen.has(hash)) return { action: "skip", reason: "duplicate" } as const;
  seen.add(hash);
  return store.admit(id, hash, version);
}

function metaOf(r: Ready, analysis: Analysis) {
  const a = r.article;
  return {
    id: a.id,
    contentHash: r.hash,
    title: analysis.title ?? a.title,
    url: analysis.url ?? a.url,
    source: a.source,
    published: analysis.published ?? a.published,
  };
}

/** Writes a batch in one transaction; if that fails, article by article, so one bad article fails alone. */
async function writeBatch(store: Store, batch: Ready[], summary: IngestSummary): Promise<void> {
  const good: { r: Ready; analysis: Analysis; status: DocStatus }[] = [];
  for (const r of batch) {
    if (r.outcome.ok) good.push({ r, analysis: r.outcome.analysis, status: r.outcome.status });
    else summary.failed.push({ where: r.where, code: r.outcome.code, message: r.outcome.message });
  }
  const count = (g: (typeof good)[number], saved: SaveResult) => {
    summary.stored[g.status]++;
    summary.events += saved.events;
    summary.merged += saved.merged;
  };
  try {
    const saved = await store.saveMany(good.map((g) => ({ meta: metaOf(g.r, g.analysis), analysis: g.analysis })));
    for (const [i, g] of good.entries()) count(g, saved[i]!);
    return;
  } catch {
    // Fall through: find the article that broke the batch.
  }
  for (const g of good) {
    try {
      count(g, await store.save(metaOf(g.r, g.analysis), g.analysis));
    } catch (err) {
      summary.failed.push({ where: g.r.where, code: "store.error", message: (err as Error).message });
    }
  }
}
