import { speakerIn } from "../speaker.js";
import { NONE, type Sieve } from "./types.js";

/**
 * `Roe shot back: "…"`, `As Roe put it: "…"`, `Roe: "…"`: a colon right before the quote
 * introduces it, cue or not; the speaker is the name nearest before the colon.
 */
export const colonSieve: Sieve = {
  id: "name-colon-quote",
  attribute: (ctx, { q, sentenceFrom, partial }) => {
    const colon = /:\s*$/.exec(ctx.text.slice(sentenceFrom, q.start));
    if (!partial || !colon) return null;
    const end = sentenceFrom + colon.index;
    const speaker = speakerIn(ctx, sentenceFrom, end, q.start, "last");
    return speaker ? { ...NONE, speaker, clause: { start: sentenceFrom, end } } : null;
  },
};
