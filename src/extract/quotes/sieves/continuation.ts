import { anchorsIn } from "../anchors.js";
import { firstEndingAfter, spanAt } from "../spans.js";
import { NONE, type Sieve } from "./types.js";

/**
 * Paragraph after paragraph of one speaker's words: an unattributed quote in the same
 * paragraph as the last quote, or in the paragraph right after it, continues its speaker —
 * unless it stands in a sentence that names someone else first ("In 2014, Pew found "…"").
 */
export const continuationSieve: Sieve = {
  id: "paragraph-continuation",
  attribute: (ctx, { q, paragraph, paragraphs, done, partial, sentenceFrom }) => {
    const prev = done[done.length - 1];
    if (!prev?.speaker) return null;
    if (partial && anchorsIn(ctx.anchors, sentenceFrom, q.start).some((a) => a.via !== "pronoun" && a.entity !== prev.speaker)) return null;
    const prevParagraph = spanAt(paragraphs, prev.q.start);
    const adjacent = prevParagraph && (prevParagraph === paragraph || prevParagraph.end === paragraphs[firstEndingAfter(paragraphs, paragraph.start) - 1]?.end);
    if (!adjacent) return null;
    return { ...NONE, speaker: { key: prev.speaker } };
  },
};
