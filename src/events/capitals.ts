import type { Entity } from "../entities/schema.js";
import { place } from "../kb/index.js";

// Capital cities stand for their governments in news ("Ankara warned Washington"). The entities layer codes most
// of them; this fallback from the knowledge base's places (capitalOf) covers a place entity it left without a country,
// so an event is not lost for want of one. Jerusalem is left out: its status is disputed and it names a place more
// than an actor.
const EXCLUDED = new Set(["jerusalem"]);

/** The actor country of an entity: its own code, else the country whose capital it names. */
export function actorCountry(entity: Entity): string | undefined {
  if (entity.country) return entity.country;
  if (entity.type !== "GPE" || EXCLUDED.has(entity.name.toLowerCase())) return undefined;
  return place(entity.name)?.capitalOf;
}
