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
