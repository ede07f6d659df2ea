import { readFileSync } from "node:fs";
import type { EntityType, Sector } from "./schema.js";

/** A word that heads a capitalised name and fixes its type: "Ministry" (ORG, GOV), "Sea" (LOC), "Act" (LAW). */
export interface NameHead {
  /** "-" for heads of names that are not entities ("Summit", "War"). */
  type: EntityType | "-";
  sector?: Sector;
}

/** The lexicons of `data/entities/`, read once. */
export interface Lexicon {
  /** Role nouns that can stand before a name ("minister", "spokesperson"), with the sector they imply. */
  roleHeads: Map<string, Sector>;
  /** Words that may precede a role head inside a role phrase ("deputy", "foreign"). */
  roleMods: Set<string>;
  /** Words allowed after "of" in a role phrase ("Secretary of State", "chief of staff"). */
  roleOf: Set<string>;
  /** Name endings ("Ministry", "Sea") and beginnings ("Ministry of", "University of"). */
  lastHeads: Map<string, NameHead>;
  firstHeads: Map<string, NameHead>;
  /** Capitalised words that are never a name on their own ("part" and "trim" classes). */
  notNames: Set<string>;
  /** Of those, the ones cut from the edges of a capitalised run: openers, months, weekdays ("Even", "Friday"). */
  trimWords: Set<string>;
  /** Given names ("michael", "huseyin"): a capitalised run opening with one is likelier a person. */
  givenNames: Set<string>;
  /** Nouns that refer back to an entity ("the president", "the ministry"). */
  nominals: Map<string, Nominal>;
}

/** A definite description that refers back: "the ministry" to the latest ORG whose name holds "Ministry". */
export interface Nominal {
  type: EntityType;
  /** "role": the noun must occur in the person's role; "name": in the entity's name; "any": any entity of the type. */
  match: "role" | "name" | "any";
}

let cache: Lexicon | undefined;

/** The lexicons, loaded on first use. */
export function lexicon(): Lexicon {
  cache ??= load();
  return cache;
}

function rows(file: string): string[][] {
  const text = readFileSync(new URL(`../../data/entities/${file}`, import.meta.url), "utf8");
  const out: string[][] = [];
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    out.push(line.split("\t").map((c) => c.trim()));
  }
  return out;
}

function load(): Lexicon {
  const lex: Lexicon = {
    roleHeads: new Map(),
    roleMods: new Set(),
    roleOf: new Set(),
    lastHeads: new Map(),
    firstHeads: new Map(),
    notNames: new Set(),
    trimWords: new Set(),
    givenNames: new Set(),
    nominals: new Map(),
  };
  for (const [word = "", cls, sector] of rows("roles.tsv")) {
    if (cls === "head") lex.roleHeads.set(word, (sector ?? "GOV") as Sector);
    else if (cls === "mod") lex.roleMods.add(word);
    else if (cls === "of") lex.roleOf.add(word);
  }
  for (const [word = "", position, type, sector] of rows("name-heads.tsv")) {
    const head: NameHead = sector
      ? { type: type as EntityType, sector: sector as Sector }
      : { type: type as EntityType };
    (position === "first" ? lex.firstHeads : lex.lastHeads).set(word, head);
  }
  for (const [word = "", cls] of rows("not-names.tsv")) {
    lex.notNames.add(word);
    if (cls === "trim") lex.trimWords.add(word);
  }
  for (const [word = ""] of rows("given-names.txt")) lex.givenNames.add(word);
  for (const [word = "", type, match] of rows("nominals.tsv")) {
    lex.nominals.set(word, { type: type as EntityType, match: match as Nominal["match"] });
  }
  return lex;
}
