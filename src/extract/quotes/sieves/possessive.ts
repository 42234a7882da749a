import { anchorsIn } from "../anchors.js";
import { spanAt } from "../spans.js";
import { NONE, type Sieve } from "./types.js";

/** What a speaker's words come as: `Roe's statement: "…"`, `Roe's "…" promise`. */
const SAYING =
  "(?:statement|words?|remarks?|comments?|promise|pledge|vow|claim|warning|message|tweet|post|letter|e-?mail|speech|slogan|motto|catch\\s?phrase|mantra|refrain|response|reply|answer|argument|description|assessment|verdict|advice)s?";
const BEFORE = new RegExp(`^['’]s?\\s+(?:[\\p{L}-]+\\s+){0,3}?${SAYING}\\s*(?:(?:was|is)\\s+(?:that\\s+)?)?[:,]?\\s*$`, "u");
const AROUND = new RegExp(`^\\s*${SAYING}\\b`, "u");

/**
 * `From Roe's blog post: "…"`, `the pull of Roe's "…" promise`: the words are the possessor's. The possessive
 * stands right before the quote, with what the words are (statement, post, promise) before or after it.
 */
export const possessiveSieve: Sieve = {
  id: "possessive-saying",
  attribute: (ctx, { q, sentenceFrom, partial }) => {
    if (!partial) return null;
    const owners = anchorsIn(ctx.anchors, sentenceFrom, q.start).filter((a) => a.via === "name" && !spanAt(ctx.quoted, a.start));
    const saysAfter = AROUND.test(ctx.text.slice(q.end, q.end + 40));
    for (let i = owners.length - 1; i >= 0 && i >= owners.length - 3; i--) {
      const a = owners[i]!;
      const between = ctx.text.slice(a.end, q.start);
      if ((saysAfter && /^['’]s?\s*$/.test(between)) || BEFORE.test(between)) return { ...NONE, speaker: { key: a.entity, start: a.start, end: a.end } };
    }
    return null;
  },
};
