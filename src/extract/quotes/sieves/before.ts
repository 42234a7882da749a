import { anchorsIn } from "../anchors.js";
import { mainClauseStart, nextStop, nominalIn, reportedClause, wordCount } from "../clauses.js";
import { reporterIn } from "../cites.js";
import { cuesIn, type Cue } from "../cues.js";
import { speakerIn, type Found, type SpeakerContext } from "../speaker.js";
import { firstEndingAfter, spanAt } from "../spans.js";
import { subjectOfSentence } from "./subject.js";
import type { Attribution, Sieve } from "./types.js";

/**
 * `X said: "…"` / `X said that "…"` / `X called the move a "…"` / `according to X, "…"`: a cue
 * in text[from, to) outside quotes, and the speaker nearest before it. The first cue whose
 * subject the text names wins: in `Roe said Doe was right to urge voters "to act"` the later
 * verbs belong to the clause Roe reports. A gerund ("…, saying") or a second verb joined by
 * "and" has no subject of its own and takes the clause's first one.
 */
export function cueBefore(ctx: SpeakerContext, at: number, regionFrom: number, to: number): Attribution | null {
  const from = Math.max(regionFrom, to - ctx.options.maxLookBackChars);
  const clause = { start: from, end: to };
  const made = (speaker: Found | null, cue: Attribution["cue"], rule: string): Attribution => ({
    speaker,
    cue,
    reportedBy: reporterIn(ctx, from, to, speaker?.key ?? null),
    clause,
    rule,
  });
  // "in Senator Roe's words, it was "…"": the words are the possessor's.
  const words = /\bin\s+([^,;"“”]{2,60}?)['’]s?\s+(?:own\s+)?words\b/.exec(ctx.text.slice(from, to));
  if (words) {
    const start = from + words.index + words[0].indexOf(words[1]!);
    const owner = anchorsIn(ctx.anchors, start, start + words[1]!.length)
      .filter((a) => a.entityType === "person" && a.via === "name")
      .pop();
    if (owner) return made({ key: owner.entity, start: owner.start, end: owner.end }, null, "in-x-words");
  }
  const cues = cuesIn(ctx.text, from, to, ctx.options).filter((c) => !spanAt(ctx.quoted, c.start));
  if (!cues.length) return null;
  const last = cues[cues.length - 1]!;
  // "What Roe presented, said Doe, was "…"": an attribution set off by commas names the speaker after its cue.
  const aside = /,\s*$/.test(ctx.text.slice(from, last.start)) ? /^\s+([^,;:"“”]{2,60}),/.exec(ctx.text.slice(last.end, to)) : null;
  if (aside) {
    const speaker = speakerIn(ctx, last.end, last.end + aside[0].length, at, "first");
    if (speaker) return made(speaker, last, "aside");
  }
  if (last.cue === "according to" || last.cue === "in the words of") {
    return made(speakerIn(ctx, last.end, nextStop(ctx.text, last.end, to), at, "first"), last, "according-to");
  }
  // "After Doe criticized the plan, Roe shot back, "…"": a clause the sentence opens with is not its main one; its
  // cues and subjects are tried only when the main clause names nobody.
  const main = mainClauseStart(ctx.text, from, to);
  const tried = main > from ? subjectOfCues(ctx, cues.filter((c) => c.start >= main), main, at) : null;
  if (tried) return made(tried, last, "name-verb-quote");
  const subject = subjectOfCues(ctx, cues, from, at);
  if (subject) return made(subject, last, "name-verb-quote");
  // `"…", said Roe, "…"`: a cue with no words before it may name the speaker after it.
  const quoteBefore = ctx.quoted[firstEndingAfter(ctx.quoted, last.start) - 1];
  const after = quoteBefore && quoteBefore.end > from ? quoteBefore.end : from;
  const inverted = !/[\p{L}\p{N}]/u.test(ctx.text.slice(after, last.start));
  const [subjectFrom, subjectTo] = inverted ? [last.end, nextStop(ctx.text, last.end, to)] : [cues.length > 1 ? cues[cues.length - 2]!.end : from, last.start];
  const speaker = inverted ? speakerIn(ctx, subjectFrom, subjectTo, at, "first") : null;
  const nominal = speaker ? null : nominalIn(ctx.text, subjectFrom, subjectTo);
  return { ...made(speaker, last, "verb-name-quote"), ...(nominal && { nominal }) };
}

/** Words that open a clause with a subject of its own. */
const CLAUSE_OPENER = /\b(?:after|when|while|whereas|before|because|since|until|and|with)\s+/g;

/** The speaker of the first cue whose subject the text names, each cue's subject sought after the cue before it. */
function subjectOfCues(ctx: SpeakerContext, cues: Cue[], from: number, at: number): Found | null {
  // "Clinton weighed in, hours after Sanders said he was "encouraged"": a later cue whose subject opens a clause of its
  // own (after a subordinator, "and" or "with") is no part of what the first cue reports; the nearest such one wins.
  for (let i = cues.length - 1; i > 0; i--) {
    const window = ctx.text.slice(cues[i - 1]!.end, cues[i]!.start);
    const opener = [...window.matchAll(CLAUSE_OPENER)].pop();
    if (!opener) continue;
    const subjectFrom = cues[i - 1]!.end + opener.index + opener[0].length;
    const speaker = speakerIn(ctx, subjectFrom, cues[i]!.start, at, "last");
    if (speaker && wordCount(ctx.text.slice(subjectFrom, speaker.start)) <= 4 && !/[,;]/.test(ctx.text.slice(subjectFrom, speaker.start))) return speaker;
  }
  for (let i = 0; i < cues.length; i++) {
    const windowStart = i > 0 ? cues[i - 1]!.end : from;
    // "X telephoned Y and muttered", "X went after Y, calling him": a verb joined by "and", or a
    // gerund after a comma, shares the clause's first subject, not the object before it.
    const lead = ctx.text.slice(windowStart, cues[i]!.start);
    const coordinated = /\band\s+(?:\p{Ll}+ly\s+)?$/u.test(lead) || (/ing$/.test(cues[i]!.cue) && /,\s*$/.test(lead));
    const speaker = speakerIn(ctx, windowStart, cues[i]!.start, at, coordinated ? "first" : "last") ?? gerundSubject(ctx, cues[i]!);
    if (speaker) return speaker;
  }
  return null;
}

/** `with Senator Roe calling it "…"`: the name right before a gerund is its subject, whatever preposition precedes it. */
function gerundSubject(ctx: SpeakerContext, cue: Cue): Found | null {
  if (!/ing$/.test(cue.cue)) return null;
  const a = anchorsIn(ctx.anchors, Math.max(0, cue.start - 80), cue.start).pop();
  if (!a || a.via === "pronoun" || !/^\s+(?:\p{Ll}+ly\s+)?$/u.test(ctx.text.slice(a.end, cue.start)) || spanAt(ctx.quoted, a.start)) return null;
  return { key: a.entity, start: a.start, end: a.end };
}

/**
 * `No, said Roe, but officials called him "…"`: a clause joined by a conjunction and opening with a noun phrase
 * has a subject of its own; where the cue's clause starts. A verb phrase joined so shares the sentence's subject
 * (`Roe backed Doe, but now said the plan was "…"`).
 */
const CLAUSE_BREAK = /(?:[,;]\s*(?:but|and|or|yet|so|while|whereas)|;)\s+(?=(?:the|a|an|this|that|these|those|his|her|its|their|our|some|many|most|other|others|several|\p{Ll}+s)\s)/gu;
const clauseOf = (text: string, from: number, cueStart: number) => {
  const last = [...text.slice(from, cueStart).matchAll(CLAUSE_BREAK)].pop();
  return last ? from + last.index + last[0].length : from;
};

/**
 * A cue before a partial quote, in its own sentence. Where words stand between the cue and the
 * quote (`says the plan is "dead"`), the quote is part of the clause the cue reports; right
 * after the cue (`said: "…"`, `said that "…"`) it is the whole utterance.
 */
export const cueBeforeSieve: Sieve = {
  id: "name-verb-quote",
  attribute: (ctx, site) => {
    const { q, partial, sentenceFrom, paragraph } = site;
    const cued = partial ? cueBefore(ctx, q.start, sentenceFrom, q.start) : null;
    // `Roe, while touring the plant, called the plan "…"`: a cue whose subject the rules above lose (and that names no
    // nominal speaker) is still the sentence's; "according to" names its own source or nobody.
    const lost = cued?.cue && !cued.speaker && !cued.nominal && cued.rule === "verb-name-quote" ? subjectOfSentence(ctx, { ...site, sentenceFrom: clauseOf(ctx.text, sentenceFrom, cued.cue.start) }) : null;
    const found = lost ? { ...cued!, speaker: { key: lost.key, start: lost.start, end: lost.end }, rule: "verb-subject" } : cued;
    const gap = ctx.text.slice(found?.cue?.end ?? q.start, q.start);
    // `said on Monday, "We…"`: a capitalised quote after a comma or colon is a whole utterance too — not after a
    // reported clause of words of its own (`said that once the vote is over, "I will…"`, `adds that there are two choices: "…"`).
    const clauseFirst = /^[\s,]*that\s+\S/.test(gap);
    if (!found?.cue || /^[\s,:]*(?:that\s*)?$/.test(gap) || (!clauseFirst && /[,:]\s*$/.test(gap) && /^\p{Lu}/u.test(q.text))) return found;
    return { ...found, content: reportedClause(ctx.text, found.cue.end, q, Math.min(paragraph.end, q.end + ctx.options.maxTrailChars)) };
  },
};
