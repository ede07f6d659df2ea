import { type KbPerson, country as kbCountry, personByName } from "../kb/index.js";
import type { Doc } from "../model/document.js";
import type { Cluster } from "./cluster.js";
import { type CountryContext, contextCountry } from "./context-country.js";
import type { Sector } from "./schema.js";

// Party words that, before "Representative" or "Senator", place a legislator in the United States.
const US_PARTIES = /\b(?:Republican|Democratic|Democrat|GOP)\b/;
const US_LEGISLATOR = /\b(?:Representative|Rep\.|Senator|Sen\.|senator|representative|congressman|congresswoman)\b/;

/**
 * A person's role, country and sector: stated in the text (a role with a demonym or country, an apposition) first,
 * then the knowledge base's entry for the name and its office held at the publication date, and last a guess from
 * the countries named around the person's first mention.
 */
export function personAttributes(
  doc: Doc,
  cl: Cluster,
  name: string,
  ctx: CountryContext,
): { country?: string; sector?: Sector; role?: string; kbId?: string } {
  const out: { country?: string; sector?: Sector; role?: string; kbId?: string } = {};
  const withRole = cl.cands.find((c) => c.role);
  if (withRole?.role) out.role = withRole.role;
  const stated = cl.cands.find((c) => c.country)?.country;
  if (stated) out.country = stated;
  const sector = cl.cands.find((c) => c.sector)?.sector;
  if (sector) out.sector = sector;
  const person = kbPerson(cl, name, doc.published);
  if (person) {
    out.kbId = `person:${person.id}`;
    const held = activeRole(person, doc.published);
    // An official of an international organization acts for it (the eval's convention): Guterres in 2025 is UN.
    if (!out.country && held && !kbCountry(held.country)) out.country = held.country;
    if (!out.country) out.country = person.country;
    if (held && !out.role) out.role = held.role;
    if (held && !out.sector) out.sector = held.sector;
  }
  if (!out.country && out.role && US_PARTIES.test(out.role) && US_LEGISLATOR.test(out.role)) out.country = "USA";
  const first = cl.cands.find((c) => !c.headline);
  if (!out.country && first) {
    const guess = contextCountry(ctx, first.start, doc.tokens[first.ts]!.sentence);
    if (guess) out.country = guess;
  }
  out.sector ??= "CVL";
  return out;
}

const people = new Map<string, KbPerson | undefined>();

/** `personByName`, memoized per name and date (names recur across a batch of articles). */
function personByNameCached(name: string, date: string | undefined): KbPerson | undefined {
  const key = `${name}|${date ?? ""}`;
  if (people.has(key)) return people.get(key);
  if (people.size > 20000) people.clear();
  const p = personByName(name, date);
  people.set(key, p);
  return p;
}

function kbPerson(cl: Cluster, name: string, date: string | undefined): KbPerson | undefined {
  const linked = cl.cands.find((c) => c.kb?.kind === "person")?.kb?.ref as KbPerson | undefined;
  return linked ?? personByNameCached(name, date);
}

function activeRole(p: KbPerson, date: string | undefined): KbPerson["roles"][number] | undefined {
  if (!date) return p.roles[p.roles.length - 1];
  return p.roles.find((r) => r.start <= date && (!r.end || date <= r.end));
}
