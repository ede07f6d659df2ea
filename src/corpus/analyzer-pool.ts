import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { analyzeArticle } from "../analyze.js";
import type { Article } from "../model/document.js";
import { DyadError } from "../model/errors.js";
import type { DocStatus } from "../pipeline/pipeline.js";
import type { Analysis } from "../schema/analysis.js";

export type AnalyzeOutcome =
  | { ok: true; analysis: Analysis; status: DocStatus }
  | { ok: false; code: string; message: string };

export interface WorkerJob {
  seq: number;
  article: Article;
}
export type WorkerReply = { seq: number } & AnalyzeOutcome;

/** Analyses articles, in worker threads or in-process; `close` ends the workers. */
export interface Analyzer {
  readonly workers: number;
  analyse(article: Article): Promise<AnalyzeOutcome>;
  close(): Promise<void>;
}

/** Default worker count: one per core, at most 4 (beyond that the single writer becomes the bottleneck). */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(availableParallelism(), 4));
}

/** Runs the pipeline on the calling thread (`--workers 0`, and tests). */
export function inProcessAnalyzer(): Analyzer {
  return {
    workers: 0,
    analyse: async (article) => {
      try {
        const { analysis, status } = analyzeArticle(article);
        return { ok: true, analysis, status };
      } catch (err) {
        const code = err instanceof DyadError ? err.code : "analysis.crashed";
        return { ok: false, code, message: err instanceof Error ? err.message : String(err) };
      }
    },
    close: async () => {},
  };
}

/**
 * How to start the worker script next to this module: from dist, the `.js` file itself; from src under tsx, a small
 * bootstrap that registers tsx's loader inside the worker first (Node 20 does not pass `--import` hooks to workers).
 */
function workerSource(): { code: string | URL; eval: boolean } {
  if (!import.meta.url.endsWith(".ts")) return { code: new URL("./analyze-worker.js", import.meta.url), eval: false };
  const script = new URL("./analyze-worker.ts", import.meta.url).href;
  const tsx = import.meta.resolve("tsx/esm/api");
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(script)}); });`;
  return { code, eval: true };
}

interface Slot {
  worker: Worker;
  job?: { seq: number; resolve: (o: AnalyzeOutcome) => void } | undefined;
}

/** A pool of `n` worker threads, one article at a time each; jobs wait in a FIFO queue. */
export function workerAnalyzer(n: number): Analyzer {
  const source = workerSource();
  const queue: { job: WorkerJob; resolve: (o: AnalyzeOutcome) => void }[] = [];
  const slots: Slot[] = [];
  let seq = 0;

  const pump = (slot: Slot): void => {
    const next = slot.job ? undefined : queue.shift();
    if (!next) return;
    slot.job = { seq: next.job.seq, resolve: next.resolve };
    slot.worker.postMessage(next.job);
  };
  const finish = (slot: Slot, outcome: AnalyzeOutcome): void => {
    const job = slot.job;
    slot.job = undefined;
    job?.resolve(outcome);
    pump(slot);
  };
  const spawn = (slot: Slot): void => {
    const worker = new Worker(source.code, { eval: source.eval });
    slot.worker = worker;
    worker.on("message", (reply: WorkerReply) => finish(slot, reply));
    // A crashed worker fails only its current article; a fresh worker takes its place.
    worker.on("error", (err) => {
      if (slot.worker !== worker) return;
      const job = slot.job;
      slot.job = undefined;
      if (!closing) spawn(slot);
      job?.resolve({ ok: false, code: "analysis.worker-crashed", message: err.message });
      if (!closing) pump(slot);
    });
  };
  let closing = false;
  for (let i = 0; i < n; i++) {
    const slot = {} as Slot;
    spawn(slot);
    slots.push(slot);
  }
  return {
    workers: n,
    analyse: (article) =>
      new Promise((resolve) => {
        queue.push({ job: { seq: ++seq, article }, resolve });
        const idle = slots.find((s) => !s.job);
        if (idle) pump(idle);
      }),
    close: async () => {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

/** `--workers 0` analyses in-process; anything else starts a pool. */
export function createAnalyzer(workers: number = defaultWorkers()): Analyzer {
  return workers <= 0 ? inProcessAnalyzer() : workerAnalyzer(workers);
}
