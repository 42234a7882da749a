import { mainClauseStart } from "../clauses.js";
import { sentenceSubject } from "../speaker.js";
import { NONE, type Sieve } from "./types.js";

/**
 * With no cue, a partial quote is most likely the words of the person its sentence opens with
 * ("Maria Lopez repeated her "firm no" twice."), after any clause the sentence opens with
 * ("After the court ruled, Gov. Roe blamed its "four liberal justices"").
 */
export const subjectSieve: Sieve = {
  id: "sentence-subject",
  attribute: (ctx, { q, sentenceFrom, partial }) => {
    if (!partial) return null;
    const main = mainClauseStart(ctx.text, sentenceFrom, q.start);
    const max = ctx.options.maxSubjectWords;
    const speaker = (main > sentenceFrom ? sentenceSubject(ctx, main, q.start, q.start, max) : null) ?? sentenceSubject(ctx, sentenceFrom, q.start, q.start, max);
    return speaker ? { ...NONE, speaker } : null;
  },
};
