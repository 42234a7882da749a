import type { QuoteOptions } from "./defaults.js";

export interface Cue {
  start: number;
  end: number;
  /** As written, lower case. */
  cue: string;
}

const NOUN_BEFORE = /\b(?:a|an|the|his|her|its|their|our|my|your)\s+(?:\p{Ll}+\s+)?$/u;
const NOUN_AFTER = /^\s+(?!(?:a|an|the|his|her|its|their|our|my|your|this|that|it|him|them|us|me|to|of|in|on|at|for|with|about|by|from|and|or|but)\b)\p{Ll}{3,}\b/u;
const PASSIVE = /\b(?:is|are|was|were|be|been|being)\s+$/;
const compiled = new WeakMap<readonly string[], RegExp>();

/**
 * One pattern for the whole cue list, longest phrases first so that "was quoted as saying"
 * wins over "saying". Case-sensitive on purpose: "States" in "United States" and "Said" as
 * a name are not cues; only a sentence-initial "According to" is capitalised.
 */
function cuePattern(cues: readonly string[]): RegExp {
  let re = compiled.get(cues);
  if (!re) {
    const alternatives = [...cues]
      .sort((a, b) => b.length - a.length)
      .map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"));
    re = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${alternatives.join("|")}|According\\s+to)(?![\\p{L}\\p{N}-])`, "gu");
    compiled.set(cues, re);
  }
  return re;
}

/** Cue words and phrases in text[from, to), in text order. */
export function cuesIn(text: string, from: number, to: number, options: QuoteOptions): Cue[] {
  const re = cuePattern(options.cues);
  const out: Cue[] = [];
  for (const m of text.slice(from, to).matchAll(re)) {
    const start = from + m.index;
    // "whom he is said to regard as…": hearsay in the passive attributes nothing.
    if (PASSIVE.test(text.slice(Math.max(0, start - 8), start)) && /^\s+to\b/.test(text.slice(start + m[0].length, start + m[0].length + 4))) continue;
    // "a creative writing professor", "his speaking fee": a gerund after a determiner is a noun's modifier, not a cue.
    const end = start + m[0].length;
    if (/ing$/.test(m[0]) && NOUN_BEFORE.test(text.slice(Math.max(0, start - 30), start)) && NOUN_AFTER.test(text.slice(end, end + 30))) continue;
    out.push({ start, end: start + m[0].length, cue: m[0].toLowerCase().replace(/\s+/g, " ") });
  }
  return out;
}
