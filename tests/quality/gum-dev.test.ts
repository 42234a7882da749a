import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { baselinePredict } from "../eval/baseline.js";
import { conllAsGold } from "../eval/conll.js";
import type { SystemResult } from "../eval/evaluate.js";
import { evaluateDocs } from "../eval/evaluate.js";
import { loadGold, parseGoldDoc } from "../eval/gold.js";
import { articleOf, predictionOf } from "../eval/newsgraph.js";
import type { GoldDoc, ScoredType } from "../eval/types.js";
import { SCORED_TYPES } from "../eval/types.js";

const DEV = fileURLToPath(new URL("../fixtures/gum-news-dev.jsonl", import.meta.url));
const HELD_OUT = fileURLToPath(new URL("../fixtures/pud-news.tsv", import.meta.url));

// Exact-span F1 recorded in the README's quality table (`npm run eval`). A change that costs more
// than a point on any of them fails here; one that gains should raise the figure in both places.
const RECORDED: Record<string, Record<ScoredType, number>> = {
  "GUM news dev": { PERSON: 0.889, ORG: 0.876, COUNTRY: 0.963 },
  "PUD news (held out)": { PERSON: 0.796, ORG: 0.683, COUNTRY: 0.913 },
};

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

  it.each(SCORED_TYPES)("%s: exact-span F1 beats raw compromise's and stays within a point of the recorded figure", (type) => {
    const ours = results.newsgraph.mentions[type]!.exact.f1;
    const base = results.compromise.mentions[type]!.exact.f1;
    console.log(`${name} ${type} exact F1: newsgraph ${ours.toFixed(3)}, compromise ${base.toFixed(3)}`);
    expect(ours).toBeGreaterThan(base);
    expect(ours).toBeGreaterThanOrEqual(RECORDED[name]![type] - 0.01);
  });
});
