import type { Doc } from "../model/document.js";
import type { Token } from "../model/text-layers.js";

// Words that open a new clause when used as conjunctions or relative pronouns. "that" only as SCONJ/PRON ("said that"),
// never as a determiner ("that deal"); "as" only as SCONJ ("as China steps up"), never as ADP ("as a partner").
const BOUNDARY_WORDS = new Set([
  "but",
  "while",
  "whereas",
  "although",
  "though",
  "because",
  "as",
  "when",
  "if",
  "unless",
  "which",
  "who",
  "whom",
  "that",
  "since",
  "where",
  "whether",
  "after",
  "before",
  "despite",
]);
const BOUNDARY_POS = new Set(["SCONJ", "PRON", "CCONJ", "ADV"]);
// Quotation marks and parentheses are no boundary: VOA quotes single words inside a clause ("flagrantly" defying, "maximum pressure").
const BOUNDARY_PUNCT = new Set([";", ":", "\u2014", "--"]);
/** Relative pronouns: their clause's subject is the mention just before them ("Chinese firms, which ..."). */
export const RELATIVE = new Set(["which", "who", "that"]);

/** True when token t opens (or, for punctuation, separates) a clause. */
export function isClauseBoundary(t: Token, next?: Token): boolean {
  if (BOUNDARY_PUNCT.has(t.text)) return true;
  if (!BOUNDARY_WORDS.has(t.lower)) return false;
  if (t.lower === "after" || t.lower === "before" || t.lower === "since") return t.pos === "SCONJ";
  if (t.lower === "despite") return true;
  // "as China steps up ..." opens a clause; "as a partner", "such as", "as well as" do not.
  if (t.lower === "as") return t.pos === "SCONJ" || next?.pos === "PROPN" || next?.pos === "PRON";
  return BOUNDARY_POS.has(t.pos);
}

/** Token range [a, b) of the clause around token i, within its sentence; a is the boundary token itself when any. */
export function clauseAround(doc: Doc, i: number): [number, number] {
  const tk = doc.tokens;
  const s = doc.sentences[tk[i]!.sentence]!;
  let a = i;
  while (a > s.tokenStart && !isClauseBoundary(tk[a - 1]!, tk[a])) a--;
  if (a > s.tokenStart) a--;
  let b = i + 1;
  while (b < s.tokenEnd && !isClauseBoundary(tk[b]!, tk[b + 1])) b++;
  return [a, b];
}

const BEFORE_ATTRIBUTIVE = new Set(["NUM", "DET", "ADJ"]);

/**
 * "released six detained Americans", "freed the jailed reporter": a participle between a determiner or number and its
 * noun, inside the object of another trigger a few words before, describes the people that act is about; it is no act.
 */
export function attributiveInObject(doc: Doc, matches: readonly { first: number; last: number }[], j: number): boolean {
  const m = matches[j]!;
  const tk = doc.tokens;
  const t = tk[m.first]!;
  if (m.last - m.first !== 1 || !t.lower.endsWith("ed") || (t.pos !== "VERB" && t.pos !== "ADJ")) return false;
  if (!BEFORE_ATTRIBUTIVE.has(tk[m.first - 1]?.pos ?? "")) return false;
  const head = tk[m.first + 1]?.pos;
  if (head !== "NOUN" && head !== "PROPN") return false;
  const prev = matches[j - 1];
  return prev !== undefined && m.first - prev.last <= 3 && tk[prev.first]?.sentence === t.sentence;
}
