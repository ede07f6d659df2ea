import { createRequire } from "node:module";
import type { Entity } from "../entities/schema.js";

// Capital cities stand for their governments in news ("Ankara warned Washington"). The entities layer codes most
// of them; this fallback from world-countries (ODbL) covers a place entity it left without a country, so an event
// is not lost for want of one. Jerusalem is left out: its status is disputed and it names a place more than an actor.
const EXCLUDED = new Set(["jerusalem"]);

let cached: Map<string, string> | undefined;

function capitals(): Map<string, string> {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const countries = require("world-countries") as { cca3: string; capital: string[] }[];
  cached = new Map();
  for (const c of countries) {
    for (const cap of c.capital) {
      const name = cap.replace(/\s+D\.C\.$/, "").toLowerCase();
      if (!EXCLUDED.has(name)) cached.set(name, c.cca3);
    }
  }
  return cached;
}

/** The actor country of an entity: its own code, else the country whose capital it names. */
export function actorCountry(entity: Entity): string | undefined {
  if (entity.country) return entity.country;
  if (entity.type !== "GPE") return undefined;
  return capitals().get(entity.name.toLowerCase());
}
