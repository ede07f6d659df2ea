import assert from "node:assert/strict";
import { test } from "node:test";
import { toRaw } from "../model/offset-map.js";
import { normalizeText } from "./normalize.js";

const CASES: { name: string; raw: string; text: string }[] = [
  { name: "NBSP becomes a space", raw: "the\u00A0minister", text: "the minister" },
  { name: "zero-width and soft hyphen vanish", raw: "gov\u200Bern\u00ADment", text: "government" },
  { name: "BOM vanishes", raw: "\uFEFFHello", text: "Hello" },
  { name: "CRLF becomes LF", raw: "a\r\nb", text: "a\nb" },
  { name: "bracket glued to a word", raw: "the [rockets]arrived", text: "the [rockets] arrived" },
  { name: "period glued to a capital", raw: "talks ended.The minister left", text: "talks ended. The minister left" },
  { name: "NFC composes accents", raw: "Erdog\u0306an", text: "Erdoğan" },
];

const MUST_NOT_CHANGE = [
  "the U.S. Navy",
  "Washington, D.C. and",
  "a 1.5 percent rise",
  "see voanews.com today",
  "at 3 p.m.",
];

test("normalizeText: table", () => {
  for (const c of CASES) assert.equal(normalizeText(c.raw).text, c.text, c.name);
});

test("normalizeText: must not change", () => {
  for (const s of MUST_NOT_CHANGE) assert.equal(normalizeText(s).text, s, s);
});

test("normalizeText: offsets lead back to the raw text", () => {
  const raw = "A\u200B\u00ADB [x]y end.Then\r\nZ";
  const { text, offsets } = normalizeText(raw);
  for (const word of ["B", "y", "Then", "Z"]) {
    const at = text.indexOf(word);
    const r = toRaw(offsets, at);
    assert.equal(raw.slice(r, r + word.length), word, word);
  }
});

test("normalizeText: reports translation fragments", () => {
  const { diagnostics } = normalizeText("They moved to the coast. 'coast. Later they left.");
  assert.ok(diagnostics.some((d) => d.code === "text.translation-fragment"));
});
