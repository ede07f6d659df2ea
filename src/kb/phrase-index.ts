import { dotless, isAcronym, looksLikeAcronym, normKey } from "./normalize.js";
import type { KbHit, KbPlace } from "./types.js";

/** One hit under one key, with what is needed to order and filter it. */
export interface Entry {
  hit: KbHit;
  /** An acronym in the table ("WHO", "US", "LeT"): only matches surfaces that look like one too. */
  acronym: boolean;
  rank: number;
}

/**
 * Marks a name shared by a person and a city as ambiguous for both (Zamora, Lincoln, Bello): neither reading is
 * safe without context.
 */
function markShared(list: Entry[]): void {
  const person = list.some((e) => e.hit.kind === "person");
  const city = list.some((e) => e.hit.kind === "place" && (e.hit.ref as KbPlace).kind === "city");
  if (!person || !city) return;
  for (let i = 0; i < list.length; i++) list[i] = { ...list[i]!, hit: { ...list[i]!.hit, ambiguous: true } };
}

/** A second, lazily built table of entries (the cities), consulted after the main map. */
export interface EntrySource {
  entriesFor(key: string): readonly Entry[] | undefined;
  readonly size: number;
}

/** One entry per thing: "Secretary of State" and "secretary of state" are one title, two Hamiltons two cities. */
function sameEntry(a: KbHit, b: KbHit): boolean {
  if (a.ref === b.ref) return a.kind === b.kind;
  return a.kind === b.kind && a.canonical === b.canonical && a.country === b.country && a.kind !== "place";
}

function includesEntry(list: readonly Entry[], hit: KbHit): boolean {
  for (const e of list) if (sameEntry(e.hit, hit)) return true;
  return false;
}

// Where a key may be split into tokens: "al-Qaida" is ["al", "-", "Qaida"] and "Washington, D.C." has a comma token.
const [SPACE, COMMA, APOSTROPHE, HYPHEN] = [32, 44, 39, 45];
const [IS_KEY, CONTINUES] = [1, 2];
// Longer phrases are not worth trying; the longest names in the tables have about ten words.
const MAX_TOKENS = 12;

