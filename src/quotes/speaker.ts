import { type Span, textSpan } from "../model/span.js";
import type { Token } from "../model/text-layers.js";
import { speakerLexicon } from "./lexicon.js";
import { npStartingAt, type SpeakerPhrase, subjectBefore, type TokenRange } from "./np.js";
import { resolvePronoun } from "./pronoun.js";
import type { Speaker } from "./schema.js";
import { earlierDescription, personBySurname, titleHolder } from "./speaker-refs.js";
import { fromEntity, type MentionRef, type SpeakerScope, spanOf } from "./speaker-scope.js";

const TYPE_RANK: Record<string, number> = { PERSON: 0, ORG: 1, GPE: 2, NORP: 3 };
const PRONOUNS = new Set(["he", "she", "they", "it", "him", "her", "them", "we", "i"]);
const ARTICLES = /^(?:the|a|an)\s+/i;
const POSSESSIVE = /^(?:'s|’s|'|’)$/;

/** True when the mention is followed by a possessive ("Guterres’ spokesman"): it modifies the head, it is not the head. */
export function possessive(tokens: readonly Token[], m: MentionRef, r: TokenRange): boolean {
  for (let k = r.first; k <= r.last + 1; k++) {
    const t = tokens[k];
    if (t && t.start >= m.end) return POSSESSIVE.test(t.text);
  }
  return false;
}

/** The best entity inside a range: a person, then an organization, then a place that is the whole head. */
function entityIn(scope: SpeakerScope, r: TokenRange, allowPossessive: boolean): MentionRef | undefined {
  const { tokens } = scope.doc;
  const span = spanOf(tokens, r);
  let best: MentionRef | undefined;
  for (const m of scope.mentions) {
    if (m.start >= span.end) break;
    if (m.end <= span.start || m.start < span.start || m.end > span.end) continue;
    if (!allowPossessive && possessive(tokens, m, r)) continue;
    const type = m.entity.type;
    // A place is the speaker only when it is the head ("North Korea said"), not a modifier ("U.S. officials").
    if ((type === "GPE" || type === "LOC" || type === "NORP") && m.end !== span.end) continue;
    const rank = TYPE_RANK[type] ?? 9;
    const bestRank = best ? (TYPE_RANK[best.entity.type] ?? 9) : 99;
    if (rank < bestRank || (rank === bestRank && best && m.start > best.start)) best = m;
  }
  return best;
}

/**
 * Resolves a speaker phrase to a speaker: a named entity in the phrase or its appositive (a person first), a pronoun
 * through coreference or the fallback in pronoun.ts, a document's author ("the ministry's statement"), else the phrase
 * itself as a description ("U.S. officials", "people familiar with the talks"), anonymous when it names no one.
 */
export function resolveSpeaker(scope: SpeakerScope, phrase: SpeakerPhrase): Speaker | undefined {
  const { tokens, text } = scope.doc;
  const span = spanOf(tokens, phrase);
  const head = tokens[phrase.last];
  if (phrase.first === phrase.last && head && PRONOUNS.has(head.lower)) {
    // Our own antecedent search (the nearest person named as a subject, outside quotes) is tried before the entity
    // layer's coreference: measured on the dev set, it picks the speaker more often for "he said" after a quote.
    const own = resolvePronoun(scope, phrase.first);
    if (own) return own;
    const covered = scope.mentions.find((m) => m.start <= span.start && span.end <= m.end);
    return covered && covered.entity.type !== "NORP" ? fromEntity(covered, span, text) : undefined;
  }
  const lex = speakerLexicon();
  const isDocument = head !== undefined && lex.statement.has(head.lower);
  if (isDocument && !entityIn(scope, phrase, true)) {
    const author = authorOf(scope, phrase);
    if (author) return resolveSpeaker(scope, author);
  }
  const named =
    entityIn(scope, phrase, isDocument) ?? (phrase.appositive ? entityIn(scope, phrase.appositive, false) : undefined);
  if (named && named.entity.type !== "PERSON") {
    // "The head of Doctors Without Borders told": a person whose role has that word, if the story named one.
    const holder = titleHolder(scope, phrase, span, false);
    if (holder) return holder;
  }
  const headNamed = named !== undefined && named.start <= (head?.start ?? 0) && (head?.end ?? 0) <= named.end;
  if (head?.pos === "PROPN" && !headNamed && named?.entity.type !== "PERSON") {
    const person = personBySurname(scope, head.lower);
    if (person) return fromEntity({ ...person, start: span.start, end: span.end }, span, text);
    return { name: properName(scope, phrase), mention: textSpan(text, span.start, span.end) };
  }
  if (named && (named.entity.type === "PERSON" || !isCommonHead(head) || isDocument)) {
    return fromEntity(named, span, text);
  }
  return earlierDescription(scope, phrase, span) ?? titleHolder(scope, phrase, span) ?? describe(scope, phrase, span);
}

