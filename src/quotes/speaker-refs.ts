import { type Span, textSpan } from "../model/span.js";
import { speakerLexicon } from "./lexicon.js";
import type { SpeakerPhrase } from "./np.js";
import { resolvePronoun } from "./pronoun.js";
import type { Speaker } from "./schema.js";
import { fromEntity, type MentionRef, type SpeakerScope } from "./speaker-scope.js";

/** Role words that stand for one person ("the Israeli leader", "the UNICEF director", "the head of MSF"). */
const PERSON_ROLES =
  /^(?:leader|director|head|chief|minister|president|premier|spokesperson|spokesman|spokeswoman|ambassador|envoy|secretary|chancellor|governor|mayor|commander|general|senator|lawmaker|prosecutor|politician|diplomat|negotiator|adviser|advisor)$/;
const POSSESSIVE = new Set(["'s", "’s", "'", "’"]);

/**
 * "China's U.N. ambassador", "Solo's mayor": the person holding that role for that country or body, named anywhere in
 * the story (the name often follows: "China's U.N. ambassador told reporters ... Fu Cong blamed ..."), nearest first.
 * The person must share the possessor's country when it has one.
 */
export function possessiveTitleHolder(scope: SpeakerScope, phrase: SpeakerPhrase, span: Span): Speaker | undefined {
  const { tokens, text } = scope.doc;
  let k = phrase.first + 1;
  while (k < phrase.last && !POSSESSIVE.has(tokens[k]?.lower ?? "")) k++;
  if (k >= phrase.last) return undefined;
  let role: string | undefined;
  for (let i = k + 1; i <= phrase.last && !role; i++)
    if (PERSON_ROLES.test(tokens[i]?.lower ?? "")) role = tokens[i]?.lower;
  const ownerEnd = tokens[k - 1]?.end ?? 0;
  const owner = scope.mentions.find((m) => m.start >= span.start && m.end <= ownerEnd);
  if (!role || !owner) return undefined;
  const country = owner.entity.country;
  let best: MentionRef | undefined;
  for (const m of scope.mentions) {
    const e = m.entity;
    if (e.type !== "PERSON" || e.id === owner.entity.id || !e.role?.toLowerCase().includes(role)) continue;
    if (country && e.country !== country) continue;
    if (!best || Math.abs(m.start - span.start) < Math.abs(best.start - span.start)) best = m;
  }
  return best ? fromEntity(best, span, text) : undefined;
}

/**
 * "The Israeli leader told ...": a definite title naming one person refers back to a person already in the story,
 * the one whose role has that word if any (the entity layer's role), else the person most recently named as a subject.
 */
export function titleHolder(
  scope: SpeakerScope,
  phrase: SpeakerPhrase,
  span: Span,
  nearest = true,
): Speaker | undefined {
  const { tokens, text } = scope.doc;
  const article = tokens[phrase.first]?.lower ?? "";
  if (article !== "the" && !(article === "a" && phrase.last === phrase.first + 1)) return undefined;
  let role: string | undefined;
  for (let i = phrase.first + 1; i <= phrase.last && !role; i++) {
    const w = tokens[i]?.lower ?? "";
    if (PERSON_ROLES.test(w)) role = w;
  }
  // "a minister said" is an unnamed one; only "a spokesperson" is resolved (to the institution) below.
  if (!role || (article === "a" && !role.startsWith("spokes"))) return undefined;
  let best: MentionRef | undefined;
  for (const m of scope.mentions) {
    if (m.start >= span.start) break;
    if (m.entity.type === "PERSON" && m.entity.role?.toLowerCase().includes(role)) best = m;
  }
  if (best) return fromEntity(best, span, text);
  if (!nearest) return undefined;
  // A spokesperson left unnamed speaks for the institution named last ("the State Department told VOA ... A
  // spokesperson said"): never guess a person for one.
  if (role.startsWith("spokes")) {
    const body =
      tokens[phrase.first]?.lower === "the" || phrase.first === phrase.last - 1
        ? resolvePronoun(scope, phrase.first)
        : undefined;
    return body ? { ...body, mention: textSpan(text, span.start, span.end) } : undefined;
  }
  const holder = resolvePronoun(scope, phrase.first, true);
  return holder ? { ...holder, mention: textSpan(text, span.start, span.end) } : undefined;
}

/** A person of the entity layer whose name ends with this word, for a name the layer missed at this place. */
export function personBySurname(scope: SpeakerScope, word: string): MentionRef | undefined {
  return scope.mentions.find(
    (m) => m.entity.type === "PERSON" && m.entity.name.toLowerCase().split(/\s+/).pop() === word,
  );
}

/** "said the spokesperson" after "a State Department spokesperson told ...": the same unnamed speaker again. */
export function earlierDescription(scope: SpeakerScope, phrase: SpeakerPhrase, span: Span): Speaker | undefined {
  const { tokens, text } = scope.doc;
  const head = tokens[phrase.last]?.lower ?? "";
  const lex = speakerLexicon();
  if (tokens[phrase.first]?.lower !== "the" || !(lex.role.has(head) || lex.group.has(head))) return undefined;
  for (let k = scope.recent.length - 1; k >= 0; k--) {
    const sp = scope.recent[k]?.speaker;
    if (sp && sp.entity === undefined && sp.name.toLowerCase().split(/\s+/).includes(head)) {
      return { ...sp, mention: textSpan(text, span.start, span.end) };
    }
  }
  return undefined;
}
