import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { analyzeArticle, checkDate } from "../../analyze.js";
import { readInputs } from "../../io/read-input.js";
import { DyadError } from "../../model/errors.js";
import { textReport } from "../../output/report.js";
import { type Analysis, AnalysisSchema, analysisJsonSchema } from "../../schema/analysis.js";
import { type Command, printUsage } from "../command.js";
import { EXIT, usageError } from "../fail.js";
import { Progress } from "../progress.js";

const USAGE = `dyad analyze [FILE|FOLDER|-]... [options]

Analyses articles: entities, time expressions, quotes and events, each with its text span.
Inputs: .txt (first line is the headline when a blank line follows), .html, .jsonl (one article per line:
id, title, text, published, url), folders (recursively), or stdin ("-", or nothing when stdin is piped).

Options:
  --published YYYY-MM-DD  set or override the publication date (relative times resolve against it;
                          without one they stay unresolved, never resolved against today)
  --format json|jsonl|text
                          json: the analysis (an array for several articles); jsonl: one line per article;
                          text: a report a person reads. Default: json for one input file, jsonl otherwise
  --out DIR               write one file per article into DIR (<id>.json or <id>.txt)
  --tokens                include tokens (part of speech, lemma) in the JSON
  --validate              check every analysis against the schema (slower)
  --schema                print the analysis JSON Schema and exit
  -q, --quiet             no progress or summary on stderr
  -h, --help              this help

Exit status: 0 all analysed; 1 some input could not be read or analysed (the rest was); 2 usage error.`;

type Format = "json" | "jsonl" | "text";

export const command: Command = {
  name: "analyze",
  summary: "analyse articles (txt, html, jsonl, folders, stdin) into entities, time, quotes and events",
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        published: { type: "string" },
        format: { type: "string" },
        out: { type: "string" },
        tokens: { type: "boolean" },
        validate: { type: "boolean" },
        schema: { type: "boolean" },
        quiet: { type: "boolean", short: "q" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (values.help) return printUsage(USAGE);
    if (values.schema) return print(JSON.stringify(analysisJsonSchema(), null, 2));
    const published = values.published === undefined ? undefined : checkDate(values.published);
    const paths = positionals.length > 0 ? positionals : stdinOrFail();
    const format = chooseFormat(values.format, paths);
    const sink = await makeSink(format, values.out);
    const progress = new Progress("analysed", values.quiet === true);
    let failedInputs = 0;
    for await (const item of readInputs(paths)) {
      if (!item.ok) {
        failedInputs++;
        progress.fail(`${item.where}: ${item.message} [${item.code}]`);
        continue;
      }
      try {
        const { analysis, status } = analyzeArticle(item.article, {
          published: published ?? item.article.published,
          tokens: values.tokens === true,
        });
        if (values.validate) validate(analysis);
        await sink.write(analysis);
        progress.tick(status);
      } catch (err) {
        failedInputs++;
        const code = err instanceof DyadError ? err.code : "internal";
        progress.fail(`${item.where}: ${(err as Error).message} [${code}]`);
      }
    }
    await sink.close();
    progress.done();
    return failedInputs > 0 ? EXIT.inputFailed : EXIT.ok;
  },
};

function print(s: string): number {
  process.stdout.write(`${s}\n`);
  return EXIT.ok;
}

function stdinOrFail(): string[] {
  if (process.stdin.isTTY) throw usageError("no input: give files, folders or '-' for stdin");
  return ["-"];
}

function chooseFormat(value: string | undefined, paths: readonly string[]): Format {
  if (value === undefined) return paths.length === 1 && !/\.(jsonl|ndjson)$/i.test(paths[0]!) ? "json" : "jsonl";
  if (value === "json" || value === "jsonl" || value === "text") return value;
  throw usageError(`unknown --format ${JSON.stringify(value)}: use json, jsonl or text`);
}

function validate(a: Analysis): void {
  const r = AnalysisSchema.safeParse(a);
  if (!r.success) throw new Error(`analysis does not match the schema: ${r.error.message.slice(0, 500)}`);
}

interface Sink {
  write(a: Analysis): Promise<void>;
  close(): Promise<void>;
}

async function makeSink(format: Format, out: string | undefined): Promise<Sink> {
  const render = (a: Analysis) =>
    format === "text" ? textReport(a) : JSON.stringify(a, null, format === "json" ? 2 : 0);
  if (out !== undefined) {
    await mkdir(out, { recursive: true });
    const ext = format === "text" ? "txt" : "json";
    return {
      write: (a) => writeFile(join(out, `${safeName(a.id)}.${ext}`), render(a)),
      close: async () => {},
    };
  }
  if (format === "json") {
    // One object for one article, an array for several: known only at the end, so json output is buffered.
    const all: string[] = [];
    return {
      write: async (a) => void all.push(render(a)),
      close: async () => {
        if (all.length > 0) process.stdout.write(all.length === 1 ? `${all[0]}\n` : `[\n${all.join(",\n")}\n]\n`);
      },
    };
  }
  return { write: async (a) => void process.stdout.write(`${render(a)}\n`), close: async () => {} };
}

/** A file name from an article id: path separators and odd characters replaced. */
function safeName(id: string): string {
  return id.replace(/[^\w.-]+/g, "_").slice(0, 200) || "article";
}
