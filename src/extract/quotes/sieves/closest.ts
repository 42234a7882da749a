import { firstStartingFrom, spanAt } from "../spans.js";
import { NONE, type Sieve } from "./types.js";

/**
 * The last resort of CoreNLP's QuoteAttribution: the person named closest before the quote,
 * outside quotation marks, in its paragraph or the one before it (within the look-back window).
 */
export const closestMentionSieve: Sieve = {
  id: "closest-mention",
  attribute: (ctx, { q, paragraph, paragraphs }) => {
    const before = spanAt(paragraphs, paragraph.start - 1);
    const from = Math.max(before?.start ?? paragraph.start, q.start - ctx.options.maxLookBackChars);
    for (let i = firstStartingFrom(ctx.anchors, q.start) - 1; i >= 0 && ctx.anchors[i]!.start >= from; i--) {
      const a = ctx.anchors[i]!;
      if (a.via === "pronoun" || a.entityType !== "person" || spanAt(ctx.quoted, a.start)) continue;
      return { ...NONE, speaker: { key: a.entity, start: a.start, end: a.end } };
    }
    return null;
  },
};