/** Verbs that make a document someone's ("a statement posted by the agency", "issued a statement saying"). */
const AUTHORING = new Set(["posted", "issued", "released", "published", "put", "sent", "signed", "by", "from"]);

/**
 * The author of a document that "says" something: "a statement posted by X" (after the phrase), or the subject of the
 * verb that made it, "X issued a statement Tuesday saying" (before the phrase).
 */
function authorOf(scope: SpeakerScope, phrase: SpeakerPhrase): SpeakerPhrase | undefined {
  const { tokens } = scope.doc;
  for (let i = phrase.last + 1; i <= phrase.last + 3; i++) {
    if (tokens[i]?.lower !== "by" && tokens[i]?.lower !== "from") continue;
    const last = npStartingAt(tokens, i + 1, tokens.length);
    return last === undefined ? undefined : { first: i + 1, last };
  }
  const verb = tokens[phrase.first - 1];
  if (verb?.pos !== "VERB" || !AUTHORING.has(verb.lower)) return undefined;
  const floor = scope.doc.sentences[verb.sentence]?.tokenStart ?? 0;
  return subjectBefore(tokens, phrase.first - 1, floor);
}

function isCommonHead(head: Token | undefined): boolean {
  return head !== undefined && head.pos === "NOUN";
}

/** A name the entity layer did not give: the last run of proper nouns, widened to an earlier full form ("Campbell"). */
function properName(scope: SpeakerScope, r: TokenRange): string {
  const { tokens, text } = scope.doc;
  let first = r.last;
  while (first > r.first && tokens[first - 1]?.pos === "PROPN") first--;
  const runStart = tokens[first]?.start ?? 0;
  const name = text.slice(runStart, tokens[r.last]?.end ?? 0);
  if (first !== r.last) return name;
  return longerForm(tokens, text, r.last) ?? name;
}

function longerForm(tokens: readonly Token[], text: string, at: number): string | undefined {
  const word = tokens[at]?.lower;
  for (let k = 1; k < at; k++) {
    if (tokens[k]?.lower !== word || tokens[k - 1]?.pos !== "PROPN" || tokens[k + 1]?.pos === "PROPN") continue;
    let first = k - 1;
    while (first > 0 && tokens[first - 1]?.pos === "PROPN" && k - first < 3) first--;
    return text.slice(tokens[first]?.start ?? 0, tokens[k]?.end ?? 0);
  }
  return undefined;
}

/** A description as the speaker's name ("U.S. officials"), with the country of a place named in it. */
function describe(scope: SpeakerScope, phrase: SpeakerPhrase, span: Span): Speaker {
  const { tokens, text } = scope.doc;
  const lex = speakerLexicon();
  const end = describedEnd(text, span.end);
  const raw = text.slice(span.start, end);
  const lower = raw.toLowerCase();
  const first = tokens[phrase.first]?.lower ?? "";
  const head = tokens[phrase.last]?.lower ?? "";
  const anonymous =
    lex.anonymous.some((w) => lower.includes(w)) || ((first === "a" || first === "an") && lex.role.has(head));
  const sp: Speaker = { name: raw.replace(ARTICLES, ""), mention: textSpan(text, span.start, end) };
  if (anonymous) sp.anonymous = true;
  const place = scope.mentions.find((m) => m.start >= span.start && m.end <= span.end && m.entity.country);
  if (place?.entity.country) sp.country = place.entity.country;
  return sp;
}

/** A description goes on over "familiar with ..." and "who spoke ..." up to the next comma or sentence end. */
const DESCRIPTION_TAIL = /^\s+(?:familiar with|who|close to|with knowledge of|briefed on)\b[^,.;:“”"]{0,80}/y;

function describedEnd(text: string, end: number): number {
  DESCRIPTION_TAIL.lastIndex = 0;
  const m = DESCRIPTION_TAIL.exec(text.slice(end, end + 100));
  return m ? end + m[0].length : end;
}

/**
 * Further speakers of a coordinated subject ("Sheinbaum and Trudeau told Trump ..."): every person of the phrase
 * after the first one, when the phrase joins them with "and". Each gets its own copy of the quote.
 */
export function coSpeakers(scope: SpeakerScope, phrase: SpeakerPhrase, first: Speaker): Speaker[] {
  const { tokens, text } = scope.doc;
  let joined = false;
  for (let i = phrase.first; i <= phrase.last; i++) if (tokens[i]?.lower === "and") joined = true;
  if (!joined || first.entity === undefined) return [];
  const span = spanOf(tokens, phrase);
  const out: Speaker[] = [];
  for (const m of scope.mentions) {
    if (m.start < span.start || m.end > span.end || m.entity.type !== "PERSON") continue;
    if (m.entity.id === first.entity || out.some((o) => o.entity === m.entity.id) || possessive(tokens, m, phrase)) {
      continue;
    }
    out.push(fromEntity(m, { start: m.start, end: m.end }, text));
  }
  return out;
}
