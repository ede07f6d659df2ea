import type { Token } from "../model/text-layers.js";
import { isCapitalised, isNameSuffix, joined } from "./candidate.js";
import { lexicon } from "./lexicon.js";
import { kbMatchAt } from "./roles.js";

/** A run of capitalised tokens `[ts, te)` with the connectors inside it ("Carnegie Endowment for International Peace"). */
export interface Chunk {
  ts: number;
  te: number;
}

const HAS_LOWER = /\p{Ll}/u;
// Lower-case name particles that belong to the name after them: "al-Shabab", "Mohammed bin Salman", "Van Orden".
const PARTICLES = new Set([
  "al",
  "el",
  "bin",
  "ibn",
  "bint",
  "abu",
  "van",
  "von",
  "de",
  "der",
  "da",
  "du",
  "la",
  "le",
  "del",
]);
// Connectors that may continue a name when the name so far ends in a head word ("Ministry of", "Endowment for").
const CONNECTORS = new Set(["of", "for", "on"]);
// Heads that take "to": "the U.S. Mission to the United Nations", "Embassy to Kenya".
const TO_HEADS = new Set(["mission", "embassy", "delegation", "envoy"]);
// Words before "of" that start a multi-word name although they are not organization heads.
const OF_HEADS = new Set([
  "republic",
  "kingdom",
  "voice",
  "house",
  "league",
  "state",
  "people",
  "emirate",
  "sultanate",
  "group",
]);
// After "and" a name continues only when it ends in a head or one of these ("Bureau of European and Eurasian Affairs").
const AND_TAILS = new Set([
  "affairs",
  "studies",
  "security",
  "development",
  "cooperation",
  "trade",
  "technology",
  "sciences",
]);
// Possessives that belong inside names: "People's Republic", "Korean People's Army".
const POSSESSIVE_NAMES = new Set(["people", "workers", "women", "children", "citizens", "veterans"]);
// A lower-case word after a hyphen that makes the capitalised part an adjective: "Washington-based", "U.S.-led".
const ADJECTIVE_SUFFIX = /(?:ed|ing|born|made|run|style|era|like|wide|friendly|free)$/;
// Lower-case prefixes that make a name an adjective: "pro-Russian", "anti-American", "non-NATO", "ex-President".
const ADJECTIVE_PREFIXES = new Set(["pro", "anti", "non", "ex", "post", "pre", "mid", "neo", "trans", "cross"]);

// A single token glued to an adjective prefix, when the tokenizer keeps it whole: "Anti-American".
const PREFIXED = /^(?:pro|anti|non|ex|post|pre|mid|neo|trans|cross)-/i;

function isNameToken(t: Token | undefined): boolean {
  return t !== undefined && isCapitalised(t) && t.text !== "I" && !PREFIXED.test(t.text);
}

/** True for a name particle directly before a name token or a hyphen joined to one ("al" "-" "Shabab"). */
function isParticleAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !PARTICLES.has(t.lower)) return false;
  if (tokens[i + 1]?.text === "-" && joined(tokens, i)) return isNameToken(tokens[i + 2]);
  // Chains of particles: "von der Leyen", "de la Cruz".
  return isNameToken(tokens[i + 1]) || (PARTICLES.has(tokens[i + 1]?.lower ?? "") && isNameToken(tokens[i + 2]));
}

/** Length of a hyphenated continuation at `i` ("-" "shek", "-" "Pacific"), 0 when there is none. */
function hyphenAt(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.text !== "-" || !joined(tokens, i - 1) || !joined(tokens, i)) return 0;
  const next = tokens[i + 1];
  if (!next || !/^\p{L}/u.test(next.text)) return 0;
  return 2;
}

/** True when the hyphen at `i` turns the name before it into an adjective ("Washington-based"). */
export function adjectiveHyphenAt(tokens: readonly Token[], i: number): boolean {
  if (hyphenAt(tokens, i) === 0) return false;
  const next = tokens[i + 1]!;
  return !isCapitalised(next) && ADJECTIVE_SUFFIX.test(next.lower);
}

/** True when the name starting at `i` is glued to a prefix ("pro-Russian", "anti-China"). */
export function adjectivePrefixBefore(tokens: readonly Token[], i: number): boolean {
  const hy = tokens[i - 1];
  const pre = tokens[i - 2];
  return (
    hy?.text === "-" &&
    pre !== undefined &&
    joined(tokens, i - 2) &&
    joined(tokens, i - 1) &&
    ADJECTIVE_PREFIXES.has(pre.lower)
  );
}

