import type { Doc } from "../model/document.js";
import { createDoc } from "../text/create-doc.js";
import { segmentStage } from "../text/segment-stage.js";
import { timeStage } from "./stage.js";

const ctx = { trace: () => {} };

/** A segmented document with its time layer, for tests. */
export function timeDoc(text: string, published?: string): Doc {
  const doc = createDoc(published === undefined ? { id: "t", raw: text } : { id: "t", raw: text, published });
  segmentStage.run(doc, ctx);
  timeStage.run(doc, ctx);
  return doc;
}
