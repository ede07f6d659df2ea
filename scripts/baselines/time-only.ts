// Dyad's time stage alone (segment + time, no other layers) scored on the gold timexes:
// node --import tsx scripts/baselines/time-only.ts [--verbose]
import { createDoc } from "../../src/text/create-doc.js";
import { segmentStage } from "../../src/text/segment-stage.js";
import { timeStage } from "../../src/time/stage.js";
import { scoreTimexes } from "./time-score.js";

const ctx = { trace: () => {} };
process.exitCode = scoreTimexes((a) => {
  const doc = createDoc(a);
  segmentStage.run(doc, ctx);
  timeStage.run(doc, ctx);
  return doc.timexes.map((t) => ({ text: t.text, type: t.type, value: t.value }));
}, process.argv.slice(2));
