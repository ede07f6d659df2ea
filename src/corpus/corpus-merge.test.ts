import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import type { Entity } from "../entities/schema.js";
import type { ActorRef, Event, PloverType } from "../events/schema.js";
import { openSqliteStore } from "../store/sqlite/open.js";
import type { StorableAnalysis } from "../store/store.js";
import { corpusFiles } from "./demo.js";

/**
 * Cross-article merging on the shipped corpus, with hand annotations: each report below is located in its article by
 * a phrase, so the test follows the real texts, and it does not depend on how good the event layer is today.
 */
interface CorpusArticle {
  id: string;
  title: string;
  text: string;
  published: string;
  url: string;
}

const ARTICLES = new Map(
  corpusFiles()
    .flatMap((f) => readFileSync(f, "utf8").trim().split("\n"))
    .map((l) => JSON.parse(l) as CorpusArticle)
    .map((a) => [a.id, a]),
);

const PEOPLE: Record<string, [string, string]> = {
  blinken: ["Antony Blinken", "USA"],
  xi: ["Xi Jinping", "CHN"],
  qin: ["Qin Gang", "CHN"],
};
const COUNTRIES: Record<string, string> = { USA: "United States", CHN: "China", RUS: "Russia", UKR: "Ukraine" };

interface Report {
  doc: string;
  phrase: string;
  type: PloverType;
  actor: string;
  recipient: string;
  date: string;
}

function sentenceAround(text: string, phrase: string): { start: number; end: number; text: string } {
  const at = text.indexOf(phrase);
  assert.ok(at >= 0, `phrase not in the corpus: ${phrase}`);
  const start = Math.max(text.lastIndexOf(". ", at) + 2, text.lastIndexOf("\n", at) + 1, 0);
  const stop = text.indexOf(". ", at + phrase.length);
  const end = stop < 0 ? text.length : stop + 1;
  return { start, end, text: text.slice(start, end) };
}

function ref(who: string, entities: Entity[]): ActorRef {
  const person = PEOPLE[who];
  if (!person) return { name: COUNTRIES[who] ?? who, country: who };
  let e = entities.find((x) => x.name === person[0]);
  if (!e) {
    const kbId = `person:${person[0].toLowerCase().replace(/ /g, "-")}`;
    e = {
      id: `e${entities.length + 1}`,
      name: person[0],
      type: "PERSON",
      country: person[1],
      kbId,
      mentions: [],
      provenance: { rule: "hand" },
    };
    entities.push(e);
  }
  return { entity: e.id, name: e.name, country: person[1] };
}

function analysisOf(doc: string, reports: Report[]): StorableAnalysis {
  const a = ARTICLES.get(doc);
  assert.ok(a, `no article ${doc}`);
  const text = `${a.title}\n\n${a.text}`;
  const entities: Entity[] = [];
  const events: Event[] = reports.map((r, i) => {
    const span = sentenceAround(text, r.phrase);
    return {
      id: `ev${i + 1}`,
      type: r.type,
      trigger: span,
      actor: [ref(r.actor, entities)],
      recipient: [ref(r.recipient, entities)],
      status: "occurred",
      date: { value: r.date, reason: "hand" },
      evidence: [{ ...span, sentence: 0 }],
      confidence: 1,
      provenance: { rule: "hand" },
    };
  });
  return {
    id: doc,
    url: a.url,
    published: a.published.slice(0, 10),
    status: "ok",
    pipelineVersion: "hand",
    entities,
    timexes: [],
    quotes: [],
    events,
  };
}

