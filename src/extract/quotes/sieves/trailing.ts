import { clauseEnd, CLAUSE_WORD, nextStop, nominalIn, wordCount } from "../clauses.js";
import { reporterIn } from "../cites.js";
import { cuesIn } from "../cues.js";
import { speakerIn, type SpeakerContext } from "../speaker.js";
import { firstEndingAfter } from "../spans.js";
import { NONE, once, type Attribution, type Sieve, type Site } from "./types.js";

interface Trailing extends Attribution {
  /** False when the quote had ended its sentence (`"…hours." Roe asserted`): an introduction before it may be better. */
  firm: boolean;
}

/**
 * `"…," X said` / `said X` / `X was quoted as saying` / `"…" – X`: the attribution after the
 * quote's closing mark (its first part, when the attribution interrupts it: the parts are joined after). Not
 * across a sentence end outside the marks.
 */
export const trailingCue = once((ctx: SpeakerContext, site: Site): Trailing | null => {
  const { q, trailEnd: to, partial } = site;
  const lead = /^[\s,.;:!?—–-]*/.exec(ctx.text.slice(q.end, to))?.[0] ?? "";
  // `"…". Acme says` — the sentence ended outside the marks; what follows is a new one, as is a new line.
  if (/[.!?\n]/.test(lead)) return null;
  const ended = /[.!?…]$/.test(q.text) && !/^\s*\p{Ll}/u.test(ctx.text.slice(q.end + lead.length));
  if (ended && partial) return null;
  const from = q.end + lead.length;
  if (/[-–—]/.test(lead)) return dashCredit(ctx, from, to, q.start);
  const end = clauseEnd(ctx.text, from, to);
  const cue = cuesIn(ctx.text, from, end, ctx.options)[0];
  if (!cue) return null;
  const between = ctx.text.slice(from, cue.start);
  // `"…," Jane Roe, a director of Acme and its founder, said`: an apposition set off by commas right before the
  // cue describes the name; its words are no clause of their own and count apart.
  const apposition = /,[^,;"“”]*,\s*$/.exec(between);
  const core = apposition && wordCount(apposition[0]) <= ctx.options.maxSpeakerWords ? between.slice(0, apposition.index) : between;
  const words = wordCount(core);
  if (words > ctx.options.maxSpeakerWords || /[;"“”!?]/.test(between) || CLAUSE_WORD.test(core)) return null;
  const [subjectFrom, subjectTo] = words === 0 ? [cue.end, nextStop(ctx.text, cue.end, end)] : [from, cue.start];
  const speaker = speakerIn(ctx, subjectFrom, subjectTo, q.start, "first");
  // Inside a sentence, a cue with no speaker before it belongs to the sentence's own subject.
  if (!speaker && partial) return null;
  const clause = { start: from, end: from + ctx.text.slice(from, end).trimEnd().replace(/[\s,;:—–-]+$/, "").length };
  const nominal = speaker ? undefined : (nominalIn(ctx.text, subjectFrom, subjectTo) ?? undefined);
  // `The plan "is dead," Roe said`: quoted words that carry on the sentence's grammar end the clause Roe reports,
  // which the sentence opens with (not after a colon: `Roe was blunt: "It is dead," she said` is whole).
  const carriesOn = partial && /^\p{Ll}/u.test(q.text) && !/:\s*$/.test(ctx.text.slice(site.sentenceFrom, q.start));
  const content = carriesOn ? { start: site.sentenceFrom, end: q.end } : undefined;
  return { speaker, nominal, cue, reportedBy: reporterIn(ctx, from, end, speaker?.key ?? null), clause, content, firm: !ended, rule: words === 0 ? "quote-verb-name" : "quote-name-verb" };
});

/** `"…" – Jane Roe`: a name alone after a dash, closing its line (or up to a comma: `– Roe, tweeting`), signs the quote. */
function dashCredit(ctx: SpeakerContext, from: number, to: number, at: number): Trailing | null {
  const line = /^[^\n.;,]*/.exec(ctx.text.slice(from, to))?.[0] ?? "";
  if (wordCount(line) > 4) return null;
  const speaker = speakerIn(ctx, from, from + line.length, at, "first");
  return speaker ? { ...NONE, speaker, clause: { start: from, end: from + line.length }, firm: true, rule: "dash-credit" } : null;
}

/** `"…"¶– Jane Roe.`: a credit line of its own right after the quote's paragraph. */
export const creditLineSieve: Sieve = {
  id: "dash-credit",
  attribute: (ctx, { q, paragraph, paragraphs, partial }) => {
    if (partial || q.end < paragraph.end - 1) return null;
    const next = paragraphs[firstEndingAfter(paragraphs, paragraph.end)];
    const dash = next && /^\s*[-–—]\s*/.exec(ctx.text.slice(next.start, next.end));
    return dash ? dashCredit(ctx, next.start + dash[0].length, next.end, q.start) : null;
  },
};

const strip = ({ firm: _firm, ...attribution }: Trailing): Attribution => attribution;

/** A cue right after the quote, while the sentence runs on: the strongest evidence there is. */
export const trailingSieve: Sieve = {
  id: "quote-verb-name",
  attribute: (ctx, site) => {
    const t = trailingCue(ctx, site);
    return t?.firm ? strip(t) : null;
  },
};

/** A cue after a quote that had ended its sentence, when no introduction before it named anyone. */
export const lateTrailingSieve: Sieve = {
  id: "quote-verb-name-late",
  attribute: (ctx, site) => {
    const t = trailingCue(ctx, site);
    return t ? { ...strip(t), rule: `${t.rule}-late` } : null;
  },
};
