import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { dropPostgresSchema, openPostgresStore } from "./postgres/open.js";
import { openSqliteStore } from "./sqlite/open.js";
import type { Store } from "./store.js";
import { type AnalysisSpec, type EventSpec, makeAnalysis, makeMeta } from "./testing.js";

/**
 * ONE conformance suite for every database: SQLite always; PostgreSQL when DYAD_TEST_PG holds a connection URL.
 * Every PostgreSQL test works in a schema of its own, created and dropped around it, so runs never collide.
 */
interface Target {
  name: string;
  open(): Promise<{ store: Store; cleanup: () => Promise<void> }>;
}

const PG_URL = process.env.DYAD_TEST_PG;
let schemas = 0;

const targets: Target[] = [
  { name: "sqlite", open: async () => ({ store: await openSqliteStore(":memory:"), cleanup: async () => {} }) },
];
if (PG_URL) {
  targets.push({
    name: "postgres",
    open: async () => {
      const schema = `dyad_test_${process.pid}_${Date.now()}_${++schemas}`;
      const store = await openPostgresStore(PG_URL, { schema });
      return { store, cleanup: () => dropPostgresSchema(PG_URL, schema) };
    },
  });
} else {
  process.stderr.write(
    "store conformance: PostgreSQL skipped (set DYAD_TEST_PG=postgres://postgres@127.0.0.1:5432/test to run it)\n",
  );
}

async function save(store: Store, spec: AnalysisSpec, hash?: string) {
  return store.save(makeMeta(spec, hash), makeAnalysis(spec));
}

const wire = (id: string, events: EventSpec[], extra: Partial<AnalysisSpec> = {}): AnalysisSpec => ({
  id,
  url: `https://wire.example/${id}`,
  published: "2024-05-02",
  events,
  ...extra,
});
const desk = (id: string, events: EventSpec[], extra: Partial<AnalysisSpec> = {}): AnalysisSpec => ({
  ...wire(id, events, extra),
  url: `https://desk.example/${id}`,
});

const meeting = { type: "CONSULT", actor: "USA", recipient: "CHN", date: "2024-05-01" } as const;

/** [name, first report, second report, should they merge]: the must-merge and must-not-merge table. */
const MERGE_CASES: [string, AnalysisSpec, AnalysisSpec, boolean][] = [
  [
    "same event, other words, next day",
    wire("a", [{ ...meeting, evidence: "The envoy met Chinese officials in Beijing." }]),
    desk("b", [{ ...meeting, date: "2024-05-02", evidence: "Talks were held between the two delegations." }]),
    true,
  ],
  [
    "directed report and reciprocal report",
    wire("a", [{ ...meeting, evidence: "The envoy met Chinese officials." }]),
    desk("b", [{ ...meeting, actor: "CHN", recipient: "USA", reciprocal: true, evidence: "The two sides met." }]),
    true,
  ],
  [
    "a meeting told from either side",
    wire("a", [{ ...meeting, evidence: "The envoy met the Chinese leader." }]),
    desk("b", [{ ...meeting, actor: "CHN", recipient: "USA", evidence: "The Chinese leader received the envoy." }]),
    true,
  ],
  [
    "must not: an accusation with the sides swapped",
    wire("a", [{ ...meeting, type: "ACCUSE", evidence: "Washington accused Beijing of hacking." }]),
    desk("b", [
      { ...meeting, type: "ACCUSE", actor: "CHN", recipient: "USA", evidence: "Beijing accused Washington." },
    ]),
    false,
  ],
  [
    "undated, nearly the same evidence",
    wire("a", [
      {
        type: "ACCUSE",
        actor: "CHN",
        recipient: "USA",
        evidence: "Beijing accused Washington of abusing export controls.",
      },
    ]),
    desk("b", [
      {
        type: "ACCUSE",
        actor: "CHN",
        recipient: "USA",
        evidence: "Beijing accused Washington of abusing its export controls.",
      },
    ]),
    true,
  ],
  [
    "must not: other type",
    wire("a", [{ ...meeting, evidence: "The envoy met officials." }]),
    desk("b", [{ ...meeting, type: "ACCUSE", evidence: "The envoy accused officials." }]),
    false,
  ],
  [
    "must not: other recipient",
    wire("a", [{ ...meeting, evidence: "The envoy met officials." }]),
    desk("b", [{ ...meeting, recipient: "RUS", evidence: "The envoy met officials." }]),
    false,
  ],
  [
    "must not: dates five days apart",
    wire("a", [{ ...meeting, evidence: "The envoy met officials." }]),
    desk("b", [{ ...meeting, date: "2024-05-06", evidence: "The envoy met officials." }]),
    false,
  ],
  [
    "must not: different places",
    wire("a", [{ ...meeting, place: "Beijing", evidence: "The envoy met officials." }]),
    desk("b", [{ ...meeting, place: "Geneva", evidence: "The envoy met officials." }]),
    false,
  ],
  [
    "must not: negated and occurred",
    wire("a", [{ ...meeting, evidence: "The envoy met officials." }]),
    desk("b", [{ ...meeting, status: "negated", evidence: "The envoy did not meet officials." }]),
    false,
  ],
  [
    "must not: undated with different evidence",
    wire("a", [
      {
        type: "ACCUSE",
        actor: "CHN",
        recipient: "USA",
        evidence: "Beijing accused Washington of meddling in Hong Kong.",
      },
    ]),
    desk("b", [
      {
        type: "ACCUSE",
        actor: "CHN",
        recipient: "USA",
        evidence: "China blamed the United States for tariffs on steel.",
      },
    ]),
    false,
  ],
  [
    "must not: one dated, one undated",
    wire("a", [{ ...meeting, evidence: "The envoy met officials." }]),
    desk("b", [{ type: "CONSULT", actor: "USA", recipient: "CHN", evidence: "The envoy met officials." }]),
    false,
  ],
];

