import type { Anchor } from "../anchors.js";
import type { SpeakerContext } from "../speaker.js";
import { firstStartingFrom, spanAt } from "../spans.js";
import { NONE, type Sieve } from "./types.js";

/** A person named outside quotation marks. */
const named = (ctx: SpeakerContext, a: Anchor) => a.via !== "pronoun" && a.entityType === "person" && !spanAt(ctx.quoted, a.start);

/**
 * The last resort of CoreNLP's QuoteAttribution: for a quote that is a sentence of its own, the
 * person named closest to it, outside quotation marks, in its paragraph — before it, or after it
 * where no cue the sieves know ties the name to the quote (`"…," Roe, in a blog post last May.`,
 * `"…" That line from Roe…`) and the name stands nearer. Not for quoted words inside a sentence:
 * there the nearest name is as often someone spoken about (half right on PolNeAR train), and no
 * speaker is better than a wrong one.
 */
export const closestMentionSieve: Sieve = {
  id: "closest-mention",
  attribute: (ctx, { q, paragraph, partial, trailEnd }) => {
    if (partial) return null;
    const from = Math.max(paragraph.start, q.start - ctx.options.maxLookBackChars);
    let before: Anchor | undefined;
    for (let i = firstStartingFrom(ctx.anchors, q.start) - 1; !before && i >= 0 && ctx.anchors[i]!.start >= from; i--) {
      if (named(ctx, ctx.anchors[i]!)) before = ctx.anchors[i]!;
    }
    let after: Anchor | undefined;
    for (let i = firstStartingFrom(ctx.anchors, q.end); !after && i < ctx.anchors.length && ctx.anchors[i]!.end <= trailEnd; i++) {
      if (named(ctx, ctx.anchors[i]!)) after = ctx.anchors[i]!;
    }
    const a = after && (!before || after.start - q.end < q.start - before.end) ? after : before;
    return a ? { ...NONE, speaker: { key: a.entity, start: a.start, end: a.end } } : null;
  },
};
