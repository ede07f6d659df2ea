import { parseArgs } from "node:util";
import { EVENT_FILTER_OPTIONS, eventFilter, FILTER_HELP } from "../../corpus/cli-args.js";
import { EVENT_COLUMNS, EVENT_TABLE_COLUMNS, eventRows } from "../../corpus/event-rows.js";
import { parseFormat, render } from "../../corpus/format.js";
import { timeline } from "../../corpus/timeline.js";
import { withStore } from "../../corpus/with-store.js";
import { DEFAULT_DB } from "../../store/open-store.js";
import { type Command, printUsage, QUERY_OPTIONS } from "../command.js";
import { EXIT, usageError } from "../fail.js";

const USAGE = `dyad timeline (--actor X | --dyad A-B | --story ID|KEYWORD) [filters] [--db PATH|URL] [--format table|csv|json]

The events of an actor, a pair of actors or a story, in date order (the event's own date, else the publication date
of its first report). --story takes a stored article's id (that article and every article reporting one of its
events) or a keyword searched in the evidence and headlines.

${FILTER_HELP}
  --story ID|WORDS   a document id or keyword

Options:
  --db PATH|URL      store (default ${DEFAULT_DB})
  --format F         table (default), csv or json`;

export const command: Command = {
  name: "timeline",
  summary: "events of an actor, a dyad (USA-CHN) or a story, in date order",
  usage: USAGE,
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        ...EVENT_FILTER_OPTIONS,
        story: { type: "string" },
        ...QUERY_OPTIONS,
      },
    });
    if (values.help) return printUsage(USAGE);
    if (!values.actor && !values.dyad && !values.story) throw usageError("timeline needs --actor, --dyad or --story");
    const format = parseFormat(values.format);
    const query = { ...eventFilter(values), story: values.story };
    const out = await withStore(values.db, async (store) => {
      const { rows, full } = await eventRows(store, await timeline(store, query));
      return render(rows, format === "csv" ? EVENT_COLUMNS : EVENT_TABLE_COLUMNS, format, full);
    });
    process.stdout.write(out);
    return EXIT.ok;
  },
};
