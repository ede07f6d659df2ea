import { readFileSync } from "node:fs";
import type { Doc } from "../model/document.js";
import type { Sentence, Token } from "../model/text-layers.js";
import { type Candidate, candidate, SCORE } from "./candidate.js";
import type { EntityType } from "./schema.js";

// Scale words after a number: "567 million", "2.5 billion".
const SCALES = new Set(["thousand", "million", "billion", "trillion", "hundred"]);
const NUMBER = /^\d[\d,.]*$/;

let units: Map<string, EntityType> | undefined;

/** units.tsv: currency symbols and nouns, percent words, measurement units; multi-word keys joined by a space. */
function unitTable(): Map<string, EntityType> {
  if (units) return units;
  units = new Map();
  const text = readFileSync(new URL("../../data/entities/units.tsv", import.meta.url), "utf8");
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const [word = "", type = ""] = line.split("\t");
    units.set(word, type as EntityType);
  }
  return units;
}

function isNumber(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === "NUM" || NUMBER.test(t.text)) && /\d/.test(t.text);
}

/** The unit after `i` (one or two words), as [type, length]. */
function unitAfter(tokens: readonly Token[], i: number): [EntityType, number] | undefined {
  const table = unitTable();
  const two = `${tokens[i]?.lower ?? ""} ${tokens[i + 1]?.lower ?? ""}`;
  const t2 = table.get(two);
  if (t2 && t2 !== "MONEY") return [t2, 2];
  const t1 = table.get(tokens[i]?.lower ?? "");
  return t1 ? [t1, 1] : undefined;
}

/**
 * Amount generator: MONEY ("$567 million", "1.5 billion euros"), PERCENT ("25%", "60 percent") and QUANTITY
 * ("300 kilometers", "275 kilos"). A number with no unit is no entity ("13 rounds").
 */
export function amountCandidates(doc: Doc, s: Sentence): Candidate[] {
  const tokens = doc.tokens;
  const out: Candidate[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (!isNumber(tokens[i])) continue;
    const before = unitTable().get(tokens[i - 1]?.lower ?? "");
    const us = tokens[i - 2]?.text === "US" && tokens[i - 1]?.text === "$";
    let end = i + 1;
    while (end < s.tokenEnd && SCALES.has(tokens[end]!.lower)) end++;
    const after = unitAfter(tokens, end);
    const start = before === "MONEY" ? (us ? i - 2 : i - 1) : i;
    const type = before === "MONEY" ? "MONEY" : after?.[0];
    if (!type) continue;
    const stop = before === "MONEY" ? end : end + (after?.[1] ?? 0);
    out.push(
      candidate(tokens, start, Math.min(stop, s.tokenEnd), {
        type,
        rule: `entities/amount:${type.toLowerCase()}`,
        score: SCORE.kb,
      }),
    );
    i = stop - 1;
  }
  return out;
}
