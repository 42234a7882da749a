import { SPORTS_HINTS, SPORTS_WORDS } from "../gazetteer/words.js";
import type { Token } from "../tokens.js";

/** A sports report: one sports-only word at least, and `cues` distinct sports words in all ("striker", "penalty", "goalkeeper"…). */
export function isSportsReport(tokens: Token[], cues: number): boolean {
  const words = new Set<string>();
  const hints = new Set<string>();
  for (const t of tokens) {
    if (SPORTS_WORDS.has(t.norm)) words.add(t.norm);
    else if (SPORTS_HINTS.has(t.norm)) hints.add(t.norm);
  }
  return words.size >= 1 && words.size + hints.size >= cues;
}
