import { NONE, type Sieve } from "./types.js";

/** One word, or every long word capitalised: a name, nickname or title rather than words said. */
export function isTitle(words: string): boolean {
  const all = words.split(/\s+/).filter(Boolean);
  return all.length < 2 || all.filter((w) => w.length > 3).every((w) => /^\p{Lu}/u.test(w));
}

/** A handle, hashtag, address or number: quoted as a label, never said. */
const LABEL = /^(?:[@#]\S+|https?:\/\/\S+|[\d\s.,:/-]+)$/u;

/**
 * Quoted words inside a sentence that no cue attributes and that read as a name — a show, a
 * book, a nickname ("Sportsman of the Year", "Blue Water"), a handle or a number — are a
 * phrase: nobody's words, kept out of speakers and quote edges.
 */
export const phraseSieve: Sieve = {
  id: "phrase",
  attribute: (_ctx, { q, partial }) => (LABEL.test(q.text) || (partial && isTitle(q.text)) ? { ...NONE, phrase: true } : null),
};
