/**
 * Row types of the store's tables, shared by every database. Offsets are named `span_start`/`span_end` because
 * `end` is reserved in SQL. Booleans are 0/1 integers and lists are JSON text, so SQLite and PostgreSQL read the same.
 */
export interface DocumentsTable {
  id: string;
  content_hash: string;
  title: string | null;
  url: string | null;
  source: string | null;
  /** Outlet used to count independent sources: the `source` field, else the URL's host, else the document id. */
  outlet: string;
  published: string | null;
  /** The analysis queries read (the newest); earlier analyses stay in `analyses`. */
  current_analysis: string | null;
  ingested_at: string;
}

export interface AnalysesTable {
  id: string;
  doc_id: string;
  pipeline_version: string;
  content_hash: string;
  status: string;
  created_at: string;
  /** The whole analysis JSON, so a stored article can be re-exported without re-running the pipeline. */
  json: string;
}

/** A canonical actor across documents: keyed by knowledge-base id when linked, else by type and normalized name. */
export interface ActorsTable {
  id: string;
  name: string;
  type: string;
  country: string | null;
  sector: string | null;
  code: string | null;
  kb_id: string | null;
}

export interface EntitiesTable {
  id: string;
  analysis_id: string;
  doc_id: string;
  local_id: string;
  actor_id: string;
  name: string;
  type: string;
  country: string | null;
  sector: string | null;
  role: string | null;
  code: string | null;
  mention_count: number;
}

export interface MentionsTable {
  entity_id: string;
  analysis_id: string;
  span_start: number;
  span_end: number;
  text: string;
  kind: string;
}

export interface TimexesTable {
  id: string;
  analysis_id: string;
  doc_id: string;
  local_id: string;
  span_start: number;
  span_end: number;
  text: string;
  type: string;
  value: string;
  resolved: number;
}

export interface QuotesTable {
  id: string;
  analysis_id: string;
  doc_id: string;
  local_id: string;
  span_start: number;
  span_end: number;
  text: string;
  kind: string;
  speaker_name: string | null;
  speaker_actor_id: string | null;
  speaker_role: string | null;
  speaker_country: string | null;
  cue: string | null;
  said_at: string | null;
}

export interface EventsTable {
  id: string;
  analysis_id: string;
  doc_id: string;
  local_id: string;
  type: string;
  mode: string | null;
  context: string | null;
  cameo: string | null;
  score: number | null;
  trigger_text: string;
  trigger_start: number;
  trigger_end: number;
  /** JSON arrays of ActorRef. */
  actors: string;
  recipients: string;
  /** Sorted country codes joined as "|CHN|USA|", so a LIKE '%|USA|%' finds them in every database. */
  actor_countries: string;
  recipient_countries: string;
  /** Actor keys of the named people on each side ("|person:xi-jinping|"): two meetings of one country pair differ by them. */
  actor_people: string;
  recipient_people: string;
  reciprocal: number;
  status: string;
  date_value: string | null;
  /** YYYY-MM-DD when the event's date has day precision. */
  date_day: string | null;
  date_reason: string | null;
  place: string | null;
  place_country: string | null;
  quote_id: string | null;
  confidence: number;
  published: string | null;
  /** The cross-article event this report belongs to; null for events of superseded analyses. */
  merged_id: string | null;
}

export interface EvidenceTable {
  event_id: string;
  analysis_id: string;
  doc_id: string;
  span_start: number;
  span_end: number;
  text: string;
  sentence: number;
}

/** One real-world event reported by one or more articles. */
export interface MergedEventsTable {
  id: string;
  type: string;
  reciprocal: number;
  /** Union of actor and recipient keys: the merge looks candidates up by it. */
  participants: string;
  actor_countries: string;
  recipient_countries: string;
  actor_people: string;
  recipient_people: string;
  actor_names: string;
  recipient_names: string;
  actor_sectors: string;
  recipient_sectors: string;
  status: string;
  mode: string | null;
  context: string | null;
  cameo: string | null;
  score: number | null;
  date_day: string | null;
  date_last: string | null;
  date_value: string | null;
  /** The event's date, else the earliest publication date: what timelines sort on. */
  sort_date: string | null;
  place: string | null;
  /** Lower-cased evidence and titles, for --text and --story keyword search. */
  search_text: string;
  /** JSON object: how many reports give each status; `status` is the most frequent. */
  status_counts: string;
  sources: number;
  independent_sources: number;
  /** JSON arrays of the reporting document ids and of their outlets. */
  documents: string;
  outlets: string;
}

export interface MigrationsTable {
  version: number;
  name: string;
  applied_at: string;
}

export interface Database {
  dyad_migrations: MigrationsTable;
  documents: DocumentsTable;
  analyses: AnalysesTable;
  actors: ActorsTable;
  entities: EntitiesTable;
  mentions: MentionsTable;
  timexes: TimexesTable;
  quotes: QuotesTable;
  events: EventsTable;
  evidence: EvidenceTable;
  merged_events: MergedEventsTable;
}
