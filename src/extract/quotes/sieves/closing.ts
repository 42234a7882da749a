import { clauseEnd, nextStop, nominalIn, wordCount } from "../clauses.js";
import { cuesIn } from "../cues.js";
import { speakerIn } from "../speaker.js";
import type { Sieve } from "./types.js";

/**
 * `…took "shortcuts" on the job but got paid anyway, Roe said.`: a cue closing the sentence,
 * after a comma, attributes a partial quote inside it; a few words of time may follow the cue
 * ("…, X, president of the society, said today."). Inverted, the cue opens the last clause and
 * the name and its apposition close it (`…, said Jane Roe, a spokeswoman for Acme.`). A quote
 * opening the sentence is attributed so too when the sentence carries on after its closing mark
 * (`"It is unlikely" that the plan passes, said Roe.`).
 */
export const closingCueSieve: Sieve = {
  id: "sentence-closing-cue",
  attribute: (ctx, { q, trailEnd, partial, sentenceFrom }) => {
    if (!partial && !/^[\s,]*\p{Ll}/u.test(ctx.text.slice(q.end, trailEnd))) return null;
    const end = clauseEnd(ctx.text, q.end, trailEnd);
    const cues = cuesIn(ctx.text, q.end, end, ctx.options);
    // A comma the typography put inside the closing mark is the clause's (`"…council," said a…`).
    const inside = /,["”’']*$/.exec(ctx.text.slice(q.start, q.end));
    const comma = inside ? q.end - inside[0].length : ctx.text.indexOf(",", q.end);
    // `…, said Jane Roe, a spokeswoman for Acme.`: the first cue right after a comma, the speaker right after it.
    const inverted = comma < 0 ? undefined : cues.find((c) => c.start > comma && /,["”’']*\s*$/.test(ctx.text.slice(comma, c.start)));
    if (inverted) {
      const stop = nextStop(ctx.text, inverted.end, end);
      const speaker = speakerIn(ctx, inverted.end, stop, q.start, "first");
      // `…, said a longtime adviser.`: nobody the article names, but the sentence says who did; no weaker sieve guesses.
      const nominal = speaker ? null : nominalIn(ctx.text, inverted.end, stop);
      const at = ctx.text.lastIndexOf(",", inverted.start);
      const decided = { cue: inverted, reportedBy: null, clause: { start: at + 1, end }, content: { start: sentenceFrom, end: at } };
      if (speaker) return { ...decided, speaker };
      if (nominal) return { ...decided, speaker: null, nominal };
    }
    const cue = cues.pop();
    if (!cue || /[,;:]/.test(ctx.text.slice(cue.end, end)) || wordCount(ctx.text.slice(cue.end, end)) > 3) return null;
    if (comma < 0 || comma >= cue.start) return null;
    const speaker = speakerIn(ctx, comma + 1, cue.start, q.start, "first", true);
    return speaker ? { speaker, cue, reportedBy: null, clause: { start: comma + 1, end }, content: { start: sentenceFrom, end: comma } } : null;
  },
};
