import { countryOfDemonym, type KbHit, longestMatchAt } from "../kb/index.js";
import type { Token } from "../model/text-layers.js";
import { startsUpper } from "./candidate.js";
import { isIgo } from "./igo.js";
import { lookupCached, titleCached } from "./kb-cache.js";
import { lexicon } from "./lexicon.js";
import type { Sector } from "./schema.js";

/** A role phrase found before a name: "Chinese Foreign Minister", "former Turkish ambassador", "Kremlin spokesperson". */
export interface RolePhrase {
  /** Token index where the whole phrase starts (origin included) and where the role words start. */
  start: number;
  roleStart: number;
  /** One past the role's last token: the name starts here. */
  end: number;
  role: string;
  country?: string;
  sector?: Sector;
}

// Role words that only describe the person's standing, not the office, and are left out of `role`.
const NOT_ROLE = new Set(["former", "retired", "outgoing", "incoming", "acting", "interim", "mr.", "mrs.", "ms."]);

function isRoleWord(t: Token): boolean {
  const lex = lexicon();
  return (
    lex.roleHeads.has(t.lower) ||
    lex.roleMods.has(t.lower) ||
    lex.roleOf.has(t.lower) ||
    t.lower === "of" ||
    isIgoWord(t)
  );
}

/** An international organization's acronym inside a role: "British Deputy U.N. Ambassador", "NATO Secretary-General". */
function isIgoWord(t: Token): boolean {
  return startsUpper(t.text) && lookupCached(t.text).some((h) => h.kind === "org" && isIgo(h));
}

/**
 * True when the role phrase can end at token `p`: a role head ("Minister", "spokesperson", "Gen.") or an "of"
 * complement after a head ("Secretary of State", "chief of staff").
 */
export function isRoleEnd(tokens: readonly Token[], p: number): boolean {
  const t = tokens[p];
  if (!t) return false;
  const lex = lexicon();
  if (lex.roleHeads.has(t.lower)) return true;
  if (!lex.roleOf.has(t.lower)) return false;
  let k = p - 1;
  while (k >= 0 && lex.roleOf.has(tokens[k]!.lower)) k--;
  return tokens[k]?.lower === "of" && lex.roleHeads.has(tokens[k - 1]?.lower ?? "");
}

/**
 * The role phrase ending just before token `nameStart` (its last word at `nameStart - 1`), scanning left no further than
 * `floor`, with the origin before it (a demonym, a country, a possessive country, or an organization).
 * @example roleBefore(tokensOf("said Chinese Foreign Minister Wang Yi"), 4, 0) // { role: "Foreign Minister", country: "CHN" }
 */
export function roleBefore(tokens: readonly Token[], nameStart: number, floor: number): RolePhrase | undefined {
  const p = nameStart - 1;
  if (p < floor || !isRoleEnd(tokens, p)) return undefined;
  let k = p;
  while (k - 1 >= floor && (isRoleWord(tokens[k - 1]!) || hyphenInRole(tokens, k - 1)) && !strayOf(tokens, k - 1)) k--;
  // A phrase cannot start with "of" ("support of President X").
  while (k < p && (tokens[k]!.lower === "of" || tokens[k]!.text === "-")) k++;
  const found = findOrigin(tokens, k, p, floor);
  const roleStart = found?.roleStart ?? k;
  const phrase: RolePhrase = {
    start: roleStart,
    roleStart,
    end: nameStart,
    role: roleText(tokens, roleStart, nameStart),
  };
  const origin = found?.origin;
  if (origin) {
    phrase.start = origin.start;
    if (origin.country) phrase.country = origin.country;
    if (origin.sector) phrase.sector = origin.sector;
  }
  if (!phrase.country) {
    const igo = igoIn(tokens, roleStart, nameStart);
    if (igo) phrase.country = igo;
  }
  const sector = roleSector(tokens, k, nameStart);
  if (sector && !phrase.sector) phrase.sector = sector;
  return phrase;
}

/**
 * The origin before the role words `[k, p]`. It may absorb the first role words when they belong to its name
 * ("White House press secretary": "House" is a role modifier but also ends "White House").
 */
function findOrigin(tokens: readonly Token[], k: number, p: number, floor: number) {
  // Whole KB names first; then a name cut from a longer title ("European Commission | President").
  for (const partial of [false, true]) {
    for (let e = k; e <= Math.min(k + 2, p); e++) {
      const origin = originBefore(tokens, e, floor, partial);
      if (origin && origin.start < k) return { origin, roleStart: e };
    }
  }
  return undefined;
}

/** The IGO code of an organization named inside the role words ("U.N. Secretary-General" -> UN). */
function igoIn(tokens: readonly Token[], from: number, to: number): string | undefined {
  for (let i = from; i < to; i++) {
    if (!isIgoWord(tokens[i]!)) continue;
    return lookupCached(tokens[i]!.text).find((h) => h.kind === "org")?.country;
  }
  return undefined;
}

