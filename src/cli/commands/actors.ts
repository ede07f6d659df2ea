import { parseArgs } from "node:util";
import { parseCount } from "../../corpus/cli-args.js";
import { parseFormat, render } from "../../corpus/format.js";
import { ACTOR_COLUMNS, actorRow } from "../../corpus/output-rows.js";
import { withStore } from "../../corpus/with-store.js";
import { DEFAULT_DB } from "../../store/open-store.js";
import { type Command, printUsage, QUERY_OPTIONS } from "../command.js";
import { EXIT } from "../fail.js";

const USAGE = `dyad actors [--name WORDS] [--country CODE] [--type TYPE] [--limit N] [--db PATH|URL] [--format table|csv|json]

Lists the canonical actors across stored articles (people, organizations, countries), most widely reported first.
An actor is one knowledge-base entry when the entity was linked, else one type and normalized name.

Options:
  --name WORDS       part of the name
  --country CODE     actor country (USA, CHN ...)
  --type TYPE        PERSON, ORG, GPE ...
  --limit N          at most N actors
  --db PATH|URL      store (default ${DEFAULT_DB})
  --format F         table (default), csv or json`;

export const command: Command = {
  name: "actors",
  summary: "list canonical actors across stored articles",
  usage: USAGE,
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        name: { type: "string" },
        country: { type: "string" },
        type: { type: "string" },
        limit: { type: "string" },
        ...QUERY_OPTIONS,
      },
    });
    if (values.help) return printUsage(USAGE);
    const format = parseFormat(values.format);
    const filter = {
      name: values.name,
      country: values.country,
      type: values.type,
      limit: parseCount(values.limit, "--limit"),
    };
    const actors = await withStore(values.db, (store) => store.actors(filter));
    process.stdout.write(render(actors.map(actorRow), ACTOR_COLUMNS, format, actors));
    return EXIT.ok;
  },
};
