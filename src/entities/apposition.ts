import { country, countryOfDemonym, type KbHit } from "../kb/index.js";
import type { Token } from "../model/text-layers.js";
import { startsUpper } from "./candidate.js";
import { isIgo } from "./igo.js";
import { lexicon } from "./lexicon.js";
import { kbMatchAt } from "./roles.js";
import type { Sector } from "./schema.js";

/** A role stated after a name: "X, a spokesperson for the Chinese Foreign Ministry" or "X, commander of Y". */
export interface Apposition {
  role: string;
  country?: string;
  sector?: Sector;
  /** Tokens of the apposition, for affiliations resolved later. */
  ts: number;
  te: number;
}

const ARTICLES = new Set(["a", "an", "the"]);
const COPULAS = new Set(["is", "was"]);
// "X of the Foreign Policy Institute", "X at Istanbul's Kadir Has University", "X from the Heritage Foundation".
const AFFILIATION = new Set(["of", "at", "from", "with"]);
// The role head must come early: "a senior research fellow at ..." but not "a town that hosted the president".
const MAX_HEAD_OFFSET = 6;
// The apposition ends at the sentence's end, a quote or a clause boundary; long ones are cut.
const MAX_LENGTH = 18;
const ENDS = new Set([".", ";", '"', "“", "”", "(", ")", "said", "says", "told", "who", "which", "that"]);

/**
 * The apposition after a name ending at token `te`: a comma, an optional article, up to six modifier words and a role
 * head. Its country is the first demonym, country or national body inside it.
 * @example appositionAfter(tokensOf("Lin Jian, a spokesperson for the Chinese Foreign Ministry, said"), 2, 12)
 */
