import type { Entity, Mention } from "../entities/schema.js";
import { countryOfDemonym } from "../kb/index.js";
import type { Doc } from "../model/document.js";
import { tokenAt } from "../model/text-layers.js";
import { agentMentions } from "./agents.js";
import { actorCountry } from "./capitals.js";
import type { ActorRef } from "./schema.js";

/** An entity mention that can code an actor: it has a country (ISO3 or IGO code), placed on token indices. */
export interface ActorMention {
  entity: Entity;
  mention: Mention;
  /** The actor code: the entity's country, or the country of the capital it names. */
  country: string;
  /** First token of the mention and one past its last. */
  first: number;
  last: number;
}

// Entities that can act in PLOVER's sense: people, organizations, states and their demonyms. Places (LOC, FAC: "the
// South China Sea", "the Oval Office"), MONEY, LAW ... never act.
const ACTOR_TYPES = new Set(["PERSON", "ORG", "GPE", "NORP"]);

/**
 * Per sentence, the mentions of coded entities in text order; nested mentions keep the outermost one
 * ("Chinese Foreign Minister Wang Yi" rather than the "Chinese" inside it).
 */
export function actorMentionsBySentence(doc: Doc): ActorMention[][] {
  const out: ActorMention[][] = doc.sentences.map(() => []);
  const all: ActorMention[] = [];
  for (const entity of doc.entities) {
    const country = actorCountry(entity);
    if (!country || !ACTOR_TYPES.has(entity.type)) continue;
    for (const mention of entity.mentions) {
      const first = tokenAt(doc.tokens, mention.start);
      let last = first;
      while (last < doc.tokens.length && doc.tokens[last]!.start < mention.end) last++;
      if (last > first) all.push({ entity, mention, country, first, last });
    }
  }
  all.push(...demonymMentions(doc, all));
  all.push(...agentMentions(doc, all));
  all.sort((a, b) => a.first - b.first || b.last - a.last);
  let prev: ActorMention | undefined;
  for (const [i, m] of all.entries()) {
    if (prev && m.first < prev.last) continue;
    if (titleDemonym(doc, m, all[i + 1])) continue;
    out[doc.tokens[m.first]!.sentence]?.push(m);
    prev = m;
  }
  return out;
}

/** Marks entities made up here, which the document's entity list does not hold. */
export const SYNTHETIC_PREFIX = "~";

/**
 * Demonyms the entities layer did not keep as mentions ("Somali leaders", "Russian officials": it treats a demonym
 * before a role or agent word as an attribute). For actors they code the country, so they are added back here from
 * the knowledge base's demonym table; "North Korean" is tried before "Korean".
 */
function demonymMentions(doc: Doc, known: ActorMention[]): ActorMention[] {
  const covered = new Set<number>();
  for (const m of known) for (let k = m.first; k < m.last; k++) covered.add(k);
  const out: ActorMention[] = [];
  const tk = doc.tokens;
  for (let i = 0; i < tk.length; i++) {
    const t = tk[i]!;
    if (covered.has(i) || !/^\p{Lu}/u.test(t.text) || (t.pos !== "PROPN" && t.pos !== "ADJ")) continue;
    const next = tk[i + 1];
    const two = next && !covered.has(i + 1) ? countryOfDemonym(`${t.text} ${next.text}`) : undefined;
    const country = two ?? countryOfDemonym(t.text);
    if (!country) continue;
    const last = two ? i + 2 : i + 1;
    out.push(syntheticDemonym(doc, i, last, country));
    i = last - 1;
  }
  return out;
}

function syntheticDemonym(doc: Doc, first: number, last: number, country: string): ActorMention {
  const start = doc.tokens[first]!.start;
  const end = doc.tokens[last - 1]!.end;
  const text = doc.text.slice(start, end);
  const mention: Mention = { start, end, text, kind: "demonym", rule: "events/demonym-fallback" };
  const entity: Entity = {
    id: `${SYNTHETIC_PREFIX}${country}`,
    name: text,
    type: "NORP",
    country,
    mentions: [mention],
    provenance: { rule: "events/demonym-fallback" },
  };
  return { entity, mention, country, first, last };
}

/**
 * "Canadian Prime Minister Justin Trudeau": a demonym that only introduces a named person of its country adds nothing
 * and would break the coordination "Sheinbaum and ... Trudeau"; it is left out.
 */
function titleDemonym(doc: Doc, m: ActorMention, next: ActorMention | undefined): boolean {
  if (m.entity.type !== "NORP" || !next || next.entity.type !== "PERSON" || next.country !== m.country) return false;
  if (next.first - m.last > 4) return false;
  for (let k = m.last; k < next.first; k++) if (!/^(?:PROPN|NOUN|ADJ)$/.test(doc.tokens[k]!.pos)) return false;
  return true;
}

/** The actor reference an event records for a mention. */
export function actorRef(doc: Doc, m: ActorMention): ActorRef {
  const ref: ActorRef = {
    name: m.entity.name,
    mention: { start: m.mention.start, end: m.mention.end, text: doc.text.slice(m.mention.start, m.mention.end) },
  };
  ref.country = m.country;
  if (!m.entity.id.startsWith(SYNTHETIC_PREFIX)) ref.entity = m.entity.id;
  if (m.entity.sector) ref.sector = m.entity.sector;
  return ref;
}

const pairs = new WeakMap<Doc, ActorMention[]>();

/**
 * The story's two main countries (most mentioned, one entity each): who "both countries" and "the two sides" are when
 * no reciprocal event has named them yet.
 */
export function storyPair(doc: Doc): ActorMention[] {
  const cached = pairs.get(doc);
  if (cached) return cached;
  const best = new Map<string, Entity>();
  const counts = new Map<string, number>();
  for (const e of doc.entities) {
    const c = actorCountry(e);
    if (!c || !ACTOR_TYPES.has(e.type) || e.mentions.length === 0) continue;
    counts.set(c, (counts.get(c) ?? 0) + e.mentions.length);
    if (!best.has(c) || e.mentions.length > best.get(c)!.mentions.length) best.set(c, e);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 2);
  const out = top.map(([c]) => {
    const entity = best.get(c)!;
    const mention = entity.mentions[0]!;
    const first = tokenAt(doc.tokens, mention.start);
    return { entity, mention, country: c, first, last: first + 1 };
  });
  pairs.set(doc, out.length === 2 ? out : []);
  return pairs.get(doc)!;
}
