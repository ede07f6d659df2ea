import { readFileSync } from "node:fs";

/**
 * Reads `data/kb/<file>` as rows of tab-separated cells. Lines starting with "#" are comments; the first
 * non-comment line is the header and is dropped. Works from `src/` and from `dist/` (both two levels deep).
 */
export function readTsv(file: string): string[][] {
  return readLines(file).map((line) => line.split("\t"));
}

/** The data lines of `data/kb/<file>` (no comments, no header), unsplit. */
export function readLines(file: string): string[] {
  const text = readFileSync(new URL(`../../data/kb/${file}`, import.meta.url), "utf8");
  const lines: string[] = [];
  let header = true;
  for (const raw of text.split("\n")) {
    if (raw === "" || raw.startsWith("#")) continue;
    if (header) {
      header = false;
      continue;
    }
    lines.push(raw.endsWith("\r") ? raw.slice(0, -1) : raw);
  }
  return lines;
}

/** A "|"-separated list cell; empty cells give an empty list. */
export function list(cell: string | undefined): string[] {
  if (!cell) return [];
  return cell
    .split("|")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** A cell that may be missing or empty. */
export function cell(row: readonly string[], i: number): string {
  return (row[i] ?? "").trim();
}
