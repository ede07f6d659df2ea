/** A CLI command: thin, it parses arguments and calls library functions. Returns the process exit code. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[]): Promise<number>;
}

/** `--db`, `--format` and `--help`: the options of every command that queries the store. */
export const QUERY_OPTIONS = {
  db: { type: "string" },
  format: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** Prints a command's usage for `--help`; returns the exit code (0). */
export function printUsage(usage: string): number {
  process.stdout.write(`${usage}\n`);
  return 0;
}
