import type { ActorMention } from "./mentions.js";
import { before, coordinated, POSSESSIVE_PRON, type Scene, TITLE_POS, tok } from "./scene.js";

// Prepositions that introduce the recipient ("to Taiwan", "with China", "against Ukraine", "on Iran", "over X").
// "at" is left out: "at its launching ground" is a place; "fired at X" is matched by its trigger pattern.
const RECIPIENT_PREP = new Set([
  "to",
  "with",
  "against",
  "on",
  "upon",
  "over",
  "toward",
  "towards",
  "for",
  "into",
  "from",
  "about",
]);

const OBJECT_SCAN = 12;

const PLACE_PREP = new Set(["in", "at", "near", "across", "inside", "outside", "throughout"]);

/** The recipient: a direct object or a to/with/against/on/over object after the trigger, before the next trigger. */
export function object(s: Scene, actor: ActorMention[]): { list: ActorMention[]; prep: string } {
  const end = Math.min(s.clause[1], s.nextTrigger, s.match.last + OBJECT_SCAN, nounPhraseEnd(s));
  const actorIds = new Set(actor.map((a) => a.entity.id));
  const actorCountries = new Set(actor.map((a) => a.country));
  let fallback: { list: ActorMention[]; prep: string } | undefined;
  const from = gapObjectStart(s);
  for (let k = 0; k < s.mentions.length; k++) {
    const m = s.mentions[k]!;
    if (m.first < from || skipAsObject(m, actorIds)) continue;
    if (m.first < s.match.last && actorCountries.has(m.country)) continue;
    if (m.first >= end || attribution(s, m)) break;
    const prep = governingPrep(s, m.first);
    // "condemned the brutality of the Myanmar military": for verbal acts the of-phrase of the object is the target.
    const allowed = RECIPIENT_PREP.has(prep) || (s.verbal && prep === "of");
    if (prep && !allowed && m.first > s.match.last) continue;
    const found = { list: coordinated(s, k, 1), prep };
    // "doubling the U.S. tariff on Canadian steel", "the IAEA report about Iran": a name modifying a noun is kept
    // only when no other party follows.
    if (isModifier(s, m) || (actorCountries.has(m.country) && !prep && m.first > s.match.last + 2)) {
      fallback ??= found;
      continue;
    }
    return found;
  }
  return fallback ?? { list: [], prep: "" };
}

const SAYING = new Set(["say", "tell", "add", "report", "state", "note", "announce", "confirm"]);

