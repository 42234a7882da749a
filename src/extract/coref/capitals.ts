import { ACTOR_PREPOSITIONS, ACTOR_VERBS, SIGNAL_NOUNS } from "../gazetteer/words.js";
import type { Span } from "../spans.js";
import { spaceAfter, type Token } from "../tokens.js";

/** `coref.capital-acts`: "Moscow said", "Moscow's demands", "warnings by Washington": the capital stands for its government. */
export function actsAsState(tokens: Token[], span: Span): boolean {
  const last = tokens[span.last]!;
  if (last.possessive) return true;
  const next = tokens[span.last + 1];
  if (next && next.sentence === last.sentence && spaceAfter(last) && ACTOR_VERBS.has(next.norm)) return true;
  const prev = tokens[span.first - 1];
  if (prev === undefined || prev.sentence !== last.sentence) return false;
  return ACTOR_PREPOSITIONS.has(prev.norm) || (prev.norm === "from" && SIGNAL_NOUNS.has(tokens[span.first - 2]?.norm ?? ""));
}
