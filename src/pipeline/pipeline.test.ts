import assert from "node:assert/strict";
import { test } from "node:test";
import type { LayerName } from "../model/document.js";
import { DyadError } from "../model/errors.js";
import { createDoc } from "../text/create-doc.js";
import { segmentStage } from "../text/segment-stage.js";
import { DEFAULT_STAGES, defaultPipeline } from "./default.js";
import { buildPipeline } from "./pipeline.js";
import type { Stage } from "./stage.js";

function stage(name: string, requires: LayerName[], provides: LayerName[], run: Stage["run"] = () => {}): Stage {
  return { name, requires, provides, run };
}

test("buildPipeline: an impossible pipeline fails, naming the stage and what is missing", () => {
  const quotes = stage("quotes", ["entities", "timexes"], ["quotes"]);
  assert.throws(
    () => buildPipeline([segmentStage, quotes]),
    (err: unknown) =>
      err instanceof DyadError &&
      err.code === "pipeline.unmet-requirement" &&
      err.message.includes('"quotes"') &&
      err.message.includes('"entities"') &&
      err.message.includes('"timexes"'),
  );
});

test("buildPipeline: the default pipeline is consistent", () => {
  assert.doesNotThrow(() => buildPipeline(DEFAULT_STAGES));
  assert.deepEqual(
    defaultPipeline().stages.map((s) => s.name),
    ["segment", "entities", "time", "quotes", "events"],
  );
});

test("pipeline: a failing stage makes the document partial, and the stages that need it are skipped", () => {
  const boom = stage("boom", ["tokens"], ["entities"], () => {
    throw new Error("kaboom");
  });
  const after = stage("after", ["entities"], ["quotes"]);
  const independent = stage("independent", ["tokens"], ["timexes"]);
  const doc = createDoc({ id: "x", raw: "The talks ended on Monday." });
  const status = buildPipeline([segmentStage, boom, independent, after]).run(doc);
  assert.equal(status, "partial");
  assert.ok(doc.layers.includes("timexes"), "an independent stage still runs");
  assert.ok(!doc.layers.includes("quotes"));
  const codes = doc.diagnostics.map((d) => `${d.stage}:${d.code}`);
  assert.ok(codes.includes("boom:pipeline.stage-failed"));
  assert.ok(codes.includes("after:pipeline.stage-skipped"));
});

test("pipeline: a document whose segmentation fails is failed, not ok", () => {
  const broken = stage("segment", ["text"], ["paragraphs", "sentences", "tokens"], () => {
    throw new Error("no");
  });
  const doc = createDoc({ id: "x", raw: "Text." });
  assert.equal(buildPipeline([broken]).run(doc), "failed");
});