/** ", the Foreign Office said": the source named after a comma is no party to the act told before it. */
function attribution(s: Scene, m: ActorMention): boolean {
  // ", Seoul's military said": the possessor of the source too.
  let at = m.last;
  if (/^['\u2019]s$/.test(tok(s, at)?.lower ?? "")) at++;
  while (at < m.last + 4 && TITLE_POS.has(tok(s, at)?.pos ?? "")) at++;
  const next = tok(s, at);
  if (next?.pos !== "VERB" || !SAYING.has(next.lemma)) return false;
  let k = m.first - 1;
  while (tok(s, k)?.pos === "DET") k--;
  return tok(s, k)?.text === ",";
}

/**
 * Where the object may start: after the trigger, or for a verbal pattern with a gap right after its verb, whose object
 * sits inside the gap ("called Canada “...”", "summoned the French ambassador").
 */
function gapObjectStart(s: Scene): number {
  const slots = s.match.entry.slots;
  // "ordered the French ambassador to leave": a diplomat in the gap is the recipient too.
  const inGap = s.verbal || s.match.entry.context === "diplomatic";
  if (!inGap || !slots.includes(null) || tok(s, s.match.first)?.pos !== "VERB") return s.match.last;
  return s.match.first + 1;
}

/**
 * The preposition governing a noun phrase, looking through determiners, adjectives and title words ("to Secretary of
 * State Marco Rubio" is governed by "to"); "" when none.
 */
function governingPrep(s: Scene, first: number): string {
  let quantity = false;
  for (let k = first - 1; k >= s.match.last && k > first - 11; k--) {
    const t = tok(s, k)!;
    if (TITLE_POS.has(t.pos) || t.text === "-") continue;
    if (quantity && QUANTITY_INNER.has(t.pos)) continue;
    const inTitle = t.lower === "of" && tok(s, k - 1)?.pos === "PROPN" && tok(s, k + 1)?.pos === "PROPN";
    if (inTitle) continue;
    // "on $20 billion worth of American goods", "on 300 tons of Chinese steel": the of-phrase after an amount is the
    // head that the preposition before the amount governs.
    if (t.lower === "of" && isAmount(tok(s, k - 1))) {
      quantity = true;
      continue;
    }
    return t.pos === "ADP" ? t.lower : "";
  }
  return "";
}

const QUANTITY_INNER = new Set(["NUM", "SYM", "ADV"]);
const AMOUNT_WORDS = new Set(["worth", "billion", "million", "trillion", "ton", "tons", "tonne", "tonnes", "percent"]);

function isAmount(t: { pos: string; lower: string } | undefined): boolean {
  return t !== undefined && (t.pos === "NUM" || AMOUNT_WORDS.has(t.lower));
}

/** A noun trigger's recipient lies in its own noun phrase, before the clause's next verb ("purchase of X is ..."). */
function nounPhraseEnd(s: Scene): number {
  if (tok(s, s.match.first)?.pos === "VERB") return Number.POSITIVE_INFINITY;
  for (let k = s.match.last; k < s.clause[1]; k++) {
    const t = tok(s, k)!;
    if (t.pos === "VERB" || t.pos === "AUX") return k;
  }
  return s.clause[1];
}

/** A proper name used as a noun modifier ("U.S. tariffs", "IAEA report"); demonyms are heads ("Chinese firms"). */
export function isModifier(s: Scene, m: ActorMention): boolean {
  if (/^['\u2019]s$/.test(tok(s, m.last)?.lower ?? "")) {
    // "with Turkey's rival Greece": the possessor of a phrase that names another party.
    return s.mentions.some((o) => o.first > m.last && o.first <= m.last + 4);
  }
  return m.entity.type !== "NORP" && tok(s, m.last)?.pos === "NOUN";
}

/** The actor itself ("his French counterpart") and a possessive determiner are never the recipient. */
function skipAsObject(m: ActorMention, actorIds: Set<string>): boolean {
  if (actorIds.has(m.entity.id) || m.entity.type === "LOC" || m.entity.type === "FAC") return true;
  return m.mention.kind === "pronoun" && POSSESSIVE_PRON.has(m.mention.text.toLowerCase());
}

/** For a verbal act without a direct object: the first other party named in what was said ("warned that ... Iran"). */
export function complementTarget(s: Scene, actor: ActorMention[]): ActorMention[] {
  const countries = new Set(actor.map((a) => a.country));
  const end = reportingAfter(s);
  for (let k = 0; k < s.mentions.length; k++) {
    const m = s.mentions[k]!;
    if (m.first < s.match.last || m.first >= end || countries.has(m.country)) continue;
    if (attribution(s, m)) break;
    if (m.mention.kind === "pronoun") continue;
    const prep = before(s, m.first);
    if (prep?.pos === "ADP" && PLACE_PREP.has(prep.lower)) continue;
    // "agreed to a truce brokered by Qatar": the by-agent of what was said is a mediator, not the target.
    if (prep?.lower === "by") {
      k += coordinated(s, k, 1).length - 1;
      continue;
    }
    return coordinated(s, k, 1);
  }
  return [];
}

const REPORTING = new Set(["say", "tell", "add", "state", "note", "write", "explain", "insist"]);

/** Where what was said ends: the reporting verb after the trigger ("..., he said"), else the sentence end. */
function reportingAfter(s: Scene): number {
  const end = s.doc.sentences[tok(s, s.match.first)!.sentence]!.tokenEnd;
  for (let k = s.match.last; k < end; k++) {
    const t = tok(s, k)!;
    if (t.pos === "VERB" && REPORTING.has(t.lemma)) return k;
  }
  return end;
}

/** "X told Trump in phone conversations": for a meeting noun, the governing verb's object is the other side. */
export function verbObject(s: Scene, actor: ActorMention[]): ActorMention[] {
  if (tok(s, s.match.first)?.pos === "VERB" || actor.length === 0) return [];
  const from = Math.max(...actor.map((a) => a.last));
  const idx = s.mentions.findIndex((m) => m.first >= from && m.last <= s.match.first && !actor.includes(m));
  return idx < 0 ? [] : coordinated(s, idx, 1);
}
