import type { Entity, Mention } from "../entities/schema.js";
import { agent } from "../kb/index.js";
import type { Doc } from "../model/document.js";
import type { Token } from "../model/text-layers.js";
import { tokenAt } from "../model/text-layers.js";
import type { ActorMention } from "./mentions.js";

/**
 * Agent words as actors: "the junta", "security forces", "opposition lawmakers" act in news stories without naming an
 * entity. The knowledge base's agent table (`agent()` of src/kb) gives the sector; the country is a state named in
 * the same noun phrase ("Israel's police", "the government of Somalia") or, failing that, the story's home country
 * when one country clearly dominates the story. Only heads that name a body of people act: "military base" or
 * "government bonds" never do.
 */
const HEADS = new Set([
  "junta",
  "military",
  "army",
  "navy",
  "troops",
  "soldiers",
  "forces",
  "force",
  "police",
  "government",
  "administration",
  "regime",
  "authorities",
  "parliament",
  "lawmakers",
  "legislators",
  "legislature",
  "senators",
  "opposition",
  "rebels",
  "protesters",
  "protestors",
  "demonstrators",
  "guard",
  "cabinet",
]);

const SECTORS = new Set(["GOV", "MIL", "POL", "LEG", "OPP", "REB", "INS", "CVL", "SPY"]);
// Words after a head that make it a modifier of something else: "military base", "government bonds".
const NOUNISH = new Set(["NOUN", "PROPN"]);

export const AGENT_PREFIX = "~agent:";

/** The agent phrase that ends at token i (one to three words, longest first), if any. */
function agentPhrase(tk: readonly Token[], i: number): { first: number; sector: string } | undefined {
  for (let n = 3; n >= 1; n--) {
    const first = i - n + 1;
    if (first < 0) continue;
    const words = tk.slice(first, i + 1).map((t) => t.lower);
    const hit = agent(words.join(" "));
    if (hit && SECTORS.has(hit.sector)) return { first, sector: hit.sector };
  }
  return undefined;
}

/**
 * Synthetic actor mentions for agent phrases not already covered by a coded mention. `covered` holds the tokens of the
 * known mentions; `owner` gives the country of a mention ending right before a token (a possessive or adjective).
 */
export function agentMentions(doc: Doc, known: readonly ActorMention[]): ActorMention[] {
  const covered = new Set<number>();
  const endsAt = new Map<number, ActorMention>();
  for (const m of known) {
    for (let k = m.first; k < m.last; k++) covered.add(k);
    endsAt.set(m.last, m);
  }
  const home = homeCountry(doc, known);
  const tk = doc.tokens;
  const out: ActorMention[] = [];
  for (let i = 0; i < tk.length; i++) {
    const t = tk[i]!;
    if (!HEADS.has(t.lower) || covered.has(i) || !NOUNISH.has(t.pos)) continue;
    const next = tk[i + 1];
    if (next && NOUNISH.has(next.pos) && next.sentence === t.sentence) continue;
    const phrase = agentPhrase(tk, i);
    if (!phrase) continue;
    let first = phrase.first;
    while (first < i && covered.has(first)) first++;
    // A state in the phrase ("Somali security forces", "Israel's army") is already a mention: it codes the actor.
    if (ownedBefore(tk, first, endsAt)) continue;
    const country = ownerAfter(tk, i, known) ?? home;
    if (!country) continue;
    out.push(synthetic(doc, first, i + 1, country, phrase.sector));
  }
  return out;
}

/** A coded mention right before the phrase, through a possessive or determiners ("Myanmar's military"). */
function ownedBefore(tk: readonly Token[], first: number, endsAt: Map<number, ActorMention>): boolean {
  let k = first;
  while (k > 0 && (tk[k - 1]!.pos === "ADJ" || tk[k - 1]!.lower === "'s" || tk[k - 1]!.lower === "’s")) {
    if (endsAt.has(k)) return true;
    k--;
  }
  return endsAt.has(k);
}

/** "the government of Somalia": a state right after "of". */
function ownerAfter(tk: readonly Token[], i: number, known: readonly ActorMention[]): string | undefined {
  if (tk[i + 1]?.lower !== "of") return undefined;
  const m = known.find((x) => x.first === i + 2 || (x.first === i + 3 && tk[i + 2]?.lower === "the"));
  return m && (m.entity.type === "GPE" || m.entity.type === "NORP") ? m.country : undefined;
}

const homes = new WeakMap<Doc, string | null>();

/**
 * The story's home country: the state its places and demonyms name most, when it has at least twice the mentions of
 * the runner-up. Stories between two states ("U.S.-Canada trade") have none, and their bare agents stay uncoded.
 */
export function homeCountry(doc: Doc, known: readonly ActorMention[]): string | undefined {
  const cached = homes.get(doc);
  if (cached !== undefined) return cached ?? undefined;
  const counts = new Map<string, number>();
  for (const m of known) {
    if (m.entity.type !== "GPE" && m.entity.type !== "NORP") continue;
    if (!/^[A-Z]{3}$/.test(m.country)) continue;
    counts.set(m.country, (counts.get(m.country) ?? 0) + 1);
  }
  const [top, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const home = top && top[1] >= 3 && (!second || top[1] >= 2 * second[1]) ? top[0] : null;
  homes.set(doc, home);
  return home ?? undefined;
}

function synthetic(doc: Doc, first: number, last: number, country: string, sector: string): ActorMention {
  const start = doc.tokens[first]!.start;
  const end = doc.tokens[last - 1]!.end;
  const text = doc.text.slice(start, end);
  const mention: Mention = { start, end, text, kind: "nominal", rule: "events/agent-word" };
  const entity = {
    id: `${AGENT_PREFIX}${country}:${text.toLowerCase()}`,
    name: text,
    type: "ORG",
    country,
    sector,
    mentions: [mention],
    provenance: { rule: "events/agent-word" },
  } as Entity;
  return { entity, mention, country, first, last };
}

// Entity types whose names contain ordinary words that are no acts: "Rapid Support Forces", "Peace Talks Act".
const NAMED_TYPES = new Set(["ORG", "FAC", "LAW", "EVENT", "WORK_OF_ART", "PRODUCT"]);
const namedTokens = new WeakMap<Doc, Set<number>>();

/** True when token i lies inside the name of an organization, facility, law or event ("African Union Support Mission"). */
export function insideName(doc: Doc, i: number): boolean {
  let set = namedTokens.get(doc);
  if (!set) {
    set = new Set();
    const tk = doc.tokens;
    for (const e of doc.entities) {
      if (!NAMED_TYPES.has(e.type)) continue;
      for (const m of e.mentions) {
        if (m.kind !== "name" && m.kind !== "short") continue;
        for (let k = tokenAt(tk, m.start); k < tk.length && tk[k]!.start < m.end; k++) set.add(k);
      }
    }
    namedTokens.set(doc, set);
  }
  return set.has(i);
}
