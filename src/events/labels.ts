import type { Doc } from "../model/document.js";
import type { TriggerMatch } from "./match-triggers.js";

/**
 * Name-calling ("called the move “illegal”") is ACCUSE, but "call" before a quotation also names things ("a plan called
 * “Iron Dome”") and praises ("called the talks “very productive”"). Neither is an accusation.
 */
const PRAISE = new Set([
  "good",
  "great",
  "productive",
  "constructive",
  "positive",
  "friend",
  "friends",
  "friendship",
  "partner",
  "ally",
  "hero",
  "historic",
  "excellent",
  "success",
  "successful",
  "important",
  "wonderful",
  "fantastic",
  "fruitful",
  "frank",
  "useful",
  "helpful",
  "correspondent",
  "influential",
]);

/** True for a "call ... “label”" trigger that names or praises rather than accuses. */
export function notNameCalling(doc: Doc, match: TriggerMatch): boolean {
  if (match.entry.type !== "ACCUSE" || match.entry.slots.length !== 3 || !match.entry.pattern.startsWith("call ")) {
    return false;
  }
  const tk = doc.tokens;
  const quote = match.last - 1;
  // "an operation called “X”": no object between the verb and the quotation, so it is a name.
  if (quote === match.first + 1) return true;
  for (let k = quote + 1; k < Math.min(tk.length, quote + 9); k++) {
    const t = tk[k]!;
    if (t.text === "”" || t.text === '"') break;
    if (PRAISE.has(t.lower)) return true;
  }
  return false;
}

// Words that make the regretted thing the speaker's own ("regretted its mistake", "regrets our decision").
const OWN = new Set(["its", "our", "my", "his", "her", "own", "we", "i"]);
const REGRET = new Set(["regret", "deplore", "lament"]);

/**
 * Regret is CONCEDE only for one's own act ("Japan regretted its remarks"). Regret over another party's act ("regretted
 * the U.S. decision") is disapproval, ACCUSE: true when the regretted phrase names a party other than the actor's.
 */
export function regretOfOther(
  doc: Doc,
  match: TriggerMatch,
  actor: readonly { country?: string | undefined }[],
  recipient: readonly { country?: string | undefined }[],
): boolean {
  if (!REGRET.has(doc.tokens[match.first]?.lemma ?? "")) return false;
  const own = new Set(actor.map((a) => a.country));
  if (!recipient.some((r) => r.country && !own.has(r.country))) return false;
  const end = Math.min(match.last + 4, doc.sentences[doc.tokens[match.first]!.sentence]!.tokenEnd);
  for (let k = match.last; k < end; k++) if (OWN.has(doc.tokens[k]!.lower)) return false;
  return true;
}
