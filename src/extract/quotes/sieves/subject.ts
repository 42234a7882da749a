import { sentenceSubject } from "../speaker.js";
import { NONE, type Sieve } from "./types.js";

/**
 * With no cue, a partial quote is most likely the words of the person its sentence opens with
 * ("Maria Lopez repeated her "firm no" twice."). Decides even when there is none: a partial
 * quote is never attributed from outside its sentence.
 */
export const subjectSieve: Sieve = {
  id: "sentence-subject",
  attribute: (ctx, { q, sentenceFrom, partial }) =>
    partial ? { ...NONE, speaker: sentenceSubject(ctx, sentenceFrom, q.start, q.start, ctx.options.maxSubjectWords) } : null,
};
