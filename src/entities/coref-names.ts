import type { KbHit, KbPerson } from "../kb/index.js";
import type { Token } from "../model/text-layers.js";
import { type Candidate, isAcronym, SCORE } from "./candidate.js";
import { addTo, type Cluster, nameKey, nameWords, newCluster } from "./cluster.js";

// Knowledge-base kinds that identify one entity: two mentions linked to the same entry are the same entity.
const LINKED_KINDS = new Set(["country", "org", "person", "place", "metonym", "demonym"]);

/**
 * Name coreference: groups candidates (in text order) into entities. Same KB entry, same name, an acronym defined in
 * the text ("Kuomintang (KMT)", "..., or NISA,") or matching an organization's initials, a person's surname or given
 * name ("Blinken" -> "Antony Blinken"), and an organization's shorter form ("Foreign Ministry" -> "Chinese Foreign
 * Ministry") all join the entity of the full name, wherever in the text the full name comes.
 */
export function clusterNames(text: string, tokens: readonly Token[], cands: readonly Candidate[]): Cluster[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const of = new Map<Candidate, Cluster>();
  for (const c of cands) {
    const t = text.slice(c.start, c.end);
    const target = definedBy(tokens, c, cands, of) ?? linked(c, byKey) ?? byKey.get(`name:${nameKey(t)}`);
    const cl = target ?? newCluster(c, t);
    if (target) addTo(target, c, t);
    else clusters.push(cl);
    of.set(c, cl);
    for (const k of keysOf(c, t)) if (!byKey.has(k)) byKey.set(k, cl);
  }
  return mergeShortForms(text, clusters);
}

function keysOf(c: Candidate, t: string): string[] {
  const keys = [`name:${nameKey(t)}`];
  if (c.kb && LINKED_KINDS.has(c.kb.kind)) keys.push(kbKey(c));
  return keys;
}

function kbKey(c: Candidate): string {
  const kind = c.kb!.kind === "demonym" ? "country" : c.kb!.kind;
  return `kb:${kind === "metonym" ? "org" : kind}:${c.kb!.kind === "demonym" ? c.kb!.country : c.kb!.canonical}`;
}

function linked(c: Candidate, byKey: Map<string, Cluster>): Cluster | undefined {
  if (!c.kb || !LINKED_KINDS.has(c.kb.kind)) return undefined;
  const cl = byKey.get(kbKey(c));
  // A demonym joins its country's entity only as a demonym mention; "Chinese" is not "China".
  if (cl && c.kb.kind === "demonym" && cl.type !== "NORP") return undefined;
  return cl;
}

/** "Kuomintang (KMT)" and "the National Intelligence and Security Agency, or NISA,": the acronym joins the name. */
function definedBy(
  tokens: readonly Token[],
  c: Candidate,
  cands: readonly Candidate[],
  of: Map<Candidate, Cluster>,
): Cluster | undefined {
  if (!isAcronym(tokens[c.ts]!.text) || c.te - c.ts !== 1) return undefined;
  const open = tokens[c.ts - 1]?.text;
  const nameEnd =
    open === "(" ? c.ts - 1 : tokens[c.ts - 1]?.lower === "or" && tokens[c.ts - 2]?.text === "," ? c.ts - 2 : -1;
  if (nameEnd < 0) return undefined;
  const named = cands.find((o) => o.te === nameEnd && o !== c);
  if (!named) return undefined;
  c.kind = "short";
  return of.get(named);
}

/**
 * Second pass: a cluster whose name is a short form of a longer name of the same family joins it: a person's
 * surname or given name, an organization's acronym or a contiguous part of its name of two words or more.
 */
