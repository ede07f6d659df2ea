#!/usr/bin/env node
import { readdirSync } from "node:fs";
import type { Command } from "./command.js";
import { EXIT, reportError } from "./fail.js";

/** Commands are the modules in ./commands, each exporting `command`; loaded on demand so `dyad --help` stays fast. */
const COMMANDS_DIR = new URL("./commands/", import.meta.url);

async function loadCommands(): Promise<Map<string, () => Promise<Command>>> {
  const ext = import.meta.url.endsWith(".ts") ? ".ts" : ".js";
  const files = readdirSync(COMMANDS_DIR).filter(
    (f) => f.endsWith(ext) && !f.endsWith(`.test${ext}`) && !f.endsWith(".d.ts"),
  );
  const map = new Map<string, () => Promise<Command>>();
  for (const f of files) {
    map.set(
      f.slice(0, -ext.length),
      async () => ((await import(new URL(f, COMMANDS_DIR).href)) as { command: Command }).command,
    );
  }
  return map;
}

async function help(commands: Map<string, () => Promise<Command>>): Promise<string> {
  const rows: string[] = [];
  for (const load of commands.values()) {
    const c = await load();
    rows.push(`  ${c.name.padEnd(10)} ${c.summary}`);
  }
  return `dyad: verifiable event data from international news

Usage: dyad <command> [options]     (dyad <command> --help for details)

Commands:
${rows.sort().join("\n")}
`;
}

async function main(argv: string[]): Promise<number> {
  const commands = await loadCommands();
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(await help(commands));
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const load = commands.get(name);
  if (!load) {
    process.stderr.write(`dyad: unknown command ${JSON.stringify(name)}\n${await help(commands)}`);
    return EXIT.usage;
  }
  return (await load()).run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.exitCode = reportError(err);
  },
);
