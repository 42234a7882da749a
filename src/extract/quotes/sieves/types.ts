import type { EntityKey, TextSpan } from "../../types.js";
import type { Cue } from "../cues.js";
import type { Paragraph, QuoteSpan } from "../marks.js";
import type { Found, SpeakerContext } from "../speaker.js";

/** What a sieve decided for one quote. */
export interface Attribution {
  /** The speaker, and where the words naming it stand (none when it is carried over from context). */
  speaker: (Partial<Found> & { key: EntityKey }) | null;
  /** Where the attribution names its speaker without a name the article resolves ("a spokeswoman"). */
  nominal?: TextSpan;
  cue: Cue | null;
  reportedBy: EntityKey | null;
  /** The attributing clause, when the text has one. */
  clause: TextSpan | null;
  /** For a partial quote: the reported clause holding it. */
  content?: TextSpan;
  /** A more precise id than the sieve's own, for a sieve that tells several patterns apart ("according-to"). */
  rule?: string;
  /** Quoted words nobody is said to utter: a title, a nickname, scare quotes. */
  phrase?: boolean;
}

/** A quote being attributed, and where it stands. */
export interface Site {
  q: QuoteSpan;
  paragraph: Paragraph;
  paragraphs: Paragraph[];
  /** Start of the sentence holding the opening mark. */
  sentenceFrom: number;
  /** How far after the quote its attribution may run. */
  trailEnd: number;
  /** Words of the sentence stand before the mark: the quote is part of a sentence, not a sentence itself. */
  partial: boolean;
  previous: QuoteSpan | undefined;
  /** Quotations attributed so far (phrases left out), in text order. */
  done: { q: QuoteSpan; speaker: EntityKey | null }[];
}

/**
 * One attribution rule. `attribute` returns null when its pattern is absent, so the next sieve
 * is tried; an Attribution (even one without a speaker) ends the search.
 */
export interface Sieve {
  id: string;
  attribute(ctx: SpeakerContext, site: Site): Attribution | null;
}

export const NONE: Attribution = { speaker: null, cue: null, reportedBy: null, clause: null };

/** What several sieves look at, computed once per quote. */
export function once<T>(make: (ctx: SpeakerContext, site: Site) => T): (ctx: SpeakerContext, site: Site) => T {
  const seen = new WeakMap<Site, { value: T }>();
  return (ctx, site) => {
    let hit = seen.get(site);
    if (!hit) seen.set(site, (hit = { value: make(ctx, site) }));
    return hit.value;
  };
}
