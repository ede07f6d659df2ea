import type { Token } from "../model/text-layers.js";
import { eventLexicon, type TriggerEntry } from "./lexicon.js";

/** A lexicon entry found in a sentence: the matched tokens `[first, last)` and the ones that matched its slots. */
export interface TriggerMatch {
  entry: TriggerEntry;
  first: number;
  last: number;
  /** Indices of the tokens that matched a slot (gap tokens excluded). */
  words: number[];
}

// Up to four words may stand in a "*" gap ("imposed new 25% tariffs", "“deeply disappointed” by"), but never a
// clause-ending punctuation mark.
const MAX_GAP = 4;
const GAP_STOP = new Set([",", ";", ":", ".", "!", "?", "(", ")"]);
const NOUN_POS = new Set(["NOUN", "PROPN"]);
// No pattern starts with a function word or a number: these tokens are skipped without a lookup.
const SKIP_POS = new Set(["PUNCT", "DET", "CCONJ", "SCONJ", "NUM", "SYM", "SPACE"]);

/** The forms a token can match a lexicon word by: lemma, lower-cased text and a naive singular ("airstrikes"). */
export function wordForms(t: Token): string[] {
  const forms = [t.lemma, t.lower];
  if (t.lower.endsWith("ies")) forms.push(`${t.lower.slice(0, -3)}y`);
  else if (t.lower.endsWith("es")) forms.push(t.lower.slice(0, -2), t.lower.slice(0, -1));
  else if (t.lower.endsWith("s")) forms.push(t.lower.slice(0, -1));
  return forms;
}

function slotHas(slot: Set<string>, t: Token): boolean {
  for (const f of wordForms(t)) if (slot.has(f)) return true;
  return false;
}

function posFits(entry: TriggerEntry, t: Token): boolean {
  if (entry.pos === "V") return t.pos === "VERB";
  if (entry.pos === "N") return NOUN_POS.has(t.pos);
  return true;
}

/** Matches the entry's slots from token i; returns the matched slot indices or undefined. */
function matchAt(entry: TriggerEntry, tokens: readonly Token[], i: number, end: number): number[] | undefined {
  const words = [i];
  let k = i + 1;
  for (let s = 1; s < entry.slots.length; s++) {
    const slot = entry.slots[s];
    if (!slot) continue;
    const gapBefore = entry.slots[s - 1] === null;
    const limit = gapBefore ? Math.min(end, k + MAX_GAP + 1) : Math.min(end, k + 1);
    let found = -1;
    for (let j = k; j < limit; j++) {
      const t = tokens[j]!;
      if (slotHas(slot, t)) {
        found = j;
        break;
      }
      if (GAP_STOP.has(t.text)) break;
    }
    if (found < 0) return undefined;
    words.push(found);
    k = found + 1;
  }
  return words;
}

/**
 * Every trigger in the token range `[start, end)` (one sentence), longest pattern first at each position; a token is
 * used by at most one trigger. Blockers ("poses a threat") are returned too so callers can see why nothing fired.
 * @example findTriggers(doc.tokens, s.tokenStart, s.tokenEnd).map((m) => m.entry.type) // ["CONSULT", "AID"]
 */
export function findTriggers(tokens: readonly Token[], start: number, end: number): TriggerMatch[] {
  const { byFirst } = eventLexicon();
  const used = new Set<number>();
  const out: TriggerMatch[] = [];
  for (let i = start; i < end; i++) {
    if (used.has(i)) continue;
    const t = tokens[i]!;
    if (SKIP_POS.has(t.pos)) continue;
    // Most tokens start no pattern: look their lemma and text up before building any other form.
    const quick = byFirst.has(t.lemma) || byFirst.has(t.lower);
    if (!quick && !t.lower.endsWith("s")) continue;
    const best = bestAt(byFirst, tokens, i, end, used);
    if (!best) continue;
    for (const w of best.words) used.add(w);
    out.push(best);
  }
  return out;
}

/** The longest entry matching at token i whose words are all still free. */
function bestAt(
  byFirst: Map<string, TriggerEntry[]>,
  tokens: readonly Token[],
  i: number,
  end: number,
  used: Set<number>,
): TriggerMatch | undefined {
  const t = tokens[i]!;
  let best: TriggerMatch | undefined;
  for (const form of wordForms(t)) {
    for (const entry of byFirst.get(form) ?? []) {
      if (best && best.entry.slots.length >= entry.slots.length) continue;
      if (entry.slots.length === 1 && !posFits(entry, t)) continue;
      const words = matchAt(entry, tokens, i, end);
      if (!words || words.some((w) => used.has(w))) continue;
      best = { entry, first: i, last: words[words.length - 1]! + 1, words };
    }
  }
  return best;
}
