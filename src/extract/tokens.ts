import nlp from "compromise";
import type { Sentence } from "./types.js";

/** One word of the article as compromise tokenises it, with offsets into the article text. */
export interface Token {
  /** Offsets of the word itself, a trailing possessive ('s, ’s, s') excluded. */
  start: number;
  end: number;
  /** The word as written, possessive excluded. */
  word: string;
  /** Lower case, dots removed: the form gazetteers are keyed on ("U.S." → "us"). */
  norm: string;
  possessive: boolean;
  /** End of the word as written, possessive included. */
  rawEnd: number;
  /** What separates this word from the next one (spaces, punctuation, a hyphen). */
  post: string;
  /** Punctuation glued before the word (an opening quote or bracket). */
  pre: string;
  /** First letter upper case (or an initial digit: "501st Legion"). */
  cap: boolean;
  /** Two or more capitals and no lower-case letter ("NATO", "U.S.", "M5S"). */
  upper: boolean;
  tags: ReadonlySet<string>;
  sentence: number;
  /** First word of its sentence: its capital letter says little. */
  first: boolean;
}

export interface Tokenized {
  tokens: Token[];
  sentences: Sentence[];
}

const POSSESSIVE = /(?:['’]s|(?<=s)['’])$/;
// compromise keeps `said "no." Next` in one sentence, and ignores paragraph breaks.
const EXTRA_BREAK = /\n|[.!?]["”’)]+\s/;
const STARTERS = new Set(["The", "He", "She", "It", "They", "We", "This", "These", "Those", "His", "Her", "Its", "Their", "In", "But", "A", "An", "I"]);

interface CompromiseView {
  document: CompromiseTerm[][];
  compute(hooks: string | string[]): unknown;
}
interface CompromiseWorld {
  hooks: string[];
  methods: { one: { tokenize: { fromString(text: string, world: CompromiseWorld): CompromiseTerm[][] } } };
}
const WORLD = nlp.world() as unknown as CompromiseWorld;
const View = nlp("").constructor as new (document: CompromiseTerm[][]) => CompromiseView;
// nlp(text) runs every hook, the last one ("chunks") grouping words into noun and verb phrases:
// ~8% of compromise's time, and it sets no tag. Nothing here reads chunks, so the pass is
// nlp()'s own — same tokenizer, same hooks in the same order — less that last one.
const HOOKS = WORLD.hooks.filter((h) => h !== "chunks");

/** Words and sentences of a text, from one compromise pass (tagging, no phrase chunking). */
export function tokenize(text: string): Tokenized {
  const doc = new View(WORLD.methods.one.tokenize.fromString(text, WORLD));
  if (text) doc.compute(HOOKS);
  doc.compute("offset");
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentenceStart = -1;
  const close = (end: number): void => {
    if (sentenceStart < 0) return;
    sentences.push({ start: sentenceStart, end, text: text.slice(sentenceStart, end) });
    sentenceStart = -1;
  };
  for (const terms of doc.document) {
    close(sentenceEnd(tokens));
    for (const term of terms) {
      if (!term.offset) continue;
      const start = term.offset.start;
      const raw = text.slice(start, start + term.offset.length);
      if (!raw) continue;
      // compromise reads "to the U.S. The President …" as one sentence.
      const prev = tokens[tokens.length - 1];
      if (prev && sentenceStart >= 0 && prev.word.endsWith(".") && /^\s+$/.test(prev.post) && STARTERS.has(raw)) close(sentenceEnd(tokens));
      if (sentenceStart < 0) sentenceStart = start;
      const m = POSSESSIVE.exec(raw);
      const word = m && raw.length > m[0].length ? raw.slice(0, raw.length - m[0].length) : raw;
      const letters = word.replace(/[^\p{L}]/gu, "");
      const token: Token = {
        start,
        end: start + word.length,
        word,
        norm: word.toLowerCase().replace(/\./g, ""),
        possessive: word !== raw,
        rawEnd: start + raw.length,
        post: term.post ?? "",
        pre: (term.pre ?? "").trim(),
        cap: /^[\p{Lu}\d]/u.test(word) && /\p{L}/u.test(word),
        upper: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
        tags: term.tags,
        sentence: sentences.length,
        first: tokens.length === 0 || tokens[tokens.length - 1]!.sentence !== sentences.length,
      };
      tokens.push(token);
      if (EXTRA_BREAK.test(token.post)) close(sentenceEnd(tokens));
    }
  }
  close(sentenceEnd(tokens));
  return { tokens, sentences };
}

/** A sentence ends after its last word and the punctuation (and closing quote) that follows it. */
function sentenceEnd(tokens: Token[]): number {
  const last = tokens[tokens.length - 1];
  if (!last) return 0;
  return last.rawEnd + /^\S*/u.exec(last.post)![0].length;
}

interface CompromiseTerm {
  text: string;
  pre?: string;
  post?: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
}

/** Only spaces follow the word before the next: no punctuation, no line break ("Moscow said", not "Moscow, said"). */
export function spaceAfter(t: Token): boolean {
  return /^[^\S\n]+$/.test(t.post);
}
