import { anchorsIn } from "../anchors.js";
import { firstEndingAfter, spanAt } from "../spans.js";
import { sentenceSubject, type SpeakerContext } from "../speaker.js";
import { NONE, type Sieve } from "./types.js";

/** Whether a sentence in text[from, to) opens with a person other than `speaker`. */
function otherSubject(ctx: SpeakerContext, from: number, to: number, speaker: string): boolean {
  for (let k = firstEndingAfter(ctx.sentences, from); k < ctx.sentences.length && ctx.sentences[k]!.start < to; k++) {
    const s = ctx.sentences[k]!;
    const found = sentenceSubject(ctx, Math.max(s.start, from), Math.min(s.end, to), to, ctx.options.maxSubjectWords);
    if (found && found.key !== speaker) return true;
  }
  return false;
}

/**
 * Paragraph after paragraph of one speaker's words: an unattributed quote in the same
 * paragraph as the last quote, or in the paragraph right after it, continues its speaker —
 * unless it stands in a sentence that names someone else first ("In 2014, Pew found "…""), or a
 * sentence of its paragraph before it opens with someone else (`Doe nodded. "…"`).
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
    // `"…," said Roe. Doe nodded. "…"`: a sentence opening with someone else in between hands the floor to them.
    if (!partial && otherSubject(ctx, Math.max(paragraph.start, prev.q.end), q.start, prev.speaker)) return null;
    return { ...NONE, speaker: { key: prev.speaker } };
  },
};
