#!/usr/bin/env node
// Runs every *.test.ts under src/ and scripts/ with node's test runner (TypeScript through tsx).
// Node 20's --test takes no globs, so the files are listed here. Extra arguments are passed to node --test.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

function find(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...find(p));
    else if (e.name.endsWith(".test.ts")) out.push(p);
  }
  return out;
}

const files = [...find("src"), ...find("scripts")].sort();
if (files.length === 0) {
  console.error("no test files found");
  process.exit(1);
}
const r = spawnSync(process.execPath, ["--import", "tsx", "--test", ...process.argv.slice(2), ...files], {
  stdio: "inherit",
});
process.exit(r.status ?? 1);
