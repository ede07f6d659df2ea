import { readFileSync } from "node:fs";
import type { Doc } from "../model/document.js";
import type { Token } from "../model/text-layers.js";
import { homeCountry } from "./agents.js";
import type { TriggerMatch } from "./match-triggers.js";
import type { ActorMention } from "./mentions.js";
import type { ActorRef, PloverType } from "./schema.js";

/**
 * Force used on unnamed people: "troops arrested hundreds of protesters", "demonstrators were killed". PLOVER codes the
 * target by the country the people belong to; with no state named, that is the actor's own (a domestic crackdown), or
 * the story's home country when the act is told in the passive with no agent.
 */
const FORCE_TYPES: ReadonlySet<PloverType> = new Set(["ASSAULT", "COERCE"]);

// Nouns that name people or the places they live and work in, as the target of force (data/events/target-nouns.txt).
let people: Set<string> | undefined;
function peopleNouns(): Set<string> {
  if (!people) {
    const text = readFileSync(new URL("../../data/events/target-nouns.txt", import.meta.url), "utf8");
    people = new Set(text.split("\n").filter((l) => l && !l.startsWith("#")));
  }
  return people;
}

// Words that may stand between the verb and its object noun: "at least 2,400", "dozens of", "all six".
const OBJECT_INNER = new Set(["DET", "NUM", "ADJ", "ADV", "SYM", "ADP", "PUNCT", "NOUN", "PROPN", "CCONJ"]);

const SCAN = 14;
const AIMED = new Set(["at", "against"]);

/**
 * The target of a force verb: a named party the force is aimed at ("fired tear gas, rubber bullets at Palestinian
 * youths"), else a people noun in its object, coded by a state or demonym right before it ("Chilean fishermen") or by
 * the actor's own country. Undefined when the object names no people.
 */
function forceObject(tk: readonly Token[], match: TriggerMatch, end: number, mentions: readonly ActorMention[]) {
  const stop = Math.min(end, match.last + SCAN);
  for (let k = match.last; k < stop; k++) {
    const t = tk[k]!;
    if (AIMED.has(t.lower)) {
      const m = mentions.find((x) => x.first > k && x.first <= k + 3);
      if (m) return { k: m.first, country: m.country as string | undefined };
    }
    if (peopleNouns().has(t.lower) && (t.pos === "NOUN" || t.pos === "PROPN")) {
      const m = mentions.find((x) => x.last === k || (x.last === k - 1 && tk[k - 1]!.pos === "ADJ"));
      return { k, country: m?.country };
    }
    // A verb tag before a noun is a modifier ("stun grenades"); any other verb starts another clause.
    const modifier = t.pos === "VERB" && tk[k + 1]?.pos === "NOUN";
    if ((!OBJECT_INNER.has(t.pos) && !modifier) || t.text === "." || t.text === ";") return undefined;
  }
  return undefined;
}

/** The people noun that is the subject of a passive force verb ("eight demonstrators were killed"), or -1. */
function passiveSubject(tk: readonly Token[], match: TriggerMatch, start: number): number {
  for (let k = match.first - 1; k >= Math.max(start, match.first - 8); k--) {
    const t = tk[k]!;
    if (peopleNouns().has(t.lower) && (t.pos === "NOUN" || t.pos === "PROPN")) return k;
    if (t.text === "," || t.pos === "VERB") return -1;
  }
  return -1;
}

function ref(doc: Doc, k: number, country: string): ActorRef {
  const t = doc.tokens[k]!;
  return { name: t.text, country, mention: { start: t.start, end: t.end, text: t.text } };
}

/** The target of force on unnamed or named people, given the actor's refs; [] when the object names no people. */
export function domesticTarget(
  doc: Doc,
  type: PloverType,
  match: TriggerMatch,
  clause: [number, number],
  actor: readonly ActorRef[],
  mentions: readonly ActorMention[],
): ActorRef[] {
  if (!FORCE_TYPES.has(type)) return [];
  const own = actor[0]?.country;
  if (!own || !/^[A-Z]{3}$/.test(own)) return [];
  if (doc.tokens[match.first]?.pos !== "VERB")
    return type === "ASSAULT" && armedGroup(doc, actor) ? homeAttack(doc, match, own, mentions) : [];
  const hit = forceObject(doc.tokens, match, clause[1], mentions);
  return hit ? [ref(doc, hit.k, hit.country ?? own)] : [];
}

/**
 * "Eight demonstrators were killed Friday": force in the passive with no agent, on people of the story's home country,
 * is coded as the home state's act on its own people (the brief's convention for unnamed security forces).
 */
