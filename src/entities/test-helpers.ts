import type { Doc } from "../model/document.js";
import { createDoc } from "../text/create-doc.js";
import { segmentStage } from "../text/segment-stage.js";
import type { Entity } from "./schema.js";
import { entityStage } from "./stage.js";

/** Runs segmentation and the entities stage over a body (and optional headline) for tests. */
export function analyzeText(raw: string, options: { title?: string; published?: string } = {}): Doc {
  const doc = createDoc({ id: "t", raw, title: options.title, published: options.published ?? "2024-10-03" });
  segmentStage.run(doc, { trace: () => {} });
  entityStage.run(doc, { trace: () => {} });
  return doc;
}

/** The scored entities (PERSON, ORG and places) of a document. */
export function scored(doc: Doc): Entity[] {
  return doc.entities.filter((e) => ["PERSON", "ORG", "GPE", "LOC", "FAC"].includes(e.type));
}

/** The entity one of whose mentions has exactly this text. */
export function byMention(doc: Doc, text: string): Entity | undefined {
  return doc.entities.find((e) => e.mentions.some((m) => m.text === text));
}

/** Every name and proper-name mention text of every scored entity, for must-not checks (no titles or pronouns). */
export function mentionTexts(doc: Doc): string[] {
  const proper = new Set(["name", "short", "metonym"]);
  return scored(doc).flatMap((e) => [e.name, ...e.mentions.filter((m) => proper.has(m.kind)).map((m) => m.text)]);
}