/** Whether a connector at `i` may continue the chunk `[ts, i)`; returns how many tokens it takes (0: stop). */
function connectorAt(tokens: readonly Token[], ts: number, i: number, te: number): number {
  const t = tokens[i]!;
  const lex = lexicon();
  const prev = tokens[i - 1]!.lower;
  // "Secretary of State", "Minister of Defense": a role's own "of" keeps the title and the name in one run.
  const roleOf = lex.roleHeads.has(prev) && t.lower === "of" && lex.roleOf.has(tokens[i + 1]?.lower ?? "");
  const head =
    roleOf || lex.lastHeads.has(prev) || lex.firstHeads.has(prev) || OF_HEADS.has(prev) || hasConnector(tokens, ts, i);
  if ((CONNECTORS.has(t.lower) && head) || (t.lower === "to" && TO_HEADS.has(prev))) {
    const skip = tokens[i + 1]?.lower === "the" ? 2 : 1;
    return i + skip < te && isNameToken(tokens[i + skip]) ? skip : 0;
  }
  if (t.lower === "and" && oneWordBefore(tokens, ts, i)) return andAfterWord(tokens, i, te);
  if (t.lower === "and" && hasConnector(tokens, ts, i)) {
    let j = i + 1;
    while (j < te && isNameToken(tokens[j])) j++;
    const last = tokens[j - 1]!.lower;
    return j > i + 1 && (lex.lastHeads.has(last) || AND_TAILS.has(last)) ? 1 : 0;
  }
  if (t.text === "'s" && joined(tokens, i - 1) && POSSESSIVE_NAMES.has(prev)) return isNameToken(tokens[i + 1]) ? 1 : 0;
  return 0;
}

/** One name word before `i`, after any sentence openers ("The Trade | and"). */
function oneWordBefore(tokens: readonly Token[], ts: number, i: number): boolean {
  let k = ts;
  while (k < i - 1 && lexicon().trimWords.has(tokens[k]!.lower)) k++;
  return k === i - 1;
}

/**
 * "Peace and Security Council", "Trade and Industry Ministry": one word, "and", and a run ending in a name head is one
 * name, unless the first word is a name of its own ("Russia and European Union" are two).
 */
function andAfterWord(tokens: readonly Token[], i: number, te: number): number {
  let j = i + 1;
  while (j < te && isNameToken(tokens[j])) j++;
  if (j === i + 1 || !lexicon().lastHeads.has(tokens[j - 1]!.lower)) return 0;
  // Capitals for emphasis ("a GREAT and POWERFUL STATE") join nothing.
  if (!HAS_LOWER.test(tokens[i - 1]!.text) || !HAS_LOWER.test(tokens[j - 1]!.text)) return 0;
  return kbMatchAt(tokens, i - 1) ? 0 : 1;
}

function hasConnector(tokens: readonly Token[], ts: number, i: number): boolean {
  for (let k = ts; k < i; k++) if (CONNECTORS.has(tokens[k]!.lower)) return true;
  return false;
}

/**
 * Capitalised runs in tokens `[from, to)`: name tokens, particles, hyphenated parts and head-licensed connectors.
 * A run glued to an adjective suffix ("Washington-based") or prefix ("pro-Russian") is not returned.
 * @example chunks(tokensOf("the Carnegie Endowment for International Peace said"), 0, 8) // [{ ts: 1, te: 6 }]
 */
export function chunks(tokens: readonly Token[], from: number, to: number): Chunk[] {
  const out: Chunk[] = [];
  let i = from;
  while (i < to) {
    if (!isNameToken(tokens[i]) && !isParticleAt(tokens, i) && !PREFIXED.test(tokens[i]!.text)) {
      i++;
      continue;
    }
    // "Anti-American Farmer Tariff", "Pro-Kremlin": the run after a capitalised prefix is an adjective phrase.
    if (ADJECTIVE_PREFIXES.has(tokens[i]!.lower) && tokens[i + 1]?.text === "-" && joined(tokens, i)) {
      i = extend(tokens, i + 2, to);
      continue;
    }
    if (PREFIXED.test(tokens[i]!.text) && isCapitalised(tokens[i]!)) {
      i = isNameToken(tokens[i + 1]) ? extend(tokens, i + 1, to) : i + 1;
      continue;
    }
    const ts = i;
    const te = extend(tokens, ts, to);
    const adjective = adjectiveHyphenAt(tokens, te) || adjectivePrefixBefore(tokens, ts);
    if (!adjective) out.push({ ts, te });
    i = adjectiveHyphenAt(tokens, te) ? te + 2 : te;
  }
  return out;
}

function extend(tokens: readonly Token[], ts: number, to: number): number {
  let i = ts + 1;
  if (tokens[ts]!.lower !== "" && PARTICLES.has(tokens[ts]!.lower) && tokens[i]?.text === "-") i += 1;
  while (i < to) {
    const t = tokens[i]!;
    if (isNameToken(t) || isParticleAt(tokens, i)) {
      i++;
      // "met Robert Kent Jr. Kent said": a dotted suffix ends the name (the splitter keeps such sentences whole).
      if (t.text.endsWith(".") && i > ts + 1 && isNameSuffix(tokens, i - 1) && isNameToken(tokens[i])) break;
      continue;
    }
    const hy = hyphenAt(tokens, i);
    if (hy > 0 && !adjectiveHyphenAt(tokens, i)) {
      i += hy;
      continue;
    }
    const skip = connectorAt(tokens, ts, i, to);
    if (skip === 0) break;
    i += skip;
  }
  return i;
}
