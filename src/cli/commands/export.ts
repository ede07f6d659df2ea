import { parseArgs } from "node:util";
import { EVENT_FILTER_OPTIONS, eventFilter, FILTER_HELP } from "../../corpus/cli-args.js";
import { exportStore } from "../../corpus/export.js";
import { withStore } from "../../corpus/with-store.js";
import { DEFAULT_DB } from "../../store/open-store.js";
import { type Command, printUsage } from "../command.js";
import { EXIT, usageError } from "../fail.js";

const USAGE = `dyad export --out DIR [filters] [--db PATH|URL]

Writes the store as data files (columns documented in docs/export.md):
  events.csv, events.jsonl      one row per real-world event (merged across articles), POLECAT-like columns;
                                the JSONL adds every report with its evidence spans
  quotes.csv, quotes.jsonl      every quote with its speaker
  actors.csv, actors.jsonl      canonical actors with document and mention counts
  series-weekly.csv             weekly conflict-cooperation series per country pair (PLOVER scores)
The event filters restrict events.* and the series.

${FILTER_HELP}

Options:
  --out DIR          output folder (created if missing)
  --db PATH|URL      store (default ${DEFAULT_DB})`;

export const command: Command = {
  name: "export",
  summary: "write events, quotes, actors and a weekly dyad series as CSV and JSONL",
  usage: USAGE,
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        ...EVENT_FILTER_OPTIONS,
        out: { type: "string" },
        db: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (values.help) return printUsage(USAGE);
    if (!values.out) throw usageError("export needs --out DIR");
    const out = values.out;
    const result = await withStore(values.db, (store) => exportStore(store, out, eventFilter(values)));
    for (const f of result.files) process.stderr.write(`wrote ${f.name} (${f.rows} rows)\n`);
    return EXIT.ok;
  },
};