for (const target of targets) {
  describe(`store conformance: ${target.name}`, () => {
    const open: (() => Promise<void>)[] = [];
    const fresh = async () => {
      const { store, cleanup } = await target.open();
      open.push(async () => {
        await store.close();
        await cleanup();
      });
      return store;
    };
    after(async () => {
      for (const close of open) await close();
    });

    test("admits new articles and skips stored or duplicate ones", async () => {
      const store = await fresh();
      assert.deepEqual(await store.admit("a", "h1", "v1"), { action: "analyse", reason: "new" });
      await save(store, { ...wire("a", []), version: "v1" }, "h1");
      assert.deepEqual(await store.admit("a", "h1", "v1"), { action: "skip", reason: "unchanged", of: "a" });
      assert.deepEqual(await store.admit("b", "h1", "v1"), { action: "skip", reason: "duplicate", of: "a" });
      assert.deepEqual(await store.admit("a", "h2", "v1"), { action: "analyse", reason: "changed" });
      assert.deepEqual(await store.admit("a", "h1", "v2"), { action: "analyse", reason: "upgrade" });
    });

    test("saving the same analysis twice stores it once", async () => {
      const store = await fresh();
      const spec = wire("a", [{ ...meeting, evidence: "The envoy met officials." }], {
        people: [{ name: "Antony Blinken", country: "USA" }],
        quotes: [{ speaker: "Antony Blinken", text: "We talked." }],
      });
      await save(store, spec);
      const once = await store.counts();
      await save(store, spec);
      assert.deepEqual(await store.counts(), once);
      assert.equal(once.documents, 1);
      assert.equal(once.events, 1);
      assert.equal(once.merged_events, 1);
      assert.equal(once.quotes, 1);
      assert.equal(once.mentions, 1);
    });

    for (const [name, first, second, merge] of MERGE_CASES) {
      test(`cross-article merge: ${name}`, async () => {
        const store = await fresh();
        await save(store, first);
        const r = await save(store, second);
        const events = await store.events();
        assert.equal(events.length, merge ? 1 : 2);
        assert.equal(r.merged, merge ? 1 : 0);
        if (merge) {
          assert.deepEqual(events[0]!.documents, ["a", "b"]);
          assert.equal(events[0]!.sources, 2);
          assert.equal(events[0]!.independentSources, 2);
          const reports = (await store.reports([events[0]!.id])).get(events[0]!.id) ?? [];
          assert.deepEqual(reports.map((x) => x.docId).sort(), ["a", "b"]);
        }
      });
    }

    test("independent sources count outlets, not articles", async () => {
      const store = await fresh();
      await save(store, wire("a", [{ ...meeting, evidence: "The envoy met officials." }]));
      await save(store, wire("b", [{ ...meeting, evidence: "Officials met the envoy." }]));
      const [e] = await store.events();
      assert.equal(e?.sources, 2);
      assert.equal(e?.independentSources, 1);
    });

    test("event filters: dyad either way, actor by code or name, type, dates, text", async () => {
      const store = await fresh();
      await save(store, wire("a", [{ ...meeting, evidence: "The envoy met officials in Beijing." }]));
      const sanction = { type: "SANCTION", actor: "CHN", recipient: "USA", date: "2024-06-10" } as const;
      await save(store, desk("b", [{ ...sanction, evidence: "China sanctioned U.S. drone makers." }]));
      const war = { type: "ASSAULT", actor: "RUS", recipient: "UKR", date: "2024-06-11" } as const;
      await save(store, desk("c", [{ ...war, evidence: "Russian missiles hit Kharkiv." }]));
      const types = async (f: Parameters<Store["events"]>[0]) => (await store.events(f)).map((e) => e.type);
      assert.deepEqual(await types({ dyad: ["USA", "CHN"] }), ["CONSULT", "SANCTION"]);
      assert.deepEqual(await types({ dyad: ["CHN", "USA"] }), ["CONSULT", "SANCTION"]);
      assert.deepEqual(await types({ actor: "CHN" }), ["SANCTION"]);
      assert.deepEqual(await types({ actor: "russia" }), ["ASSAULT"]);
      assert.deepEqual(await types({ recipient: "UKR" }), ["ASSAULT"]);
      assert.deepEqual(await types({ type: "sanction" }), ["SANCTION"]);
      assert.deepEqual(await types({ from: "2024-06-01", to: "2024-06-10" }), ["SANCTION"]);
      assert.deepEqual(await types({ text: "KHARKIV" }), ["ASSAULT"]);
      assert.deepEqual(await types({ status: "planned" }), []);
      assert.deepEqual(await types({ actor: "US" }), [], "must not: a code matches only a whole code");
      assert.deepEqual(await types({ documents: ["b", "c"] }), ["SANCTION", "ASSAULT"]);
    });

    test("quotes by speaker and actors across documents", async () => {
      const store = await fresh();
      const people = [{ name: "Wang Yi", country: "CHN", role: "Foreign Minister" }];
      await save(store, wire("a", [], { people, quotes: [{ speaker: "Wang Yi", text: "Dialogue matters." }] }));
      await save(store, desk("b", [], { people, quotes: [{ speaker: "a spokesperson", text: "No comment." }] }));
      const quotes = await store.quotes({ speaker: "wang" });
      assert.deepEqual(
        quotes.map((q) => [q.docId, q.text, q.speakerActor]),
        [["a", "Dialogue matters.", "person:wang-yi"]],
      );
      const actors = await store.actors();
      assert.deepEqual(
        actors.map((a) => [a.id, a.documents, a.mentions]),
        [["person:wang-yi", 2, 2]],
      );
      assert.equal((await store.actors({ country: "usa" })).length, 0);
    });

    test("re-analysis under a new pipeline version keeps the earlier analysis but queries the new one", async () => {
      const store = await fresh();
      await save(store, { ...wire("a", [{ ...meeting, evidence: "The envoy met officials." }]), version: "v1" });
      await save(store, { ...wire("a", [{ ...meeting, type: "COOPERATE", evidence: "They agreed." }]), version: "v2" });
      const counts = await store.counts();
      assert.equal(counts.analyses, 2);
      assert.equal(counts.events, 2);
      assert.deepEqual(
        (await store.events()).map((e) => e.type),
        ["COOPERATE"],
      );
    });

    test("an edited article replaces its reports in merged events", async () => {
      const store = await fresh();
      await save(store, wire("a", [{ ...meeting, evidence: "The envoy met officials." }]));
      await save(store, desk("b", [{ ...meeting, evidence: "Officials met the envoy." }]));
      await save(store, desk("b", [{ ...meeting, type: "ACCUSE", evidence: "Officials blamed the envoy." }]), "h-b2");
      const events = await store.events();
      assert.deepEqual(events.map((e) => [e.type, e.sources]).sort(), [
        ["ACCUSE", 1],
        ["CONSULT", 1],
      ]);
      assert.deepEqual(await store.relatedDocuments("a"), ["a"]);
    });

    test("related documents share a merged event", async () => {
      const store = await fresh();
      await save(store, wire("a", [{ ...meeting, evidence: "The envoy met officials." }]));
      await save(store, desk("b", [{ ...meeting, evidence: "Officials met the envoy." }]));
      await save(store, desk("c", [{ ...meeting, type: "ACCUSE", evidence: "Officials blamed the envoy." }]));
      assert.deepEqual(await store.relatedDocuments("a"), ["a", "b"]);
      assert.equal(await store.hasDocument("c"), true);
      assert.equal(await store.hasDocument("zzz"), false);
    });
  });
}
