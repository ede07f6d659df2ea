import type { Event } from "./schema.js";

function codes(list: Event["actor"]): string {
  return [...new Set(list.map((a) => a.country ?? "?"))].sort().join("+");
}

/** The identity of an act for merging: type, and the sides' countries (unordered for reciprocal events). */
function actKey(e: Event): string {
  if (e.reciprocal) return `${e.type}|R|${codes([...e.actor, ...e.recipient])}`;
  return `${e.type}|${codes(e.actor)}|${codes(e.recipient)}`;
}

// Dates must be equal (or missing on one side): "two tests this month" and "a test on Friday" may be different acts.
function datesCompatible(a: Event, b: Event): boolean {
  if (!a.date || !b.date) return true;
  return a.date.value === b.date.value;
}

function headWord(e: Event): string {
  return (e.provenance.note?.match(/lemma=(\S+)/)?.[1] ?? e.trigger.text).toLowerCase();
}

/**
 * Same act: same key, compatible dates, and the same sentence, trigger word or amount, or a date missing on one side
 * (a repeat between the same sides is taken as the same act).
 */
function sameAct(a: Event, b: Event): boolean {
  // A threat discussed as a possibility and the threat that was made are two records, as are a denial and the act.
  if (!datesCompatible(a, b) || a.status !== b.status) return false;
  const sameSentence = a.evidence.some((x) => b.evidence.some((y) => y.sentence === x.sentence));
  // Within a sentence, a repeat that names no recipient is the same act ("jets flew ... in an exercise ... test").
  if (
    sameSentence &&
    a.type === b.type &&
    codes(a.actor) === codes(b.actor) &&
    (!a.recipient.length || !b.recipient.length)
  ) {
    return true;
  }
  if (actKey(a) !== actKey(b)) return false;
  if (sameSentence) return !coordinatedActs(a, b);
  if (distinctForce(a, b)) return false;
  if (headWord(a) === headWord(b)) return true;
  // Coercive measures of one actor are listed one by one ("arrested ...", "imposed martial law ...", "occupied ...").
  if (a.type === "COERCE") return false;
  if (!a.date || !b.date) return true;
  const amounts = new Set((a.amounts ?? []).map((x) => x.text.replace(/\s/g, "")));
  return (b.amounts ?? []).some((x) => amounts.has(x.text.replace(/\s/g, "")));
}

const FORCE = new Set(["ASSAULT", "COERCE"]);

/**
 * Attacks told far apart, one dated and one not, are usually two attacks: the story's attack and a past one recalled as
 * background ("the deadliest attack, in 2009, killed ..."). Merging them would also date today's attack in 2009.
 */
function distinctForce(a: Event, b: Event): boolean {
  if (!FORCE.has(a.type) || !a.date === !b.date) return false;
  const gap = Math.abs(a.evidence[0]!.sentence - b.evidence[0]!.sentence);
  return gap > 2;
}

// "is considering sanctions and warned that ...": a conjunction followed by a finite verb starts a second act.
const SECOND_ACT = /\b(?:and|but)\s+(?:\w+ly\s+)?(?!to\b)\w+(?:ed|s)\b/;

/** True when the text between two triggers of one sentence coordinates a second finite verb. */
function coordinatedActs(a: Event, b: Event): boolean {
  const [x, y] = a.trigger.start < b.trigger.start ? [a, b] : [b, a];
  const ev = x.evidence.find((e) => e.start <= x.trigger.start && y.trigger.end <= e.end);
  if (!ev) return false;
  const between = ev.text.slice(x.trigger.end - ev.start, y.trigger.end - ev.start);
  return SECOND_ACT.test(between);
}

/**
 * One act, one record: events that report the same act merge into the first, which keeps every evidence sentence,
 * the first stated date and the union of amounts.
 */
export function mergeEvents(events: Event[]): Event[] {
  const out: Event[] = [];
  for (const e of events) {
    const twin = out.find((o) => o.type === e.type && sameAct(o, e));
    if (!twin) {
      out.push(e);
      continue;
    }
    if (twin.recipient.length === 0 && e.recipient.length > 0) twin.recipient = e.recipient;
    for (const ev of e.evidence) if (!twin.evidence.some((x) => x.sentence === ev.sentence)) twin.evidence.push(ev);
    // The more precise date wins ("this month" and "on Friday" for the same test).
    if (
      e.date &&
      (!twin.date || (e.date.value.startsWith(twin.date.value) && e.date.value.length > twin.date.value.length))
    ) {
      twin.date = e.date;
      delete twin.dateReason;
    }
    if (e.amounts?.length)
      twin.amounts = [
        ...(twin.amounts ?? []),
        ...e.amounts.filter((x) => !twin.amounts?.some((y) => y.text === x.text)),
      ];
    twin.confidence = Math.max(twin.confidence, e.confidence);
  }
  return out;
}
