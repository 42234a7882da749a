import type { EntityKey } from "../types.js";
import { anchorsIn, type Anchor } from "./anchors.js";
import type { SpeakerContext } from "./speaker.js";

/** Phrases after which the outlet that carried the words is named. */
const BEFORE_OUTLET: { re: RegExp; people: boolean }[] = [
  { re: /\b(?:quoted(?:\s+as\s+saying)?|reported|cited)\s+by\s+/g, people: true },
  { re: /\b(?:told|tells|telling)\s+/g, people: false },
  { re: /\b(?:in|during)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:interview|conversation|statement|comments?|remarks|op-ed|column)\s+(?:with|to|for|in|on)\s+/g, people: false },
  { re: /\b(?:speaking|talking|writing)\s+(?:to|with|in|on)\s+/g, people: false },
  { re: /\bwrote\s+in\s+/g, people: false },
  { re: /\baccording\s+to\s+/gi, people: false },
];
/** Phrases before which it is named: "…," he said, Reuters reported. */
const AFTER_OUTLET = /^\s+(?:reported|reports|quoted|cited)\b/;

/** At most this many words ("the", "Russia's state") between the phrase and the outlet. */
const MAX_GAP_WORDS = 3;

function outletAfter(ctx: SpeakerContext, from: number, to: number, people: boolean): Anchor | undefined {
  return anchorsIn(ctx.anchors, from, to).find((a) => {
    if (a.via !== "name") return false;
    if (a.entityType !== "organization" && !(people && a.entityType === "person")) return false;
    const gap = ctx.text.slice(from, a.start);
    return !/[,.;:!?"“”]/.test(gap) && gap.split(/\s+/).filter(Boolean).length <= MAX_GAP_WORDS;
  });
}

/**
 * The outlet (or person) that reported a quote, named in its attribution clause text[from, to):
 * "was quoted as saying by RIA Novosti", "told Reuters", "in an interview with the BBC",
 * "Interfax quoted him as saying". A dateline elsewhere in the article is never looked at.
 */
export function reporterIn(ctx: SpeakerContext, from: number, to: number, speaker: EntityKey | null): EntityKey | null {
  const clause = ctx.text.slice(from, to);
  const found: { at: number; key: EntityKey }[] = [];
  for (const { re, people } of BEFORE_OUTLET) {
    for (const m of clause.matchAll(re)) {
      const outlet = outletAfter(ctx, from + m.index + m[0].length, to, people);
      if (outlet && outlet.entity !== speaker) found.push({ at: outlet.start, key: outlet.entity });
    }
  }
  for (const a of anchorsIn(ctx.anchors, from, to)) {
    if (a.via !== "name" || a.entityType !== "organization" || a.entity === speaker) continue;
    if (AFTER_OUTLET.test(ctx.text.slice(a.end, to))) found.push({ at: a.start, key: a.entity });
  }
  found.sort((a, b) => a.at - b.at);
  return found[0]?.key ?? null;
}
