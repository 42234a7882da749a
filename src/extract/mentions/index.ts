import type { Span } from "../spans.js";
import type { Token } from "../tokens.js";
import { combine, modelOnly } from "./combine.js";
import { ruleEvidence, type DocOptions } from "./evidence.js";
import { rulesFinder } from "./rules.js";
import type { Model } from "./perceptron.js";
import { shippedModel, tagSpans } from "./tagger.js";

export type { Found, MentionFinder, Tagged } from "./types.js";
export type { Model } from "./perceptron.js";
export { rulesFinder } from "./rules.js";

/** Which finders name the mentions: the rules, the trained tagger, or both through the combiner. */
export type FinderChoice = "rules" | "model" | "both";

/** The article's spans for the document pass, from the finders chosen. */
export function findMentions(tokens: Token[], finders: FinderChoice, options: DocOptions, model: Model = shippedModel()): Span[] {
  if (finders === "rules") return rulesFinder.find(tokens);
  const evidence = ruleEvidence(tokens, options);
  const tagging = tagSpans(tokens, evidence.votes, evidence.cases, model);
  return finders === "model" ? modelOnly(tokens, tagging.spans) : combine(tokens, evidence, tagging);
}