export function appositionAfter(tokens: readonly Token[], te: number, sentEnd: number): Apposition | undefined {
  const opener = tokens[te]?.lower;
  // ", a spokesperson for ..." and the copular "X is the executive director of ...".
  if (opener !== "," && !(COPULAS.has(opener ?? "") && ARTICLES.has(tokens[te + 1]?.lower ?? ""))) return undefined;
  let i = te + 1;
  // ", and Russian Deputy Foreign Minister Y" coordinates another person; it describes nobody.
  if (tokens[i]?.pos === "CCONJ") return undefined;
  if (ARTICLES.has(tokens[i]?.lower ?? "")) i++;
  const from = i;
  const lex = lexicon();
  let head = -1;
  for (let k = i; k < Math.min(sentEnd, i + MAX_HEAD_OFFSET); k++) {
    const t = tokens[k]!;
    if (lex.roleHeads.has(t.lower)) head = k;
    if (t.text === "," || ENDS.has(t.lower) || (t.pos === "VERB" && head < 0)) break;
    if (head >= 0 && !lex.roleHeads.has(tokens[k + 1]?.lower ?? "")) break;
  }
  if (head < 0) return undefined;
  // "X, his wife, Liri Berisha": the role introduces the next name, not X.
  if (tokens[head + 1]?.text === "," && /^\p{Lu}/u.test(tokens[head + 2]?.text ?? "")) return undefined;
  let end = head + 1;
  while (end < Math.min(sentEnd, from + MAX_LENGTH) && !ENDS.has(tokens[end]!.lower)) end++;
  // "Niger's interior minister": the owner is the country, not part of the role.
  let roleFrom = from;
  for (let k = from; k < head; k++) if (/^['’]s?$/.test(tokens[k]!.text)) roleFrom = k + 1;
  const app: Apposition = { role: words(tokens, roleFrom, head + 1), ts: from, te: end };
  const sector = lex.roleHeads.get(tokens[head]!.lower);
  if (sector) app.sector = sector;
  const country = firstCountry(tokens, from, end);
  if (country) app.country = country;
  return app;
}

/**
 * The country of an affiliation after a name: "X of the Foreign Policy Institute, a think tank in Ankara" gives TUR.
 * @example affiliationAfter(tokensOf("said Soli Ozel of Istanbul's Kadir Has University"), 4, 10) // "TUR"
 */
export function affiliationAfter(tokens: readonly Token[], te: number, sentEnd: number): string | undefined {
  if (!AFFILIATION.has(tokens[te]?.lower ?? "")) return undefined;
  let end = te + 1;
  while (end < Math.min(sentEnd, te + MAX_LENGTH) && !ENDS.has(tokens[end]!.lower)) end++;
  return firstCountry(tokens, te + 1, end);
}

function words(tokens: readonly Token[], from: number, to: number): string {
  const out: string[] = [];
  for (let i = from; i < to; i++) if (!(out.length === 0 && tokens[i]!.lower === "former")) out.push(tokens[i]!.text);
  return out.join(" ");
}

/** The first country named, implied by a demonym, or owning a body named inside tokens `[from, to)`. */
export function firstCountry(tokens: readonly Token[], from: number, to: number): string | undefined {
  for (let i = from; i < to; i++) {
    if (!/^\p{Lu}|^al$/u.test(tokens[i]!.text)) continue;
    const m = kbMatchAt(tokens, i);
    if (!m || i + m.length > to) continue;
    if (isTopic(tokens, i, i + m.length, m.hits) || tailOfLongerName(tokens, from, i, m.hits)) {
      i += m.length - 1;
      continue;
    }
    for (const h of m.hits) {
      // Ambiguous names count here: the role context is the evidence ("Ontario's provincial leader").
      if (h.kind === "title" || h.kind === "agent") continue;
      const c = h.country ?? (h.kind === "demonym" ? countryOfDemonym(tokens[i]!.text) : undefined);
      // An NGO's own code is no nationality: only states and international organizations count.
      if (c && (country(c) !== undefined || isIgo(h))) return c;
    }
    i += m.length - 1;
  }
  return undefined;
}

// Prepositions that introduce a portfolio ("special envoy for North Korea", "ambassador to Chad") rather than a body.
const PORTFOLIO = new Set(["for", "to", "on"]);
// Prepositions before a field of study or work: "a professor in Modern Chinese Studies", "focusing on Japanese policy".
const FIELD_PREPOSITIONS = new Set(["in", "on", "about"]);
/**
 * "the Asan Institute for Policy Studies": a known body's name ("Institute for Policy Studies", American) that is the
 * tail of a longer capitalised name is another body, and says nothing of the country.
 */
function tailOfLongerName(tokens: readonly Token[], from: number, i: number, hits: readonly KbHit[]): boolean {
  if (i <= from || hits[0]?.kind !== "org") return false;
  const prev = tokens[i - 1]!;
  return /^\p{Lu}\p{Ll}/u.test(prev.text) && kbMatchAt(tokens, i - 1) === undefined;
}

// Nouns naming a field: the demonym before them is the subject, not the person's nationality.
const FIELDS = new Set(["studies", "policy", "politics", "history", "literature", "language", "culture", "affairs"]);

/**
 * True when the name at `[ts, te)` is what the role is about, not whom the person serves: a bare country after "for"
 * or "to" ("deputy special representative for North Korea at the State Department"), or a demonym inside a field
 * ("a lecturer focusing on Japanese foreign policy"). A possessive or a body after it keeps it ("for Turkey's
 * Foreign Ministry", "for the Chinese Foreign Ministry").
 */
function isTopic(tokens: readonly Token[], ts: number, te: number, hits: readonly KbHit[]): boolean {
  const kind = hits.find((h) => h.kind !== "title" && h.kind !== "agent")?.kind;
  const prev = tokens[ts - 1]?.lower === "the" ? tokens[ts - 2] : tokens[ts - 1];
  const next = tokens[te];
  if (kind === "country" && PORTFOLIO.has(prev?.lower ?? "")) {
    return next === undefined || (!/^['’]s?$/.test(next.text) && !startsUpper(next.text));
  }
  if (kind !== "demonym") return false;
  let k = ts - 1;
  while (k >= 0 && startsUpper(tokens[k]!.text) && ts - k < 3) k--;
  if (!FIELD_PREPOSITIONS.has(tokens[k]?.lower ?? "")) return false;
  for (let j = te; j < Math.min(tokens.length, te + 3); j++) if (FIELDS.has(tokens[j]!.lower)) return true;
  return false;
}
