import type { Doc } from "../model/document.js";
import type { TriggerMatch } from "./match-triggers.js";
import { actorRef } from "./mentions.js";
import type { SentenceScene } from "./parties.js";
import type { ActorRef } from "./schema.js";

// Story memory for sides a sentence leaves implicit: who issued "the statement", who made "the allegations", who "Ford"
// is when the quote layer kept only a surname.

// Texts that act for their authors: "the statement warned", "the letter demanded".
const DOCUMENT_NOUNS = new Set([
  "statement",
  "communique",
  "communiqué",
  "letter",
  "declaration",
  "announcement",
  "message",
]);

/** True when the trigger's subject is a document noun ("The joint statement threatened ..."). */
export function documentSubject(doc: Doc, match: TriggerMatch, clause: [number, number]): boolean {
  if (doc.tokens[match.first]?.pos !== "VERB") return false;
  for (let k = match.first - 1; k >= clause[0]; k--) {
    const t = doc.tokens[k]!;
    if (t.pos === "AUX" || t.pos === "ADV" || t.pos === "PART") continue;
    return DOCUMENT_NOUNS.has(t.lower) && (t.pos === "NOUN" || t.pos === "PROPN");
  }
  return false;
}

/**
 * Who issued the document a sentence talks about: the subject of "X issued a statement" in the last two sentences, else
 * the actor of the story's last event.
 */
export function issuerOf(scene: SentenceScene, fallback: () => ActorRef[]): ActorRef[] {
  const tk = scene.doc.tokens;
  for (let si = scene.sentence - 1; si >= Math.max(0, scene.sentence - 2); si--) {
    const sent = scene.doc.sentences[si]!;
    for (let k = sent.tokenStart; k < sent.tokenEnd; k++) {
      if (!DOCUMENT_NOUNS.has(tk[k]!.lower)) continue;
      const m = scene.bySentence?.[si]?.find((x) => x.last <= k);
      if (m) return [actorRef(scene.doc, m)];
    }
  }
  return fallback();
}

const CHARGES = new Set([
  "allegation",
  "allegations",
  "accusation",
  "accusations",
  "charge",
  "charges",
  "criticism",
  "claims",
]);

/**
 * "X rejected the allegations": the rejection answers whoever made them, the actor of the story's latest event against
 * X (however far back: the accusation is often the story's lead).
 */
export function accuserOf(scene: SentenceScene, match: TriggerMatch, actor: ActorRef[]): ActorRef[] {
  const tk = scene.doc.tokens;
  let k = match.last;
  while (tk[k] && (tk[k]!.pos === "DET" || tk[k]!.pos === "ADJ")) k++;
  if (!CHARGES.has(tk[k]?.lower ?? "")) return [];
  const mine = new Set(actor.map((a) => a.country));
  const history = scene.history ?? [];
  for (let i = history.length - 1; i >= 0; i--) {
    const e = history[i]!;
    if (e.recipient.some((r) => r.country && mine.has(r.country))) return e.actor.filter((a) => !mine.has(a.country));
  }
  return [];
}

/** "Ford said": a speaker known only by a surname is the story's one coded person with that surname. */
export function personBySurname(doc: Doc, name: string): { id: string; name: string; country: string } | undefined {
  if (/\s/.test(name.trim())) return undefined;
  const found = doc.entities.filter(
    (e) => e.type === "PERSON" && e.country && e.name.split(/\s+/).pop() === name.trim() && e.name !== name,
  );
  const e = found.length === 1 ? found[0] : undefined;
  return e?.country ? { id: e.id, name: e.name, country: e.country } : undefined;
}
