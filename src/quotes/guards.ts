import type { Sentence, Token } from "../model/text-layers.js";
import { type CueMatch, cueAt, speakerLexicon } from "./lexicon.js";
import { gluedHyphen, npStartingAt, type TokenRange } from "./np.js";

const POSSESSIVE = new Set(["'s", "’s"]);
const PASSIVE = new Set(["is", "was", "were", "are", "be", "been", "being"]);
const NOMINAL = new Set(["NOUN", "ADJ", "DET", "NUM", "PROPN"]);
const OBJECT_PRONOUNS = new Set(["him", "her", "them", "us", "me"]);

/**
 * A cue used as a noun: after a possessive ("Washington's call for talks"), or a phrase cue after a determiner or
 * adjective ("the call for", "repeated calls for"), or a verb form modifying a noun ("the added duty").
 */
export function nominalCue(tokens: readonly Token[], cue: CueMatch): boolean {
  const prev = tokens[cue.first - 1];
  if (prev && POSSESSIVE.has(prev.lower)) return true;
  const prevPos = prev?.pos;
  if (prevPos !== "DET" && prevPos !== "ADJ") return false;
  if (cue.entry.cls === "phrase") return true;
  const nextPos = tokens[cue.last + 1]?.pos ?? "";
  return cue.entry.cls === "verb" && (nextPos === "NOUN" || nextPos === "ADJ" || nextPos === "PROPN");
}

/** "is said to", "was told", "have been called": a passive participle reports no speech act ("are calling for" does). */
export function passiveCue(tokens: readonly Token[], cue: CueMatch): boolean {
  const before = tokens[cue.first - 1]?.lower ?? "";
  return PASSIVE.has(before) && !(tokens[cue.first]?.lower ?? "").endsWith("ing");
}

/**
 * A speech verb inside a contact relative clause: "another test North Korea said it carried out", "a letter the
 * minister said he wrote". The subject follows a common noun directly; the clause reports no statement of its own. A
 * noun ending a prepositional phrase ("In the capital officials said ...") is no such head.
 */
export function contactRelative(
  tokens: readonly Token[],
  s: Sentence,
  subject: TokenRange,
  dates: ReadonlySet<number>,
) {
  const k = subject.first - 1;
  const noun = tokens[k];
  if (k < s.tokenStart || !noun || noun.pos !== "NOUN" || noun.text !== noun.lower || dates.has(k)) return false;
  let i = k;
  while (i > s.tokenStart && NOMINAL.has(tokens[i - 1]?.pos ?? "")) i--;
  // "at the same time he said": a noun inside a prepositional phrase is an adverbial, not a relative's head.
  return tokens[i - 1]?.pos !== "ADP";
}

/** A word of the object of "told" or "urged": a name, a noun, an object pronoun, or the halves of "France-Presse". */
export function isObjectWord(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!t) return false;
  if (t.pos === "PROPN" || t.pos === "NOUN" || t.pos === "PART" || t.lower === "'s") return true;
  if (OBJECT_PRONOUNS.has(t.lower)) return true;
  return gluedHyphen(tokens, j) || gluedHyphen(tokens, j - 1);
}

/**
 * A document that relays someone's speech: the speaker is a document noun ("a statement", "the report") and the
 * content opens with a named subject and its own speech verb ("Sullivan expressed ...", "the minister warned ...").
 */
export function relaysSpeech(tokens: readonly Token[], speaker: TokenRange, first: number, end: number): boolean {
  if (!speakerLexicon().statement.has(tokens[speaker.last]?.lower ?? "")) return false;
  const last = npStartingAt(tokens, first, end);
  if (last === undefined || last - first > 4) return false;
  let j = last + 1;
  while (j < end && (tokens[j]?.pos === "ADV" || tokens[j]?.pos === "AUX")) j++;
  const cue = cueAt(tokens, j, end);
  return cue !== undefined && cue.entry.cls === "verb" && cue.entry.frame !== "quote-only";
}
