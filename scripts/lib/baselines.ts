// The baselines Dyad is compared with on the same gold: compromise 14 (people, places, organizations) for entities,
// and chrono-node 2.10 alone (casual parser, reference = publication date, no forward dating) for time expressions,
// its results mapped to TIMEX3 as simply as possible (a day, a month or a year by the components chrono knew).
import * as chrono from "chrono-node";
import nlp from "compromise";
import type { Article } from "../../src/model/document.js";

interface BaselineEntity {
  name: string;
  type: string;
  mentions: { text: string }[];
}

const pad = (n: number) => String(n).padStart(2, "0");

function chronoTimexes(text: string, published: string | undefined) {
  const ref = published ? new Date(`${published.slice(0, 10)}T12:00:00Z`) : new Date(0);
  return chrono.casual.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false }).map((r) => {
    const s = r.start;
    const [y, m, d] = [s.get("year") ?? 0, s.get("month") ?? 1, s.get("day") ?? 1];
    const value =
      s.isCertain("day") || s.isCertain("weekday")
        ? `${y}-${pad(m)}-${pad(d)}`
        : s.isCertain("month")
          ? `${y}-${pad(m)}`
          : `${y}`;
    return { text: r.text, type: s.isCertain("hour") ? "TIME" : "DATE", value };
  });
}

/** One entity per distinct surface, typed by the compromise method that found it. */
function compromiseEntities(text: string): BaselineEntity[] {
  const doc = nlp(text);
  const found = new Map<string, BaselineEntity>();
  const add = (texts: string[], type: string) => {
    for (const raw of texts) {
      const name = raw
        .replace(/[.,;:!?'"“”’]+$/u, "")
        .replace(/^[“"']+/u, "")
        .trim();
      if (name === "") continue;
      const e = found.get(name) ?? { name, type, mentions: [] };
      e.mentions.push({ text: name });
      found.set(name, e);
    }
  };
  add(doc.people().out("array") as string[], "PERSON");
  add(doc.places().out("array") as string[], "GPE");
  add(doc.organizations().out("array") as string[], "ORG");
  return [...found.values()];
}

/** The baselines' analysis of an article, in the scorer's format (entities and time expressions only). */
export function baselineAnalysis(a: Article) {
  const text = a.title && !a.raw.trimStart().startsWith(a.title) ? `${a.title}\n\n${a.raw}` : a.raw;
  return { id: a.id, entities: compromiseEntities(text), timexes: chronoTimexes(text, a.published) };
}
