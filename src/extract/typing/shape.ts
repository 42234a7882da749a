import { COMMON_WORDS } from "../gazetteer/common-words.js";
import { knownName } from "../known.js";
import type { Token } from "../tokens.js";

// Word shapes the person and organization rules both read.

const PERSON_TAGS = ["Person", "FirstName", "LastName", "MaleName", "FemaleName"];

/** compromise tagged the word as (part of) a person's name in this sentence. */
export function personTag(t: Token): boolean {
  return PERSON_TAGS.some((tag) => t.tags.has(tag));
}

/** Some word of first..last is tagged or known as a person's name. */
export function personTagged(tokens: Token[], first: number, last: number): boolean {
  return range(first, last).some((k) => personTag(tokens[k]!) || knownName(tokens[k]!.norm));
}

/** The lower-case half of a hyphenated name ("Suk-yeol"). */
export function glued(tokens: Token[], k: number): boolean {
  return !tokens[k]!.cap && tokens[k - 1]?.post === "-";
}

/** An initial: "L." in "J. Edgar Hoover". */
export function initial(t: Token): boolean {
  return /^\p{Lu}$/u.test(t.word) && t.post.startsWith(".");
}

/** Words of a name, a hyphenated pair counting once ("Joo-Ho"). */
export function nameWords(tokens: Token[], first: number, last: number): number {
  let n = 0;
  for (let k = first; k <= last; k++) if (k === first || tokens[k - 1]!.post !== "-") n++;
  return n;
}

/** An ordinary English word, unless compromise reads it as a name here or it is an initial. */
export function isCommon(t: Token): boolean {
  if (initial(t)) return false;
  return COMMON_WORDS.has(t.norm) && !personTag(t);
}

export function range(first: number, last: number): number[] {
  const out: number[] = [];
  for (let k = first; k <= last; k++) out.push(k);
  return out;
}
