import { sentenceSubject } from "../speaker.js";
import { NONE, type Sieve } from "./types.js";

/**
 * With no cue, a partial quote is most likely the words of the person its sentence opens with
 * ("Maria Lopez repeated her "firm no" twice.").
 */
export const subjectSieve: Sieve = {
  id: "sentence-subject",
  attribute: (ctx, { q, sentenceFrom, partial }) => {
    const speaker = partial ? sentenceSubject(ctx, sentenceFrom, q.start, q.start, ctx.options.maxSubjectWords) : null;
    return speaker ? { ...NONE, speaker } : null;
  },
};
