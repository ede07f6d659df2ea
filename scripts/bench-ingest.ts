/**
 * Ingest throughput: the VOA dev corpus (../shared/corpus/voa-dev.jsonl beside the repository, else data/corpus) repeated under
 * distinct ids and titles to at least 1,000 articles, ingested into a fresh temporary SQLite file.
 *
 *   node --import tsx scripts/bench-ingest.ts [--articles N] [--workers N]
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createAnalyzer, defaultWorkers } from "../src/corpus/analyzer-pool.js";
import { corpusFiles } from "../src/corpus/demo.js";
import { ingest } from "../src/corpus/ingest.js";
import { openSqliteStore } from "../src/store/sqlite/open.js";

const VOA = new URL("../../shared/corpus/voa-dev.jsonl", import.meta.url);

function baseLines(): { source: string; lines: string[] } {
  const files = existsSync(VOA) ? [VOA.pathname] : corpusFiles();
  const lines = files.flatMap((f) =>
    readFileSync(f, "utf8")
      .split("\n")
      .filter((l) => l.trim()),
  );
  return { source: files.join(", "), lines };
}

/** Copies get new ids and titles, so none is skipped as a duplicate of another. */
function repeated(lines: string[], n: number): string {
  const out: string[] = [];
  for (let i = 0; out.length < n; i++) {
    const a = JSON.parse(lines[i % lines.length]!) as { id: string; title?: string };
    const copy = Math.floor(i / lines.length);
    out.push(JSON.stringify({ ...a, id: `${a.id}-r${copy}`, title: `${a.title ?? ""} [${copy}]` }));
  }
  return `${out.join("\n")}\n`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { articles: { type: "string" }, workers: { type: "string" } } });
  const n = Number(values.articles ?? 1000);
  const workers = values.workers === undefined ? defaultWorkers() : Number(values.workers);
  const { source, lines } = baseLines();
  const dir = mkdtempSync(join(tmpdir(), "dyad-bench-"));
  const corpus = join(dir, "corpus.jsonl");
  writeFileSync(corpus, repeated(lines, n));
  const store = await openSqliteStore(join(dir, "bench.db"));
  const analyzer = createAnalyzer(workers);
  try {
    const cpu0 = process.cpuUsage();
    const s = await ingest([corpus], { store, analyzer });
    const cpu = process.cpuUsage(cpu0);
    const stored = s.stored.ok + s.stored.partial + s.stored.failed;
    const counts = await store.counts();
    console.log(`source   ${source} (${lines.length} articles, repeated to ${n})`);
    console.log(`machine  ${availableParallelism()} cores, ${workers} analysis workers`);
    console.log(
      `stored   ${stored} articles, ${counts.events} events (${counts.merged_events} merged), ${s.failed.length} failed`,
    );
    console.log(`time     ${s.seconds.toFixed(2)} s`);
    console.log(`speed    ${(stored / s.seconds).toFixed(1)} articles/s`);
    // CPU time over all threads does not depend on what else runs on the machine, unlike the wall clock.
    const cpuMs = (cpu.user + cpu.system) / 1000 / Math.max(1, stored);
    const cores = Math.min(availableParallelism(), workers + 1); // the workers plus the writing main thread
    console.log(
      `cpu      ${cpuMs.toFixed(1)} ms per article, all threads (~${((1000 * cores) / cpuMs).toFixed(0)} articles/s on ${cores} idle cores)`,
    );
    const perWrite = (s.writeSeconds * 1000) / Math.max(1, stored);
    console.log(
      `writing  ${s.writeSeconds.toFixed(2)} s on the main thread (${perWrite.toFixed(2)} ms/article, ceiling ${(1000 / perWrite).toFixed(0)} articles/s)`,
    );
  } finally {
    await analyzer.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
