import { z } from "zod";
import { ProvenanceSchema, TextSpanSchema } from "../model/span.js";

export const PloverTypeSchema = z.enum([
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
]);
export type PloverType = z.infer<typeof PloverTypeSchema>;

export const EventStatusSchema = z.enum(["occurred", "planned", "hypothetical", "negated"]);
export type EventStatus = z.infer<typeof EventStatusSchema>;

/** An actor or recipient: the entity when resolved, its name, and its code (country or organization, plus sector). */
export const ActorRefSchema = z.object({
  entity: z.string().optional(),
  name: z.string().optional(),
  country: z.string().optional(),
  sector: z.string().optional(),
  mention: TextSpanSchema.optional(),
});
export type ActorRef = z.infer<typeof ActorRefSchema>;

export const EventDateSchema = z.object({
  /** TIMEX3 value of the event's own date ("2024-09-29", "1949", "2024-W39"). */
  value: z.string(),
  /** The timex id the date came from. */
  timex: z.string().optional(),
  /** Why this date: "same clause", "prepositional attachment", "since-when clause", "sentence reporting date" ... */
  reason: z.string(),
});

export const EventSchema = z.object({
  id: z.string(),
  type: PloverTypeSchema,
  mode: z.string().optional(),
  context: z.array(z.string()).optional(),
  /** CAMEO root code (two digits, "01".."20"). */
  cameo: z.string().optional(),
  /** PLOVER conflict-cooperation score from the manual's table (-10 .. +10). */
  score: z.number().optional(),
  trigger: TextSpanSchema,
  actor: z.array(ActorRefSchema),
  recipient: z.array(ActorRefSchema),
  /** "X and Y met": both sides act; actor and recipient are interchangeable. */
  reciprocal: z.boolean().optional(),
  status: EventStatusSchema,
  statusCue: TextSpanSchema.optional(),
  /** The event's own date, or null with `dateReason` saying why there is none. */
  date: EventDateSchema.nullable(),
  dateReason: z.string().optional(),
  place: z.object({ name: z.string(), entity: z.string().optional(), country: z.string().optional() }).optional(),
  amounts: z.array(TextSpanSchema).optional(),
  /** The quote id when the event is stated inside a quote or reported speech. */
  quote: z.string().optional(),
  /** Every sentence that states this event (one event, one record: repeats merge here). */
  evidence: z.array(TextSpanSchema.extend({ sentence: z.number().int() })),
  confidence: z.number().min(0).max(1),
  provenance: ProvenanceSchema,
});
export type Event = z.infer<typeof EventSchema>;
