import type { SpeakerContext } from "../speaker.js";
import { cueBeforeSieve } from "./before.js";
import { closingCueSieve } from "./closing.js";
import { closestMentionSieve } from "./closest.js";
import { colonSieve } from "./colon.js";
import { continuationSieve } from "./continuation.js";
import { introCueSieve, introSieve } from "./intro.js";
import { phraseSieve, titleSieve } from "./phrase.js";
import { possessiveSieve } from "./possessive.js";
import { previousParagraphSieve, previousSentenceSieve } from "./previous.js";
import { subjectSieve } from "./subject.js";
import { creditLineSieve, lateTrailingSieve, trailingSieve } from "./trailing.js";
import { trigramSieve } from "./trigram.js";
import { NONE, type Attribution, type Sieve, type Site } from "./types.js";

export type { Attribution, Site } from "./types.js";

/**
 * The attribution rules, most reliable first (the order of CoreNLP's QuoteAttribution: the
 * quote's own attribution, then its sentence, then its neighbours). README.md lists each id.
 */
export const SIEVES: readonly Sieve[] = [
  titleSieve,
  trailingSieve,
  creditLineSieve,
  introSieve,
  lateTrailingSieve,
  trigramSieve,
  cueBeforeSieve,
  colonSieve,
  possessiveSieve,
  closingCueSieve,
  phraseSieve,
  subjectSieve,
  introCueSieve,
  previousSentenceSieve,
  continuationSieve,
  previousParagraphSieve,
  closestMentionSieve,
];

/** The first sieve that decides, and its id (the sieve's, or the finer pattern it reports). */
export function attribute(ctx: SpeakerContext, site: Site, sieves: readonly Sieve[] = SIEVES): { attribution: Attribution; rule: string | null } {
  for (const sieve of sieves) {
    const attribution = sieve.attribute(ctx, site);
    if (attribution) return { attribution, rule: attribution.rule ?? sieve.id };
  }
  return { attribution: NONE, rule: null };
}
