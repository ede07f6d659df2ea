import { parseArgs } from "node:util";
import { parseCount } from "../../corpus/cli-args.js";
import { parseFormat, render } from "../../corpus/format.js";
import { QUOTE_COLUMNS, quoteRow } from "../../corpus/output-rows.js";
import { withStore } from "../../corpus/with-store.js";
import { DEFAULT_DB } from "../../store/open-store.js";
import { type Command, printUsage, QUERY_OPTIONS } from "../command.js";
import { EXIT } from "../fail.js";

const USAGE = `dyad quotes [--speaker NAME] [--doc ID] [--text WORDS] [--limit N] [--db PATH|URL] [--format table|csv|json]

Lists stored quotes with their speakers, in publication order.

Options:
  --speaker NAME     part of the speaker's name ("Blinken"), or an actor id ("person:antony-blinken")
  --doc ID           quotes of one article
  --text WORDS       words in the quote
  --limit N          at most N quotes
  --db PATH|URL      store (default ${DEFAULT_DB})
  --format F         table (default), csv or json`;

const TABLE = ["published", "speaker", "speaker_country", "kind", "text"] as const;

export const command: Command = {
  name: "quotes",
  summary: "list stored quotes, by speaker, article or words",
  usage: USAGE,
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        speaker: { type: "string" },
        doc: { type: "string" },
        text: { type: "string" },
        limit: { type: "string" },
        ...QUERY_OPTIONS,
      },
    });
    if (values.help) return printUsage(USAGE);
    const format = parseFormat(values.format);
    const filter = {
      speaker: values.speaker,
      document: values.doc,
      text: values.text,
      limit: parseCount(values.limit, "--limit"),
    };
    const quotes = await withStore(values.db, (store) => store.quotes(filter));
    process.stdout.write(render(quotes.map(quoteRow), format === "csv" ? QUOTE_COLUMNS : TABLE, format, quotes));
    return EXIT.ok;
  },
};
