import { resolveDocument, type DocSpans } from "../coref/index.js";
import type { Span } from "../spans.js";
import type { Token } from "../tokens.js";
import { ruleVotes, type Votes } from "./features.js";
import { lineCases, type LineCase } from "./lines.js";
import { rulesFinder } from "./rules.js";

export interface DocOptions {
  sportsTeams: boolean;
  sportsCues: number;
}

/** What the rules say about an article, in the form the tagger reads as features (the same at training and run time). */
export interface RuleEvidence {
  spans: Span[];
  doc: DocSpans;
  votes: Votes[];
  cases: LineCase[];
}

export function ruleEvidence(tokens: Token[], options: DocOptions): RuleEvidence {
  const spans = rulesFinder.find(tokens);
  const doc = resolveDocument(tokens, spans, options.sportsTeams, options.sportsCues);
  return { spans, doc, votes: ruleVotes(tokens, spans, doc.mentions), cases: lineCases(tokens) };
}
