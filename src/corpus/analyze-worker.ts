import { parentPort } from "node:worker_threads";
import { analyzeArticle } from "../analyze.js";
import { DyadError } from "../model/errors.js";
import type { WorkerJob, WorkerReply } from "./analyzer-pool.js";

/**
 * Worker-thread entry: analyses the articles the ingest's main thread sends and posts the analyses back. The main
 * thread alone writes to the store, so the database sees one writer.
 */
const port = parentPort;
if (!port) throw new Error("analyze-worker must run in a worker thread");

port.on("message", (job: WorkerJob) => {
  let reply: WorkerReply;
  try {
    const { analysis, status } = analyzeArticle(job.article);
    reply = { seq: job.seq, ok: true, analysis, status };
  } catch (err) {
    const code = err instanceof DyadError ? err.code : "analysis.crashed";
    reply = { seq: job.seq, ok: false, code, message: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(reply);
});
