import { z } from "zod";
import type { Article } from "../model/document.js";
import { failure, type InputItem, MAX_ARTICLE_BYTES } from "./input-item.js";

/** One JSONL line: `id`, `text` required; `title`, `published`, `url` and others optional (extra fields are ignored). */
const LineSchema = z.object({
  id: z.union([z.string().min(1), z.number()]),
  text: z.string(),
  title: z.string().optional().nullable(),
  published: z.string().optional().nullable(),
  url: z.string().optional().nullable(),
  source: z.string().optional().nullable(),
});

/**
 * Parses one JSONL line into an article or a failure naming the line.
 * @example parseJsonlLine('{"id":"a","text":"Hi."}', "f.jsonl:1") // { ok: true, ... }
 */
export function parseJsonlLine(line: string, where: string): InputItem {
  if (line.length > MAX_ARTICLE_BYTES) return failure(where, "input.too-large", "line over 5 MB: refused");
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return failure(where, "input.bad-json", `malformed JSON: ${(err as Error).message}`);
  }
  const parsed = LineSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return failure(where, "input.bad-format", `bad article: ${issue?.path.join(".") || "line"}: ${issue?.message}`);
  }
  const v = parsed.data;
  if (v.text.trim() === "") return failure(where, "input.empty", `article ${v.id} has an empty text`);
  const article: Article = { id: String(v.id), raw: v.text, source: v.source ?? where };
  if (v.title) article.title = v.title;
  if (v.published) article.published = v.published;
  if (v.url) article.url = v.url;
  return { ok: true, article, where };
}
