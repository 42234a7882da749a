import type { DocEntity, EntityKey, Mention, Quote, Reference, Sentence } from "../types.js";
import { anchorsIn, anchorsOf } from "./anchors.js";
import { reporterIn } from "./cites.js";
import { cuesIn } from "./cues.js";
import { defaults, type QuoteOptions } from "./defaults.js";
import { findQuoteSpans, paragraphsOf, type Paragraph, type QuoteSpan } from "./marks.js";
import { speakerIn, type SpeakerContext } from "./speaker.js";

export { defaults as quoteDefaults, type QuoteOptions } from "./defaults.js";

export interface FindQuotesInput {
  text: string;
  sentences: Sentence[];
  mentions: Mention[];
  references: Reference[];
  entities: DocEntity[];
}

interface Attribution {
  speaker: EntityKey | null;
  cue: string | null;
  reportedBy: EntityKey | null;
}

const NONE: Attribution = { speaker: null, cue: null, reportedBy: null };
/** Words that start a clause, not a speaker's name: `a "disaster" and said…` is no "X said". */
const CLAUSE_WORD = /\b(?:and|but|or|that|which|because|if|when|while|although|though|so|then|after|before)\b/;

function within<T extends { start: number; end: number }>(spans: T[], at: number): T | undefined {
  return spans.find((s) => at >= s.start && at < s.end);
}

/** Sentence holding a position; a mark in the gap between sentences belongs to the next one. */
function sentenceAt(sentences: Sentence[], at: number): number {
  const i = sentences.findIndex((s) => at < s.end);
  if (i < 0) return Math.max(0, sentences.length - 1);
  return i;
}

