import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { type FeedItem, itemArticle, looksLikeFeed, parseFeed } from "../io/feed.js";
import { parseHtml } from "../io/html.js";
import { failure, type InputItem } from "../io/input-item.js";
import { readInputs } from "../io/read-input.js";
import type { Article } from "../model/document.js";
import { DyadError } from "../model/errors.js";

const URL_INPUT = /^https?:\/\//i;
const FEED_EXTENSIONS = new Set([".rss", ".atom", ".xml"]);
/** Item pages fetched at once: polite to one server, yet a 50-item feed does not take 50 round trips in a row. */
const FETCH_WINDOW = 4;
const FETCH_TIMEOUT_MS = 20_000;

export interface SourceOptions {
  /** Replaces global fetch (tests). */
  fetch?: typeof fetch | undefined;
}

/**
 * Every article behind the inputs: files, folders, JSONL, HTML and stdin through `readInputs`, plus RSS/Atom feed
 * files (items' own content) and URLs (a feed, whose items' pages are fetched, or a single page).
 * Never throws for one bad input; failures are items.
 */
export async function* expandSources(
  inputs: readonly string[],
  options: SourceOptions = {},
): AsyncGenerator<InputItem> {
  const get = options.fetch ?? fetch;
  for (const input of inputs) {
    if (URL_INPUT.test(input)) yield* fromUrl(input, get);
    else if (FEED_EXTENSIONS.has(extname(input).toLowerCase())) yield* fromFeedFile(input);
    else yield* readInputs([input]);
  }
}

async function fetchText(url: string, get: typeof fetch): Promise<string> {
  const res = await get(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: "follow" });
  if (!res.ok) throw new DyadError("input.unreadable", `${url}: HTTP ${res.status}`);
  return res.text();
}

function articleItem(article: Article, where: string): InputItem {
  if (article.raw.trim() === "") return failure(where, "input.empty", "no article text found");
  return { ok: true, article, where };
}

async function* fromUrl(url: string, get: typeof fetch): AsyncGenerator<InputItem> {
  let body: string;
  try {
    body = await fetchText(url, get);
  } catch (err) {
    yield failure(url, "input.unreadable", (err as Error).message);
    return;
  }
  if (!looksLikeFeed(body)) {
    const article = parseHtml(body, idOfUrl(url), url);
    article.url ??= url;
    yield articleItem(article, url);
    return;
  }
  let items: FeedItem[];
  try {
    items = parseFeed(body, url).items;
  } catch (err) {
    yield failure(url, "input.bad-format", (err as Error).message);
    return;
  }
  for (let i = 0; i < items.length; i += FETCH_WINDOW) {
    const batch = items.slice(i, i + FETCH_WINDOW).map((item) => itemPage(item, url, get));
    for (const item of await Promise.all(batch)) yield item;
  }
}

/** The item's page when it can be fetched and read; else the item's own content from the feed. */
async function itemPage(item: FeedItem, feedUrl: string, get: typeof fetch): Promise<InputItem> {
  const where = `${feedUrl}#${item.id}`;
  const fallback = itemArticle(item, feedUrl);
  if (!item.link) return articleItem(fallback, where);
  try {
    const page = parseHtml(await fetchText(item.link, get), item.id, feedUrl);
    if (page.raw.trim().length < fallback.raw.trim().length) return articleItem(fallback, where);
    page.title ??= item.title;
    page.published ??= item.published;
    page.url = item.link;
    return articleItem(page, where);
  } catch {
    // An unreachable page still leaves the feed's summary, which is better than nothing.
    return articleItem(fallback, where);
  }
}

async function* fromFeedFile(path: string): AsyncGenerator<InputItem> {
  let xml: string;
  try {
    xml = await readFile(path, "utf8");
  } catch (err) {
    yield failure(path, "input.not-found", `cannot read ${path}: ${(err as Error).message}`);
    return;
  }
  try {
    const items = parseFeed(xml, path).items;
    if (items.length === 0) yield failure(path, "input.empty", "feed has no items");
    for (const item of items) yield articleItem(itemArticle(item, path), `${path}#${item.id}`);
  } catch (err) {
    yield failure(path, "input.bad-format", (err as Error).message);
  }
}

/** An id for a fetched page: its URL without scheme, e.g. "example.org/news/1". */
function idOfUrl(url: string): string {
  return url
    .replace(URL_INPUT, "")
    .replace(/[?#].*$/, "")
    .replace(/\/$/, "");
}
