import { type Sector, SectorSchema } from "../entities/schema.js";
import { cell, list, readTsv } from "./tsv.js";
import type { KbAgent, KbCountry, KbOrg, KbPerson, KbPlace, KbRole, KbTitle } from "./types.js";

/** The rows of `data/kb/`, typed. Each reader is called once per process by the index builder. */

const SECTORS = new Set<string>(SectorSchema.options);
const ORG_KINDS = new Set<string>(["IGO", "NSAG", "NGO", "PARTY", "GOV", "MEDIA", "BUSINESS", "OTHER"]);
const PLACE_KINDS = new Set<string>(["city", "region", "landmark", "continent", "sea", "other"]);
const ENTITY_TYPES = new Set<string>(["ORG", "FAC", "GPE", "LOC"]);

function sector(s: string, file: string): Sector {
  if (!SECTORS.has(s)) throw new Error(`data/kb/${file}: unknown sector "${s}"`);
  return s as Sector;
}

/** countries.tsv: iso3, name, names, demonyms, capitals. */
export function readCountries(): KbCountry[] {
  return readTsv("countries.tsv").map((r) => ({
    iso3: cell(r, 0),
    name: cell(r, 1),
    names: list(r[2]),
    demonyms: list(r[3]),
    capitals: list(r[4]),
  }));
}

/** orgs.tsv: code, kind, country, sector, name, aliases. */
export function readOrgs(): KbOrg[] {
  return readTsv("orgs.tsv").map((r) => {
    const kind = cell(r, 1);
    if (!ORG_KINDS.has(kind)) throw new Error(`data/kb/orgs.tsv: unknown kind "${kind}"`);
    const org: KbOrg = { code: cell(r, 0), kind: kind as KbOrg["kind"], name: cell(r, 4), names: [] };
    org.names = [org.name, ...list(r[5])];
    if (cell(r, 2)) org.country = cell(r, 2);
    if (cell(r, 3)) org.sector = sector(cell(r, 3), "orgs.tsv");
    return org;
  });
}

/** titles.tsv: canonical, sector, variants (the canonical form is a variant too), fallback offices. */
export function readTitles(): KbTitle[] {
  const out: KbTitle[] = [];
  for (const r of readTsv("titles.tsv")) {
    const canonical = cell(r, 0);
    const sec = sector(cell(r, 1), "titles.tsv");
    const fallback = list(r[3]);
    for (const t of [canonical, ...list(r[2])]) {
      const title: KbTitle = { title: t, sector: sec, canonical };
      if (fallback.length > 0) title.fallback = fallback;
      out.push(title);
    }
  }
  return out;
}

/** agents.tsv: word, sector, plural (1 or 0). */
export function readAgents(): KbAgent[] {
  return readTsv("agents.tsv").map((r) => ({
    word: cell(r, 0),
    sector: sector(cell(r, 1), "agents.tsv"),
    plural: cell(r, 2) === "1",
  }));
}

/** people.tsv: one row per term: id, name, aliases, country, role, role country, sector, start, end. */
export function readPeople(): KbPerson[] {
  const byId = new Map<string, KbPerson>();
  for (const r of readTsv("people.tsv")) {
    const id = cell(r, 0);
    let p = byId.get(id);
    if (!p) {
      p = { id, name: cell(r, 1), aliases: [], country: cell(r, 3), roles: [] };
      byId.set(id, p);
    }
    for (const a of list(r[2])) if (!p.aliases.includes(a)) p.aliases.push(a);
    if (!cell(r, 4)) continue;
    const role: KbRole = {
      role: cell(r, 4),
      country: cell(r, 5) || p.country,
      sector: sector(cell(r, 6) || "GOV", "people.tsv"),
      start: cell(r, 7),
    };
    if (cell(r, 8)) role.end = cell(r, 8);
    p.roles.push(role);
  }
  return [...byId.values()];
}

/** places.tsv (hand-made) and cities.tsv (generated): name, aliases, country, kind, population, ambiguous, capitalOf. */
export function readPlaces(file: string): { place: KbPlace; aliases: string[] }[] {
  return readTsv(file).map((r) => {
    const kind = cell(r, 3);
    if (!PLACE_KINDS.has(kind)) throw new Error(`data/kb/${file}: unknown place kind "${kind}"`);
    const place: KbPlace = { name: cell(r, 0), kind: kind as KbPlace["kind"] };
    if (cell(r, 2)) place.country = cell(r, 2);
    if (cell(r, 4)) place.population = Number(cell(r, 4));
    if (cell(r, 5) === "1") place.ambiguous = true;
    if (cell(r, 6)) place.capitalOf = cell(r, 6);
    return { place, aliases: list(r[1]) };
  });
}

/** metonyms.tsv: name, aliases, country, sector, entity type (the Kremlin, the Pentagon, Downing Street). */
export function readMetonyms(): { place: KbPlace; aliases: string[] }[] {
  return readTsv("metonyms.tsv").map((r) => {
    const type = cell(r, 4);
    if (!ENTITY_TYPES.has(type)) throw new Error(`data/kb/metonyms.tsv: unknown type "${type}"`);
    const place: KbPlace = { name: cell(r, 0), kind: "landmark", country: cell(r, 2) };
    place.sector = sector(cell(r, 3), "metonyms.tsv");
    place.entityType = type as NonNullable<KbPlace["entityType"]>;
    return { place, aliases: list(r[1]) };
  });
}

/** leaders.tsv: iso3 -> the office that leads the government where it is not the usual fallback. */
export function readLeaders(): Map<string, string> {
  return new Map(readTsv("leaders.tsv").map((r) => [cell(r, 0), cell(r, 1)]));
}

/** ambiguous.tsv: surfaces that are also common words or people's names, with why. */
export function readAmbiguous(): string[] {
  return readTsv("ambiguous.tsv").map((r) => cell(r, 0));
}

// The reasons in ambiguous.tsv that make a surface a person's name ("given name", "common surname", "surname").
const PERSONAL = /\b(?:given name|surname)\b/;

/** The surfaces ambiguous.tsv marks as given names or surnames ("Florence", "Yao", "Zamora"). */
export function readPersonalNames(): string[] {
  return readTsv("ambiguous.tsv")
    .filter((r) => PERSONAL.test(cell(r, 1)))
    .map((r) => cell(r, 0));
}
