import { XMLParser } from "fast-xml-parser";
import { parseHTML } from "linkedom";
import type { Article } from "../model/document.js";
import { DyadError } from "../model/errors.js";

/** One item of an RSS 2.0, RSS 1.0 (RDF) or Atom feed. `html` is the item's content, else its summary. */
export interface FeedItem {
  id: string;
  title?: string | undefined;
  link?: string | undefined;
  /** YYYY-MM-DD, from pubDate / dc:date / published / updated. */
  published?: string | undefined;
  html?: string | undefined;
}

export interface Feed {
  title?: string | undefined;
  items: FeedItem[];
}

// Must match the start of an RSS, RDF or Atom document, after an optional XML declaration and comments; must not
// match an HTML page (which starts with <!DOCTYPE html> or <html>).
const FEED_START = /^(?:\uFEFF)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/i;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  cdataPropName: false,
  parseTagValue: false,
  isArray: (name) => name === "item" || name === "entry" || name === "link",
});

/** True when the text is an RSS or Atom feed rather than a web page. */
export function looksLikeFeed(text: string): boolean {
  return FEED_START.test(text.slice(0, 2000));
}

type Node = Record<string, unknown>;

function text(v: unknown): string | undefined {
  if (typeof v === "string") return v.trim() || undefined;
  if (v && typeof v === "object" && "#text" in v) return text((v as Node)["#text"]);
  return undefined;
}

function isoDay(v: unknown): string | undefined {
  const s = text(v);
  if (!s) return undefined;
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

/** Atom links are elements with href; the article page is rel="alternate" (or no rel). */
function atomLink(links: unknown): string | undefined {
  const list = (Array.isArray(links) ? links : [links]) as unknown[];
  for (const l of list) {
    if (typeof l === "string") return l.trim();
    const n = l as Node | undefined;
    const rel = n?.["@rel"];
    if (n && (rel === undefined || rel === "alternate") && typeof n["@href"] === "string") return n["@href"];
  }
  return undefined;
}

function rssItem(n: Node, i: number): FeedItem {
  const link = text((n.link as unknown[] | undefined)?.[0]);
  const guid = text(n.guid);
  return {
    id: guid ?? link ?? `item-${i + 1}`,
    title: text(n.title),
    link,
    published: isoDay(n.pubDate ?? n["dc:date"]),
    html: text(n["content:encoded"]) ?? text(n.description),
  };
}

function atomEntry(n: Node, i: number): FeedItem {
  const link = atomLink(n.link);
  return {
    id: text(n.id) ?? link ?? `entry-${i + 1}`,
    title: text(n.title),
    link,
    published: isoDay(n.published ?? n.updated),
    html: text(n.content) ?? text(n.summary),
  };
}

/**
 * Parses an RSS or Atom feed.
 * @throws DyadError `input.bad-format` when the text is not a feed.
 * @example parseFeed(xml, "news.rss").items[0]?.link
 */
export function parseFeed(xml: string, where: string): Feed {
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (err) {
    throw new DyadError("input.bad-format", `${where}: not a well-formed feed: ${(err as Error).message}`);
  }
  const rss = (doc.rss as Node | undefined)?.channel as Node | undefined;
  const rdf = doc["rdf:RDF"] as Node | undefined;
  const atom = doc.feed as Node | undefined;
  if (rss || rdf) {
    const items = ((rss?.item ?? rdf?.item ?? []) as Node[]).map(rssItem);
    return { title: text(rss?.title ?? (rdf?.channel as Node | undefined)?.title), items };
  }
  if (atom) return { title: text(atom.title), items: ((atom.entry ?? []) as Node[]).map(atomEntry) };
  throw new DyadError("input.bad-format", `${where}: neither RSS nor Atom`);
}

/** Plain text of an item's HTML content: paragraphs separated by blank lines, entities decoded. */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  const blocks = [...document.querySelectorAll("p, h1, h2, h3, li, blockquote")] as { textContent: string | null }[];
  const paras = blocks.map((b) => (b.textContent ?? "").replace(/\s+/g, " ").trim()).filter(Boolean);
  return paras.length ? paras.join("\n\n") : (document.body?.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** The article a feed item stands for, from its own content (when the page is not fetched). */
export function itemArticle(item: FeedItem, source: string): Article {
  const article: Article = { id: item.id, raw: item.html ? htmlToText(item.html) : "", source };
  if (item.title) article.title = item.title;
  if (item.link) article.url = item.link;
  if (item.published) article.published = item.published;
  return article;
}
