/** A CLI command: thin, it parses arguments and calls library functions. Returns the process exit code. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[]): Promise<number>;
}
