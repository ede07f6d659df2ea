import { RELATIVE } from "./clause.js";
import type { ActorMention } from "./mentions.js";
import { isModifier } from "./recipient.js";
import {
  adjacent,
  adjacentFrom,
  before,
  coordinated,
  MODIFIER_POS,
  NP_INNER,
  POSSESSIVE_PRON,
  type Scene,
  tok,
} from "./scene.js";

/** The grammatical subject: the nearest coded mention left of the trigger in its clause, not inside a PP. */
export function subject(s: Scene): ActorMention[] {
  const [ca] = s.clause;
  let lower = ca;
  // A relative clause ("Chinese firms, which supply ...") takes its subject from the clause before it, and so does a
  // pronoun the entities layer left unresolved ("the United States said that it would resume ...").
  const open = tok(s, ca);
  const relative = open !== undefined && RELATIVE.has(open.lower) && open.pos !== "SCONJ";
  // "protesters who accused the government": a relative with no comma is about the noun right before it.
  // "that" is left out: after a noun it opens a complement as often ("the announcement that Ukraine had agreed").
  const restrictive = relative && open.lower !== "that" && ca > 0 && tok(s, ca - 1)?.text !== ",";
  if (restrictive && s.match.first <= ca + 3) return relativeHead(s, ca);
  const bare = bareSubjectPronoun(s);
  // "froze the assets of officials it blamed for ...": a pronoun right after a noun opens a reduced relative clause;
  // it stands for the sentence's subject, not for the noun it follows.
  if (bare && tok(s, s.match.first - 2)?.pos === "NOUN" && tok(s, s.match.first - 1)?.pos === "PRON") {
    const main = mainSubject(s);
    if (main.length > 0) return main;
  }
  const crossing = relative || bare;
  if (crossing) lower = s.doc.sentences[tok(s, s.match.first)!.sentence]!.tokenStart;
  const upper = pastRelatives(s);
  if (upper < s.match.first)
    return nearestSubject(
      { ...s, match: { ...s.match, first: upper } },
      s.doc.sentences[tok(s, upper)!.sentence]!.tokenStart,
    );
  return nearestSubject(s, lower);
}

/** The coded mention in the noun phrase right before a restrictive relative pronoun at `at`, or none. */
function relativeHead(s: Scene, at: number): ActorMention[] {
  let k = at - 1;
  while (k > at - 6 && (NP_INNER.has(tok(s, k)?.pos ?? "") || tok(s, k)?.pos === "DET") && tok(s, k)?.text !== ",") k--;
  const found = s.mentions.filter((m) => m.first > k && m.last <= at);
  const head = found[found.length - 1];
  // "protesters in Tbilisi who oppose ...": a name inside a prepositional phrase modifies the head; it is not it.
  if (!head || before(s, head.first)?.pos === "ADP") return [];
  return [head];
}

/**
 * "X, which remain parties to the deal, which Y left, called a meeting": a verb right after a comma that closes
 * relative clauses has its subject before them. Returns the position of the first ", which" (or the trigger itself).
 */
function pastRelatives(s: Scene): number {
  const tk = s.doc.tokens;
  let k = s.match.first;
  const start = s.doc.sentences[tk[k]!.sentence]!.tokenStart;
  if (tk[k]?.pos !== "VERB" || tk[k - 1]?.text !== ",") return k;
  for (let i = k - 2; i > start; i--) {
    const t = tk[i]!;
    if ((t.lower === "which" || t.lower === "who") && tk[i - 1]?.text === ",") k = i - 1;
    else if (t.text === "," && k !== s.match.first && i < k) break;
  }
  return k;
}

const SUBJECT_PRONOUNS = new Set(["he", "she", "it", "they", "we"]);

/** True when a subject pronoun with no entity mention stands between the clause start and the trigger. */
export function bareSubjectPronoun(s: Pick<Scene, "doc" | "mentions" | "clause" | "match">): boolean {
  // The subject is the first nominal left of the verb group: "they" in "they would not meet", not the "we" of
  // "we discussed imposing costs in case a ceasefire is not agreed".
  for (let k = s.match.first - 1; k >= s.clause[0]; k--) {
    const t = s.doc.tokens[k]!;
    if (VERB_GROUP.has(t.pos)) continue;
    if (!SUBJECT_PRONOUNS.has(t.lower)) return false;
    return !s.mentions.some((m) => m.first <= k && k < m.last);
  }
  return false;
}

const VERB_GROUP = new Set(["AUX", "ADV", "PART", "VERB"]);

