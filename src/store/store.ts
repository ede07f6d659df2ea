import type { Entity } from "../entities/schema.js";
import type { Event } from "../events/schema.js";
import type { Quote } from "../quotes/schema.js";
import type { Timex } from "../time/schema.js";

/**
 * What the store needs from an analysis: a structural subset of `Analysis` (src/schema/analysis.ts), so the store
 * depends on the layer schemas only and tests can hand-build one.
 */
export interface StorableAnalysis {
  id: string;
  title?: string | undefined;
  url?: string | undefined;
  published?: string | undefined;
  status: string;
  pipelineVersion: string;
  entities: Entity[];
  timexes: Timex[];
  quotes: Quote[];
  events: Event[];
}

/** The article facts stored with its analysis; `contentHash` is what makes ingestion idempotent. */
export interface DocumentMeta {
  id: string;
  contentHash: string;
  title?: string | undefined;
  url?: string | undefined;
  source?: string | undefined;
  published?: string | undefined;
}

/** Whether an article still needs analysing, decided before any work is spent on it. */
export type Admission =
  | { action: "analyse"; reason: "new" | "changed" | "upgrade" }
  | { action: "skip"; reason: "unchanged" | "duplicate"; of: string };

export interface SaveResult {
  analysisId: string;
  events: number;
  /** Cross-article events this article's events joined (already reported by another article). */
  merged: number;
}

/** Filters shared by `events` and `timeline`. Country codes are ISO alpha-3 or IGO codes; names match by substring. */
export interface EventFilter {
  actor?: string | undefined;
  recipient?: string | undefined;
  /** Two actors, either direction: ["USA", "CHN"]. */
  dyad?: readonly [string, string] | undefined;
  type?: string | undefined;
  status?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  text?: string | undefined;
  /** Only events reported by one of these documents. */
  documents?: readonly string[] | undefined;
  limit?: number | undefined;
}

/** One real-world event with every report of it. */
export interface MergedEvent {
  id: string;
  type: string;
  mode: string | null;
  context: string[];
  cameo: string | null;
  score: number | null;
  status: string;
  reciprocal: boolean;
  date: string | null;
  dateLast: string | null;
  sortDate: string | null;
  place: string | null;
  actorCountries: string[];
  recipientCountries: string[];
  actorNames: string[];
  recipientNames: string[];
  actorSectors: string[];
  recipientSectors: string[];
  sources: number;
  independentSources: number;
  documents: string[];
}

/** A report of a merged event in one article, with its evidence spans. */
export interface EventReport {
  mergedId: string;
  eventId: string;
  docId: string;
  title: string | null;
  url: string | null;
  published: string | null;
  trigger: string;
  evidence: { start: number; end: number; text: string; sentence: number }[];
}

export interface QuoteFilter {
  speaker?: string | undefined;
  document?: string | undefined;
  text?: string | undefined;
  limit?: number | undefined;
}

export interface StoredQuote {
  id: string;
  docId: string;
  published: string | null;
  start: number;
  end: number;
  text: string;
  kind: string;
  speaker: string | null;
  speakerActor: string | null;
  speakerRole: string | null;
  speakerCountry: string | null;
  cue: string | null;
  saidAt: string | null;
}

export interface ActorFilter {
  name?: string | undefined;
  country?: string | undefined;
  type?: string | undefined;
  limit?: number | undefined;
}

export interface StoredActor {
  id: string;
  name: string;
  type: string;
  country: string | null;
  sector: string | null;
  code: string | null;
  kbId: string | null;
  documents: number;
  mentions: number;
}

/** Row counts per table, for summaries and the crash test. */
export type StoreCounts = Record<
  "documents" | "analyses" | "actors" | "entities" | "mentions" | "timexes" | "quotes" | "events" | "merged_events",
  number
>;

/**
 * The one storage interface. Implementations live in one folder per database (`sqlite/`, `postgres/`) and all pass
 * `store.conformance.test.ts`. Every write of one article happens in one transaction.
 */
export interface Store {
  readonly kind: "sqlite" | "postgres";
  /** Decides, from id and content hash, whether an article must be analysed under `pipelineVersion`. */
  admit(id: string, contentHash: string, pipelineVersion: string): Promise<Admission>;
  /** Stores one article's analysis and merges its events into cross-article events, atomically. */
  save(meta: DocumentMeta, analysis: StorableAnalysis): Promise<SaveResult>;
  /** Stores several articles in one transaction (one commit); all or none of them. */
  saveMany(items: readonly { meta: DocumentMeta; analysis: StorableAnalysis }[]): Promise<SaveResult[]>;
  events(filter?: EventFilter): Promise<MergedEvent[]>;
  /** Every report of the given merged events, grouped by event id. */
  reports(mergedIds: readonly string[]): Promise<Map<string, EventReport[]>>;
  quotes(filter?: QuoteFilter): Promise<StoredQuote[]>;
  actors(filter?: ActorFilter): Promise<StoredActor[]>;
  hasDocument(id: string): Promise<boolean>;
  /** Ids of the documents sharing at least one merged event with `docId` (itself included). */
  relatedDocuments(docId: string): Promise<string[]>;
  counts(): Promise<StoreCounts>;
  close(): Promise<void>;
}
