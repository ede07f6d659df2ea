import { DyadError } from "../model/errors.js";

/** Exit codes: 0 success, 1 some input failed (the rest was processed), 2 usage error, 3 internal error. */
export const EXIT = { ok: 0, inputFailed: 1, usage: 2, internal: 3 } as const;

/** The ONE place where the CLI turns an error into a message and an exit code. */
export function reportError(err: unknown): number {
  if (err instanceof DyadError) {
    process.stderr.write(`dyad: ${err.message} [${err.code}]\n`);
    return err.code === "usage" ? EXIT.usage : EXIT.inputFailed;
  }
  if (isArgError(err)) {
    process.stderr.write(`dyad: ${(err as Error).message} (see --help)\n`);
    return EXIT.usage;
  }
  process.stderr.write(`dyad: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  return EXIT.internal;
}

/** node:util parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes for unknown or malformed options. */
function isArgError(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}

export function usageError(message: string): DyadError {
  return new DyadError("usage", message);
}
