import { capitalised, SUFFIX_ABBREVIATIONS, TITLE_ABBREVIATIONS } from "../../lexicon/titles.js";
import type { Sentence } from "../types.js";
import type { Paragraph } from "./marks.js";
import { firstEndingAfter } from "./spans.js";

/** Words that start a clause, not a speaker's name: `a "disaster" and said…` is no "X said" (but "warm-and-fuzzy Roe said" is). */
export const CLAUSE_WORD = /(?<![\w-])(?:and|but|or|that|which|because|if|when|while|although|though|so|then|after|before)(?![\w-])/;

/** Sentence holding a position; a mark in the gap between sentences belongs to the next one. */
export function sentenceAt(sentences: Sentence[], at: number): number {
  return Math.min(firstEndingAfter(sentences, at), Math.max(0, sentences.length - 1));
}

/** A sentence split after these is none: a title before a name, a party tag ("Sen. Rand Roe (R-Ky.) said"). */
const NO_SENTENCE_END = new RegExp(`(?:\\([^()]{1,12}\\.\\)|\\b(?:${TITLE_ABBREVIATIONS.map(capitalised).join("|")})\\.)\\s*$`);

/**
 * Start of the sentence holding a position, never before its paragraph nor after a split that
 * is no sentence end; never more than `lookBack` characters before the position.
 */
export function sentenceStart(sentences: Sentence[], at: number, paragraph: Paragraph, lookBack: number): number {
  let k = sentenceAt(sentences, at);
  const startOf = (i: number) => {
    const s = sentences[i];
    return Math.max(paragraph.start, s && s.start <= at ? s.start : paragraph.start);
  };
  while (k > 0 && startOf(k) > Math.max(paragraph.start, at - lookBack) && NO_SENTENCE_END.test(sentences[k - 1]!.text)) k--;
  return Math.max(startOf(k), at - lookBack);
}

/**
 * Titles whose full stop never ends a clause. "Capt." and "Rev." are not among them yet: taking
 * them moves a few PolNeAR quote ends (train and dev figures change both ways), which is a
 * quality change to make on its own, not in a refactoring.
 */
const CLAUSE_TITLES = TITLE_ABBREVIATIONS.filter((t) => t !== "capt" && t !== "rev");
/** A word before a full stop that makes it an abbreviation, not a sentence end ("U.S.", "Mr."). */
const ABBREVIATION = new RegExp(`^(?:(?:\\p{Lu}\\.)*\\p{Lu}|${[...CLAUSE_TITLES, ...SUFFIX_ABBREVIATIONS].map(capitalised).join("|")})$`, "u");

/** End of the clause that starts at `from`: the first sentence end that is no abbreviation ("U.S.", "Mr."). */
export function clauseEnd(text: string, from: number, to: number): number {
  // Searched within the window only: a text without sentence ends must not be scanned once per quote.
  const window = text.slice(from, to);
  for (const m of window.matchAll(/[.!?;](?=\s+["“‘'(]?[A-Z]|\s*$)|\n/g)) {
    const word = window.slice(Math.max(0, m.index - 5), m.index).split(/\s/).pop() ?? "";
    if (m[0] === "." && ABBREVIATION.test(word)) continue;
    return from + m.index;
  }
  return to;
}

/** Where "said the Russian leader" stops: the next comma or clause break. */
export function nextStop(text: string, from: number, to: number): number {
  const i = text.slice(from, to).search(/[,;:!?"“”]/);
  return i < 0 ? to : from + i;
}

/** How many words a stretch of text holds. */
export const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * Where a reported clause stops: a sentence end (inside the closing mark too), a semicolon, a
 * dash aside, a line break, a new clause ("…, echoing", "while …", "and said …").
 */
const CLAUSE_STOP =
  /[.!?]["”’']*(?=\s|$)|;|\s[—–]\s|\s--\s|—(?=\p{Ll})|\n|,\s+\p{Ll}+ing\b|\s(?:while|whereas|but)\s|\s(?:and|but)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+(?:ed|ied)|said|says|told|tells|wrote|writes|adds)\b/gu;

/**
 * The reported clause a partial quote stands in: from the words after its cue (from "that",
 * when the cue has an object first: "told Acme that…") to the end of the clause the quote
 * ends in — `says [the plan is "dead on arrival"]`. A quote that ends its sentence inside its
 * marks ends the clause.
 */
export function reportedClause(text: string, cueEnd: number, quote: { start: number; end: number }, limit: number): { start: number; end: number } {
  const gap = text.slice(cueEnd, quote.start);
  const that = /^\s+(?:[^\s;:"“”]+\s+){0,16}?(?=that\b)/.exec(gap);
  const start = cueEnd + (that ? that[0].length : (/^[\s,:]*/.exec(gap)?.[0].length ?? 0));
  // A sentence end or a comma inside the closing mark ends the clause (`says things "should be settled," adding…`).
  if (/[.!?,]["”’'“]*$/.test(text.slice(quote.start, quote.end))) return { start, end: quote.end };
  const window = text.slice(quote.end, limit);
  for (const m of window.matchAll(CLAUSE_STOP)) {
    const word = window.slice(Math.max(0, m.index - 5), m.index).split(/\s/).pop() ?? "";
    if (m[0] === "." && ABBREVIATION.test(word)) continue;
    return { start, end: quote.end + m.index };
  }
  return { start, end: limit };
}

/** A noun phrase that names a speaker without a name: "a spokeswoman for the ministry", "the official", "two aides". */
const NOMINAL = /(?:^\s*|[,(]\s*)((?:the|a|an|one|another|two|three|four|several|some|many|other)\s+[^,;:()"“”]{2,80}?)\s*$/i;

/** The nominal speaker standing in text[from, to) — the last one, after any comma — or null. */
export function nominalIn(text: string, from: number, to: number): { start: number; end: number } | null {
  const m = NOMINAL.exec(text.slice(from, to));
  if (!m || wordCount(m[1]!) > 10) return null;
  const start = from + m.index + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length };
}

/**
 * A subordinate or participial clause opening the sentence, up to its comma ("When asked about it,", "Later, after
 * the debate ended,", "Like Doe,", "Speaking on Monday,"); "As Roe said," is none: it attributes the main clause.
 */
const LEADING_CLAUSE =
  /^\s*(?:[^,;"“”]{1,40},\s*)?(?:(?:and|but|so|yet|then)\s+)?(?:after|when|while|whereas|although|though|if|since|because|before|once|until|unlike|like|despite|asked|speaking|\p{Lu}\p{Ll}+ing)\b[^,;"“”]*,\s*/iu;

/** Where the main clause of text[from, to) starts: after a leading subordinate or participial clause, else `from`. */
export function mainClauseStart(text: string, from: number, to: number): number {
  const lead = LEADING_CLAUSE.exec(text.slice(from, to));
  return lead ? from + lead[0].length : from;
}
