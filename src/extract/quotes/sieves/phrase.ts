import { wordCount } from "../clauses.js";
import { NONE, type Sieve } from "./types.js";

/** One word, or every long word capitalised: a name, nickname or title rather than words said. */
export function isTitle(words: string): boolean {
  const all = words.split(/\s+/).filter(Boolean);
  return all.length < 2 || all.filter((w) => w.length > 3).every((w) => /^\p{Lu}/u.test(w));
}

/** A handle, hashtag, address or number: quoted as a label, never said. */
const LABEL = /^(?:[@#]\S+|https?:\/\/\S+|[\d\s.,:/-]+)$/u;
/** Words that announce a title or a name: `on "Meet the Voters"`, `CNN's "Late Hour"`, `a book titled "Blue Water"`. */
const NAMES_NEXT =
  /(?:\b(?:on|in|at|from|of|titled|entitled|named|dubbed|nicknamed|show|program|programme|book|novel|film|movie|song|album|series|slogan|hashtag|headline)|['’]s?)\s*$/i;
/** Longest title believed. */
const MAX_TITLE_WORDS = 8;

/**
 * A title or name in quotation marks — a show, a book, a nickname — named where a title
 * stands ("on", "a book titled", a possessive), and any handle or number: nobody's words,
 * whatever cue the sentence has.
 */
export const titleSieve: Sieve = {
  id: "phrase-title",
  attribute: (ctx, { q, sentenceFrom }) => {
    const before = ctx.text.slice(Math.max(sentenceFrom, q.start - 40), q.start);
    const title = wordCount(q.text) <= MAX_TITLE_WORDS && isTitle(q.text.replace(/[.,!?]+$/, "")) && NAMES_NEXT.test(before);
    return title || LABEL.test(q.text) ? { ...NONE, phrase: true } : null;
  },
};

/** Fewer words than this, quoted inside a sentence that no cue attributes, are scare quotes. */
const MIN_UTTERANCE_WORDS = 4;

/**
 * Quoted words inside a sentence that no cue attributes and that read as a name ("Sportsman of
 * the Year") or are too short to be an utterance (a "promoted trend"): scare quotes or a
 * name, kept out of speakers and quote edges.
 */
export const phraseSieve: Sieve = {
  id: "phrase",
  attribute: (_ctx, { q, partial }) => (partial && (isTitle(q.text) || wordCount(q.text) < MIN_UTTERANCE_WORDS) ? { ...NONE, phrase: true } : null),
};
