import type { DocEntity, EntityKey, Mention, Quote, Reference, Sentence } from "../types.js";
import { anchorsIn, anchorsOf } from "./anchors.js";
import { reporterIn } from "./cites.js";
import { cuesIn } from "./cues.js";
import { defaults, type QuoteOptions } from "./defaults.js";
import { findQuoteSpans, paragraphsOf, type Paragraph, type QuoteSpan } from "./marks.js";
import { sentenceSubject, speakerIn, type SpeakerContext } from "./speaker.js";
import { firstEndingAfter, spanAt } from "./spans.js";

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

/** Sentence holding a position; a mark in the gap between sentences belongs to the next one. */
function sentenceAt(sentences: Sentence[], at: number): number {
  return Math.min(firstEndingAfter(sentences, at), Math.max(0, sentences.length - 1));
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

interface TrailingAttribution extends Attribution {
  /** False when the quote had ended its sentence ("…hours." Rathbun asserted): an introduction before it may be better. */
  firm: boolean;
}

/** "…," X said / said X / X was quoted as saying: the attribution that follows the closing mark. */
function cueAfter(ctx: SpeakerContext, q: QuoteSpan, to: number, partial: boolean): TrailingAttribution | null {
  const lead = /^[\s,.;:!?—–-]*/.exec(ctx.text.slice(q.end, to))?.[0] ?? "";
  // `"…". Microsoft says` — the sentence ended outside the marks; what follows is a new one.
  if (/[.!?]/.test(lead)) return null;
  const ended = /[.!?…]$/.test(q.text) && !/^\s*\p{Ll}/u.test(ctx.text.slice(q.end + lead.length));
  if (ended && partial) return null;
  const from = q.end + lead.length;
  if (/[-–—]/.test(lead)) return dashCredit(ctx, q, from, to);
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
  return { speaker, cue: cue.cue, reportedBy: reporterIn(ctx, from, end, speaker), firm: !ended };
}

/** `…took "shortcuts" on the project but got paid anyway, Hemphill said.` — a cue closing the sentence. */
function cueClosing(ctx: SpeakerContext, q: QuoteSpan, to: number): Attribution | null {
  const end = clauseEnd(ctx.text, q.end, to);
  const cue = cuesIn(ctx.text, q.end, end, ctx.options).pop();
  // "…, X, president of the society, said today." — a few words of time may follow the cue.
  if (!cue || /[,;:]/.test(ctx.text.slice(cue.end, end)) || ctx.text.slice(cue.end, end).split(/\s+/).filter(Boolean).length > 3) return null;
  const comma = ctx.text.indexOf(",", q.end);
  if (comma < 0 || comma >= cue.start) return null;
  const speaker = speakerIn(ctx, comma + 1, cue.start, q.start, "first", true);
  return speaker ? { speaker, cue: cue.cue, reportedBy: null } : null;
}

/** `"…" – Matthew Ingram`: a name alone after a dash, closing its line, signs the quote. */
function dashCredit(ctx: SpeakerContext, q: QuoteSpan, from: number, to: number): TrailingAttribution | null {
  const line = /^[^\n.;]*/.exec(ctx.text.slice(from, to))?.[0] ?? "";
  if (line.split(/\s+/).filter(Boolean).length > 4) return null;
  const speaker = speakerIn(ctx, from, from + line.length, q.start, "first");
  return speaker ? { ...NONE, speaker, firm: true } : null;
}

/** Where "said the Russian leader" stops: the next comma or clause break. */
function nextStop(text: string, from: number, to: number): number {
  const i = text.slice(from, to).search(/[,;:!?"“”]/);
  return i < 0 ? to : from + i;
}

/**
 * X said: "…" / X said that "…" / X called the move a "…" / according to X, "…": the last cue
 * in text[from, to) outside quotes, and the speaker nearest before it. A gerund ("…, saying")
 * or a second verb (`X said … "for months", and said it was "…"`) has no subject of its own,
 * so earlier cues of the stretch are tried in turn.
 */
function cueBefore(ctx: SpeakerContext, at: number, from: number, to: number): Attribution | null {
  const reportedBy = (speaker: EntityKey | null) => reporterIn(ctx, from, to, speaker);
  // "in Senator Gore's words, it was "…"": the words are the possessor's.
  const words = /\bin\s+([^,;"“”]{2,60}?)['’]s?\s+(?:own\s+)?words\b/.exec(ctx.text.slice(from, to));
  if (words) {
    const start = from + words.index + words[0].indexOf(words[1]);
    const owner = anchorsIn(ctx.anchors, start, start + words[1].length).filter((a) => a.entityType === "person" && a.via === "name").pop();
    if (owner) return { speaker: owner.entity, cue: null, reportedBy: reportedBy(owner.entity) };
  }
  const cues = cuesIn(ctx.text, from, to, ctx.options).filter((c) => !spanAt(ctx.quoted, c.start));
  if (!cues.length) return null;
  const last = cues[cues.length - 1];
  // "What Herter presented, said Gore, was "…"": an attribution set off by commas names the speaker after its cue.
  const aside = /,\s*$/.test(ctx.text.slice(from, last.start)) ? /^\s+([^,;:"“”]{2,60}),/.exec(ctx.text.slice(last.end, to)) : null;
  if (aside) {
    const speaker = speakerIn(ctx, last.end, last.end + aside[0].length, at, "first");
    if (speaker) return { speaker, cue: last.cue, reportedBy: reportedBy(speaker) };
  }
  if (last.cue === "according to" || last.cue === "in the words of") {
    const speaker = speakerIn(ctx, last.end, nextStop(ctx.text, last.end, to), at, "first");
    return { speaker, cue: last.cue, reportedBy: reportedBy(speaker) };
  }
  for (let i = cues.length - 1; i >= 0; i--) {
    const windowStart = i > 0 ? cues[i - 1].end : from;
    // "X telephoned Y and muttered": a verb joined by "and" shares the clause's first subject.
    const coordinated = /\band\s+(?:\p{Ll}+ly\s+)?$/u.test(ctx.text.slice(windowStart, cues[i].start));
    const speaker = speakerIn(ctx, windowStart, cues[i].start, at, coordinated ? "first" : "last");
    if (speaker) return { speaker, cue: last.cue, reportedBy: reportedBy(speaker) };
  }
  // `"…", said Karns, "…"`: a cue with no words before it may name the speaker after it.
  const quoteBefore = ctx.quoted[firstEndingAfter(ctx.quoted, last.start) - 1];
  const after = quoteBefore && quoteBefore.end > from ? quoteBefore.end : from;
  const inverted = !/[\p{L}\p{N}]/u.test(ctx.text.slice(after, last.start));
  const speaker = inverted ? speakerIn(ctx, last.end, nextStop(ctx.text, last.end, to), at, "first") : null;
  return { speaker, cue: last.cue, reportedBy: reportedBy(speaker) };
}

/** Start of the sentence holding a position, never before its paragraph. */
function sentenceStart(ctx: SpeakerContext, at: number, paragraph: Paragraph): number {
  const sentence = ctx.sentences[sentenceAt(ctx.sentences, at)];
  return Math.max(paragraph.start, sentence && sentence.start <= at ? sentence.start : paragraph.start);
}

/**
 * A quote opening its paragraph after one that ends in a colon or comma ("…tweeted from his
 * account:", "Rathbun stated,") is introduced by that paragraph's last sentence.
 */
function introBefore(ctx: SpeakerContext, q: QuoteSpan, paragraphs: Paragraph[]): Attribution | null {
  const k = firstEndingAfter(paragraphs, q.start);
  if (k <= 0 || paragraphs[k]?.start !== q.start) return null;
  const before = paragraphs[k - 1];
  if (!/[:,]\s*$/.test(ctx.text.slice(before.start, before.end))) return null;
  const sentence = ctx.sentences[sentenceAt(ctx.sentences, before.end - 1)];
  const from = sentence && sentence.start < before.end ? Math.max(before.start, sentence.start) : before.start;
  // "The Chronicle's critic summed it up neatly:" — no cue, but a colon after a person introduces their words.
  const colon = /:\s*$/.test(ctx.text.slice(from, before.end));
  const cued = cueBefore(ctx, q.start, from, before.end);
  if (cued || !colon) return cued;
  const speaker = sentenceSubject(ctx, from, before.end, q.start, ctx.options.maxSubjectWords);
  return speaker ? { ...NONE, speaker } : null;
}

/**
 * `Professor X said he is alarmed by what they found. "Pregnant women…"`: a quote that opens a
 * sentence right after one in which someone said something is theirs. Read from the text, not
 * the sentence splitter, which may run the two sentences together.
 */
function paraphraseBefore(ctx: SpeakerContext, q: QuoteSpan, paragraph: Paragraph, previousQuoteEnd: number): EntityKey | null {
  const from = Math.max(paragraph.start, previousQuoteEnd);
  const lead = ctx.text.slice(from, q.start);
  if (!/[.!?…]["”’']?\s*$/.test(lead)) return null;
  return cueBefore(ctx, q.start, from, q.start)?.speaker ?? null;
}

function attribute(
  ctx: SpeakerContext,
  q: QuoteSpan,
  spans: QuoteSpan[],
  k: number,
  paragraphs: Paragraph[],
  done: { span: QuoteSpan; speaker: EntityKey | null }[],
): Attribution {
  const paragraph = spanAt(paragraphs, q.start) ?? { start: 0, end: ctx.text.length };
  const endParagraph = spanAt(paragraphs, q.end - 1) ?? paragraph;
  const next = spans[k + 1];
  const previous = spans[k - 1];
  const trailEnd = Math.min(endParagraph.end, q.end + ctx.options.maxTrailChars, next && next.start >= q.end ? next.start : Infinity);
  const sentenceFrom = sentenceStart(ctx, q.start, paragraph);
  const from = previous && previous.end <= q.start && previous.end > sentenceFrom ? previous.end : sentenceFrom;
  // `"…", said Ratcliff. "But…"` — words before the mark that end a sentence leave the quote whole.
  const leadText = ctx.text.slice(from, q.start);
  const partial = /[\p{L}\p{N}]/u.test(leadText) && !/[.!?…]["”’']?\s*\(?\s*$/.test(leadText);

  const after = cueAfter(ctx, q, trailEnd, partial);
  if (after?.firm) return strip(after);
  const intro = partial ? null : introBefore(ctx, q, paragraphs);
  if (intro?.speaker) return intro;
  if (after) return strip(after);
  if (partial) {
    const before = cueBefore(ctx, q.start, sentenceFrom, q.start) ?? cueClosing(ctx, q, trailEnd);
    if (before) return before;
    // With no cue, a partial quote is still most likely the words of the sentence's subject —
    // unless it is a name or a title ("Sportsman of the Year", "Hope"), which nobody says.
    if (isTitle(q.text)) return NONE;
    return { ...NONE, speaker: sentenceSubject(ctx, sentenceFrom, q.start, q.start, ctx.options.maxSubjectWords) };
  }
  if (intro) return intro;
  const paraphrased = paraphraseBefore(ctx, q, paragraph, previous?.end ?? 0);
  if (paraphrased) return { ...NONE, speaker: paraphrased };
  // Paragraph after paragraph of one speaker's words: each unattributed one continues the last.
  const prev = done[done.length - 1];
  const prevParagraph = prev && spanAt(paragraphs, prev.span.start);
  const adjacent = prevParagraph && (prevParagraph === paragraph || prevParagraph.end === paragraphs[firstEndingAfter(paragraphs, paragraph.start) - 1]?.end);
  return adjacent && prev.speaker ? { ...NONE, speaker: prev.speaker } : NONE;
}

/** One word, or every long word capitalised: a name, nickname or title rather than words said. */
function isTitle(words: string): boolean {
  const all = words.split(/\s+/).filter(Boolean);
  return all.length < 2 || all.filter((w) => w.length > 3).every((w) => /^\p{Lu}/u.test(w));
}

function strip({ speaker, cue, reportedBy }: TrailingAttribution): Attribution {
  return { speaker, cue, reportedBy };
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
    return { start: q.start, end: q.end, text: q.text, kind: "quote", segments: [{ start: q.start, end: q.end }], speaker, speakerText: null, speakerRule: speaker ? "legacy" : null, cue, cueSpan: null, attribution: null, about, reportedBy, sentence: sentenceAt(sentences, q.start) };
  });
}
