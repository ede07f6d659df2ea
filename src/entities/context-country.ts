import type { KbPlace } from "../kb/index.js";
import type { Doc } from "../model/document.js";
import type { Cluster } from "./cluster.js";

interface CountryMention {
  start: number;
  sentence: number;
  country: string;
}

/** Where countries are mentioned (by name, demonym or capital), and the article's most mentioned one. */
export interface CountryContext {
  mentions: CountryMention[];
  dominant?: string;
}

/** Collects the country mentions of the clustered candidates, in text order. */
export function countryContext(doc: Doc, clusters: readonly Cluster[]): CountryContext {
  const mentions: CountryMention[] = [];
  const counts = new Map<string, number>();
  const datelines = datelineSpans(doc);
  for (const cl of clusters) {
    for (const c of cl.cands) {
      const kb = c.kb;
      if (!kb || c.headline || datelines.some(([from, to]) => from <= c.start && c.end <= to)) continue;
      const capital = kb.kind === "place" ? (kb.ref as KbPlace).capitalOf : undefined;
      const country = kb.kind === "country" || kb.kind === "demonym" ? kb.country : capital;
      if (!country) continue;
      mentions.push({ start: c.start, sentence: doc.tokens[c.ts]!.sentence, country });
      counts.set(country, (counts.get(country) ?? 0) + 1);
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  let dominant: string | undefined;
  let best = 0;
  for (const [c, n] of counts) if (n > best) [dominant, best] = [c, n];
  return dominant ? { mentions, dominant } : { mentions };
}

// A dateline: capitals and separators from the start of a line to a dash ("ISLAMABAD/PENTAGON —", "KYIV, UKRAINE -").
const DATELINE = /^[\p{Lu}\p{M}\s.,/'’-]*?\s[—–-]\s/u;
const DATELINE_AHEAD = 60;

/**
 * The datelines that open paragraphs: where the reporter files from says nothing about the people in the story
 * ("ISLAMABAD —" does not make the U.S. Air Force chief Pakistani). One regex per paragraph, once per document.
 */
function datelineSpans(doc: Doc): [number, number][] {
  const out: [number, number][] = [];
  for (const p of doc.paragraphs) {
    if (p.headline) continue;
    const m = DATELINE.exec(doc.text.slice(p.start, Math.min(p.end, p.start + DATELINE_AHEAD)));
    if (m) out.push([p.start, p.start + m[0].length]);
  }
  return out;
}

/**
 * A guess at the country of a person the text gives none for, from where the person is first named: the nearest
 * country before the name in its sentence ("Republican U.S. senators led by X"), else the first one of the sentence
 * before (the story's setting: "China will convene a meeting ... It will be chaired by X"), else the nearest after
 * it in its sentence, else the article's most mentioned country. `sameSentenceFirst` tries the nearest after the
 * name before the sentence before (for state bodies).
 */
export function contextCountry(
  ctx: CountryContext,
  start: number,
  sentence: number,
  sameSentenceFirst = false,
): string | undefined {
  let before: CountryMention | undefined;
  let after: CountryMention | undefined;
  let previous: CountryMention | undefined;
  for (const m of ctx.mentions) {
    if (m.sentence === sentence && m.start < start) before = m;
    else if (m.sentence === sentence && m.start > start && !after) after = m;
    else if (m.sentence === sentence - 1 && !previous) previous = m;
  }
  // A body is placed by its own sentence ("the Sovereignty Council in Khartoum"); a person by the story's setting.
  if (sameSentenceFirst) return (before ?? after ?? previous)?.country ?? ctx.dominant;
  return (before ?? previous ?? after)?.country ?? ctx.dominant;
}
