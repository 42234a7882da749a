import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { baselinePredict } from "../eval/baseline.js";
import { conllAsGold } from "../eval/conll.js";
import type { SystemResult } from "../eval/evaluate.js";
import { evaluateDocs } from "../eval/evaluate.js";
import { loadGold, parseGoldDoc } from "../eval/gold.js";
import { articleOf, predictionOf } from "../eval/newsgraph.js";
import type { GoldDoc } from "../eval/types.js";
import { SCORED_TYPES } from "../eval/types.js";

const DEV = fileURLToPath(new URL("../fixtures/gum-news-dev.jsonl", import.meta.url));
const HELD_OUT = fileURLToPath(new URL("../fixtures/pud-news.tsv", import.meta.url));

// Issue 2's bar, on the dev and the held-out news alike: newsgraph beats raw compromise on every
// type, both computed here by the same scorer. The figures' floors are in floors.test.ts.

function score(docs: GoldDoc[], file: string): { newsgraph: SystemResult; compromise: SystemResult } {
  return {
    newsgraph: evaluateDocs(docs, (d) => predictionOf(extract(articleOf(d, file), { quotes: false }))).result,
    compromise: evaluateDocs(docs, baselinePredict).result,
  };
}

describe.each([
  ["GUM news dev", () => loadGold(DEV), DEV],
  ["PUD news (held out)", () => conllAsGold(HELD_OUT).map((raw, i) => parseGoldDoc(raw, `${HELD_OUT} article ${i + 1}`)), HELD_OUT],
] as const)("extraction quality on %s", (name, load, file) => {
  let results: ReturnType<typeof score>;
  beforeAll(() => {
    results = score(load(), file);
  });

  it.each(SCORED_TYPES)("%s: exact-span F1 beats raw compromise's", (type) => {
    const ours = results.newsgraph.mentions[type]!.exact.f1;
    const base = results.compromise.mentions[type]!.exact.f1;
    console.log(`${name} ${type} exact F1: newsgraph ${ours.toFixed(3)}, compromise ${base.toFixed(3)}`);
    expect(ours).toBeGreaterThan(base);
  });
});
