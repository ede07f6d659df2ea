import type { KbHit, KbPlace } from "../kb/index.js";
import type { Doc } from "../model/document.js";
import type { Sentence, Token } from "../model/text-layers.js";
import { type Candidate, candidate, isCapitalised, SCORE } from "./candidate.js";
import { adjectiveHyphenAt, adjectivePrefixBefore } from "./chunks.js";
import { lookupCached } from "./kb-cache.js";
import { lexicon } from "./lexicon.js";
import { kbHitsSpanning, kbMatchAt } from "./roles.js";
import type { EntityType } from "./schema.js";

// Titles and agent words ("minister", "rebels") are not names; the role and nominal rules use them instead.
const NAME_KINDS = new Set(["country", "org", "person", "place", "demonym", "metonym"]);
const ACRONYM = /^\p{Lu}{2,6}$/u;
const PARTICLE_START = /^(?:al|el|ad|as|an|ash|at|az)$/;

/** The first hit that names something (not a title or agent word). */
function nameHit(hits: readonly KbHit[]): KbHit | undefined {
  return hits.find((h) => NAME_KINDS.has(h.kind));
}

function typeOf(hit: KbHit): EntityType {
  return hit.type;
}

/**
 * Gazetteer generator: the longest knowledge-base name at each token of the sentence (countries, organizations, known
 * people, places, demonyms, metonyms). In a headline, ambiguous names and demonyms are skipped: title case gives no
 * evidence there.
 */
export function kbCandidates(doc: Doc, s: Sentence): Candidate[] {
  const tokens = doc.tokens;
  const out: Candidate[] = [];
  let i = s.tokenStart;
  while (i < s.tokenEnd) {
    const m = canStart(tokens, i) ? nameMatchAt(tokens, i) : undefined;
    let hit = m ? nameHit(m.hits) : undefined;
    if (!m || !hit || i + m.length > s.tokenEnd) {
      i++;
      continue;
    }
    const trimmed = trimCommonTail(tokens, i, i + m.length);
    const te = trimmed?.te ?? i + m.length;
    if (trimmed) hit = trimmed.hit;
    const region = regionBefore(tokens, s, i, te, hit);
    if (region) out.push(region);
    else if (accept(tokens, s, i, te, hit)) {
      const score = hit.ambiguous ? SCORE.ambiguous : SCORE.kb;
      const c = candidate(tokens, i, te, { type: typeOf(hit), rule: `entities/kb:${hit.kind}`, score, kb: hit });
      if (hit.kind === "demonym") c.kind = "demonym";
      if (s.headline) c.headline = true;
      out.push(c);
    }
    i = te;
  }
  return out;
}

/**
 * The longest KB name at token `i`. When the longest phrase is only a title or agent word that opens with a name
 * ("European Commission President", "Kremlin spokesman"), its shorter prefixes are tried.
 */
function nameMatchAt(tokens: readonly Token[], i: number): { length: number; hits: KbHit[] } | undefined {
  const m = kbMatchAt(tokens, i);
  if (!m || m.length < 2 || nameHit(m.hits)) return m;
  // "Foreign Minister", "Prime Minister": a title opening with two role words has no name inside.
  if (isRoleWord(tokens[i]!.lower) && isRoleWord(tokens[i + 1]!.lower)) return m;
  for (let len = m.length - 1; len >= 1; len--) {
    const hits = kbHitsSpanning(tokens, i, i + len);
    if (hits && nameHit(hits)) return { length: len, hits };
  }
  return m;
}

function isRoleWord(w: string): boolean {
  const lex = lexicon();
  return lex.roleMods.has(w) || lex.roleHeads.has(w);
}

/**
 * A KB name that ends in common nouns ("United Nations peacekeepers") is cut back to its capitalised part when that
 * part is a name too, so the mention joins the organization's other mentions.
 */
function trimCommonTail(tokens: readonly Token[], ts: number, te: number): { te: number; hit: KbHit } | undefined {
  let end = te;
  while (end > ts + 1 && /^\p{Ll}/u.test(tokens[end - 1]!.text) && tokens[end - 2]!.text !== "-") end--;
  if (end === te) return undefined;
  const surface = tokens
    .slice(ts, end)
    .map((t) => t.text)
    .join(" ");
  const hit = nameHit(lookupCached(surface));
  return hit ? { te: end, hit } : undefined;
}

/** A name starts with a capital, or with an Arabic article glued by a hyphen ("al-Shabab"; not the word "at"). */
// Lower-case compass words that make a region of a continent or region: "southeast Europe", "western Africa".
const COMPASS =
  /^(?:north|south|east|west|northeast|northwest|southeast|southwest|northern|southern|eastern|western|central)$/;

/** "southeast Europe": a region of a continent is its own place; a part of a country or province ("northern Syria") stays the country. */
function regionBefore(
  tokens: readonly Token[],
  s: Sentence,
  ts: number,
  te: number,
  hit: KbHit,
): Candidate | undefined {
  const kind = hit.kind === "place" ? (hit.ref as KbPlace).kind : undefined;
  if (kind !== "continent" || ts === s.tokenStart || !COMPASS.test(tokens[ts - 1]!.text)) {
    return undefined;
  }
  return candidate(tokens, ts - 1, te, { type: "LOC", rule: "entities/kb:region", score: SCORE.kb });
}

function canStart(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  // Sentence openers and pronouns ("The", "In", "He") start no name; skipping them saves many KB scans.
  // An acronym is no sentence opener: "WHO Director-General ..." starts with the organization.
  if (isCapitalised(t)) return !lexicon().trimWords.has(t.lower) || ACRONYM.test(t.text);
  return PARTICLE_START.test(t.lower) && tokens[i + 1]?.text === "-" && t.end === tokens[i + 1]!.start;
}

function accept(tokens: readonly Token[], s: Sentence, ts: number, te: number, hit: KbHit): boolean {
  if (adjectiveHyphenAt(tokens, te) || adjectivePrefixBefore(tokens, ts)) return false;
  if (!s.headline) {
    if (!(hit.ambiguous && ts === s.tokenStart)) return true;
    // A country whose name is also a given name or a city elsewhere ("Chad", "Jordan", "Armenia") opens many
    // sentences of international news; it is a person only when a name follows ("Chad Morris").
    return hit.kind === "country" && tokens[te]?.pos !== "PROPN";
  }
  return !hit.ambiguous && hit.kind !== "demonym";
}