const REPORTS: Report[] = [
  {
    doc: "wire-20230619-blinken-xi",
    phrase: "Blinken met Chinese President Xi Jinping",
    type: "CONSULT",
    actor: "blinken",
    recipient: "xi",
    date: "2023-06-19",
  },
  {
    doc: "wire-20230619-blinken-xi",
    phrase: "Blinken held more than seven hours of talks",
    type: "CONSULT",
    actor: "blinken",
    recipient: "qin",
    date: "2023-06-18",
  },
  {
    doc: "desk-20230620-xi-receives-blinken",
    phrase: "Xi Jinping received Antony Blinken",
    type: "CONSULT",
    actor: "xi",
    recipient: "blinken",
    date: "2023-06-19",
  },
  {
    doc: "wire-20231017-chip-controls",
    phrase: "tightened its restrictions on the export",
    type: "SANCTION",
    actor: "USA",
    recipient: "CHN",
    date: "2023-10-17",
  },
  {
    doc: "desk-20231018-beijing-condemns-chip-rules",
    phrase: "strongly criticized new export restrictions",
    type: "ACCUSE",
    actor: "CHN",
    recipient: "USA",
    date: "2023-10-18",
  },
  {
    doc: "desk-20231018-beijing-condemns-chip-rules",
    phrase: "Commerce Department expanded curbs",
    type: "SANCTION",
    actor: "USA",
    recipient: "CHN",
    date: "2023-10-17",
  },
  {
    doc: "wire-20231018-china-accuses-us",
    phrase: "accused the United States of abusing export controls",
    type: "ACCUSE",
    actor: "CHN",
    recipient: "USA",
    date: "2023-10-18",
  },
  {
    doc: "wire-20230717-grain-deal-exit",
    phrase: "withdrew from the agreement",
    type: "REJECT",
    actor: "RUS",
    recipient: "UKR",
    date: "2023-07-17",
  },
  {
    doc: "desk-20230718-moscow-ends-grain-corridor",
    phrase: "Moscow pulled out of the Black Sea grain arrangement",
    type: "REJECT",
    actor: "RUS",
    recipient: "UKR",
    date: "2023-07-17",
  },
  {
    doc: "wire-20230719-odesa-strikes",
    phrase: "struck the Ukrainian port city of Odesa",
    type: "ASSAULT",
    actor: "RUS",
    recipient: "UKR",
    date: "2023-07-19",
  },
  {
    doc: "wire-20230719-odesa-strikes",
    phrase: "two days after Moscow quit the deal",
    type: "REJECT",
    actor: "RUS",
    recipient: "UKR",
    date: "2023-07-17",
  },
];

/** [event type, date, documents reporting it, independent outlets]: what the merge must produce, and nothing else. */
const EXPECTED: [string, string, string[], number][] = [
  ["CONSULT", "2023-06-18", ["wire-20230619-blinken-xi"], 1],
  ["CONSULT", "2023-06-19", ["desk-20230620-xi-receives-blinken", "wire-20230619-blinken-xi"], 2],
  [
    "REJECT",
    "2023-07-17",
    ["desk-20230718-moscow-ends-grain-corridor", "wire-20230717-grain-deal-exit", "wire-20230719-odesa-strikes"],
    2,
  ],
  ["ASSAULT", "2023-07-19", ["wire-20230719-odesa-strikes"], 1],
  ["SANCTION", "2023-10-17", ["desk-20231018-beijing-condemns-chip-rules", "wire-20231017-chip-controls"], 2],
  ["ACCUSE", "2023-10-18", ["desk-20231018-beijing-condemns-chip-rules", "wire-20231018-china-accuses-us"], 2],
];

test("reports of one event in different articles merge; Blinken's two meetings stay apart", async () => {
  const store = await openSqliteStore(":memory:");
  try {
    const docs = [...new Set(REPORTS.map((r) => r.doc))];
    for (const doc of docs) {
      const a = ARTICLES.get(doc)!;
      const analysis = analysisOf(
        doc,
        REPORTS.filter((r) => r.doc === doc),
      );
      await store.save({ id: doc, contentHash: doc, url: a.url, published: analysis.published }, analysis);
    }
    const got = (await store.events()).map((e) => [e.type, e.date, e.documents, e.independentSources]);
    assert.deepEqual(got, EXPECTED);
    const [meeting] = await store.events({ dyad: ["USA", "CHN"], type: "CONSULT", from: "2023-06-19" });
    const reports = (await store.reports([meeting!.id])).get(meeting!.id) ?? [];
    assert.deepEqual(
      reports.map((r) => r.evidence[0]?.text.includes("Xi Jinping")),
      [true, true],
      "each source keeps its own evidence sentence",
    );
  } finally {
    await store.close();
  }
});
