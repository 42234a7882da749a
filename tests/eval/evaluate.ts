/** Runs systems over gold articles and gathers every figure the report shows. */
import type { ResolutionScore, SpanError, PRF } from "./score.js";
import { scoreMentions, scoreQuotes, scoreResolution, DEFAULTS } from "./score.js";
import type { Attribution, Check, GraphView, SeedGold } from "./seed.js";
import { attributeSeedQuotes, checkSeed } from "./seed.js";
import type { GoldDoc, Prediction, ScoredType } from "./types.js";

export type System = (doc: GoldDoc) => Prediction;

export interface SystemResult {
  mentions: Partial<Record<ScoredType, { exact: PRF; overlap: PRF }>>;
  resolution: Omit<ResolutionScore, "details">;
  /** Against the gold's quote spans; where those are sparse, precision is a lower bound. */
  quotes: PRF;
  ms: number;
}

export interface SystemErrors {
  falsePositives: Partial<Record<ScoredType, SpanError[]>>;
  falseNegatives: Partial<Record<ScoredType, SpanError[]>>;
  resolution: ResolutionScore["details"];
}

export function evaluateDocs(
  docs: readonly GoldDoc[],
  system: System,
  types: readonly ScoredType[] = DEFAULTS.types,
): { result: SystemResult; errors: SystemErrors } {
  const t0 = performance.now();
  const preds = docs.map(system);
  const ms = performance.now() - t0;
  const scores = scoreMentions(docs, preds, { types });
  const { details, ...resolution } = scoreResolution(docs, preds, { types });
  const result: SystemResult = { mentions: {}, resolution, quotes: scoreQuotes(docs, preds), ms };
  const errors: SystemErrors = { falsePositives: {}, falseNegatives: {}, resolution: details };
  for (const type of types) {
    const s = scores[type];
    result.mentions[type] = { exact: s.exact, overlap: s.overlap };
    errors.falsePositives[type] = s.falsePositives;
    errors.falseNegatives[type] = s.falseNegatives;
  }
  return { result, errors };
}

export interface SeedResult {
  checks: Check[];
  passed: number;
  attributions: Attribution[];
  /** Quotes with the right speaker, over all gold quotes (a quote not found counts as wrong). */
  speakerAccuracy: number;
}

export function evaluateSeed(gold: SeedGold, view: GraphView): SeedResult {
  const checks = checkSeed(gold, view);
  const attributions = attributeSeedQuotes(gold, view);
  const correct = attributions.filter((a) => a.correct).length;
  return {
    checks,
    passed: checks.filter((c) => c.pass).length,
    attributions,
    speakerAccuracy: attributions.length === 0 ? 0 : correct / attributions.length,
  };
}
