import type { Entity } from "../entities/schema.js";
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
  // "Analysts told VOA ... They said": a plural pronoun goes on with a group that just spoke.
  const group = token.lower === "they" ? recentGroup(scope, floor, token.start) : undefined;
  if (group) return { ...group, mention };
  const gender = genderOf(token.lower);
  const m = subjectMention(scope, token.start, floor, personal, gender);
  // "The French politician, who may challenge Macron, says ... He added": the person who spoke in the candidate's
  // sentence (or later) is its subject; the candidate is not.
  const speaker = personal ? recentPerson(scope, floor, token.start, gender) : undefined;
  const named = speaker?.mention?.start ?? -1;
  if (speaker && (!m || named >= sentenceStartOf(scope, m.start))) return { ...speaker, mention };
  if (m) {
    const e = m.entity;
    const sp: Speaker = { entity: e.id, name: e.name, mention };
    if (e.role) sp.role = e.role;
    if (e.country) sp.country = e.country;
    return sp;
  }
  // A name the entity layer missed ("Glwadys Siopathis led a delegation ... She says"), as a sentence's subject.
  const unknown = personal ? unknownSubject(scope, token.sentence, floor) : undefined;
  for (let k = scope.recent.length - 1; k >= 0; k--) {
    const r = scope.recent[k];
    if (!r || r.at < floor || r.at > token.start) continue;
    if (unknown && unknown.start > r.at) break;
    // "officials" never stands for "she".
    if (personal && r.speaker.entity === undefined && PLURAL.test(r.speaker.name)) continue;
    return { ...r.speaker, mention };
  }
  return unknown ? { name: unknown.name, mention } : undefined;
}

const PLURAL = /[^'’s]s$/;

/** The nearest earlier sentence in the window opening with a name of two words or more and its verb. */
function unknownSubject(
  scope: SpeakerScope,
  sentence: number,
  floor: number,
): { name: string; start: number } | undefined {
  const { tokens, sentences, text } = scope.doc;
  for (let si = sentence - 1; si >= 0; si--) {
    const s = sentences[si];
    if (!s || s.end <= floor) return undefined;
    let i = s.tokenStart;
    while (i < s.tokenEnd && tokens[i]?.pos === "PROPN" && tokens[i]?.text !== tokens[i]?.text.toUpperCase()) i++;
    const verb = tokens[i]?.pos;
    if (i - s.tokenStart >= 2 && (verb === "VERB" || verb === "AUX")) {
      return { name: text.slice(s.start, tokens[i - 1]?.end ?? s.start), start: s.start };
    }
  }
  return undefined;
}

const POSSESSIVE = new Set(["'s", "’s", "'", "’"]);
const MALE = new Set(["he", "him", "his", "himself"]);
const FEMALE = new Set(["she", "her", "hers", "herself"]);
const genders = new WeakMap<Entity, "m" | "f" | undefined>();

function genderOf(word: string): "m" | "f" | undefined {
  return MALE.has(word) ? "m" : FEMALE.has(word) ? "f" : undefined;
}

/** A person's gender as the subject pronouns coreference linked to them say it (most of them), if they say it. */
function entityGender(e: Entity): "m" | "f" | undefined {
  if (genders.has(e)) return genders.get(e);
  let m = 0;
  let f = 0;
  for (const x of e.mentions) {
    if (x.kind !== "pronoun") continue;
    // An object "her" after a name ("spoke after her") is often linked to the wrong person: it counts half.
    const w = x.text.toLowerCase();
    if (w === "her") f += 0.5;
    else if (MALE.has(w)) m++;
    else if (FEMALE.has(w)) f++;
  }
  const g = m >= 1 && m > f ? "m" : f >= 1 && f > m ? "f" : undefined;
  genders.set(e, g);
  return g;
}

/** The last speaker within the window, when it is a person of the entity layer whose gender does not clash. */
function recentPerson(scope: SpeakerScope, floor: number, before: number, gender?: "m" | "f"): Speaker | undefined {
  for (let k = scope.recent.length - 1; k >= 0; k--) {
    const r = scope.recent[k];
    if (!r || r.at < floor) return undefined;
    if (r.at > before) continue;
    const e = scope.doc.entities.find((x) => x.id === r.speaker.entity);
    if (e?.type !== "PERSON") return undefined;
    const g = gender ? entityGender(e) : undefined;
    return g && g !== gender ? undefined : r.speaker;
  }
  return undefined;
}

/** The last speaker within the window that is a group described, not named ("Analysts", "rights groups"). */
function recentGroup(scope: SpeakerScope, floor: number, before: number): Speaker | undefined {
  for (let k = scope.recent.length - 1; k >= 0; k--) {
    const r = scope.recent[k];
    if (!r || r.at < floor) return undefined;
    if (r.at > before) continue;
    const last = r.speaker.name.split(" ").pop() ?? "";
    return r.speaker.entity === undefined && /[^'’]s$/.test(last) ? r.speaker : undefined;
  }
  return undefined;
}
/** Prepositions whose object is rarely the one who speaks next ("Like Lutnick, Hassett said"). */
const OBLIQUE = new Set(["like", "with", "to", "by", "against", "unlike", "about", "for", "told"]);

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
function subjectMention(
  scope: SpeakerScope,
  before: number,
  floor: number,
  personal: boolean,
  gender?: "m" | "f",
): MentionRef | undefined {
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
    const g = gender ? entityGender(m.entity) : undefined;
    if (g && g !== gender) continue;
    best = m;
  }
  return best;
}

function sentenceStartOf(scope: SpeakerScope, offset: number): number {
  const t = scope.doc.tokens[tokenAfter(scope.doc.tokens, offset)];
  return scope.doc.sentences[t?.sentence ?? 0]?.start ?? 0;
}
