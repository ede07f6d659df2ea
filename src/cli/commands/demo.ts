import { parseArgs } from "node:util";
import { parseCount, parseDyad } from "../../corpus/cli-args.js";
import { runDemo } from "../../corpus/demo.js";
import { summaryText } from "../../corpus/progress.js";
import { type Command, printUsage } from "../command.js";
import { EXIT } from "../fail.js";

const USAGE = `dyad demo [--dyad A-B] [--db PATH|URL | --temp] [--workers N]

Ingests the small corpus shipped with Dyad (data/corpus: U.S.-China and Russia-Ukraine stories, with pairs of
articles reporting the same events) into a store and prints the timeline of one country pair, each event with the
number of articles reporting it and the sentence behind it.

Options:
  --dyad A-B         country pair (default USA-CHN; try RUS-UKR)
  --db PATH|URL      store to fill (default ./dyad.db; run it again and everything is skipped as unchanged)
  --temp             use a temporary store, removed afterwards
  --workers N        analysis threads (default 0: this corpus is too small to pay for starting workers)`;

export const command: Command = {
  name: "demo",
  summary: "ingest the shipped corpus and print a U.S.-China (or any pair's) timeline",
  usage: USAGE,
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        dyad: { type: "string" },
        db: { type: "string" },
        temp: { type: "boolean" },
        workers: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (values.help) return printUsage(USAGE);
    const dyad = parseDyad(values.dyad ?? "USA-CHN");
    const db = values.temp ? undefined : (values.db ?? "./dyad.db");
    const result = await runDemo({ db, dyad, workers: parseCount(values.workers, "--workers") ?? 0 });
    process.stderr.write(summaryText(result.summary));
    process.stdout.write(`\nTimeline ${dyad[0]}-${dyad[1]} (${result.events.length} events)\n\n${result.table}`);
    return result.summary.failed.length > 0 ? EXIT.inputFailed : EXIT.ok;
  },
};
