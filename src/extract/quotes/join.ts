import type { QuoteSpan } from "./marks.js";
import type { Attribution, Site } from "./sieves/index.js";
import { trailingCue } from "./sieves/trailing.js";
import type { SpeakerContext } from "./speaker.js";

/**
 * Whether the quote of `next` continues `part`, the utterance just attributed: its
 * attribution came right after `part` (`"First part," she said, "second…` or `…said. "Second…`),
 * nothing but punctuation stands between that clause and the next quote, both lie in one
 * paragraph, and the next quote has no attribution of its own.
 */
export function joinInterrupted(ctx: SpeakerContext, part: QuoteSpan, a: Attribution, next: Site): boolean {
  const clause = a.clause;
  if (!clause || !a.cue || clause.start < part.end || next.q.start < clause.end) return false;
  if (clause.start - part.end > 3 || !/^[\s.,:;—–-]*$/.test(ctx.text.slice(clause.end, next.q.start))) return false;
  if (next.paragraph.start > part.start || next.q.single !== part.single) return false;
  return trailingCue(ctx, next) === null;
}
