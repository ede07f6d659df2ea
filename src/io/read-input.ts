import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { createInterface } from "node:readline";
import type { ErrorCode } from "../model/errors.js";
import { parseHtml } from "./html.js";
import { failure, type InputItem, looksBinary, MAX_ARTICLE_BYTES } from "./input-item.js";
import { parseJsonlLine } from "./jsonl.js";
import { parseTxt } from "./txt.js";

export type { InputItem } from "./input-item.js";

type Format = "txt" | "html" | "jsonl";

const FORMATS: Record<string, Format> = {
  ".txt": "txt",
  ".text": "txt",
  ".md": "txt",
  ".html": "html",
  ".htm": "html",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
};

/**
 * Reads articles from files, folders (recursively, supported extensions only, in name order), or stdin ("-").
 * Never throws for a bad input: each failure is an item with the file and line, so a batch carries on.
 * @example for await (const item of readInputs(["corpus.jsonl"])) if (item.ok) console.log(item.article.id);
 */
export async function* readInputs(paths: readonly string[]): AsyncGenerator<InputItem> {
  for (const path of paths) {
    if (path === "-") yield* readStdin();
    else yield* readPath(path, true);
  }
}

async function* readPath(path: string, explicit: boolean): AsyncGenerator<InputItem> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (err) {
    yield failure(path, codeOf(err), messageOf(err, path));
    return;
  }
  if (info.isDirectory()) {
    const names = (await readdir(path)).sort();
    for (const name of names) {
      // A folder's README documents the folder; it is not an article.
      if (/^readme\b/i.test(name)) continue;
      const child = join(path, name);
      if (FORMATS[extname(name).toLowerCase()] || (await isDir(child))) yield* readPath(child, false);
    }
    return;
  }
  const format = FORMATS[extname(path).toLowerCase()];
  if (!format) {
    if (explicit) yield failure(path, "input.bad-format", `unsupported file type ${JSON.stringify(extname(path))}`);
    return;
  }
  if (format === "jsonl") yield* readJsonlFile(path);
  else yield await readWholeFile(path, format, info.size);
}

async function readWholeFile(path: string, format: Format, size: number): Promise<InputItem> {
  if (size > MAX_ARTICLE_BYTES) return failure(path, "input.too-large", `${size} bytes: over the 5 MB limit, refused`);
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (err) {
    return failure(path, codeOf(err), messageOf(err, path));
  }
  return fromBuffer(buf, format, idOf(path), path);
}

function fromBuffer(buf: Buffer, format: Format, id: string, where: string): InputItem {
  if (looksBinary(buf)) return failure(where, "input.binary", "binary data, not text");
  const text = buf.toString("utf8");
  if (text.trim() === "") return failure(where, "input.empty", "empty input");
  const article = format === "html" ? parseHtml(text, id, where) : parseTxt(text, id, where);
  if (article.raw.trim() === "") return failure(where, "input.empty", "no article text found");
  return { ok: true, article, where };
}

async function* readJsonlFile(path: string): AsyncGenerator<InputItem> {
  const stream = createReadStream(path, { encoding: "utf8" });
  const opened = await new Promise<Error | undefined>((resolve) => {
    stream.once("readable", () => resolve(undefined));
    stream.once("error", (err) => resolve(err));
  });
  if (opened) {
    yield failure(path, codeOf(opened), messageOf(opened, path));
    return;
  }
  yield* jsonlLines(createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY }), path);
}

async function* jsonlLines(lines: AsyncIterable<string> | Iterable<string>, name: string): AsyncGenerator<InputItem> {
  let n = 0;
  let any = false;
  for await (const line of lines) {
    n++;
    if (line.trim() === "") continue;
    any = true;
    yield parseJsonlLine(line, `${name}:${n}`);
  }
  if (!any) yield failure(name, "input.empty", "no articles in JSONL input");
}

async function* readStdin(): AsyncGenerator<InputItem> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const buf = Buffer.concat(chunks);
  const head = buf.toString("utf8", 0, 200).trimStart();
  if (head.startsWith("{")) {
    yield* jsonlLines(buf.toString("utf8").split("\n"), "stdin");
    return;
  }
  if (buf.length > MAX_ARTICLE_BYTES) {
    yield failure("stdin", "input.too-large", `${buf.length} bytes: over the 5 MB limit, refused`);
    return;
  }
  yield fromBuffer(buf, head.startsWith("<") ? "html" : "txt", "stdin", "stdin");
}

async function isDir(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

function idOf(path: string): string {
  return basename(path, extname(path));
}

function codeOf(err: unknown): ErrorCode {
  const code = (err as NodeJS.ErrnoException).code;
  return code === "ENOENT" ? "input.not-found" : "input.unreadable";
}

function messageOf(err: unknown, path: string): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return `no such file or folder: ${path}`;
  if (code === "EACCES") return `permission denied: ${path}`;
  if (code === "EISDIR") return `is a folder: ${path}`;
  return `cannot read ${path}: ${(err as Error).message}`;
}
