import { textSpan } from "../model/span.js";
import { tokenAfter } from "./np.js";
import type { Speaker } from "./schema.js";
import type { MentionRef, SpeakerScope } from "./speaker-scope.js";

const PERSONAL = new Set(["he", "she", "him", "her"]);
/** How far back a pronoun may find its antecedent, in sentences; further back a guess is more often wrong than right. */
const WINDOW = 3;

/**
 * Fallback for a pronoun speaker the entity layer did not resolve: the nearest earlier person (he, she) or
 * organization or group (they, it) in the same or the previous few sentences, outside quoted speech; failing that the
 * last speaker of a quote in that window.
 */
export function resolvePronoun(scope: SpeakerScope, at: number, person = false): Speaker | undefined {
  const { doc } = scope;
  const token = doc.tokens[at];
  if (!token) return undefined;
  const floor = windowStart(scope, token.sentence);
  const personal = person || PERSONAL.has(token.lower);
  const mention = textSpan(doc.text, token.start, token.end);
  const m = subjectMention(scope, token.start, floor, personal);
  if (m) {
    const e = m.entity;
    const sp: Speaker = { entity: e.id, name: e.name, mention };
    if (e.role) sp.role = e.role;
    if (e.country) sp.country = e.country;
    return sp;
  }
  for (let k = scope.recent.length - 1; k >= 0; k--) {
    const r = scope.recent[k];
    if (r && r.at >= floor && r.at <= token.start) return { ...r.speaker, mention };
  }
  return undefined;
}

const POSSESSIVE = new Set(["'s", "’s", "'", "’"]);
/** Prepositions whose object is rarely the one who speaks next ("Like Lutnick, Hassett said"). */
const OBLIQUE = new Set(["like", "with", "to", "by", "against", "unlike", "about", "for"]);

/** A possessive ("Trump's tariffs") or a prepositional object ("like Lutnick") is not a likely antecedent. */
function oblique(scope: SpeakerScope, m: MentionRef): boolean {
  const { text } = scope.doc;
  const after = text[m.end] ?? "";
  if (POSSESSIVE.has(after)) return true;
  // A name modifying a common noun ("the Trump administration") is not the one who speaks.
  const next = scope.doc.tokens[tokenAfter(scope.doc.tokens, m.end)];
  if (next && next.start <= m.end + 1 && next.pos === "NOUN" && next.text === next.lower) return true;
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, m.start - 12), m.start));
  return before !== null && OBLIQUE.has((before[1] ?? "").toLowerCase());
}

function fits(m: MentionRef, personal: boolean): boolean {
  const type = m.entity.type;
  return personal ? type === "PERSON" : type === "ORG" || type === "GPE";
}

function isQuoted(scope: SpeakerScope, m: MentionRef): boolean {
  return scope.quoted.some((q) => q.start <= m.start && m.end <= q.end);
}

/** The window starts WINDOW sentences back, but never before the previous paragraph: a speaker is not guessed from further. */
function windowStart(scope: SpeakerScope, sentence: number): number {
  const { sentences, paragraphs } = scope.doc;
  const s = sentences[Math.max(0, sentence - WINDOW)];
  const para = sentences[sentence]?.paragraph ?? 0;
  const prev = paragraphs[Math.max(0, para - 1)];
  return Math.max(s?.start ?? 0, prev?.start ?? 0);
}

/**
 * The antecedent: going back sentence by sentence, the FIRST fitting mention of each sentence (its subject, by
 * salience), not the nearest one ("Fu blamed the Trump administration ..., but he said": he is Fu).
 */
function subjectMention(scope: SpeakerScope, before: number, floor: number, personal: boolean): MentionRef | undefined {
  let sentenceStart = Number.POSITIVE_INFINITY;
  let best: MentionRef | undefined;
  for (let k = scope.mentions.length - 1; k >= 0; k--) {
    const m = scope.mentions[k];
    if (!m || m.start >= before) continue;
    if (m.end <= floor) break;
    const start = sentenceStartOf(scope, m.start);
    if (best && start < sentenceStart) return best;
    sentenceStart = start;
    if (m.kind === "pronoun" || isQuoted(scope, m) || !fits(m, personal) || oblique(scope, m)) continue;
    best = m;
  }
  return best;
}

function sentenceStartOf(scope: SpeakerScope, offset: number): number {
  const t = scope.doc.tokens[tokenAfter(scope.doc.tokens, offset)];
  return scope.doc.sentences[t?.sentence ?? 0]?.start ?? 0;
}
