import type { IngestSummary } from "./ingest.js";

const BAR_WIDTH = 24;
const MAX_FAILURE_LINES = 20;

function stored(s: IngestSummary): number {
  return s.stored.ok + s.stored.partial + s.stored.failed;
}

function skipped(s: IngestSummary): number {
  return s.skipped.unchanged + s.skipped.duplicate;
}

function rate(s: IngestSummary): string {
  return s.seconds > 0 ? (s.read / s.seconds).toFixed(1) : "0";
}

/** One status line: "123 read: 100 stored, 20 skipped, 3 failed (45.2/s)". */
export function progressLine(s: IngestSummary): string {
  return `${s.read} read: ${stored(s)} stored, ${skipped(s)} skipped, ${s.failed.length} failed (${rate(s)}/s)`;
}

/**
 * Progress on stderr. On a terminal, an updating line with a bar (against `total` when known, else a moving marker);
 * otherwise a plain line every `every` articles, so logs of long runs stay short.
 */
export function progressReporter(options: { total?: number | undefined; every: number; quiet: boolean }) {
  const tty = process.stderr.isTTY === true;
  let lastLogged = 0;
  let lastDraw = 0;
  return {
    update(s: IngestSummary): void {
      if (options.quiet) return;
      if (!tty) {
        if (s.read - lastLogged >= options.every) {
          lastLogged = s.read;
          process.stderr.write(`ingest: ${progressLine(s)}\n`);
        }
        return;
      }
      const now = performance.now();
      if (now - lastDraw < 100) return; // redrawing faster than the eye reads only costs time
      lastDraw = now;
      process.stderr.write(`\r${bar(s.read, options.total)} ${progressLine(s)}\x1b[K`);
    },
    end(): void {
      if (tty && !options.quiet) process.stderr.write("\r\x1b[K");
    },
  };
}

function bar(done: number, total: number | undefined): string {
  if (!total) {
    const pos = done % BAR_WIDTH;
    return `[${" ".repeat(pos)}#${" ".repeat(BAR_WIDTH - pos - 1)}]`;
  }
  const filled = Math.min(BAR_WIDTH, Math.round((done / total) * BAR_WIDTH));
  return `[${"#".repeat(filled)}${".".repeat(BAR_WIDTH - filled)}]`;
}

/** The final summary, with every failure and its reason. */
export function summaryText(s: IngestSummary): string {
  const lines = [
    `ingested ${s.read} articles in ${s.seconds.toFixed(1)}s (${rate(s)} articles/s; ${s.writeSeconds.toFixed(1)}s writing)`,
    `  stored   ${stored(s)} (ok ${s.stored.ok}, partial ${s.stored.partial}, failed analysis ${s.stored.failed}); ${s.events} events, ${s.merged} merged with reports from other articles`,
    `  skipped  ${skipped(s)} (unchanged ${s.skipped.unchanged}, duplicate content ${s.skipped.duplicate})`,
    `  failed   ${s.failed.length}`,
  ];
  // A systematic failure would print thousands of identical lines; the first ones tell the story.
  for (const f of s.failed.slice(0, MAX_FAILURE_LINES)) lines.push(`    ${f.where}: ${f.message} [${f.code}]`);
  const more = s.failed.length - MAX_FAILURE_LINES;
  if (more > 0) lines.push(`    ... and ${more} more`);
  return `${lines.join("\n")}\n`;
}
