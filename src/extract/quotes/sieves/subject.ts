import { mainClauseStart, reportedClause } from "../clauses.js";
import { clauseSubject, sentenceSubject, type Found, type SpeakerContext } from "../speaker.js";
import { NONE, type Sieve, type Site } from "./types.js";

/** The verb right after a subject: "thought", "quickly dismissed". */
const VERB = /^\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}\b/u;

/**
 * Who a partial quote's sentence is about: the person it opens with, after any clause it opens
 * with ("After the court ruled, Gov. Roe blamed its "four liberal justices""); failing that, the
 * subject of the clause the quote stands in (`clause`: "…, in which Roe expressed hope that "…"").
 */
export function subjectOfSentence(ctx: SpeakerContext, { q, sentenceFrom }: Site): (Found & { clause?: true }) | null {
  const main = mainClauseStart(ctx.text, sentenceFrom, q.start);
  const max = ctx.options.maxSubjectWords;
  const opening = (main > sentenceFrom ? sentenceSubject(ctx, main, q.start, q.start, max) : null) ?? sentenceSubject(ctx, sentenceFrom, q.start, q.start, max);
  if (opening) return opening;
  const clause = clauseSubject(ctx, sentenceFrom, q.start, q.start);
  return clause && { ...clause, clause: true };
}

/**
 * With no cue, a partial quote is most likely the words of the person its sentence is about
 * ("Maria Lopez repeated her "firm no" twice."). What follows an opening subject's verb is what
 * the quote reports (`Roe thought [the plan was "a gift"]`); a clause's subject reports no clause
 * of its own (where it ends is no better known than the quote's own extent).
 */
export const subjectSieve: Sieve = {
  id: "sentence-subject",
  attribute: (ctx, site) => {
    if (!site.partial) return null;
    const found = subjectOfSentence(ctx, site);
    if (!found) return null;
    const { clause, ...speaker } = found;
    if (clause) return { ...NONE, speaker, rule: "clause-subject" };
    const { q, paragraph } = site;
    const verb = VERB.exec(ctx.text.slice(speaker.end, q.start));
    const content = verb ? reportedClause(ctx.text, speaker.end + verb[0].length, q, Math.min(paragraph.end, q.end + ctx.options.maxTrailChars)) : undefined;
    return { ...NONE, speaker, content };
  },
};
