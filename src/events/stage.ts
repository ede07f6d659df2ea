import type { Doc } from "../model/document.js";
import { tokenAt } from "../model/text-layers.js";
import type { Stage } from "../pipeline/stage.js";
import type { Quote } from "../quotes/schema.js";
import { buildEvent } from "./build-event.js";
import { findTriggers } from "./match-triggers.js";
import { personBySurname } from "./memory.js";
import { type ActorMention, actorMentionsBySentence } from "./mentions.js";
import { mergeEvents } from "./merge.js";
import type { Event } from "./schema.js";

/** Options of the events stage. */
export interface EventStageOptions {
  /** Code events stated only in the headline (they usually repeat the body and would be merged into it). */
  headlines?: boolean;
}

/** The last reciprocal pair of actors seen, for "their talks" and "the two sides". */
function pairOf(e: Event, mentions: ActorMention[]): ActorMention[] | undefined {
  if (!e.reciprocal) return undefined;
  const ids = new Set([...e.actor, ...e.recipient].map((a) => a.entity));
  const seen = new Set<string>();
  const found = mentions.filter((m) => ids.has(m.entity.id) && !seen.has(m.entity.id) && seen.add(m.entity.id));
  const countries = new Set(found.map((m) => m.country));
  return countries.size >= 2 ? found : undefined;
}

/**
 * An act told in a direct quote whose speaker is not of the actor's side: an analyst's or a rival's commentary
 * ("The regime could raise tensions ..."), which costs precision far more often than it states a coded act.
 */
function speculative(doc: Doc, e: Event): boolean {
  if (!e.quote) return false;
  const q = doc.quotes.find((x) => x.id === e.quote);
  if (!q) return false;
  const speaker = q.speaker?.country ?? (q.speaker ? personBySurname(doc, q.speaker.name)?.country : undefined);
  const outsider = !speaker || !e.actor.some((a) => a.country === speaker);
  return outsider && (q.kind === "direct" || commentator(doc, q.speaker));
}

// Who comments rather than acts: analysts, academics, think tanks, the press.
const COMMENTATOR_ROLE = /analyst|expert|professor|fellow|researcher|scholar|director|economist|commentator/i;
const COMMENTATOR_SECTOR = new Set(["NGO", "EDU", "MED"]);
const COMMENTATOR_NAME = /\b(?:analysts?|experts?|observers?|scholars?|critics?|commentators?)\b/i;

function commentator(doc: Doc, speaker: Quote["speaker"]): boolean {
  if (!speaker) return false;
  if (speaker.role && COMMENTATOR_ROLE.test(speaker.role)) return true;
  if (COMMENTATOR_NAME.test(speaker.name)) return true;
  const sector = speaker.entity ? doc.entities.find((x) => x.id === speaker.entity)?.sector : undefined;
  return sector !== undefined && COMMENTATOR_SECTOR.has(sector);
}

/**
 * A negated act is kept when the narrator states it of a verb ("Russia has not agreed to the ceasefire"): that is news.
 * Denials inside quoted or reported speech ("we will not buy more jets if ..."), or of a noun ("was not the focus of
 * the talks"), are commentary that analysts do not code, and would only cost precision.
 */
function idleDenial(doc: Doc, e: Event): boolean {
  if (e.status !== "negated") return false;
  if (e.quote) return true;
  // "were supposed to sign a deal": a plan that fell through is neither an act nor a denial of one.
  if (e.statusCue && UNREALIZED.test(e.statusCue.text)) return true;
  return doc.tokens[tokenAt(doc.tokens, e.trigger.start)]?.pos !== "VERB";
}

const UNREALIZED = /^supposed$/i;

/** Runs trigger matching and event building over every sentence, then merges repeats. */
export function extractEvents(doc: Doc, options: EventStageOptions = {}): Event[] {
  const bySentence = actorMentionsBySentence(doc);
  const drafts: Event[] = [];
  let pair: ActorMention[] | undefined;
  doc.sentences.forEach((s, si) => {
    if (s.headline && !options.headlines) return;
    const matches = findTriggers(doc.tokens, s.tokenStart, s.tokenEnd);
    const mentions = bySentence[si] ?? [];
    for (let j = 0; j < matches.length; j++) {
      const scene = {
        doc,
        mentions,
        matches,
        pair,
        last: drafts[drafts.length - 1],
        sentence: si,
        bySentence,
        history: drafts,
      };
      const event = buildEvent(scene, j, `ev${drafts.length + 1}`);
      if (!event) continue;
      if (speculative(doc, event) || idleDenial(doc, event)) continue;
      drafts.push(event);
      pair = pairOf(event, mentions) ?? pair;
    }
  });
  const merged = mergeEvents(drafts);
  merged.forEach((e, i) => {
    e.id = `ev${i + 1}`;
  });
  return merged;
}

/** Builds an events stage; `eventStage` is the default one. */
export function createEventStage(options: EventStageOptions = {}): Stage {
  return {
    name: "events",
    requires: ["tokens", "entities", "coref", "timexes", "time-anchors", "quotes"],
    provides: ["events"],
    run(doc, ctx) {
      doc.events = extractEvents(doc, options);
      ctx.trace("events", `${doc.events.length} events`);
    },
  };
}

/** The events stage: PLOVER events with actors, recipients, status, date and evidence, one record per act. */
export const eventStage: Stage = createEventStage();
