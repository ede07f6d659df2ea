import { parseArgs } from "node:util";
import { EVENT_FILTER_OPTIONS, eventFilter, FILTER_HELP } from "../../corpus/cli-args.js";
import { EVENT_COLUMNS, EVENT_TABLE_COLUMNS, eventRows } from "../../corpus/event-rows.js";
import { parseFormat, render } from "../../corpus/format.js";
import { withStore } from "../../corpus/with-store.js";
import { DEFAULT_DB } from "../../store/open-store.js";
import { type Command, printUsage, QUERY_OPTIONS } from "../command.js";
import { EXIT } from "../fail.js";

const USAGE = `dyad events [filters] [--db PATH|URL] [--format table|csv|json]

Lists the stored events, one row per real-world event: reports of the same event in several articles are merged,
with the number of sources and every article's evidence (json). Sorted by date.

${FILTER_HELP}

Options:
  --db PATH|URL      store (default ${DEFAULT_DB})
  --format F         table (default), csv (all export columns) or json (with every report and evidence span)`;

export const command: Command = {
  name: "events",
  summary: "list stored events (merged across articles) by actor, dyad, type, status, date or text",
  usage: USAGE,
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        ...EVENT_FILTER_OPTIONS,
        ...QUERY_OPTIONS,
      },
    });
    if (values.help) return printUsage(USAGE);
    const format = parseFormat(values.format);
    const filter = eventFilter(values);
    const out = await withStore(values.db, async (store) => {
      const { rows, full } = await eventRows(store, await store.events(filter));
      return render(rows, format === "csv" ? EVENT_COLUMNS : EVENT_TABLE_COLUMNS, format, full);
    });
    process.stdout.write(out);
    return EXIT.ok;
  },
};
