/**
 * The knowledge base: countries, organizations, armed groups, office holders with dated terms, titles, agent words,
 * metonyms and places, read once from `data/kb/` (see its README for sources and licences).
 * All lookups are case-insensitive on `normKey` (NFKC, no accents, straight quotes, "U.S." = "US", leading "the"
 * ignored), except that entries written as acronyms ("WHO", "US", "LeT") only match surfaces with two or more
 * capitals, so "who", "us" and "let" find nothing. Hits on names that are also common words or given names carry
 * `ambiguous: true` (May, Jordan, Nice, Jackson).
 */
import { buildKb, type Kb, officeKey } from "./build.js";
import { normKey, withoutPossessive } from "./normalize.js";
import type { KbAgent, KbCountry, KbHit, KbOrg, KbPerson, KbPlace, KbTitle } from "./types.js";

export { normKey } from "./normalize.js";
export type { KbAgent, KbCountry, KbHit, KbKind, KbOrg, KbPerson, KbPlace, KbRole, KbTitle } from "./types.js";

let cache: Kb | undefined;

/** The tables, built on first use (about 100 ms) and kept for the process. */
function kb(): Kb {
  cache ??= buildKb();
  return cache;
}

/** Builds the tables now (for benchmarks and servers that want the cost up front); returns the number of keys. */
export function loadKb(): { keys: number } {
  return { keys: kb().phrases.size };
}

/**
 * Every entry whose name is exactly this surface, best first; a trailing possessive is ignored when nothing
 * matches with it.
 * @example lookup("U.S.")[0]?.country // "USA"
 * @example lookup("Chinese")[0]?.kind // "demonym"
 */
export function lookup(surface: string): KbHit[] {
  const key = normKey(surface);
  const hits = kb().phrases.lookupKey(key, surface);
  if (hits.length > 0) return hits;
  const bare = withoutPossessive(key);
  return bare ? kb().phrases.lookupKey(bare, surface) : [];
}

/**
 * The longest knowledge-base phrase that starts at token `i` (tokens are surface strings, as the tokenizer split
 * them: ["al", "-", "Qaida"] matches "al-Qaida"). A lone "the" starts nothing: the match begins after it.
 * Token keys are cached per array (WeakMap), so a scan normalizes each token once: do not mutate the array between
 * calls.
 * @example longestMatchAt(["in", "South", "Korea", "today"], 1) // { length: 2, hits: [country KOR] }
 */
export function longestMatchAt(tokens: readonly string[], i: number): { length: number; hits: KbHit[] } | undefined {
  return kb().phrases.longestMatchAt(tokens, i);
}

/**
 * True when the knowledge base knows the word as a given name or surname besides its other reading
 * (data/kb/ambiguous.tsv). @example isPersonalName("Florence") // true
 */
export function isPersonalName(word: string): boolean {
  return kb().personalNames.has(normKey(word));
}

/** @example country("TWN")?.name // "Taiwan" */
export function country(iso3: string): KbCountry | undefined {
  return kb().countries.get(iso3.toUpperCase());
}

/** @example countryOfDemonym("Chinese") // "CHN" */
export function countryOfDemonym(word: string): string | undefined {
  return kb().demonyms.get(normKey(word));
}

/** Whether a person's role was held on `date` (YYYY-MM-DD; terms include both ends). */
function heldOn(p: KbPerson, office: string, country: string, date: string): string | undefined {
  let start: string | undefined;
  for (const r of p.roles) {
    if (r.country !== country || officeKey(kb(), r.role) !== office) continue;
    if (r.start <= date && (!r.end || date <= r.end) && (!start || r.start > start)) start = r.start;
  }
  return start;
}

/**
 * Who held an office in a country on a date; on a handover day the incoming holder wins. When nobody held it, the
 * title's fallback offices are tried ("Russian leader" is the president, "British leader" the prime minister, data/kb/leaders.tsv the exceptions).
 * @example officeHolder("president", "USA", "2024-10-03")?.name // "Joe Biden"
 * @example officeHolder("Secretary of State", "USA", "2025-03-01")?.name // "Marco Rubio"
 * @example officeHolder("leader", "RUS", "2024-10-03")?.name // "Vladimir Putin"
 */
export function officeHolder(role: string, country: string, date: string): KbPerson | undefined {
  const found = holderOf(officeKey(kb(), role), country, date.slice(0, 10));
  if (found) return found;
  const fallback = title(role)?.fallback ?? [];
  const lead = fallback.length > 0 ? kb().leaders.get(country) : undefined;
  for (const next of lead ? [lead, ...fallback] : fallback) {
    const person = holderOf(officeKey(kb(), next), country, date.slice(0, 10));
    if (person) return person;
  }
  return undefined;
}

function holderOf(office: string, country: string, day: string): KbPerson | undefined {
  let best: KbPerson | undefined;
  let bestStart = "";
  for (const p of kb().offices.get(`${office}|${country}`) ?? []) {
    const start = heldOn(p, office, country, day);
    if (start !== undefined && start >= bestStart) {
      best = p;
      bestStart = start;
    }
  }
  return best;
}

/**
 * A person by full name or alias. An alias shared by several people ("Kim") resolves only when `date` picks one
 * who held an office then; otherwise undefined.
 * @example personByName("Blinken")?.id // "antony-blinken"
 */
export function personByName(name: string, date?: string): KbPerson | undefined {
  const list = kb().people.get(normKey(name)) ?? [];
  if (list.length <= 1) return list[0];
  if (!date) return undefined;
  const day = date.slice(0, 10);
  const active = list.filter((p) => p.roles.some((r) => r.start <= day && (!r.end || day <= r.end)));
  return active.length === 1 ? active[0] : undefined;
}

/** @example title("Defence Secretary")?.canonical // "Defense Minister" */
export function title(surface: string): KbTitle | undefined {
  return kb().titles.get(normKey(surface));
}

/** @example agent("rebels") // { word: "rebels", sector: "REB", plural: true } */
export function agent(word: string): KbAgent | undefined {
  return kb().agents.get(normKey(word));
}

/** An organization by code or any of its names. @example org("UNICEF")?.code // "UN" */
export function org(codeOrName: string): KbOrg | undefined {
  const key = normKey(codeOrName);
  return kb().orgs.get(key) ?? kb().orgs.get(key.replace(/\./g, ""));
}

/** A place (city, region, landmark, continent, sea) by name; the most populous namesake first. */
export function place(name: string): KbPlace | undefined {
  const key = normKey(name);
  const bare = key.replace(/\./g, "");
  return kb().places.get(key) ?? kb().places.get(bare) ?? kb().cities.first(key) ?? kb().cities.first(bare);
}
