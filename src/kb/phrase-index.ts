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
// Longer phrases are not worth trying; the longest names in the tables have about ten words.
const MAX_TOKENS = 12;

/** The key up to its first possible token boundary: "al-qaida" -> "al", "south korea" -> "south". */
function firstPiece(key: string): string {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === SPACE || c === COMMA || c === APOSTROPHE || c === HYPHEN) return key.slice(0, i);
  }
  return key;
}

/** An upper bound on the tokens a key spans: words plus the separators the tokenizer may split off. */
function maxTokens(key: string): number {
  let n = 1;
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i);
    if (ch === SPACE) n++;
    else if (ch === COMMA || ch === APOSTROPHE || ch === HYPHEN) n += 2;
  }
  return Math.min(n, MAX_TOKENS);
}

/**
 * Surface keys to hits, plus for each first word of a key the most tokens a key starting with it can span, so a scan
 * over tokens tries only as many extensions as some key could need: one pass, O(phrase length) per start token.
 */
export class PhraseIndex {
  private readonly entries = new Map<string, Entry[]>();
  private readonly spans = new Map<string, number>();
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
    if (!list) this.entries.set(key, [entry]);
    else if (!includesEntry(list, entry.hit)) list.push(entry);
    this.noteKey(key);
  }

  /** Records a key's first word and token length so `longestMatchAt` tries it. */
  noteKey(key: string): void {
    const first = firstPiece(key);
    // A key starting with a separator ("'s Hertogenbosch") would make every comma and quote token a candidate.
    if (first === "") return;
    const span = maxTokens(key);
    if ((this.spans.get(first) ?? 0) < span) this.spans.set(first, span);
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

  /**
   * Hits for one surface form, best first; acronym entries need an acronym-like surface ("WHO", not "Who").
   * `surface` may be a function: a scan builds the surface text only when an acronym entry needs checking.
   */
  lookupKey(key: string, surface: string | (() => string)): KbHit[] {
    const list = this.listFor(key) ?? (key.includes(".") ? this.listFor(dotless(key)) : undefined);
    if (!list) return [];
    let acronymLike: boolean | undefined;
    const out: KbHit[] = [];
    for (const e of list) {
      if (e.acronym) acronymLike ??= looksLikeAcronym(typeof surface === "string" ? surface : surface());
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
    const keyAt = (j: number) => (keys[j] ??= normKey(tokens[j] ?? ""));
    const key0 = keyAt(i);
    if (key0 === "" || key0 === "the") return undefined;
    const piece = firstPiece(key0);
    if (piece === "") return undefined;
    const span = Math.max(this.spans.get(piece) ?? 0, piece.includes(".") ? (this.spans.get(dotless(piece)) ?? 0) : 0);
    let key = "";
    let best: { length: number; hits: KbHit[] } | undefined;
    const stop = Math.min(tokens.length, i + span);
    for (let j = i; j < stop; j++) {
      key = j === i ? key0 : joinKey(key, keyAt(j));
      const hits = this.lookupKey(key, () => tokens.slice(i, j + 1).join(" "));
      if (hits.length > 0) best = { length: j - i + 1, hits };
    }
    return best;
  }
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