/** The subject of the sentence's first verb: who a participial adjunct (", strongly opposing ...") is about. */
export function mainSubject(s: Scene): ActorMention[] {
  const sent = s.doc.sentences[tok(s, s.match.first)!.sentence]!;
  let v = sent.tokenStart;
  while (v < s.match.first && tok(s, v)!.pos !== "VERB") v++;
  if (v >= s.match.first) return [];
  return nearestSubject({ ...s, match: { ...s.match, first: v } }, sent.tokenStart);
}

function nearestSubject(s: Scene, lower: number): ActorMention[] {
  for (let k = s.mentions.length - 1; k >= 0; k--) {
    const m = s.mentions[k]!;
    if (m.last > s.match.first || m.first < lower) continue;
    const group = coordinated(s, k, -1);
    const head = group[group.length - 1]!;
    if (!isSubjectLike(s, head, m)) {
      k -= group.length - 1;
      continue;
    }
    return group;
  }
  return [];
}

/**
 * Whether a mention (group starting at `head`, ending with `m`) can be the subject: not the object of a preposition
 * ("on Canadian and Mexican exports") or of another verb ("tariffs targeting Canada"), unless its noun phrase runs
 * up to the trigger ("Chinese companies supplying"); a possessor only when its noun phrase does ("Russia's troops attacked").
 */
