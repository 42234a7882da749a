import { anchorsIn } from "../anchors.js";
import { resolvePronoun, type SpeakerContext } from "../speaker.js";
import { firstStartingFrom } from "../spans.js";
import { NONE, type Sieve } from "./types.js";

/** A word that reads as a verb of the past or present: "pressed", "started", "assures". */
const VERB = /^\s+(?:\p{Ll}+ly\s+)?(\p{Ll}{3,}(?:ed|es|s))\b/u;
/** A name this far after the closing mark is the one the trigram is about. */
const MAX_GAP = 3;

/**
 * CoreNLP's trigrams with any verb, for verbs no cue list holds: `"…," Roe pressed.`,
 * `"…," she started.`, `"…," remembered Roe.` — a quote ending in a comma, question or
 * exclamation mark, then a name (or he/she) and a verb, or a verb and a name closing the clause.
 */
export const trigramSieve: Sieve = {
  id: "quote-name-anyverb",
  attribute: (ctx: SpeakerContext, { q, trailEnd }) => {
    if (!/[,?!]$/.test(ctx.text.slice(q.start, q.end).replace(/["'”’»]+$/, ""))) return null;
    const from = q.end + /^[\s,]*/.exec(ctx.text.slice(q.end, trailEnd))![0].length;
    if (from > q.end + MAX_GAP) return null;
    const rest = ctx.text.slice(from, trailEnd);
    const pronoun = /^(he|she)\b/.exec(rest);
    const anchor = ctx.anchors[firstStartingFrom(ctx.anchors, from)];
    const name = pronoun ? { start: from, end: from + pronoun[1]!.length } : anchor?.start === from && anchor.via === "name" ? anchor : null;
    if (name) {
      const verb = VERB.exec(ctx.text.slice(name.end, trailEnd));
      const key = !verb ? null : pronoun ? resolvePronoun(ctx, pronoun[1]!, q.start) : anchor!.entity;
      return key ? { ...NONE, speaker: { key, start: name.start, end: name.end }, clause: { start: from, end: name.end + verb![0].length } } : null;
    }
    // `"…," remembered Roe.`: a verb, then the name, then the clause ends.
    const verb = VERB.exec(" " + rest);
    if (!verb) return null;
    const at = from + verb[0].length - 1;
    const after = anchorsIn(ctx.anchors, at, trailEnd).find((a) => a.via === "name" && a.entityType === "person" && /^\s*$/.test(ctx.text.slice(at, a.start)));
    if (!after || !/^\s*[,.]/.test(ctx.text.slice(after.end, after.end + 2))) return null;
    return { ...NONE, speaker: { key: after.entity, start: after.start, end: after.end }, clause: { start: from, end: after.end }, rule: "quote-anyverb-name" };
  },
};
