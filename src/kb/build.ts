import { CityIndex } from "./city-index.js";
import { dotless, normKey } from "./normalize.js";
import { PhraseIndex } from "./phrase-index.js";
import {
  readAgents,
  readAmbiguous,
  readCountries,
  readLeaders,
  readMetonyms,
  readOrgs,
  readPeople,
  readPersonalNames,
  readPlaces,
  readTitles,
} from "./tables.js";
import type { KbAgent, KbCountry, KbHit, KbOrg, KbPerson, KbPlace, KbTitle } from "./types.js";

/** Everything the lookups need, built once per process from `data/kb/`. */
export interface Kb {
  phrases: PhraseIndex;
  countries: Map<string, KbCountry>;
  demonyms: Map<string, string>;
  orgs: Map<string, KbOrg>;
  titles: Map<string, KbTitle>;
  agents: Map<string, KbAgent>;
  places: Map<string, KbPlace>;
  people: Map<string, KbPerson[]>;
  /** "<canonical office key>|<country>" -> the people who held it. */
  offices: Map<string, KbPerson[]>;
  ambiguous: Set<string>;
  /** Keys of ambiguous names that are given names or surnames. */
  personalNames: Set<string>;
  /** iso3 -> the office that leads its government when that is not the usual fallback (DEU: Chancellor). */
  leaders: Map<string, string>;
  /** cities.tsv, indexed by name; its entries are built on first lookup. */
  cities: CityIndex;
}

// Sort order of hits for one surface: states before bodies before people before places; descriptions last.
const RANK = { country: 0, org: 100, metonym: 200, person: 300, region: 400, city: 500, demonym: 600, title: 700 };

export function buildKb(): Kb {
  const ambiguous = new Set(readAmbiguous().map(normKey));
  const phrases = new PhraseIndex();
  const kb: Kb = {
    phrases,
    countries: new Map(),
    demonyms: new Map(),
    orgs: new Map(),
    titles: new Map(),
    agents: new Map(),
    places: new Map(),
    people: new Map(),
    offices: new Map(),
    ambiguous,
    personalNames: new Set(readPersonalNames().map(normKey)),
    leaders: readLeaders(),
    cities: new CityIndex("cities.tsv", ambiguous, (key) => phrases.noteKey(key)),
  };
  addCountries(kb);
  addOrgs(kb);
  addMetonyms(kb);
  addTitles(kb);
  addAgents(kb);
  addPeople(kb);
  addPlaces(kb, "places.tsv");
  kb.phrases.seal();
  kb.phrases.attach(kb.cities);
  return kb;
}

/** Adds a hit to the phrase index; returns the surface's key for the caller's own maps. */
function add(kb: Kb, surface: string, hit: KbHit, rank: number): string {
  const key = normKey(surface);
  if (kb.ambiguous.has(key)) hit = { ...hit, ambiguous: true };
  kb.phrases.add(surface, key, hit, rank);
  return key;
}

/** Files `value` under a key and its dotless form, unless an earlier row took them. */
function setFirst<V>(map: Map<string, V>, key: string, value: V): void {
  if (!map.has(key)) map.set(key, value);
  if (!key.includes(".")) return;
  const bare = dotless(key);
  if (!map.has(bare)) map.set(bare, value);
}

function addCountries(kb: Kb): void {
  for (const c of readCountries()) {
    kb.countries.set(c.iso3, c);
    const base = { country: c.iso3, code: c.iso3, canonical: c.name, ref: c };
    for (const n of [c.name, ...c.names]) add(kb, n, { kind: "country", type: "GPE", ...base }, RANK.country);
    for (const d of c.demonyms)
      setFirst(kb.demonyms, add(kb, d, { kind: "demonym", type: "NORP", ...base }, RANK.demonym), c.iso3);
  }
}

function addOrgs(kb: Kb): void {
  for (const o of readOrgs()) {
    const country = o.country ?? (o.kind === "IGO" ? o.code : undefined);
    const hit: KbHit = { kind: "org", type: "ORG", code: o.code, canonical: o.name, ref: o };
    if (country) hit.country = country;
    if (o.sector) hit.sector = o.sector;
    // The first row with a code is the body the code names ("UN" is the United Nations, not UNICEF).
    if (!kb.orgs.has(normKey(o.code))) kb.orgs.set(normKey(o.code), o);
    for (const n of o.names) setFirst(kb.orgs, add(kb, n, hit, RANK.org), o);
  }
}

function addMetonyms(kb: Kb): void {
  for (const { place, aliases } of readMetonyms()) {
    const hit: KbHit = { kind: "metonym", type: place.entityType ?? "FAC", canonical: place.name, ref: place };
    if (place.country) hit.country = place.country;
    if (place.sector) hit.sector = place.sector;
    if (place.country && place.sector) hit.code = place.country + place.sector;
    for (const n of [place.name, ...aliases]) setFirst(kb.places, add(kb, n, hit, RANK.metonym), place);
  }
}

function addTitles(kb: Kb): void {
  for (const t of readTitles()) {
    const hit: KbHit = { kind: "title", type: "PERSON", sector: t.sector, canonical: t.canonical, ref: t };
    setFirst(kb.titles, add(kb, t.title, hit, RANK.title), t);
  }
}

function addAgents(kb: Kb): void {
  for (const a of readAgents()) {
    const hit: KbHit = { kind: "agent", type: "ORG", sector: a.sector, canonical: a.word, ref: a };
    setFirst(kb.agents, add(kb, a.word, hit, RANK.title + 50), a);
  }
}

function addPeople(kb: Kb): void {
  for (const p of readPeople()) {
    const hit: KbHit = { kind: "person", type: "PERSON", country: p.country, canonical: p.name, ref: p };
    const last = p.roles[p.roles.length - 1];
    if (last) hit.sector = last.sector;
    for (const n of [p.name, ...p.aliases]) {
      const key = add(kb, n, hit, RANK.person);
      const list = kb.people.get(key);
      if (!list) kb.people.set(key, [p]);
      else if (!list.includes(p)) list.push(p);
    }
    for (const r of p.roles) {
      const key = `${officeKey(kb, r.role)}|${r.country}`;
      const list = kb.offices.get(key);
      if (!list) kb.offices.set(key, [p]);
      else if (!list.includes(p)) list.push(p);
    }
  }
}

/** The key an office is filed under: the canonical title when the titles table knows the role. */
export function officeKey(kb: Kb, role: string): string {
  const key = normKey(role);
  const t = kb.titles.get(key);
  return t ? normKey(t.canonical) : key;
}

function addPlaces(kb: Kb, file: string): void {
  for (const { place, aliases } of readPlaces(file)) {
    const city = place.kind === "city";
    const type = city || place.kind === "region" ? "GPE" : place.kind === "landmark" ? "FAC" : "LOC";
    const hit: KbHit = { kind: "place", type, canonical: place.name, ref: place };
    if (place.country) hit.country = place.country;
    if (place.ambiguous) hit.ambiguous = true;
    // Bigger cities first among namesakes; a log scale keeps every city inside its rank band.
    const rank = city ? RANK.city + 99 - Math.min(99, Math.round(Math.log10(place.population ?? 1) * 10)) : RANK.region;
    for (const n of [place.name, ...aliases]) setFirst(kb.places, add(kb, n, hit, rank), place);
  }
}
