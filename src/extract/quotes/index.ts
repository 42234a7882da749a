import type { DocEntity, EntityKey, Mention, Quote, Reference, Sentence } from "../types.js";
import { anchorsIn, anchorsOf } from "./anchors.js";
import { sentenceAt, sentenceStart } from "./clauses.js";
import { defaults, type QuoteOptions } from "./defaults.js";
import { joinInterrupted, sharesCue } from "./join.js";
import { findQuoteSpans, paragraphsOf, type QuoteSpan } from "./marks.js";
import { attribute, type Site } from "./sieves/index.js";
import type { SpeakerContext } from "./speaker.js";
import { spanAt } from "./spans.js";

export { defaults as quoteDefaults, type QuoteOptions } from "./defaults.js";

export interface FindQuotesInput {
  text: string;
  sentences: Sentence[];
  mentions: Mention[];
  references: Reference[];
  entities: DocEntity[];
}

/**
 * Direct and partial quotations of an article, each with its speaker (and the sieve that
 * decided it), cue, attributing clause, the entities named in the quoted words (`about`) and
 * the outlet that reported it. A pure function of its input, linear in the article's length:
 * every look-around is bounded by a sentence, a paragraph or a character window.
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

  const siteOf = (k: number, done: Site["done"]): Site => {
    const q = spans[k]!;
    const paragraph = spanAt(paragraphs, q.start) ?? { start: 0, end: text.length };
    const endParagraph = spanAt(paragraphs, q.end - 1) ?? paragraph;
    const next = spans[k + 1];
    const previous = spans[k - 1];
    const trailEnd = Math.min(endParagraph.end, q.end + opts.maxTrailChars, next && next.start >= q.end ? next.start : Infinity);
    const splitFrom = sentenceStart(sentences, q.start, paragraph, opts.maxLookBackChars);
    // `…and said, "Who will you trust?" Roe, on the radio, called it "…"`: a quote that ended its sentence inside
    // its marks ends it for the quotes after it, where the sentence splitter runs on.
    const ended = previous && previous.end > splitFrom && previous.end <= q.start && /[.!?…]$/.test(previous.text) && /^\s+\p{Lu}/u.test(text.slice(previous.end, q.start));
    const sentenceFrom = ended ? previous.end : splitFrom;
    const from = previous && previous.end <= q.start && previous.end > sentenceFrom ? previous.end : sentenceFrom;
    // `"…", said Roe. "But…"` — words before the mark that end a sentence leave the quote whole.
    const lead = text.slice(from, q.start);
    const partial = /[\p{L}\p{N}]/u.test(lead) && !/[.!?…]["”’']?\s*\(?\s*$/.test(lead);
    return { q, paragraph, paragraphs, sentenceFrom, trailEnd, partial, previous, done };
  };

  const done: Site["done"] = [];
  const out: Quote[] = [];
  for (let k = 0; k < spans.length; k++) {
    const site = siteOf(k, done);
    const { attribution: a, rule } = attribute(ctx, site);
    // `"First part," she said, "second part."`: one utterance, one quote.
    const parts: QuoteSpan[] = [site.q];
    while (k + 1 < spans.length && joinInterrupted(ctx, parts[parts.length - 1]!, a, siteOf(k + 1, done))) parts.push(spans[++k]!);
    // `called the plan "reckless" and "far too costly"`: fragments of one attribution are one quote, their gaps elided.
    const joined = parts.length;
    while (k + 1 < spans.length && sharesCue(ctx, a, siteOf(k + 1, done))) parts.push(spans[++k]!);
    const first = parts[0]!;
    const last = parts[parts.length - 1]!;
    const speaker: EntityKey | null = a.phrase ? null : a.speaker?.key ?? null;
    // A title or scare quote between two quotes of one speaker does not break the run (`…on "Meet the Press." "…"`).
    if (!a.phrase) done.push({ q: last, speaker });
    if (speaker) ctx.spoken.push({ at: first.start, speaker });
    const about = [
      ...new Set(
        parts
          .flatMap((p) => anchorsIn(anchors, p.start, p.end))
          .filter((x) => x.via !== "pronoun" && x.entity !== speaker)
          .map((x) => x.entity),
      ),
    ];
    const words = a.speaker?.start !== undefined ? a.speaker : a.nominal;
    const named = words?.start !== undefined && words.end !== undefined ? text.slice(words.start, words.end) : null;
    out.push({
      start: first.start,
      end: last.end,
      text: parts.map((p, i) => (i === 0 ? "" : i < joined ? " " : " … ") + p.text).join(""),
      kind: a.phrase ? "phrase" : "quote",
      segments: parts.map((p) => ({ start: p.start, end: p.end })),
      speaker,
      speakerText: named,
      speakerRule: rule,
      cue: a.cue?.cue ?? null,
      cueSpan: a.cue ? { start: a.cue.start, end: a.cue.end } : null,
      content: a.content ? { start: a.content.start, end: Math.max(a.content.end, last.end) } : null,
      attribution: a.clause,
      about,
      reportedBy: a.reportedBy,
      sentence: sentenceAt(sentences, first.start),
    });
  }
  return out;
}
