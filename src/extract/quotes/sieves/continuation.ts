import { firstEndingAfter, spanAt } from "../spans.js";
import { NONE, type Sieve } from "./types.js";

/**
 * Paragraph after paragraph of one speaker's words: an unattributed quote in the same
 * paragraph as the last quote, or in the paragraph right after it, continues its speaker.
 */
export const continuationSieve: Sieve = {
  id: "paragraph-continuation",
  attribute: (_ctx, { paragraph, paragraphs, done }) => {
    const prev = done[done.length - 1];
    if (!prev?.speaker) return null;
    const prevParagraph = spanAt(paragraphs, prev.q.start);
    const adjacent = prevParagraph && (prevParagraph === paragraph || prevParagraph.end === paragraphs[firstEndingAfter(paragraphs, paragraph.start) - 1]?.end);
    if (!adjacent) return null;
    return { ...NONE, speaker: { key: prev.speaker } };
  },
};
