import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { baselinePredict } from "../eval/baseline.js";
import type { SystemResult } from "../eval/evaluate.js";
import { evaluateDocs } from "../eval/evaluate.js";
import { loadGold } from "../eval/gold.js";
import { articleOf, predictionOf } from "../eval/newsgraph.js";
import { SCORED_TYPES } from "../eval/types.js";

// Issue 2's bar: on real news nobody tuned for, newsgraph beats raw compromise on exact-span F1
// for every type. Both are computed here, on the same articles, by the same scorer.
const FILE = fileURLToPath(new URL("../fixtures/gum-news-dev.jsonl", import.meta.url));

describe("extraction quality on the GUM news dev articles", () => {
  let newsgraph: SystemResult;
  let compromise: SystemResult;

  beforeAll(() => {
    const docs = loadGold(FILE);
    newsgraph = evaluateDocs(docs, (d) => predictionOf(extract(articleOf(d, FILE)))).result;
    compromise = evaluateDocs(docs, baselinePredict).result;
  });

  it.each(SCORED_TYPES)("%s: newsgraph's exact-span F1 beats raw compromise's", (type) => {
    const ours = newsgraph.mentions[type]!.exact.f1;
    const base = compromise.mentions[type]!.exact.f1;
    console.log(`${type} exact F1: newsgraph ${ours.toFixed(3)}, compromise ${base.toFixed(3)}`);
    expect(ours).toBeGreaterThan(base);
  });
});
