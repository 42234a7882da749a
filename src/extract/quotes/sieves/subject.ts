import { mainClauseStart, reportedClause } from "../clauses.js";
import { sentenceSubject } from "../speaker.js";
import { NONE, type Sieve } from "./types.js";

/** The verb right after a subject: "thought", "quickly dismissed". */
const VERB = /^\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}\b/u;

/**
 * With no cue, a partial quote is most likely the words of the person its sentence opens with
 * ("Maria Lopez repeated her "firm no" twice."), after any clause the sentence opens with
 * ("After the court ruled, Gov. Roe blamed its "four liberal justices""). What follows the
 * subject's verb is what the quote reports (`Roe thought [the plan was "a gift"]`).
 */
export const subjectSieve: Sieve = {
  id: "sentence-subject",
  attribute: (ctx, { q, sentenceFrom, partial, paragraph }) => {
    if (!partial) return null;
    const main = mainClauseStart(ctx.text, sentenceFrom, q.start);
    const max = ctx.options.maxSubjectWords;
    const speaker = (main > sentenceFrom ? sentenceSubject(ctx, main, q.start, q.start, max) : null) ?? sentenceSubject(ctx, sentenceFrom, q.start, q.start, max);
    if (!speaker) return null;
    const verb = VERB.exec(ctx.text.slice(speaker.end, q.start));
    const content = verb ? reportedClause(ctx.text, speaker.end + verb[0].length, q, Math.min(paragraph.end, q.end + ctx.options.maxTrailChars)) : undefined;
    return { ...NONE, speaker, content };
  },
};
