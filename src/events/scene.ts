import type { Doc } from "../model/document.js";
import type { Token } from "../model/text-layers.js";
import type { TriggerMatch } from "./match-triggers.js";
import type { ActorMention } from "./mentions.js";

/** Who acts and who receives, as mentions, and how they were found (kept in the event's provenance note). */
export interface Sides {
  actor: ActorMention[];
  recipient: ActorMention[];
  reciprocal: boolean;
  via: string;
}

/** What the actor finder needs about one trigger. */
export interface Scene {
  doc: Doc;
  /** Coded mentions of the trigger's sentence, in text order. */
  mentions: ActorMention[];
  match: TriggerMatch;
  clause: [number, number];
  /** Where the next trigger of the sentence starts: an object is never looked for past it. */
  nextTrigger: number;
  /** A verbal act (demand, accusation, threat ...): its recipient may sit in its complement clause. */
  verbal: boolean;
}

export const POSSESSIVE_PRON = new Set(["his", "her", "its", "their", "our", "my"]);

export const MODIFIER_POS = new Set(["ADJ", "NUM", "ADV", "NOUN", "PROPN", "SYM"]);

export const TITLE_POS = new Set(["DET", "PROPN", "NOUN", "ADJ"]);

// Nouns and adjectives between a subject and its participle: "Chinese companies supplying", "Russian troops attacking".
export const NP_INNER = new Set(["NOUN", "ADJ", "PROPN", "NUM", "SYM", "PUNCT"]);

export function tok(s: Scene, i: number): Token | undefined {
  return s.doc.tokens[i];
}

/** The token before the noun phrase that starts at i (determiners and adjectives skipped). */
export function before(s: Scene, i: number): Token | undefined {
  let k = i - 1;
  while (k >= s.clause[0] && (tok(s, k)?.pos === "DET" || tok(s, k)?.pos === "ADJ")) k--;
  return tok(s, k);
}

/** Mentions joined to m by "and" or commas on one side ("Britain, France and Germany"). */
export function coordinated(s: Scene, idx: number, dir: -1 | 1): ActorMention[] {
  const out = [s.mentions[idx]!];
  const links: string[] = [];
  for (let k = idx + dir; k >= 0 && k < s.mentions.length; k += dir) {
    const [a, b] = dir < 0 ? [s.mentions[k]!, out[out.length - 1]!] : [out[out.length - 1]!, s.mentions[k]!];
    const link = linkBetween(s, a, b);
    if (!link) break;
    links.push(link);
    out.push(s.mentions[k]!);
  }
  // A list needs its "and": "Britain, France and Germany". Commas alone join an apposition or two clauses
  // ("wrong-footed Ankara, Cairo signed ..."). Leftward the nearest link must be "and"; rightward, the last one.
  const andAt = dir < 0 ? (links[0] === "and" ? links.length : 0) : links.lastIndexOf("and") + 1;
  return out.slice(0, andAt + 1);
}

/**
 * The link between two neighbouring mentions: "and" ("Joe Biden and President Xi Jinping": a conjunction, then at most
 * a determiner and title words), "," for a comma, or undefined when they are not coordinated.
 */
function linkBetween(s: Scene, a: ActorMention, b: ActorMention): string | undefined {
  if (b.first - a.last > 5 || b.first <= a.last) return undefined;
  // "U.S.-Ukraine talks": two states joined by a hyphen are a pair.
  if (b.first - a.last === 1 && tok(s, a.last)?.text === "-" && a.entity.type === "GPE" && b.entity.type === "GPE")
    return "and";
  let link: string | undefined;
  for (let t = a.last; t < b.first; t++) {
    const w = tok(s, t)!;
    // "The United States, along with Britain and France, ...": "along with"/"together with" add members too.
    const withLink = w.lower === "with" && (tok(s, t - 1)?.lower === "along" || tok(s, t - 1)?.lower === "together");
    if (w.lower === "and" || withLink) link = "and";
    else if ((w.lower === "along" || w.lower === "together") && tok(s, t + 1)?.lower === "with") continue;
    else if (w.text === ",") link ??= ",";
    else if (w.text !== "-" && (!link || !TITLE_POS.has(w.pos))) return undefined;
  }
  return link;
}

/** True when only nouns and adjectives separate the mention from the trigger ("Chinese companies supplying"). */
export function adjacent(s: Scene, m: ActorMention): boolean {
  return adjacentFrom(s, m.last);
}

export function adjacentFrom(s: Scene, from: number): boolean {
  for (let k = from; k < s.match.first; k++) if (!NP_INNER.has(tok(s, k)!.pos)) return false;
  return true;
}
