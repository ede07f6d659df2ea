import type { KbHit, KbOrg } from "../kb/index.js";

/** An international organization (UN, WHO, NATO ...): the KB's IGO kind or sector. Its code is its actor country. */
export function isIgo(hit: KbHit): boolean {
  return hit.sector === "IGO" || (hit.kind === "org" && (hit.ref as KbOrg).kind === "IGO");
}
