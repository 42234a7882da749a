import { sentenceStart } from "../clauses.js";
import { firstEndingAfter, spanAt } from "../spans.js";
import { cueBefore } from "./before.js";
import { NONE, type Sieve } from "./types.js";

/**
 * `Professor Roe said she is alarmed by what they found. "Pregnant women…"`: a quote that opens
 * a sentence right after one in which someone said something is theirs. Read from the text,
 * not the sentence splitter, which may run the two sentences together.
 */
export const previousSentenceSieve: Sieve = {
  id: "previous-sentence",
  attribute: (ctx, { q, paragraph, previous }) => {
    const from = Math.max(paragraph.start, previous?.end ?? 0);
    if (!/[.!?…]["”’']?\s*$/.test(ctx.text.slice(from, q.start))) return null;
    const said = cueBefore(ctx, q.start, from, q.start);
    return said?.speaker ? { ...NONE, speaker: said.speaker } : null;
  },
};

/**
 * `Roe said she was worried about the vote.¶"We have never seen turnout like this."`: a quote
 * opening its paragraph, after a paragraph whose last sentence has someone say something and no
 * quote of its own, is theirs.
 */
export const previousParagraphSieve: Sieve = {
  id: "previous-paragraph",
  attribute: (ctx, { q, paragraph, paragraphs, previous }) => {
    if (paragraph.start !== q.start) return null;
    const before = spanAt(paragraphs, paragraph.start - 1) ?? paragraphs[firstEndingAfter(paragraphs, paragraph.start) - 1];
    if (!before || before.end > q.start) return null;
    const from = Math.max(sentenceStart(ctx.sentences, before.end - 1, before, ctx.options.maxLookBackChars), previous?.end ?? 0);
    if (from >= before.end) return null;
    const said = cueBefore(ctx, q.start, from, before.end);
    return said?.speaker ? { ...NONE, speaker: said.speaker } : null;
  },
};
