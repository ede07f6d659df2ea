import { type Span, textSpan } from "../model/span.js";
import type { Token } from "../model/text-layers.js";
import { speakerLexicon } from "./lexicon.js";
import { gluedHyphen, npStartingAt, type SpeakerPhrase, subjectBefore, type TokenRange, tokenAfter } from "./np.js";
import { resolvePronoun } from "./pronoun.js";
import type { Speaker } from "./schema.js";
import { earlierDescription, personBySurname, possessiveTitleHolder, titleHolder } from "./speaker-refs.js";
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
    // A place is the speaker only when it is the head ("North Korea said"), not a modifier ("U.S. officials") nor
    // the object of a preposition ("a college student in Beijing", "a spokesman for the military in Kabul").
    if (
      (type === "GPE" || type === "LOC" || type === "NORP") &&
      (m.end !== span.end || afterPreposition(tokens, r, m))
    ) {
      continue;
    }
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
  const head = tokens[headIndex(scope, phrase)];
  if (phrase.first === phrase.last && head && PRONOUNS.has(head.lower)) return pronounSpeaker(scope, phrase.first);
  const lex = speakerLexicon();
  const isDocument = head !== undefined && lex.statement.has(head.lower);
  if (isDocument && !entityIn(scope, phrase, true)) {
    const author = authorOf(scope, phrase);
    if (author) return resolveSpeaker(scope, author);
  }
  const named = bestNamed(scope, phrase, isDocument);
  // "the leader of the movement, Ana Ruiz, said": a name in apposition names the speaker, known to the entities or not.
  const app = phrase.appositive;
  if (named?.entity.type !== "PERSON" && app && isName(tokens, app)) return resolveSpeaker(scope, app);
  if (named && named.entity.type !== "PERSON") {
    // "The head of Doctors Without Borders told": a person whose role has that word, if the story named one.
    const holder = titleHolder(scope, phrase, span, false);
    if (holder) return holder;
  }
  const headNamed = named !== undefined && named.start <= (head?.start ?? 0) && (head?.end ?? 0) <= named.end;
  if (head?.pos === "PROPN" && !headNamed && named?.entity.type !== "PERSON") {
    const person = personBySurname(scope, surnameAt(tokens, text, phrase.last));
    if (person) return fromEntity({ ...person, start: span.start, end: span.end }, span, text);
    return { name: properName(scope, phrase), mention: textSpan(text, span.start, span.end) };
  }
  if (named && (named.entity.type === "PERSON" || !isCommonHead(head) || isDocument)) {
    return fromEntity(named, span, text);
  }
  return (
    earlierDescription(scope, phrase, span) ??
    possessiveTitleHolder(scope, phrase, span) ??
    titleHolder(scope, phrase, span) ??
    describe(scope, phrase, span)
  );
}

/**
 * A pronoun speaker. Our own antecedent search (the nearest person named as a subject, outside quotes) is tried
 * before the entity layer's coreference: measured on the dev set, it picks the speaker more often for "he said".
 */
function pronounSpeaker(scope: SpeakerScope, at: number): Speaker | undefined {
  const own = resolvePronoun(scope, at);
  if (own) return own;
  const span = spanOf(scope.doc.tokens, { first: at, last: at });
  const covered = scope.mentions.find((m) => m.start <= span.start && span.end <= m.end);
  return covered && covered.entity.type !== "NORP" ? fromEntity(covered, span, scope.doc.text) : undefined;
}

/** The entity of the phrase, or of its appositive when that one is a person ("the leader of the movement, Ana Ruiz"). */
function bestNamed(scope: SpeakerScope, phrase: SpeakerPhrase, isDocument: boolean): MentionRef | undefined {
  const own = entityIn(scope, phrase, isDocument);
  const appositive = phrase.appositive ? entityIn(scope, phrase.appositive, false) : undefined;
  if (appositive?.entity.type === "PERSON" && own?.entity.type !== "PERSON") return appositive;
  return own ?? appositive;
}

/** The head token: the last one, or the noun before a place in a prepositional phrase ("the envoy for Syria"). */
function headIndex(scope: SpeakerScope, phrase: SpeakerPhrase): number {
  const { tokens } = scope.doc;
  const lastToken = tokens[phrase.last];
  const place = scope.mentions.find((m) => m.end === lastToken?.end && m.start >= (tokens[phrase.first]?.start ?? 0));
  const type = place?.entity.type;
  if (!place || (type !== "GPE" && type !== "LOC")) return phrase.last;
  let k = tokenAfter(tokens, place.start) - 1;
  if (tokens[k]?.lower === "the") k--;
  return k > phrase.first && tokens[k]?.pos === "ADP" ? k - 1 : phrase.last;
}

/** A run of proper nouns, hyphenated parts included ("Jean-Marc Simon"). */
function isName(tokens: readonly Token[], r: TokenRange): boolean {
  for (let i = r.first; i <= r.last; i++) if (tokens[i]?.pos !== "PROPN" && !gluedHyphen(tokens, i)) return false;
  return r.last - r.first < 5;
}

/** True when a preposition of the phrase stands before the mention. */
function afterPreposition(tokens: readonly Token[], r: TokenRange, m: MentionRef): boolean {
  for (let i = r.first; i <= r.last && (tokens[i]?.end ?? 0) <= m.start; i++) if (tokens[i]?.pos === "ADP") return true;
  return false;
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

/** The last name ending at token `last`, with its hyphenated parts ("Dakin-Grimm", "al-Bunni"), lower case. */
function surnameAt(tokens: readonly Token[], text: string, last: number): string {
  let first = last;
  while (first >= 2 && gluedHyphen(tokens, first - 1)) first -= 2;
  return text.slice(tokens[first]?.start ?? 0, tokens[last]?.end ?? 0).toLowerCase();
}

/** A name the entity layer did not give: the last run of proper nouns, widened to an earlier full form ("Campbell"). */
function properName(scope: SpeakerScope, r: TokenRange): string {
  const { tokens, text } = scope.doc;
  let first = r.last;
  while (first > r.first && (tokens[first - 1]?.pos === "PROPN" || gluedHyphen(tokens, first - 1))) first--;
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
