import { dotless, normKey } from "./normalize.js";
import type { Entry, EntrySource } from "./phrase-index.js";
import { readLines } from "./tsv.js";
import type { KbHit, KbPlace } from "./types.js";

// Cities rank after states, bodies, people and regions (400) and before demonyms (600); bigger cities first.
const CITY_RANK = 500;

/**
 * The ~5,000 rows of cities.tsv, indexed by key only. A city's KbPlace and hit are built the first time a lookup asks
 * for it: most cities are never mentioned, and building all of them up front was half of the knowledge base's load
 * time (object allocation and the garbage collection it triggers).
 */
export class CityIndex implements EntrySource {
  private readonly lines: string[];
  private readonly rows = new Map<string, number[]>();
  private readonly built = new Map<number, Entry>();

  /** `onKey` is told every key so the phrase scan can try it; `ambiguous` holds hand-flagged keys. */
  constructor(
    file: string,
    private readonly ambiguous: ReadonlySet<string>,
    onKey: (key: string) => void,
  ) {
    this.lines = readLines(file);
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i]!;
      const tab = line.indexOf("\t");
      this.fileName(line.slice(0, tab), i, onKey);
      // Other spellings (Odessa, Bombay, Kharkov): most rows have none, so the common case costs one indexOf.
      const aliases = line.slice(tab + 1, line.indexOf("\t", tab + 1));
      if (aliases !== "") for (const a of aliases.split("|")) this.fileName(a, i, onKey);
    }
  }

  private fileName(name: string, row: number, onKey: (key: string) => void): void {
    const key = normKey(name);
    if (this.rows.get(key)?.includes(row)) return;
    this.file(key, row, onKey);
    if (key.includes(".")) this.file(dotless(key), row, onKey);
  }

  private file(key: string, row: number, onKey: (key: string) => void): void {
    const list = this.rows.get(key);
    if (list) list.push(row);
    else {
      this.rows.set(key, [row]);
      onKey(key);
    }
  }

  get size(): number {
    return this.rows.size;
  }

  entriesFor(key: string): readonly Entry[] | undefined {
    return this.rows.get(key)?.map((row) => this.entry(row));
  }

  /** The most populous city of that name (rows are sorted by population). */
  first(key: string): KbPlace | undefined {
    const row = this.rows.get(key)?.[0];
    return row === undefined ? undefined : (this.entry(row).hit.ref as KbPlace);
  }

  /** cities.tsv columns: name, aliases, country, kind, population, ambiguous, capital_of. */
  private entry(row: number): Entry {
    const done = this.built.get(row);
    if (done) return done;
    const [name = "", , country = "", , pop = "", amb = "", capitalOf = ""] = this.lines[row]!.split("\t");
    const place: KbPlace = { name, kind: "city" };
    if (country) place.country = country;
    if (pop) place.population = Number(pop);
    const ambiguous = amb === "1" || this.ambiguous.has(normKey(name));
    if (ambiguous) place.ambiguous = true;
    if (capitalOf) place.capitalOf = capitalOf;
    const hit: KbHit = { kind: "place", type: "GPE", canonical: name, ref: place };
    if (country) hit.country = country;
    if (ambiguous) hit.ambiguous = true;
    const size = Math.min(99, Math.round(Math.log10(place.population ?? 1) * 10));
    const entry: Entry = { hit, acronym: false, rank: CITY_RANK + 99 - size };
    this.built.set(row, entry);
    return entry;
  }
}
