import { z } from "zod";
import { ProvenanceSchema } from "../model/span.js";

/** Entity types. The scorer reads PERSON, ORG, GPE, LOC (and FAC as a place); the others are kept for events (amounts). */
export const EntityTypeSchema = z.enum([
  "PERSON",
  "ORG",
  "GPE",
  "LOC",
  "FAC",
  "NORP",
  "LAW",
  "MONEY",
  "PERCENT",
  "QUANTITY",
]);
export type EntityType = z.infer<typeof EntityTypeSchema>;

/**
 * How a mention refers to its entity: the full `name`, a `short` form (surname, acronym), a `title` ("the president"),
 * a `pronoun`, a `nominal` ("the ministry"), a `metonym` (Beijing for the Chinese government) or a `demonym` ("Chinese").
 */
export const MentionKindSchema = z.enum(["name", "short", "title", "pronoun", "nominal", "metonym", "demonym"]);
export type MentionKind = z.infer<typeof MentionKindSchema>;

export const MentionSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  kind: MentionKindSchema,
  rule: z.string(),
});
export type Mention = z.infer<typeof MentionSchema>;

/**
 * Actor sectors in the CAMEO/PLOVER agent tradition: GOV government, MIL military, POL police, JUD judiciary,
 * LEG legislature, OPP opposition, REB rebels, INS insurgents, BUS business, MED media, NGO civil society,
 * EDU education, HLH health, REF refugees, CVL civilians, IGO international organization, SPY intelligence, PTY party.
 */
export const SectorSchema = z.enum([
  "GOV",
  "MIL",
  "POL",
  "JUD",
  "LEG",
  "OPP",
  "REB",
  "INS",
  "BUS",
  "MED",
  "NGO",
  "EDU",
  "HLH",
  "REF",
  "CVL",
  "IGO",
  "SPY",
  "PTY",
]);
export type Sector = z.infer<typeof SectorSchema>;

export const EntitySchema = z.object({
  /** Stable within the document: "e1", "e2", ... */
  id: z.string(),
  /** Canonical name: the longest proper name in the text, or the knowledge base's name ("Antony Blinken"). */
  name: z.string(),
  type: EntityTypeSchema,
  /** Actor country: ISO 3166-1 alpha-3 for states and their people and bodies, or an IGO code (UN, EU, NATO ...). */
  country: z.string().optional(),
  /** A person's role from the text or the knowledge base ("Secretary of State", "spokesperson"). */
  role: z.string().optional(),
  sector: SectorSchema.optional(),
  /** The actor code in the CAMEO tradition: country or organization followed by sector ("USAGOV", "CHNMIL", "NATO"). */
  code: z.string().optional(),
  /** Knowledge-base id when the entity was linked ("country:USA", "person:xi-jinping", "igo:NATO"). */
  kbId: z.string().optional(),
  mentions: z.array(MentionSchema),
  provenance: ProvenanceSchema,
});
export type Entity = z.infer<typeof EntitySchema>;
