import { type KbOrg, type KbPlace, country as kbCountry } from "../kb/index.js";
import type { Doc } from "../model/document.js";
import { type Candidate, SCORE } from "./candidate.js";
import type { Cluster } from "./cluster.js";
import { type CountryContext, contextCountry, countryContext } from "./context-country.js";
import { isIgo } from "./igo.js";
import { personAttributes } from "./person-attributes.js";
import { originBefore } from "./roles.js";
import type { Entity, Mention, Sector } from "./schema.js";

interface Actor {
  country?: string;
  sector?: Sector;
  role?: string;
  kbId?: string;
}

/**
 * Entities from clusters: the canonical name (the KB's when linked, else the longest name in the text), every mention
 * in text order, and the actor attributes: country (ISO3 or IGO code), sector and code, from the text first
 * (roles, appositions, demonyms) and from the knowledge base at the publication date otherwise.
 */
export function buildEntities(doc: Doc, clusters: Cluster[]): Entity[] {
  const ordered = clusters
    .map((cl) => ({ cl, first: Math.min(...cl.cands.map((c) => c.start), ...cl.extra.map((m) => m.start)) }))
    .sort((a, b) => a.first - b.first);
  const ctx = countryContext(doc, clusters);
  return ordered.map(({ cl }, i) => toEntity(doc, cl, i, ctx));
}

function toEntity(doc: Doc, cl: Cluster, i: number, ctx: CountryContext): Entity {
  const name = canonicalName(doc, cl);
  const actor = cl.type === "PERSON" ? personAttributes(doc, cl, name, ctx) : actorOf(cl);
  if (cl.type === "ORG" && !actor.country && STATE_SECTORS.has(actor.sector ?? ""))
    stateBodyCountry(doc, cl, actor, ctx);
  const e: Entity = {
    id: `e${i + 1}`,
    name,
    type: cl.type,
    mentions: mentionsOf(doc, cl),
    // Known names, stated roles and name heads are evidence; bare capitalised runs are guesses.
    provenance: { rule: cl.best.rule, certainty: cl.best.kb || cl.best.score >= SCORE.head ? "stated" : "guessed" },
  };
  if (actor.country) e.country = actor.country;
  if (actor.role) e.role = actor.role;
  if (actor.sector) e.sector = actor.sector;
  if (actor.kbId) e.kbId = actor.kbId;
  const code = codeOf(actor);
  if (code) e.code = code;
  return e;
}

// Sectors of a state's own bodies: "the Foreign Office", "the Interior Ministry", "the army" belong to a state.
const STATE_SECTORS = new Set(["GOV", "MIL", "POL", "LEG", "JUD"]);
// Words that make a body international, whatever its head: "Inter-American Commission", "African Court".
const INTERNATIONAL =
  /\b(?:International|Inter|World|Global|Pan|Regional|African|European|Asian|Arab|American|Americas|Pacific|Atlantic|Islamic|Nordic|Caribbean)\b/;

/**
 * A state body named without its state ("Foreign Office spokeswoman X said Islamabad ..."): the country the story
 * places it in, guessed like a person's (see context-country.ts). KB bodies and transnational ones keep what they have.
 */
function stateBodyCountry(doc: Doc, cl: Cluster, actor: Actor, ctx: CountryContext): void {
  const first = cl.cands.find((c) => !c.headline);
  if (!first || cl.cands.some((c) => c.kb) || INTERNATIONAL.test(doc.text.slice(first.start, first.end))) return;
  // "the African Union's Peace and Security Council": the possessive owner first.
  const owner = /^['’]s?$/.test(doc.tokens[first.ts - 1]?.text ?? "")
    ? originBefore(doc.tokens, first.ts, 0)
    : undefined;
  const guess = owner?.country ?? contextCountry(ctx, first.start, doc.tokens[first.ts]!.sentence, true);
  if (guess && (kbCountry(guess) || owner)) actor.country = guess;
}

function canonicalName(doc: Doc, cl: Cluster): string {
  const kb = cl.cands.find((c) => c.kb && c.kb.kind !== "demonym")?.kb;
  if (kb && cl.type !== "NORP") return kb.canonical.replace(/^the /, "");
  let best: Candidate = cl.best;
  for (const c of cl.cands)
    if (c.kind === "name" && c.end - c.start > best.end - best.start && c.type === cl.type) best = c;
  return doc.text.slice(best.start, best.end);
}

function mentionsOf(doc: Doc, cl: Cluster): Mention[] {
  const out: Mention[] = cl.cands.map((c) => ({
    start: c.start,
    end: c.end,
    text: doc.text.slice(c.start, c.end),
    kind: c.kb?.kind === "metonym" ? "metonym" : c.kind,
    rule: c.rule,
  }));
  out.push(...cl.extra);
  return out.sort((a, b) => a.start - b.start);
}

function actorOf(cl: Cluster): Actor {
  const kb = cl.cands.find((c) => c.kb)?.kb;
  const stated = cl.cands.find((c) => c.country)?.country;
  const sector = cl.cands.find((c) => c.sector)?.sector;
  const out: Actor = {};
  if (kb) {
    out.kbId = `${kb.kind}:${kb.code ?? kb.canonical}`;
    // A transnational NGO's own code ("HRW") is no actor country; states and IGOs are.
    if (kb.country && (kbCountry(kb.country) || isIgo(kb))) out.country = kb.country;
    // A country acts as its state; the KB's sector for a country name is not used.
    const s = kb.kind === "country" ? "GOV" : (kb.sector ?? (kb.ref as KbOrg | KbPlace).sector);
    if (s) out.sector = s;
  }
  if (!out.country && stated) out.country = stated;
  if (!out.sector && sector) out.sector = sector;
  if (!out.sector && cl.type === "GPE" && kb?.kind === "country") out.sector = "GOV";
  if (!out.sector && cl.type === "NORP") out.sector = "CVL";
  return out;
}

/** The actor code: an IGO's code alone ("NATO", "UN"), else the country followed by the sector ("USAGOV"). */
export function codeOf(a: { country?: string; sector?: Sector }): string | undefined {
  if (!a.country) return undefined;
  if (!kbCountry(a.country)) return a.country;
  return a.country + (a.sector && a.sector !== "IGO" ? a.sector : "");
}
