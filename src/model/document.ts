import type { Entity } from "../entities/schema.js";
import type { Event } from "../events/schema.js";
import type { Quote } from "../quotes/schema.js";
import type { Timex } from "../time/schema.js";
import type { Diagnostic } from "./diagnostic.js";
import type { OffsetMap } from "./offset-map.js";
import type { Paragraph, Sentence, Token } from "./text-layers.js";

/** An article as read from a file, a JSONL line or an HTML page, before any analysis. */
export interface Article {
  id: string;
  title?: string | undefined;
  url?: string | undefined;
  /** Publication date as YYYY-MM-DD (or a full ISO timestamp); absent means relative times stay unresolved. */
  published?: string | undefined;
  source?: string | undefined;
  /** The body as read (plain text; HTML already reduced to text by the reader). */
  raw: string;
}

/** Names of the layers stages require and provide; a pipeline is checked against them when built. */
export type LayerName =
  | "text"
  | "paragraphs"
  | "sentences"
  | "tokens"
  | "entities"
  | "coref"
  | "timexes"
  | "time-anchors"
  | "quotes"
  | "events";

/**
 * The one document object every stage reads and writes. `text` is the normalized text (headline, a blank line, then the
 * body); every annotation is a span `[start, end)` over it, and `offsets` leads back to the raw input.
 */
export interface Doc {
  id: string;
  title?: string | undefined;
  url?: string | undefined;
  source?: string | undefined;
  /** Publication date, YYYY-MM-DD, or undefined when unknown. */
  published?: string | undefined;
  raw: string;
  text: string;
  offsets: OffsetMap;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  entities: Entity[];
  timexes: Timex[];
  quotes: Quote[];
  events: Event[];
  diagnostics: Diagnostic[];
  /** Layers provided so far, in the order their stages ran. */
  layers: LayerName[];
}
