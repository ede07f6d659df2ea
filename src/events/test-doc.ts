import type { Entity, EntityType, Mention } from "../entities/schema.js";
import type { Doc } from "../model/document.js";
import { quoteStage } from "../quotes/stage.js";
import { createDoc } from "../text/create-doc.js";
import { segmentStage } from "../text/segment-stage.js";
import { timeStage } from "../time/stage.js";

/** A hand-made entity for tests: name, type, country and the surface forms to find in the text. */
export type EntitySpec = [name: string, type: EntityType, country: string, forms: string[]];

const PRONOUNS = new Set(["he", "she", "it", "they", "his", "her", "its", "their", "him", "them"]);

/** Every whole-word occurrence of each form, as mentions (pronoun forms get kind "pronoun"). */
function mentionsOf(text: string, forms: string[]): Mention[] {
  const out: Mention[] = [];
  for (const form of forms) {
    const re = new RegExp(`\\b${form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w])`, "g");
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      if (out.some((o) => o.start < start + form.length && start < o.end)) continue;
      out.push({
        start,
        end: start + form.length,
        text: form,
        kind: PRONOUNS.has(form.toLowerCase()) ? "pronoun" : "name",
        rule: "test",
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A segmented document with hand-made entities, for testing the events stage without the entities layer.
 * @example testDoc("Japan met Chile.", [["Japan", "GPE", "JPN", ["Japan"]]])
 */
export function testDoc(text: string, specs: EntitySpec[], published = "2025-06-11"): Doc {
  const doc = createDoc({ id: "t", raw: text, published });
  const ctx = { trace: () => {} };
  segmentStage.run(doc, ctx);
  timeStage.run(doc, ctx);
  doc.entities = specs.map(
    ([name, type, country, forms], i): Entity => ({
      id: `e${i + 1}`,
      name,
      type,
      country,
      mentions: mentionsOf(doc.text, forms),
      provenance: { rule: "test" },
    }),
  );
  quoteStage.run(doc, ctx);
  return doc;
}
