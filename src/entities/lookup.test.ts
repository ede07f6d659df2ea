import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entityAt, mentionAt, mentionsIn } from "./lookup.js";
import { analyzeText } from "./test-helpers.js";

const TEXT = "Kenyan President William Ruto said on Monday that Nairobi would host the talks.";

describe("lookup helpers", () => {
  const doc = analyzeText(TEXT);
  const start = doc.text.indexOf("William Ruto");
  it("entityAt finds the entity of an exact span and of a wider speaker span", () => {
    assert.equal(entityAt(doc, start, start + "William Ruto".length)?.type, "PERSON");
    const wide = doc.text.indexOf("Kenyan President");
    assert.equal(entityAt(doc, wide, start + "William Ruto".length)?.type, "PERSON");
  });
  it("mentionAt finds the mention covering an offset", () => {
    assert.equal(mentionAt(doc, doc.text.indexOf("Nairobi") + 2)?.entity.type, "GPE");
  });
  it("must not return a neighbouring entity", () => {
    const said = doc.text.indexOf("said");
    assert.equal(mentionAt(doc, said), undefined);
    assert.equal(entityAt(doc, said, said + 4), undefined);
  });
  it("mentionsIn lists the mentions inside a span in order", () => {
    const kinds = mentionsIn(doc, 0, doc.text.length).map((h) => h.entity.type);
    assert.ok(kinds.indexOf("PERSON") < kinds.indexOf("GPE"));
  });
});