function isSubjectLike(s: Scene, head: ActorMention, m: ActorMention): boolean {
  const prev = before(s, head.first);
  const governed = (prev?.pos === "ADP" && prev.lower !== "by" && prev.lower !== "as") || prev?.pos === "VERB";
  // "prompting France to recall ...": the object of one verb is the subject of the infinitive that follows it.
  const controls = prev?.pos === "VERB" && tok(s, m.last)?.lower === "to" && s.match.first <= m.last + 2;
  // "said Iran is defying ...": after a reporting verb without "that", a name followed by its verb is a subject.
  const clauseSubject = prev?.pos === "VERB" && startsVerbGroup(s, m.last);
  if (governed && !controls && !clauseSubject && !adjacent(s, m)) return false;
  const possessive = /^['\u2019]s$/.test(tok(s, m.last)?.lower ?? "");
  return !possessive || adjacentFrom(s, m.last + 1) || npThenVerb(s, m.last + 1);
}

function startsVerbGroup(s: Scene, k: number): boolean {
  let i = k;
  while (tok(s, i)?.pos === "ADV" || tok(s, i)?.pos === "PUNCT") i++;
  const t = tok(s, i);
  return t?.pos === "AUX" || (t?.pos === "VERB" && i <= s.match.first);
}

/** "Mao Zedong's Communists seized ...": the possessed noun phrase is followed by its verb, so it is a subject. */
function npThenVerb(s: Scene, from: number): boolean {
  let k = from;
  while (k < s.match.first && NP_INNER.has(tok(s, k)!.pos)) k++;
  const np = k;
  // "Niger's military government on Wednesday ordered ...": a date between the noun phrase and its verb.
  while (k < s.match.first && (inTimex(s, k) || (tok(s, k)?.pos === "ADP" && inTimex(s, k + 1)))) k++;
  if (k > np && np > from && tok(s, k)?.pos === "VERB") return true;
  k = np;
  const t = tok(s, k);
  return k > from && k < s.match.first && (t?.pos === "VERB" || t?.pos === "AUX");
}

function inTimex(s: Scene, k: number): boolean {
  const t = tok(s, k);
  return t !== undefined && s.doc.timexes.some((x) => x.start <= t.start && t.end <= x.end);
}

/**
 * A sentence-initial adverbial ("In announcing the sanctions on X, Blinken said ...") takes the subject of the main
 * clause: the first ungoverned mention after the comma that closes it.
 */
export function forwardSubject(s: Scene): ActorMention[] {
  const sent = s.doc.sentences[tok(s, s.match.first)!.sentence]!;
  const first = tok(s, sent.tokenStart);
  if (first?.pos !== "ADP" && first?.pos !== "SCONJ") return [];
  let comma = s.match.last;
  while (comma < sent.tokenEnd && tok(s, comma)!.text !== ",") comma++;
  for (let k = 0; k < s.mentions.length; k++) {
    const m = s.mentions[k]!;
    // The main clause's subject follows the comma at once ("..., Blinken said"), after a title at most.
    if (m.first <= comma || m.first > comma + 5) continue;
    const prev = before(s, m.first);
    if (prev?.pos === "ADP" || prev?.pos === "VERB") continue;
    return coordinated(s, k, 1);
  }
  return [];
}

// "both countries withdrew ...", "the two sides met": the story's last reciprocal pair.
const PAIR_NOUNS = new Set([
  "countries",
  "sides",
  "nations",
  "leaders",
  "presidents",
  "governments",
  "ministers",
  "capitals",
  "men",
]);

export function pairPhrase(s: Scene): boolean {
  for (let k = Math.max(s.clause[0], s.match.first - 6); k < s.match.first - 1; k++) {
    const w = tok(s, k)!.lower;
    if ((w === "both" || w === "two") && PAIR_NOUNS.has(tok(s, k + 1)!.lower)) return true;
  }
  return false;
}

/** The possessor or modifier of a noun trigger: "China's support", "his talks", "Russian attacks". */
export function possessor(s: Scene): ActorMention[] | "their" | "unresolved" | undefined {
  let k = s.match.first - 1;
  for (let n = 0; n < 7 && k >= s.clause[0]; n++, k--) {
    const t = tok(s, k)!;
    const hit = s.mentions.findIndex((m) => m.last === k + 1 || (m.last === k && /^['\u2019]s$/.test(t.lower)));
    // The subject of the clause is then looked for left of the venue ("Rubio will join ... the Jeddah talks").
    if (hit >= 0 && isVenue(s, s.mentions[hit]!, t))
      return subject({ ...s, match: { ...s.match, first: s.mentions[hit]!.first } });
    if (hit >= 0) return coordinated(s, hit, -1);
    // A possessive pronoun the entities layer left unresolved: the actor is unknown, never the clause's subject.
    if (POSSESSIVE_PRON.has(t.lower)) return t.lower === "their" || t.lower === "our" ? "their" : "unresolved";
    const hyphenated = t.text === "-" || tok(s, k + 1)?.text === "-" || tok(s, k - 1)?.text === "-";
    if (!MODIFIER_POS.has(t.pos) && !/^['\u2019]s$/.test(t.lower) && !hyphenated) return undefined;
  }
  return undefined;
}

/** "the Jeddah talks", "the Hanoi summit": a city named before a meeting noun is its venue, not a party to it. */
function isVenue(s: Scene, m: ActorMention, t: { lower: string }): boolean {
  if (s.match.entry.type !== "CONSULT" || m.entity.type !== "GPE" || /^['\u2019]s$/.test(t.lower)) return false;
  return m.entity.kbId === undefined || !m.entity.kbId.startsWith("country:");
}

/**
 * For "its"/"his"/"her" the entities layer left unresolved: the nearest earlier mention of the sentence of a fitting
 * kind ("the Kremlin said ..., signaling its reluctance"): a person for his/her, a state or body for its.
 */
export function antecedent(s: Scene): ActorMention | undefined {
  let k = s.match.first - 1;
  while (k > s.clause[0] && !POSSESSIVE_PRON.has(tok(s, k)!.lower)) k--;
  const pron = tok(s, k)?.lower;
  const person = pron === "his" || pron === "her";
  for (let i = s.mentions.length - 1; i >= 0; i--) {
    const m = s.mentions[i]!;
    if (m.last > k || m.mention.kind === "pronoun" || isModifier(s, m) || before(s, m.first)?.pos === "ADP") continue;
    if (person === (m.entity.type === "PERSON") && m.entity.type !== "NORP") return m;
  }
  return undefined;
}

// Nouns whose of-phrase names the giver, not the receiver: "the support of North Korea", "the help of China".
const GIVING_NOUNS = new Set(["support", "aid", "assistance", "help", "backing", "cooperation"]);

/** "opposition from China's U.N. mission", "the support of North Korea": the source of a noun trigger. */
export function fromSource(s: Scene): ActorMention[] {
  const prep = tok(s, s.match.last)?.lower;
  // "in support of X" names the beneficiary, not the giver.
  const giving = GIVING_NOUNS.has(tok(s, s.match.last - 1)?.lemma ?? "") && tok(s, s.match.first - 1)?.lower !== "in";
  if (prep !== "from" && !(prep === "of" && giving)) return [];
  const idx = s.mentions.findIndex((m) => m.first > s.match.last && m.first <= s.match.last + 3);
  return idx < 0 ? [] : coordinated(s, idx, 1);
}

/** "talks between X and Y": both sides. */
export function between(s: Scene): ActorMention[] {
  const t = tok(s, s.match.last);
  if (t?.lower !== "between" && t?.lower !== "among") return [];
  const idx = s.mentions.findIndex((m) => m.first > s.match.last && m.first <= s.match.last + 3);
  return idx < 0 ? [] : coordinated(s, idx, 1);
}
