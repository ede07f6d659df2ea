import type { Article, Doc } from "../model/document.js";
import { normalizeText } from "./normalize.js";

/**
 * Creates the document for an article: normalized text (the title, a blank line, then the body, unless the body already
 * begins with the title as a .txt file's first line does), the offset map back to the composed raw text, and empty layers.
 * @example createDoc({ id: "a1", title: "Talks end", raw: "The talks ended." }).text // "Talks end\n\nThe talks ended."
 */
export function createDoc(article: Article): Doc {
  const title = article.title?.trim();
  const raw = title && !article.raw.trimStart().startsWith(title) ? `${title}\n\n${article.raw}` : article.raw;
  const { text, offsets, diagnostics } = normalizeText(raw);
  return {
    id: article.id,
    title,
    url: article.url,
    source: article.source,
    published: publicationDay(article.published),
    raw,
    text,
    offsets,
    paragraphs: [],
    sentences: [],
    tokens: [],
    entities: [],
    timexes: [],
    quotes: [],
    events: [],
    diagnostics: diagnostics.map((d) => ({ ...d, stage: "normalize" })),
    layers: ["text"],
  };
}

/** The calendar day of a publication timestamp ("2025-03-12 18:49:57Z" -> "2025-03-12"), as stated by the source. */
function publicationDay(published: string | undefined): string | undefined {
  const m = published ? /^(\d{4}-\d{2}-\d{2})/.exec(published.trim()) : null;
  return m?.[1];
}
