import { cuesIn } from "./cues.js";
import type { QuoteSpan } from "./marks.js";
import type { Attribution, Site } from "./sieves/index.js";
import { cueBefore } from "./sieves/before.js";
import { titleSieve } from "./sieves/phrase.js";
import { trailingCue } from "./sieves/trailing.js";
import type { SpeakerContext } from "./speaker.js";

/**
 * Whether the quote of `next` continues `part`, the utterance just attributed: its
 * attribution came right after `part` and ends in punctuation right before the next quote
 * (`"First part," she said, "second…` or `…said. "Second…`), it holds one cue only (not
 * `she said, adding "…"`), both quotes lie on one line or the attribution ends the paragraph and
 * the next quote opens the next one, and the next has no attribution of its own.
 */
export function joinInterrupted(ctx: SpeakerContext, part: QuoteSpan, a: Attribution, next: Site): boolean {
  const clause = a.clause;
  if (!clause || !a.cue || clause.start < part.end || next.q.start < clause.end || clause.start - part.end > 3) return false;
  if (!/^[\s.,:;—–-]*$/.test(ctx.text.slice(clause.end, next.q.start))) return false;
  const between = ctx.text.slice(part.end, next.q.start);
  // `"…," Roe said.¶"…"`: a paragraph ended by the attribution, then a quote paragraph of its own, is one utterance too.
  const lines = between.split("\n").length - 1;
  const nextParagraph = lines > 0 && /[.,:]\s*$/.test(between.slice(0, between.indexOf("\n"))) && next.paragraph.start === next.q.start;
  if (!/[.,:;—–-]\s*$/.test(between) || (lines > 0 && !nextParagraph) || next.q.single !== part.single) return false;
  return cuesIn(ctx.text, part.end, next.q.start, ctx.options).length === 1 && trailingCue(ctx, next) === null;
}

/**
 * Whether the quote of `next` is a further fragment of the partial quote just attributed:
 * `called the plan "reckless" and "far too costly"` — one attribution, one cue, one sentence.
 */
export function sharesCue(ctx: SpeakerContext, a: Attribution, next: Site): boolean {
  if (!a.cue || !a.content || a.phrase || !next.partial || next.q.start > a.content.end + ctx.options.maxTrailChars) return false;
  const same = cueBefore(ctx, next.q.start, next.sentenceFrom, next.q.start);
  return same?.cue?.start === a.cue.start && titleSieve.attribute(ctx, next) === null;
}
