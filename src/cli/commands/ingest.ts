import { parseArgs } from "node:util";
import { checkDate } from "../../analyze.js";
import { createAnalyzer, defaultWorkers } from "../../corpus/analyzer-pool.js";
import { parseCount } from "../../corpus/cli-args.js";
import { ingest } from "../../corpus/ingest.js";
import { progressReporter, summaryText } from "../../corpus/progress.js";
import { withStore } from "../../corpus/with-store.js";
import { DEFAULT_DB } from "../../store/open-store.js";
import { type Command, printUsage } from "../command.js";
import { EXIT, usageError } from "../fail.js";

const USAGE = `dyad ingest INPUT... [options]

Analyses articles and stores them, with their entities, quotes, time expressions and events, and merges reports of
the same real-world event from different articles. Idempotent and resumable: an article already stored (same id and
content, same pipeline version) or a duplicate of one (same content) is skipped; each article is written in one
transaction, so an interrupted ingest loses nothing already stored. Run it again to resume.

Inputs: .txt, .html, .jsonl files, folders, "-" (stdin), RSS/Atom feed files (.rss, .atom, .xml), and http(s) URLs
(a feed, whose items' pages are fetched, or a single page).

Options:
  --db PATH|URL         SQLite file (default ${DEFAULT_DB}) or postgres://user@host:port/db[?schema=name]
  --workers N           analysis threads (default min(cores, 4) = ${defaultWorkers()}; 0 analyses in this thread)
  --published YYYY-MM-DD  override every article's publication date
  --progress-every N    without a terminal, one progress line every N articles (default 100)
  -q, --quiet           no progress line (the summary is still printed)
  -h, --help            this help

Exit status: 0 everything read was stored or skipped; 1 some article failed (the others were stored); 2 usage.`;

export const command: Command = {
  name: "ingest",
  summary: "analyse files, folders, JSONL corpora, pages and feeds into a store (SQLite or PostgreSQL)",
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: "string" },
        workers: { type: "string" },
        published: { type: "string" },
        "progress-every": { type: "string" },
        quiet: { type: "boolean", short: "q" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (values.help) return printUsage(USAGE);
    if (positionals.length === 0) throw usageError("ingest needs at least one input (file, folder, URL or -)");
    const workers = parseCount(values.workers, "--workers") ?? defaultWorkers();
    const published = values.published === undefined ? undefined : checkDate(values.published);
    const every = parseCount(values["progress-every"], "--progress-every") || 100;
    return withStore(values.db, async (store) => {
      const analyzer = createAnalyzer(workers);
      const reporter = progressReporter({ every, quiet: values.quiet === true });
      // The first Ctrl-C stops reading and lets in-flight articles be stored; a second one exits at once.
      const stop = new AbortController();
      const onSigint = () => (stop.signal.aborted ? process.exit(130) : stop.abort());
      process.on("SIGINT", onSigint);
      try {
        const summary = await ingest(positionals, {
          store,
          analyzer,
          published,
          signal: stop.signal,
          onProgress: (s) => reporter.update(s),
        });
        reporter.end();
        process.stderr.write(summaryText(summary));
        if (stop.signal.aborted) process.stderr.write("interrupted: run the same command again to resume\n");
        return summary.failed.length > 0 ? EXIT.inputFailed : EXIT.ok;
      } finally {
        process.off("SIGINT", onSigint);
        await analyzer.close();
      }
    });
  },
};
