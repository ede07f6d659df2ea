import type { Sector } from "../entities/schema.js";

/** What a knowledge-base entry is; a surface form can have several (Georgia: a country and a US state). */
export type KbKind = "country" | "org" | "person" | "place" | "demonym" | "metonym" | "agent" | "title";

export interface KbCountry {
  /** ISO 3166-1 alpha-3 (Kosovo uses the user-assigned XKX). */
  iso3: string;
  /** The short common name ("United States"). */
  name: string;
  /** Every name and abbreviation, the common name first ("U.S.", "USA", "United States of America"). */
  names: string[];
  /** Adjectives and people nouns, singular and plural ("American", "Americans"). */
  demonyms: string[];
  /** Capitals and seats of government, often used for the government itself (Beijing, Washington). */
  capitals: string[];
}

export interface KbOrg {
  /** The actor code: an IGO's usual acronym (UN for its agencies, WHO), or a short id for other bodies. */
  code: string;
  name: string;
  names: string[];
  kind: "IGO" | "NSAG" | "NGO" | "PARTY" | "GOV" | "MEDIA" | "BUSINESS" | "OTHER";
  /** Actor country: ISO3 of the state a body belongs to or a group is based in; the IGO code for IGOs. */
  country?: string;
  sector?: Sector;
}

export interface KbRole {
  /** The role as usually written for this office ("Secretary of State"). */
  role: string;
  country: string;
  sector: Sector;
  /** YYYY-MM-DD; terms are inclusive of both ends. */
  start: string;
  end?: string;
}

export interface KbPerson {
  /** Slug: "xi-jinping". */
  id: string;
  name: string;
  /** Surname, other spellings and transliterations ("Zelensky", "Zelenskiy"). */
  aliases: string[];
  country: string;
  roles: KbRole[];
}

export interface KbPlace {
  name: string;
  country?: string;
  kind: "city" | "region" | "landmark" | "continent" | "sea" | "other";
  population?: number;
  /** A common word or given name too ("Nice", "Jackson", "Victoria"): recognition needs extra evidence. */
  ambiguous?: boolean;
  /** ISO3 of the state whose capital or seat of government this is (used as a metonym for its government). */
  capitalOf?: string;
  /** For landmark metonyms (the Kremlin, the Pentagon): the body the name stands for. */
  sector?: Sector;
  /** For landmark metonyms: the entity type the name usually has in news ("ORG" for the White House). */
  entityType?: "ORG" | "FAC" | "GPE" | "LOC";
}

export interface KbTitle {
  /** The surface as listed ("Defence Secretary"). */
  title: string;
  sector: Sector;
  /** The office the title names, shared by its variants ("Defense Minister"). */
  canonical: string;
  /** Offices tried in order by officeHolder when nobody held this one ("leader" -> President, Prime Minister). */
  fallback?: string[];
}

export interface KbAgent {
  word: string;
  sector: Sector;
  plural: boolean;
}

export interface KbHit {
  kind: KbKind;
  country?: string;
  code?: string;
  sector?: Sector;
  type: "PERSON" | "ORG" | "GPE" | "LOC" | "NORP" | "FAC";
  /** The entry's canonical name ("United States", "Joe Biden", "the Kremlin"). */
  canonical: string;
  ref: KbCountry | KbOrg | KbPerson | KbPlace | KbTitle | KbAgent;
  /** Set when the surface is also a common word or given name (May, Chad, Nice): needs extra evidence. */
  ambiguous?: boolean;
}
