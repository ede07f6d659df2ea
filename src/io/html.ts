import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { Article } from "../model/document.js";

type Dom = ReturnType<typeof parseHTML>["document"];

/** Meta tags that carry a publication date, most specific first. */
const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[property="og:published_time"]',
];

/**
 * Reads an HTML page: main text by Mozilla Readability (the Firefox reader view), title and publication date from
 * JSON-LD (`headline`, `datePublished`), then meta tags, then `<title>` and `<time datetime>`.
 */
export function parseHtml(html: string, id: string, source?: string): Article {
  const { document } = parseHTML(html);
  const ld = jsonLd(document);
  const title = ld.headline ?? meta(document, ['meta[property="og:title"]']) ?? document.title?.trim();
  const published =
    ld.datePublished ??
    meta(document, DATE_META) ??
    document.querySelector("time[datetime]")?.getAttribute("datetime") ??
    undefined;
  const url = meta(document, ['link[rel="canonical"]', 'meta[property="og:url"]']);
  // Readability mutates the document; it runs last.
  const parsed = new Readability(document as never).parse();
  const text = paragraphsOf(parsed?.content ?? "") || (parsed?.textContent ?? document.body?.textContent ?? "");
  const article: Article = { id, raw: text.trim() };
  if (title) article.title = title;
  if (published) article.published = published;
  if (url) article.url = url;
  if (source) article.source = source;
  return article;
}

/** Block elements become paragraphs separated by blank lines, so the segmenter sees the page's paragraphs. */
function paragraphsOf(content: string): string {
  if (!content) return "";
  const { document } = parseHTML(`<html><body>${content}</body></html>`);
  const blocks = [...document.querySelectorAll("p, h1, h2, h3, h4, li, blockquote")] as {
    textContent: string | null;
  }[];
  return blocks
    .map((b) => (b.textContent ?? "").replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n\n");
}

function meta(document: Dom, selectors: readonly string[]): string | undefined {
  for (const sel of selectors) {
    const el = document.querySelector(sel);
    const v = el?.getAttribute("content") ?? el?.getAttribute("href");
    if (v?.trim()) return v.trim();
  }
  return undefined;
}

function jsonLd(document: Dom): { headline?: string; datePublished?: string } {
  for (const el of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data: unknown = JSON.parse(el.textContent ?? "");
      for (const item of Array.isArray(data) ? data : [data]) {
        const o = item as Record<string, unknown>;
        if (typeof o.datePublished === "string" || typeof o.headline === "string") {
          return {
            ...(typeof o.headline === "string" ? { headline: o.headline } : {}),
            ...(typeof o.datePublished === "string" ? { datePublished: o.datePublished } : {}),
          };
        }
      }
    } catch {
      // A broken JSON-LD block is common on real pages; the meta tags are the fallback.
    }
  }
  return {};
}