/** End of the clause that starts at `from`: the first sentence end that is no abbreviation ("U.S.", "Mr."). */
function clauseEnd(text: string, from: number, to: number): number {
  const re = /[.!?;](?=\s+["“‘'(]?[A-Z]|\s*$)|\n/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const word = text.slice(Math.max(from, m.index - 5), m.index).split(/\s/).pop() ?? "";
    if (m[0] === "." && /^(?:(?:\p{Lu}\.)*\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Sen|Rep|Gov|Prof|Jr|Sr)$/u.test(word)) continue;
    return m.index;
  }
  return to;
}

/** "…," X said / said X / X was quoted as saying: the attribution that follows the closing mark. */
function cueAfter(ctx: SpeakerContext, q: QuoteSpan, to: number, partial: boolean): Attribution | null {
  const lead = /^[\s,.;:!?—–-]*/.exec(ctx.text.slice(q.end, to))?.[0].length ?? 0;
  const from = q.end + lead;
  const end = clauseEnd(ctx.text, from, to);
  const cue = cuesIn(ctx.text, from, end, ctx.options)[0];
  if (!cue) return null;
  const between = ctx.text.slice(from, cue.start);
  const words = between.split(/\s+/).filter(Boolean).length;
  if (words > ctx.options.maxSpeakerWords || /[;"“”!?]/.test(between) || CLAUSE_WORD.test(between)) return null;
  const speaker =
    words === 0
      ? speakerIn(ctx, cue.end, nextStop(ctx.text, cue.end, end), q.start, "first")
      : speakerIn(ctx, from, cue.start, q.start, "first");
  // Inside a sentence, a cue with no speaker before it belongs to the sentence's own subject.
  if (!speaker && partial) return null;
  return { speaker, cue: cue.cue, reportedBy: reporterIn(ctx, from, end, speaker) };
}

/** Where "said the Russian leader" stops: the next comma or clause break. */
function nextStop(text: string, from: number, to: number): number {
  const i = text.slice(from, to).search(/[,;:!?"“”]/);
  return i < 0 ? to : from + i;
}

/**
 * X said: "…" / X said that "…" / X called the move a "…" / according to X, "…": the last cue
 * before the quote, and the speaker nearest before it. A gerund ("…, saying") has no subject
 * of its own, so earlier cues of the same stretch are tried in turn.
 */
function cueBefore(ctx: SpeakerContext, q: QuoteSpan, from: number): Attribution | null {
  const cues = cuesIn(ctx.text, from, q.start, ctx.options);
  if (!cues.length) return null;
  const last = cues[cues.length - 1];
  const reportedBy = (speaker: EntityKey | null) => reporterIn(ctx, from, q.start, speaker);
  if (last.cue === "according to") {
    const speaker = speakerIn(ctx, last.end, nextStop(ctx.text, last.end, q.start), q.start, "first");
    return { speaker, cue: last.cue, reportedBy: reportedBy(speaker) };
  }
  for (let i = cues.length - 1; i >= 0; i--) {
    const windowStart = i > 0 ? cues[i - 1].end : from;
    const speaker = speakerIn(ctx, windowStart, cues[i].start, q.start, "last");
    if (speaker) return { speaker, cue: last.cue, reportedBy: reportedBy(speaker) };
  }
  return { speaker: null, cue: last.cue, reportedBy: null };
}

/** The stretch before a quote that may attribute it: back to its sentence start or the previous quote. */
function leadStart(ctx: SpeakerContext, q: QuoteSpan, paragraph: Paragraph, previous: QuoteSpan | undefined): number {
  const sentence = ctx.sentences[sentenceAt(ctx.sentences, q.start)];
  let from = Math.max(paragraph.start, sentence && sentence.start <= q.start ? sentence.start : paragraph.start);
  if (previous && previous.end <= q.start && previous.end > from) from = previous.end;
  return from;
}

/**
 * A quote opening its paragraph after one that ends in a colon ("…tweeted from his account:")
 * is introduced by that paragraph's last sentence.
 */
function colonIntro(ctx: SpeakerContext, q: QuoteSpan, paragraphs: Paragraph[]): { from: number; to: number } | null {
  const k = paragraphs.findIndex((p) => p.start === q.start);
  if (k <= 0) return null;
  const before = paragraphs[k - 1];
  if (!/:\s*$/.test(ctx.text.slice(before.start, before.end))) return null;
  const sentence = ctx.sentences[sentenceAt(ctx.sentences, before.end - 1)];
  const from = sentence && sentence.start < before.end ? Math.max(before.start, sentence.start) : before.start;
  return { from, to: before.end };
}

function attribute(
  ctx: SpeakerContext,
  q: QuoteSpan,
  spans: QuoteSpan[],
  k: number,
  paragraphs: Paragraph[],
  done: { span: QuoteSpan; speaker: EntityKey | null }[],
): Attribution {
  const paragraph = within(paragraphs, q.start) ?? { start: 0, end: ctx.text.length };
  const endParagraph = within(paragraphs, q.end - 1) ?? paragraph;
  const next = spans[k + 1];
  const trailEnd = Math.min(endParagraph.end, q.end + ctx.options.maxTrailChars, next && next.start >= q.end ? next.start : Infinity);
  const from = leadStart(ctx, q, paragraph, spans[k - 1]);
  const partial = /[\p{L}\p{N}]/u.test(ctx.text.slice(from, q.start));

  const after = cueAfter(ctx, q, trailEnd, partial);
  if (after) return after;
  const intro = partial ? { from, to: q.start } : colonIntro(ctx, q, paragraphs);
  const before = intro ? cueBefore(ctx, { ...q, start: intro.to }, intro.from) : null;
  if (before) return before;
  if (partial) {
    // A partial quote with no cue is still most likely the words of the sentence's subject.
    const sentence = ctx.sentences[sentenceAt(ctx.sentences, q.start)];
    const text = ctx.text;
    const subject = anchorsIn(ctx.anchors, Math.max(from, sentence?.start ?? from), q.start).find(
      (a) => a.via !== "pronoun" && a.entityType === "person" && !/^['’]/.test(text.slice(a.end, a.end + 1)),
    );
    return { ...NONE, speaker: subject?.entity ?? null };
  }
  // Paragraph after paragraph of one speaker's words: each unattributed one continues the last.
  const prev = done[done.length - 1];
  const prevParagraph = prev && within(paragraphs, prev.span.start);
  const adjacent = prevParagraph && (prevParagraph === paragraph || paragraphs.indexOf(prevParagraph) === paragraphs.indexOf(paragraph) - 1);
  return adjacent && prev.speaker ? { ...NONE, speaker: prev.speaker } : NONE;
}

/**
 * Direct and partial quotations of an article, each with its speaker, cue, the entities named
 * in the quoted words (`about`) and the outlet that reported it. A pure function of its input.
 */
export function findQuotes(input: FindQuotesInput, options: Partial<QuoteOptions> = {}): Quote[] {
  if (typeof input?.text !== "string") throw new TypeError("newsgraph/extract/quotes: input.text must be a string");
  const opts: QuoteOptions = { ...defaults, ...options };
  const { text, sentences } = input;
  const entities = new Map(input.entities.map((e) => [e.key, e]));
  const anchors = anchorsOf(input.mentions, input.references, entities);
  const paragraphs = paragraphsOf(text);
  const spans = findQuoteSpans(text, paragraphs, opts);
  const ctx: SpeakerContext = { text, anchors, entities, sentences, quoted: spans, spoken: [], options: opts };

  const done: { span: QuoteSpan; speaker: EntityKey | null }[] = [];
  return spans.map((q, k) => {
    const { speaker, cue, reportedBy } = attribute(ctx, q, spans, k, paragraphs, done);
    done.push({ span: q, speaker });
    if (speaker) ctx.spoken.push({ at: q.start, speaker });
    const about = [
      ...new Set(
        anchorsIn(anchors, q.start, q.end)
          .filter((a) => a.via !== "pronoun" && a.entity !== speaker)
          .map((a) => a.entity),
      ),
    ];
    return { start: q.start, end: q.end, text: q.text, speaker, cue, about, reportedBy, sentence: sentenceAt(sentences, q.start) };
  });
}
