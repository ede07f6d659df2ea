import { DyadError } from "../model/errors.js";

export type OutputFormat = "table" | "csv" | "json";
export type Row = Record<string, string | number | boolean | null | undefined | readonly string[]>;

const FORMATS: readonly OutputFormat[] = ["table", "csv", "json"];
/** Table cells longer than this are cut with an ellipsis so a row stays on a terminal line; csv and json keep all. */
const MAX_CELL = 60;
// Must match values that need quoting in CSV (RFC 4180): comma, quote, CR or LF; must not match plain words.
const CSV_SPECIAL = /[",\r\n]/;

export function parseFormat(value: string | undefined, fallback: OutputFormat = "table"): OutputFormat {
  if (value === undefined) return fallback;
  if ((FORMATS as readonly string[]).includes(value)) return value as OutputFormat;
  throw new DyadError("usage", `--format must be one of ${FORMATS.join(", ")}, not ${JSON.stringify(value)}`);
}

function cell(v: Row[string]): string {
  if (v === null || v === undefined) return "";
  if (Array.isArray(v)) return v.join(";");
  return String(v);
}

/** One CSV field. @example csvField('say "hi"') // '"say ""hi"""' */
export function csvField(v: Row[string]): string {
  const s = cell(v);
  return CSV_SPECIAL.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: readonly Row[], columns: readonly string[]): string {
  const lines = [columns.join(",")];
  for (const r of rows) lines.push(columns.map((c) => csvField(r[c])).join(","));
  return `${lines.join("\n")}\n`;
}

function clip(s: string): string {
  const flat = s.replace(/\s+/g, " ");
  return flat.length > MAX_CELL ? `${flat.slice(0, MAX_CELL - 1)}…` : flat;
}

export function toTable(rows: readonly Row[], columns: readonly string[]): string {
  const cells = rows.map((r) => columns.map((c) => clip(cell(r[c]))));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]!.length)));
  const line = (vals: readonly string[]) =>
    vals
      .map((v, i) => v.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  return `${[line(columns), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n")}\n`;
}

/** Renders rows; `json` prints the full objects (`full`), the others the listed columns. */
export function render(
  rows: readonly Row[],
  columns: readonly string[],
  format: OutputFormat,
  full?: unknown[],
): string {
  if (format === "json") return `${JSON.stringify(full ?? rows, null, 2)}\n`;
  if (format === "csv") return toCsv(rows, columns);
  return rows.length === 0 ? "(no rows)\n" : toTable(rows, columns);
}