export function agentlessForce(
  doc: Doc,
  type: PloverType,
  match: TriggerMatch,
  clause: [number, number],
  known: readonly ActorMention[],
): { actor: ActorRef[]; recipient: ActorRef[] } | undefined {
  if (!FORCE_TYPES.has(type)) return undefined;
  const home = homeCountry(doc, known);
  if (!home) return undefined;
  const k = passiveSubject(doc.tokens, match, clause[0]);
  if (k < 0) return undefined;
  const t = doc.tokens[match.first]!;
  const actor: ActorRef = {
    name: "unnamed forces",
    country: home,
    mention: { start: t.start, end: t.end, text: t.text },
  };
  return { actor: [actor], recipient: [ref(doc, k, home)] };
}

const REDUCED_NEXT = new Set(["in", "during", "at", "near", "when", "after", "while", "since", "last", "this"]);

/**
 * "civilians injured in clashes", "people arrested last week": a participle after a noun describes the people acted on
 * (a reduced passive); its subject-like noun is the target, not the actor, and no agent is named.
 */
export function reducedPassive(doc: Doc, type: PloverType, match: TriggerMatch): boolean {
  if (!FORCE_TYPES.has(type)) return false;
  const tk = doc.tokens;
  const head = tk[match.first]!;
  if (head.pos !== "VERB" || head.lower === head.lemma || head.lower.endsWith("ing")) return false;
  const prev = tk[match.first - 1];
  const next = tk[match.last];
  if (!prev || (prev.pos !== "NOUN" && prev.pos !== "PROPN")) return false;
  return next !== undefined && next.sentence === head.sentence && REDUCED_NEXT.has(next.lower);
}

// Verbal acts whose target, when unstated, is the state the story is about: "the United States said it was deeply
// disappointed by the extension" in a story about Somalia's politics.
// A foreign state's military moves in such a story are shows of force toward that state.
const HOME_TARGETED: ReadonlySet<PloverType> = new Set(["ACCUSE", "THREATEN", "REQUEST", "REJECT", "MOBILIZE"]);
const DOMESTIC_SECTORS = new Set(["OPP", "LEG", "REB", "INS", "CVL"]);

/** The story's home country as the recipient of a verbal act with no stated target, or [] when it does not apply. */
export function homeRecipient(
  doc: Doc,
  type: PloverType,
  actor: readonly ActorRef[],
  known: readonly ActorMention[],
): ActorRef[] {
  if (!HOME_TARGETED.has(type) || actor.length === 0 || !actor.every((a) => official(doc, a))) return [];
  const home = homeCountry(doc, known);
  if (!home) return [];
  // Within the home country only opposition bodies address their own state ("opposition lawmakers denounced ...").
  const domestic = actor.some((a) => a.country === home);
  if (domestic && type === "MOBILIZE") return [];
  if (domestic && !actor.every((a) => a.country === home && a.sector && DOMESTIC_SECTORS.has(a.sector))) return [];
  return [{ name: home, country: home }];
}

const OFFICIAL_SECTORS = new Set(["GOV", "MIL", "POL", "LEG", "OPP", "IGO", "JUD"]);

/** A state, a state body or an office holder: who addresses a state when no target is named. */
function official(doc: Doc, a: ActorRef): boolean {
  if (a.sector && OFFICIAL_SECTORS.has(a.sector)) return true;
  const e = a.entity ? doc.entities.find((x) => x.id === a.entity) : undefined;
  if (!e) return false;
  if (e.type === "GPE") return true;
  return e.type === "PERSON" && e.kbId !== undefined && e.role !== undefined;
}

/** An organization or a synthetic agent (forces, rebels): who carries out attacks, unlike a person or a state's name. */
function armedGroup(doc: Doc, actor: readonly ActorRef[]): boolean {
  return actor.every((a) => {
    const e = a.entity ? doc.entities.find((x) => x.id === a.entity) : undefined;
    return e ? e.type === "ORG" : a.sector !== undefined && a.sector !== "GOV";
  });
}

/**
 * "Al-Shabab claimed responsibility for the hotel attack": an attack by a group of the story's home country that names
 * no target struck at home; the home state is its target, as analysts code insurgent attacks.
 */
function homeAttack(doc: Doc, match: TriggerMatch, own: string, mentions: readonly ActorMention[]): ActorRef[] {
  if (homeCountry(doc, mentions) !== own) return [];
  const t = doc.tokens[match.first]!;
  return [{ name: own, country: own, mention: { start: t.start, end: t.end, text: t.text } }];
}
