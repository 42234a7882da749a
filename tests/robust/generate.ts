/**
 * Seeded generator of the inputs a real corpus contains and a pipeline must survive: wire
 * copies, very long articles, tables of capitalised words, quote storms, sentences without a
 * full stop, endless tokens, lists of names. Every name is invented (syllables drawn from a
 * seeded generator), so no result can be keyed to a real article.
 */
import { brownPressPieces } from "../bench/corpus.js";
// The project's one seeded generator (src/common/rng.ts).
import { seededRandom as seeded } from "../../src/common/rng.js";

const SYLLABLES = ["ka", "lor", "mi", "ven", "dra", "so", "tel", "bru", "an", "qui", "zor", "el", "pa", "rim", "gus", "ot"];

export interface Generator {
  /** An invented capitalised word ("Korvendra"). */
  name(): string;
  /** "Firstname Lastname". */
  person(): string;
  pick<T>(items: readonly T[]): T;
}

export function generator(seed = 1): Generator {
  const random = seeded(seed);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const name = () => {
    const n = 2 + Math.floor(random() * 2);
    let w = "";
    for (let i = 0; i < n; i++) w += pick(SYLLABLES);
    return w[0]!.toUpperCase() + w.slice(1);
  };
  return { name, person: () => `${name()} ${name()}`, pick };
}

/** Ordinary news prose of about `chars` characters (Brown press pieces joined by paragraph breaks). */
export function prose(chars: number): string {
  const pieces = brownPressPieces();
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const text = pieces[i % pieces.length]!.text;
    parts.push(text);
    length += text.length + 2;
  }
  return parts.join("\n\n").slice(0, chars);
}

/** The same prose cut at paragraph ends into articles of about `size` characters. */
export function splitProse(text: string, size: number): string[] {
  const out: string[] = [];
  let buf = "";
  for (const paragraph of text.split("\n\n")) {
    buf = buf ? `${buf}\n\n${paragraph}` : paragraph;
    if (buf.length >= size) {
      out.push(buf);
      buf = "";
    }
  }
  if (buf) out.push(buf);
  return out;
}

/** A table, a list of names, an all-caps document: `words` capitalised words, few full stops. */
export function capitalRun(words: number, seed = 2): string {
  const g = generator(seed);
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(g.name());
  return out.join(" ");
}

/** `marks` quotation marks, balanced or not, interleaved with names and speech verbs. */
export function quoteStorm(marks: number, seed = 3): string {
  const g = generator(seed);
  const parts: string[] = [];
  const verbs = ["said", "told", "added", "asked", "wrote"];
  for (let i = 0; i < marks; i++) {
    const mark = g.pick(['"', "“", "”", "'", "«", "»"]);
    parts.push(`${mark}${g.name()} ${g.pick(verbs)} ${g.person()}`);
  }
  return parts.join(" ");
}

/** One sentence of `words` ordinary words and some names, with no full stop. */
export function longSentence(words: number, seed = 4): string {
  const g = generator(seed);
  const common = ["the", "minister", "of", "and", "with", "talks", "on", "said", "in", "a", "new", "deal", "for", "trade"];
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(i % 12 === 0 ? g.person() : g.pick(common));
  return out.join(" ");
}

/** A sentence around one token of `chars` characters (a base64 blob, a URL gone wrong). */
export function longToken(chars: number, seed = 5): string {
  const g = generator(seed);
  let token = "";
  while (token.length < chars) token += g.name();
  return `${g.person()} posted ${token.slice(0, chars)} on Tuesday, ${g.person()} said.`;
}

/** One sentence naming `entities` distinct people: a list, a table row. */
export function nameList(entities: number, seed = 6): string {
  const g = generator(seed);
  const seen = new Set<string>();
  while (seen.size < entities) seen.add(g.person());
  return `The signatories were ${[...seen].join(", ")} and others, ${g.person()} said.`;
}

/** Deeply nested brackets and quotes around a name. */
export function deepNesting(depth: number, seed = 7): string {
  const g = generator(seed);
  return `${"(“".repeat(depth)}${g.person()} said so${"”)".repeat(depth)}.`;
}

/** Ordinary prose with every word capitalised (a headline-cased or all-caps document). */
export function titleCased(chars: number, upper = false): string {
  const text = prose(chars);
  return upper ? text.toUpperCase() : text.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
}
