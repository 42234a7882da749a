import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { conllAsGold } from "../eval/conll.js";
import { evaluateDocs } from "../eval/evaluate.js";
import { loadGold, parseGoldDoc } from "../eval/gold.js";
import { articleOf, predictionOf } from "../eval/newsgraph.js";
import { loadPolnear, scorePolnear } from "../eval/polnear.js";
import { scoreResolution } from "../eval/resolution.js";
import type { GoldDoc, ScoredType } from "../eval/types.js";

/**
 * Quality floors. The README's "Recorded figures" table is the one record of every measured
 * quality figure; each row names a figure below and whether more is better. A change that moves
 * a figure more than a point the wrong way fails here; one that improves it should raise the
 * README's figure, so the floor follows.
 */
const ROOT = new URL("../..", import.meta.url).pathname;
const SHARED = join(ROOT, "../shared/data");
const DEV = join(ROOT, "tests/fixtures/gum-news-dev.jsonl");
const PUD = join(ROOT, "tests/fixtures/pud-news.tsv");
const GUM_TRAIN = join(SHARED, "gum-train.jsonl");
const POLNEAR = join(SHARED, "polnear-train-dev.jsonl");

/** A point: 0.01 of a ratio, 1 of a count per 100. */
const POINT = { ratio: 0.01, per100: 1 } as const;

interface Recorded {
  id: string;
  value: number;
  better: "higher" | "lower";
}

function recordedFigures(): Recorded[] {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const rows = [...readme.matchAll(/^\| `([\w.-]+)` \| [^|]+ \| ([\d.]+) \| (higher|lower) \|/gm)];
  return rows.map(([, id, value, better]) => ({ id: id!, value: Number(value), better: better as Recorded["better"] }));
}

function once<T>(make: () => Promise<T> | T): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= Promise.resolve().then(make));
}

const mentionF1 = (docs: () => GoldDoc[], file: string) =>
  once(() => evaluateDocs(docs(), (d) => predictionOf(extract(articleOf(d, file), { quotes: false }))).result);
const dev = mentionF1(() => loadGold(DEV), DEV);
const pud = mentionF1(() => conllAsGold(PUD).map((raw, i) => parseGoldDoc(raw, `${PUD} article ${i + 1}`)), PUD);
const resolutionDev = once(() => scoreResolution(DEV));
const resolutionTrain = once(() => scoreResolution(GUM_TRAIN));
const polnearDev = once(() => {
  const docs = loadPolnear(POLNEAR, "dev")!;
  return scorePolnear(docs, docs.map((d) => extract(articleOf(d, POLNEAR))));
});

interface Figure {
  compute: () => Promise<number>;
  unit: keyof typeof POINT;
  /** The data it needs, when that lives outside the repository. */
  needs?: string;
}

const ner = (set: typeof dev, type: ScoredType): Figure => ({ compute: async () => (await set()).mentions[type]!.exact.f1, unit: "ratio" });

const FIGURES: Record<string, Figure> = {
  "ner.gum-dev.person": ner(dev, "PERSON"),
  "ner.gum-dev.org": ner(dev, "ORG"),
  "ner.gum-dev.country": ner(dev, "COUNTRY"),
  "ner.pud-news.person": ner(pud, "PERSON"),
  "ner.pud-news.org": ner(pud, "ORG"),
  "ner.pud-news.country": ner(pud, "COUNTRY"),
  "resolve.gum-dev.b3": { compute: async () => (await resolutionDev()).b3.f1, unit: "ratio" },
  "resolve.gum-dev.splits": { compute: async () => (await resolutionDev()).splitsPer100, unit: "per100" },
  "resolve.gum-dev.merges": { compute: async () => (await resolutionDev()).mergesPer100, unit: "per100" },
  "resolve.gum-train.b3": { compute: async () => (await resolutionTrain()).b3.f1, unit: "ratio", needs: GUM_TRAIN },
  "resolve.gum-train.splits": { compute: async () => (await resolutionTrain()).splitsPer100, unit: "per100", needs: GUM_TRAIN },
  "resolve.gum-train.merges": { compute: async () => (await resolutionTrain()).mergesPer100, unit: "per100", needs: GUM_TRAIN },
  "quotes.polnear-dev.f1-0.3": { compute: async () => (await polnearDev()).detection[0.3].f1, unit: "ratio", needs: POLNEAR },
  "quotes.polnear-dev.f1-0.8": { compute: async () => (await polnearDev()).detection[0.8].f1, unit: "ratio", needs: POLNEAR },
  "quotes.polnear-dev.speaker": { compute: async () => (await polnearDev()).speaker.accuracy, unit: "ratio", needs: POLNEAR },
};

const recorded = recordedFigures();

describe("quality floors recorded in the README", () => {
  it("records every figure this test knows, and only those", () => {
    expect(recorded.map((r) => r.id).sort()).toEqual(Object.keys(FIGURES).sort());
  });

  it.each(recorded)("$id stays within a point of $value ($better is better)", async ({ id, value, better }) => {
    const figure = FIGURES[id]!;
    if (figure.needs && !existsSync(figure.needs)) {
      console.log(`${id}: ${figure.needs} not present, not checked`);
      return;
    }
    const measured = await figure.compute();
    console.log(`${id}: measured ${measured.toFixed(3)}, recorded ${value}`);
    if (better === "higher") expect(measured).toBeGreaterThanOrEqual(value - POINT[figure.unit]);
    else expect(measured).toBeLessThanOrEqual(value + POINT[figure.unit]);
  }, 600_000);
});