// A key with one of these can span several tokens.
const SEPARATOR = /[ ,'-]/;

function isSeparator(c: number): boolean {
  return c === SPACE || c === COMMA || c === APOSTROPHE || c === HYPHEN;
}

/**
 * Surface keys to hits, plus for each first word of a key the most tokens a key starting with it can span, so a scan
 * over tokens tries only as many extensions as some key could need: one pass, O(phrase length) per start token.
 */
export class PhraseIndex {
  private readonly entries = new Map<string, Entry[]>();
  /** Per key: IS_KEY when some table has it, CONTINUES when a longer key extends it at a token boundary. */
  private readonly flags = new Map<string, number>();
  private readonly keyCache = new WeakMap<readonly string[], (string | undefined)[]>();
  private readonly sources: EntrySource[] = [];
  /** Merged main + source lists, built on first lookup of a key that both have. */
  private readonly merged = new Map<string, Entry[]>();

  /** Adds `hit` under `key` = normKey(surface) (and under its dotless form). Lower `rank` sorts first. */
  add(surface: string, key: string, hit: KbHit, rank: number): void {
    if (key === "") return;
    const entry: Entry = { hit, acronym: isAcronym(surface), rank };
    this.put(key, entry);
    const bare = dotless(key);
    if (bare !== key && bare !== "") this.put(bare, entry);
  }

  /** Adds a source whose keys join the scan (their first words and lengths are noted with `noteKey`). */
  attach(source: EntrySource): void {
    this.sources.push(source);
  }

  private put(key: string, entry: Entry): void {
    const list = this.entries.get(key);
    if (list) {
      if (!includesEntry(list, entry.hit)) list.push(entry);
      return;
    }
    this.entries.set(key, [entry]);
    this.noteKey(key);
  }

  /** Records a key and its token-boundary prefixes so `longestMatchAt` tries it. */
  noteKey(key: string): void {
    // A key starting with a separator ("'s Hertogenbosch") would make every comma and quote token a candidate.
    if (key === "" || isSeparator(key.charCodeAt(0))) return;
    this.flags.set(key, (this.flags.get(key) ?? 0) | IS_KEY);
    if (SEPARATOR.test(key)) this.notePrefixes(key);
  }

  /**
   * Marks every prefix of `key` where a token may end as extendable, so a scan stops at the first token that no key
   * continues with ("President Joe Biden said" stops after "president joe"): the joined prefixes `joinKey` can build
   * end before a space, comma, apostrophe or hyphen, or just after a hyphen.
   */
  private notePrefixes(key: string): void {
    for (let i = 1; i < key.length; i++) {
      const c = key.charCodeAt(i);
      if (!isSeparator(c)) continue;
      this.markPrefix(key.slice(0, i));
      if (c === HYPHEN) this.markPrefix(key.slice(0, i + 1));
    }
  }

  private markPrefix(prefix: string): void {
    this.flags.set(prefix, (this.flags.get(prefix) ?? 0) | CONTINUES);
  }

  /** The flags of a joined key and of its dotless form ("u.s." is also "us"). */
  private flagsOf(key: string): number {
    const f = this.flags.get(key) ?? 0;
    return key.includes(".") ? f | (this.flags.get(dotless(key)) ?? 0) : f;
  }

  /** Sorts every entry list by rank once all tables are in. */
  seal(): void {
    for (const list of this.entries.values()) {
      if (list.length < 2) continue;
      list.sort((a, b) => a.rank - b.rank);
      markShared(list);
    }
  }

  get size(): number {
    let n = this.entries.size;
    for (const s of this.sources) n += s.size;
    return n;
  }

  /** The entries of a key from the main map and the sources, best first. */
  private listFor(key: string): readonly Entry[] | undefined {
    const main = this.entries.get(key);
    if (this.sources.length === 0) return main;
    const done = this.merged.get(key);
    if (done) return done;
    let extra: readonly Entry[] | undefined;
    for (const source of this.sources) {
      const found = source.entriesFor(key);
      if (found) extra = extra ? extra.concat(found) : found;
    }
    if (!extra) return main;
    const list = [...(main ?? []), ...extra].sort((a, b) => a.rank - b.rank);
    markShared(list);
    this.merged.set(key, list);
    return list;
  }

  /** Hits for one surface form, best first; acronym entries need an acronym-like surface ("WHO", not "Who"). */
  lookupKey(key: string, surface: string): KbHit[] {
    return this.hitsOf(key, surface, undefined, 0, 0);
  }

  /**
   * `lookupKey` for a scan: the surface is tokens `[from, to)` joined, built only when an acronym entry needs checking
   * (no closure per call: this runs for every candidate phrase of every article).
   */
  private hitsOf(key: string, surface: string, tokens: readonly string[] | undefined, from: number, to: number) {
    const list = this.listFor(key) ?? (key.includes(".") ? this.listFor(dotless(key)) : undefined);
    if (!list) return [];
    let acronymLike: boolean | undefined;
    const out: KbHit[] = [];
    for (const e of list) {
      if (e.acronym) acronymLike ??= looksLikeAcronym(tokens ? tokens.slice(from, to).join(" ") : surface);
      if (!e.acronym || acronymLike) out.push(e.hit);
    }
    return out;
  }

  /** Token keys of a token array, computed once per array (a scan calls this for every start token). */
  private tokenKeys(tokens: readonly string[]): (string | undefined)[] {
    let keys = this.keyCache.get(tokens);
    if (!keys) {
      keys = new Array<string | undefined>(tokens.length);
      this.keyCache.set(tokens, keys);
    }
    return keys;
  }

  /** The longest phrase starting at token `i`; a lone leading "the" never starts one (the name follows it). */
  longestMatchAt(tokens: readonly string[], i: number): { length: number; hits: KbHit[] } | undefined {
    const keys = this.tokenKeys(tokens);
    const key0 = tokenKey(keys, tokens, i);
    if (key0 === "" || key0 === "the") return undefined;
    let key = key0;
    let best: { length: number; hits: KbHit[] } | undefined;
    const stop = Math.min(tokens.length, i + MAX_TOKENS);
    for (let j = i; j < stop; j++) {
      if (j > i) key = joinKey(key, tokenKey(keys, tokens, j));
      const f = this.flagsOf(key);
      if (f & IS_KEY) {
        const hits = this.hitsOf(key, "", tokens, i, j + 1);
        if (hits.length > 0) best = { length: j - i + 1, hits };
      }
      // No longer key starts with this one: later tokens can only build keys that are in no table.
      if (!(f & CONTINUES)) break;
    }
    return best;
  }
}

/** The key of token `j`, normalized once per token array. */
function tokenKey(keys: (string | undefined)[], tokens: readonly string[], j: number): string {
  let key = keys[j];
  if (key === undefined) {
    key = normKey(tokens[j] ?? "");
    keys[j] = key;
  }
  return key;
}

/**
 * Appends a token key the way normKey joins the tokens' text: no space around a hyphen, none before an apostrophe or
 * a comma ("al" "-" "qaida" -> "al-qaida", "people" "'s" -> "people's", "washington" "," -> "washington,").
 */
function joinKey(prefix: string, next: string): string {
  const c = next.charCodeAt(0);
  if (c === HYPHEN || c === APOSTROPHE || c === COMMA || prefix.charCodeAt(prefix.length - 1) === HYPHEN) {
    return prefix + next;
  }
  return `${prefix} ${next}`;
}
