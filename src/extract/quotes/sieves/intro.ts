import { sentenceAt } from "../clauses.js";
import { sentenceSubject, type SpeakerContext } from "../speaker.js";
import { firstEndingAfter } from "../spans.js";
import { cueBefore } from "./before.js";
import { NONE, once, type Attribution, type Sieve, type Site } from "./types.js";

/**
 * A quote opening its paragraph after one that ends in a colon or comma ("…wrote on her
 * blog:", "Roe stated,") is introduced by that paragraph's last sentence; a person before a
 * colon introduces it even without a cue ("The critic summed it up neatly:").
 */
const introBefore = once((ctx: SpeakerContext, site: Site): Attribution | null => {
  const { q, paragraphs } = site;
  const k = firstEndingAfter(paragraphs, q.start);
  if (site.partial || k <= 0 || paragraphs[k]?.start !== q.start) return null;
  const before = paragraphs[k - 1]!;
  if (!/[:,]\s*$/.test(ctx.text.slice(before.start, before.end))) return null;
  const sentence = ctx.sentences[sentenceAt(ctx.sentences, before.end - 1)];
  const from = sentence && sentence.start < before.end ? Math.max(before.start, sentence.start) : before.start;
  const colon = /:\s*$/.test(ctx.text.slice(from, before.end));
  const cued = cueBefore(ctx, q.start, from, before.end);
  if (cued || !colon) return cued && { ...cued, rule: "paragraph-intro" };
  const speaker = sentenceSubject(ctx, from, before.end, q.start, ctx.options.maxSubjectWords);
  return speaker ? { ...NONE, speaker, clause: { start: from, end: before.end }, rule: "paragraph-intro-colon" } : null;
});

/** An introduction that names its speaker beats a cue after a quote that ended its sentence. */
export const introSieve: Sieve = {
  id: "paragraph-intro",
  attribute: (ctx, site) => {
    const intro = introBefore(ctx, site);
    return intro?.speaker ? intro : null;
  },
};

/** An introduction with a cue but no speaker the article names still ends the search: nobody else said it. */
export const introCueSieve: Sieve = { id: "paragraph-intro", attribute: introBefore };
