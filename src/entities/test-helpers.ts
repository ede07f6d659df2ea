import assert from "node:assert/strict";
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

/**
 * A table-driven case on our own sentences: the [mention, type, country?] triples that must hold, the strings no
 * scored entity may be named or mentioned as, the [mention, country] pairs that must not be given, and entity names
 * that must not appear (a wrong knowledge-base person).
 */
export interface EntityCase {
  name: string;
  text: string;
  published?: string;
  want: [string, string, string?][];
  not?: string[];
  notCountry?: [string, string][];
  notNamed?: string[];
  /** Mentions that must belong to one entity ("Ferdinand Marcos Jr." and "Marcos"). */
  same?: [string, string][];
}

/** Runs one case and asserts all of it. */
export function checkCase(c: EntityCase): void {
  const doc = analyzeText(c.text, c.published ? { published: c.published } : {});
  for (const [mention, type, country] of c.want) {
    const e = byMention(doc, mention);
    assert.ok(e, `${mention} found in ${JSON.stringify(mentionTexts(doc))}`);
    assert.equal(e.type, type, mention);
    if (country) assert.equal(e.country, country, `${mention} country`);
  }
  const texts = mentionTexts(doc);
  for (const bad of c.not ?? []) assert.ok(!texts.includes(bad), `${bad} must not be an entity`);
  for (const [mention, country] of c.notCountry ?? []) {
    assert.notEqual(byMention(doc, mention)?.country, country, `${mention} must not be ${country}`);
  }
  for (const name of c.notNamed ?? []) assert.ok(!scored(doc).some((e) => e.name === name), `no entity named ${name}`);
  for (const [a, b] of c.same ?? []) {
    assert.ok(byMention(doc, a) && byMention(doc, a) === byMention(doc, b), `${a} and ${b} are one entity`);
  }
}