function mergeShortForms(text: string, clusters: Cluster[]): Cluster[] {
  const out: Cluster[] = [];
  for (const cl of clusters) {
    const host = clusters.find((h) => h !== cl && h.cands.length > 0 && isShortFormOf(text, cl, h));
    if (!host) {
      out.push(cl);
      continue;
    }
    const foreign = otherKbPerson(cl, host);
    for (const c of cl.cands) {
      if (c.kind === "name") c.kind = "short";
      // "Richard Bennett ... Bennett": the surname is his, not the known Naftali Bennett's.
      if ((foreign && c.kb === foreign) || (host.type === "PERSON" && c.kb?.kind === "place")) delete c.kb;
      host.cands.push(c);
    }
    cl.cands = [];
  }
  return out.filter((cl) => cl.cands.length > 0);
}

/**
 * The knowledge-base person a short form was linked to by its surname alone, when the full name it joins is someone
 * else's: the full name's given name is none of the known person's names ("Jimmy Lai" is not "Lai Ching-te").
 */
function otherKbPerson(short: Cluster, long: Cluster): KbHit | undefined {
  if (long.type !== "PERSON" || long.cands.some((c) => c.kb?.kind === "person")) return undefined;
  const hit = short.cands.find((c) => c.kb?.kind === "person")?.kb;
  const given = long.words[0];
  if (!hit || !given || long.words.length < 2) return undefined;
  const person = hit.ref as KbPerson;
  for (const name of [person.name, ...person.aliases]) if (nameWords(name).includes(given)) return undefined;
  return hit;
}

/**
 * A place only by weak evidence: a city that is also a surname or given name ("Zamora", "Yao") or a lone word guessed
 * a place from its preposition ("according to Rosser"). Such a word that is a person's name in the same story is him.
 */
function placeByGuess(cl: Cluster): boolean {
  if (cl.type !== "GPE" && cl.type !== "LOC") return false;
  return cl.cands.every((c) => (c.kb ? c.kb.kind === "place" && c.kb.ambiguous === true : c.score < SCORE.chunk));
}

function isShortFormOf(text: string, short: Cluster, long: Cluster): boolean {
  if (long.words.length <= short.words.length) return false;
  if (short.best.kb && short.best.kb.kind !== "person" && short.best.score >= SCORE.kb) return false;
  const sw = short.words;
  const lw = long.words;
  if (long.type === "PERSON") {
    const personLike = short.type === "PERSON" || placeByGuess(short);
    if (personLike && sw.length > 1) return short.type === "PERSON" && endsWithSurnames(lw, sw);
    return personLike && sw.length === 1 && (sw[0] === surname(lw) || sw[0] === lw[0]);
  }
  if (long.type !== "ORG" || short.type !== "ORG") return false;
  if (sw.length === 1 && isAcronym(text.slice(short.best.start, short.best.end)))
    return initials(lw) === sw[0]!.replace(/\./g, "");
  return sw.length >= 2 && containsRun(lw, sw);
}

// Generational suffixes end a name but are no surname: "Ferdinand Marcos Jr." is "Marcos".
const SUFFIX = /^(?:jr|sr)\.?$|^(?:ii|iii|iv)$/;

/** The surname of a person's name words: the last word before any generational suffix. */
function surname(words: readonly string[]): string | undefined {
  let i = words.length - 1;
  while (i > 0 && SUFFIX.test(words[i]!)) i--;
  return words[i];
}

/** "Gonzalez Urrutia", "Lopez Obrador": a double surname is the full name without its given names. */
function endsWithSurnames(long: readonly string[], short: readonly string[]): boolean {
  let end = long.length;
  while (end > 1 && SUFFIX.test(long[end - 1]!)) end--;
  const from = end - short.length;
  return from >= 1 && short.every((w, k) => long[from + k] === w);
}

const MINOR = new Set(["of", "for", "on", "and", "the", "to", "in"]);

function initials(words: readonly string[]): string {
  return words
    .filter((w) => !MINOR.has(w))
    .map((w) => w[0])
    .join("");
}

function containsRun(long: readonly string[], short: readonly string[]): boolean {
  for (let i = 0; i + short.length <= long.length; i++) {
    if (short.every((w, k) => long[i + k] === w)) return true;
  }
  return false;
}

export { nameWords };
