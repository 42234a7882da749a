import { firstStartingFrom, spanAt } from "../spans.js";
import { NONE, type Sieve } from "./types.js";

/**
 * The last resort of CoreNLP's QuoteAttribution: for a quote that is a sentence of its own, the
 * person named closest before it, outside quotation marks, in its paragraph. Not for quoted
 * words inside a sentence: there the nearest name is as often someone spoken about (half right
 * on PolNeAR train), and no speaker is better than a wrong one.
 */
export const closestMentionSieve: Sieve = {
  id: "closest-mention",
  attribute: (ctx, { q, paragraph, partial }) => {
    if (partial) return null;
    const from = Math.max(paragraph.start, q.start - ctx.options.maxLookBackChars);
    for (let i = firstStartingFrom(ctx.anchors, q.start) - 1; i >= 0 && ctx.anchors[i]!.start >= from; i--) {
      const a = ctx.anchors[i]!;
      if (a.via === "pronoun" || a.entityType !== "person" || spanAt(ctx.quoted, a.start)) continue;
      return { ...NONE, speaker: { key: a.entity, start: a.start, end: a.end } };
    }
    return null;
  },
};
