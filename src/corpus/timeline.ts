import type { EventFilter, MergedEvent, Store } from "../store/store.js";

export interface TimelineQuery extends EventFilter {
  /** A document id (its events and those of articles reporting the same events) or a keyword. */
  story?: string | undefined;
}

/**
 * Events in date order for an actor, a dyad or a story. A story given as a stored document's id follows that
 * article and every article sharing an event with it; anything else is a keyword searched in evidence and headlines.
 * @example await timeline(store, { dyad: ["USA", "CHN"] })
 */
export async function timeline(store: Store, q: TimelineQuery): Promise<MergedEvent[]> {
  const { story, ...filter } = q;
  if (!story) return store.events(filter);
  if (!(await store.hasDocument(story))) return store.events({ ...filter, text: story });
  return store.events({ ...filter, documents: await store.relatedDocuments(story) });
}
