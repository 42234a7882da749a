import { clauseEnd, wordCount } from "../clauses.js";
import { cuesIn } from "../cues.js";
import { speakerIn } from "../speaker.js";
import type { Sieve } from "./types.js";

/**
 * `…took "shortcuts" on the job but got paid anyway, Roe said.`: a cue closing the sentence,
 * after a comma, attributes a partial quote inside it; a few words of time may follow the cue
 * ("…, X, president of the society, said today.").
 */
export const closingCueSieve: Sieve = {
  id: "sentence-closing-cue",
  attribute: (ctx, { q, trailEnd, partial, sentenceFrom }) => {
    if (!partial) return null;
    const end = clauseEnd(ctx.text, q.end, trailEnd);
    const cue = cuesIn(ctx.text, q.end, end, ctx.options).pop();
    if (!cue || /[,;:]/.test(ctx.text.slice(cue.end, end)) || wordCount(ctx.text.slice(cue.end, end)) > 3) return null;
    const comma = ctx.text.indexOf(",", q.end);
    if (comma < 0 || comma >= cue.start) return null;
    const speaker = speakerIn(ctx, comma + 1, cue.start, q.start, "first", true);
    return speaker ? { speaker, cue, reportedBy: null, clause: { start: comma + 1, end }, content: { start: sentenceFrom, end: comma } } : null;
  },
};
