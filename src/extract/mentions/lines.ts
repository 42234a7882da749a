import type { Token } from "../tokens.js";

// Words a Title Case headline leaves in lower case.
const MINOR = new Set(["a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs", "via", "into", "over", "per"]);

/** How a sentence is cased: a headline, caption or table row in Title Case or ALL CAPS says nothing by its capitals. */
export type LineCase = "plain" | "title" | "caps";

/**
 * The casing of each sentence, indexed by `Token.sentence`. Title Case: three words or more
 * and every word but the minor ones capitalised; ALL CAPS: three words or more, no lower-case letter.
 */
export function lineCases(tokens: Token[]): LineCase[] {
  const out: LineCase[] = [];
  let i = 0;
  while (i < tokens.length) {
    const s = tokens[i]!.sentence;
    let words = 0;
    let capped = 0;
    let upper = 0;
    let lower = 0;
    let j = i;
    for (; j < tokens.length && tokens[j]!.sentence === s; j++) {
      const t = tokens[j]!;
      if (!/\p{L}/u.test(t.word)) continue;
      words++;
      if (t.upper || (t.word.length === 1 && t.cap)) upper++;
      if (t.cap) capped++;
      else if (!MINOR.has(t.norm)) lower++;
    }
    const kind: LineCase = words < 3 ? "plain" : upper === words ? "caps" : lower === 0 && capped >= 3 ? "title" : "plain";
    while (out.length < s) out.push("plain");
    out[s] = kind;
    i = j;
  }
  return out;
}