/** An "of" that joins no complement ("sister of leader Kim"): the role starts after it. "Secretary of State" joins. */
function strayOf(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.lower === "of" && !lexicon().roleOf.has(tokens[i + 1]?.lower ?? "");
}

/** "Secretary-General": a hyphen between two role words. */
function hyphenInRole(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.text === "-" && tokens[i - 1] !== undefined && isRoleWord(tokens[i - 1]!);
}

function roleText(tokens: readonly Token[], from: number, to: number): string {
  const words: string[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (words.length === 0 && NOT_ROLE.has(t.lower)) continue;
    if (t.text === "-" && words.length > 0) words[words.length - 1] += "-";
    else if (words[words.length - 1]?.endsWith("-")) words[words.length - 1] += t.text;
    else words.push(t.text);
  }
  return words.join(" ");
}

/** The sector of a role: the knowledge base's title table first, else the head word's sector in `roles.tsv`. */
function roleSector(tokens: readonly Token[], from: number, to: number): Sector | undefined {
  // "UN Secretary-General": the title may follow the body's name inside the role words.
  for (let i = from; i < to - 1 || i === from; i++) {
    const kbTitle = titleCached(roleText(tokens, i, to));
    if (kbTitle) return kbTitle.sector;
  }
  const lex = lexicon();
  for (let i = to - 1; i >= from; i--) {
    const s = lex.roleHeads.get(tokens[i]!.lower);
    if (s) return s;
  }
  return undefined;
}

/** An origin ending at `end`: "Turkish", "U.S.", "Turkey's", "Kremlin", "White House", "North Korea's". */
export function originBefore(
  tokens: readonly Token[],
  end: number,
  floor: number,
  partial = false,
): { start: number; country?: string; sector?: Sector; hit?: KbHit } | undefined {
  let stop = end;
  if (tokens[stop - 1]?.text === "'s" || tokens[stop - 1]?.text === "'") stop--;
  for (let s = Math.max(floor, stop - 4); s < stop; s++) {
    if (!startsUpper(tokens[s]!.text)) continue;
    const m = kbMatchAt(tokens, s);
    const hits =
      m && s + m.length === stop ? m.hits : partial && titleOnly(m) ? kbHitsSpanning(tokens, s, stop) : undefined;
    if (!hits) continue;
    const hit = hits.find((h) => h.kind !== "title" && h.kind !== "agent" && h.country !== undefined);
    if (!hit) continue;
    const out: { start: number; country?: string; sector?: Sector; hit?: KbHit } = { start: s, hit };
    const c = hit.country ?? countryOfDemonym(tokens[s]!.text);
    if (c) out.country = c;
    if (hit.kind === "org" && hit.sector) out.sector = hit.sector;
    return out;
  }
  return undefined;
}

// The token texts and KB matches of the last token array seen: the generators, role and apposition rules all ask
// for the KB match at the same tokens, so each is computed once per document.
let lastTokens: readonly Token[] | undefined;
let lastTexts: string[] = [];
let matches: (KbMatch | null | undefined)[] = [];

type KbMatch = { length: number; hits: KbHit[] };

/** A KB match that is only a title or agent word ("European Commission President"): a name may open it. */
function titleOnly(m: KbMatch | undefined): boolean {
  return m?.hits.every((h) => h.kind === "title" || h.kind === "agent") === true;
}

/**
 * The KB hits of exactly tokens `[s, e)`. The longest match may run past `e` into a title ("European Commission
 * President" is a title; its first two words are the body), so a longer match falls back to a lookup of the part.
 */
export function kbHitsSpanning(tokens: readonly Token[], s: number, e: number): KbHit[] | undefined {
  const m = kbMatchAt(tokens, s);
  if (!m || s + m.length < e) return undefined;
  if (s + m.length === e) return m.hits;
  let surface = tokens[s]!.text;
  for (let i = s + 1; i < e; i++) surface += (tokens[i]!.start > tokens[i - 1]!.end ? " " : "") + tokens[i]!.text;
  const hits = lookupCached(surface);
  return hits.length > 0 ? hits : undefined;
}

/** Token texts for `longestMatchAt`, cached for the current document's token array. */
export function tokenTexts(tokens: readonly Token[]): string[] {
  if (tokens !== lastTokens) {
    lastTokens = tokens;
    lastTexts = tokens.map((t) => t.text);
    matches = new Array(tokens.length);
  }
  return lastTexts;
}

/** `longestMatchAt` for token `i` of the document's tokens, memoized per document. */
export function kbMatchAt(tokens: readonly Token[], i: number): KbMatch | undefined {
  const texts = tokenTexts(tokens);
  let m = matches[i];
  if (m === undefined) {
    m = longestMatchAt(texts, i) ?? null;
    matches[i] = m;
  }
  return m ?? undefined;
}
