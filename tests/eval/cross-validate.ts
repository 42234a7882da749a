/**
 * Cross-validation by document over the GUM training articles: each fold's tagger is trained on
 * the other folds and on the token-per-line corpora, then the fold's articles are extracted with
 * that tagger. Predictions of every fold are scored together (micro-averaged over all articles).
 */
import { extract } from "../../src/extract/index.js";
import { train, type Example } from "../../src/extract/mentions/perceptron.js";
import { examplesOf, readTraining } from "../extract/tools/tagger-data.js";
import { TRAIN_DEFAULTS, TRAINING_FILES } from "../extract/tools/train.js";
import type { FinderChoice } from "../../src/extract/mentions/index.js";
import { evaluateDocs, type SystemResult } from "./evaluate.js";
import { loadGold } from "./gold.js";
import { articleOf, predictionOf } from "./newsgraph.js";
import type { Prediction, ScoredType } from "./types.js";

export interface CrossValidation {
  folds: number;
  epochs: number;
  articles: number;
  systems: Record<string, SystemResult>;
}

const FINDERS: Record<string, FinderChoice> = { newsgraph: "both", rules: "rules", model: "model" };

export function crossValidate(folds: number, epochs: number, types: readonly ScoredType[], log: (line: string) => void): CrossValidation {
  const [gumFile, ...others] = TRAINING_FILES;
  const safe = (doc: Parameters<typeof examplesOf>[0]): Example[] => {
    try {
      return examplesOf(doc, TRAIN_DEFAULTS.bits);
    } catch {
      return []; // as in training: an article the extractor cannot key is left out
    }
  };
  log(`cross-validation: reading the training corpora`);
  const background = others.flatMap((f) => readTraining(f).flatMap(safe));
  const gum = readTraining(gumFile!);
  const gumExamples = gum.map(safe);
  const gold = loadGold(gumFile!);
  const fold = (i: number): number => i % folds;
  const predictions: Record<string, Map<string, Prediction>> = { newsgraph: new Map(), rules: new Map(), model: new Map() };
  for (let k = 0; k < folds; k++) {
    const examples = [...gumExamples.filter((_, i) => fold(i) !== k).flat(), ...background];
    const model = train(examples, { bits: TRAIN_DEFAULTS.bits, epochs, seed: TRAIN_DEFAULTS.seed });
    gold.forEach((doc, i) => {
      if (fold(i) !== k) return;
      for (const [name, finders] of Object.entries(FINDERS)) {
        try {
          predictions[name]!.set(doc.id, predictionOf(extract(articleOf(doc, gumFile!), { finders, quotes: false }, model)));
        } catch {
          predictions[name]!.set(doc.id, { id: doc.id, mentions: [], quotes: [] });
        }
      }
    });
    log(`cross-validation: fold ${k + 1}/${folds} done`);
  }
  const systems: Record<string, SystemResult> = {};
  for (const name of Object.keys(FINDERS)) systems[name] = evaluateDocs(gold, (d) => predictions[name]!.get(d.id)!, types).result;
  return { folds, epochs, articles: gold.length, systems };
}
