import type { Token } from "../tokens.js";
import { COUNTRIES, normName } from "./countries.js";
import { ORGANIZATIONS, type OrgEntry } from "./organizations.js";
import { ROLES } from "./words.js";

/** What a gazetteer phrase names. */
export type PhraseValue =
  | { kind: "country"; code: string }
  | { kind: "org"; org: OrgEntry }
  | { kind: "capital"; code: string }
  | { kind: "demonym"; code: string }
  | { kind: "role"; role: string };

interface Phrase {
  norms: string[];
  value: PhraseValue;
  /** Matches only written in capitals ("WHO", "US"). */
  upper: boolean;
  /** Matches in any case (roles: "foreign minister", "Foreign Minister"). */
  anyCase: boolean;
}

export interface PhraseMatch {
  /** Index of the token after the phrase. */
  end: number;
  value: PhraseValue;
}

/** Token forms of a phrase, split as compromise splits text (spaces, and hyphens between letters). */
export function phraseNorms(name: string): string[] {
  return name
    .split(/\s+|(?<=\p{L})-(?=\p{L})/u)
    .filter(Boolean)
    .map((w) => normName(w).replace(/'s$/, ""));
}

const INDEX = new Map<string, Phrase[]>();
function add(name: string, value: PhraseValue, anyCase = false, upper = false): void {
  const norms = phraseNorms(name);
  if (!norms.length) return;
  const list = INDEX.get(norms[0]!) ?? [];
  list.push({ norms, value, upper, anyCase });
  INDEX.set(norms[0]!, list);
}
// Priority when one phrase names two things: country, then organization, capital, demonym.
for (const [key, code] of COUNTRIES.names) add(key, { kind: "country", code }, false, COUNTRIES.upperOnly.has(key));
for (const org of ORGANIZATIONS) {
  for (const name of org.names) add(name, { kind: "org", org }, false, name.length <= 6 && name === name.toUpperCase() && /[A-Z]/.test(name));
}
for (const [key, code] of COUNTRIES.capitals) add(key, { kind: "capital", code });
for (const [key, code] of COUNTRIES.demonyms) add(key, { kind: "demonym", code }, false, key === "us" || key === "uk");
for (const role of ROLES) add(role, { kind: "role", role }, true);
for (const list of INDEX.values()) list.sort((a, b) => b.norms.length - a.norms.length);

const LOWER_INSIDE = new Set(["of", "and", "the", "for", "in", "on", "de", "du", "la", "al", "&"]);

function fits(phrase: Phrase, tokens: Token[], i: number): boolean {
  const n = phrase.norms.length;
  if (i + n > tokens.length) return false;
  const sentence = tokens[i]!.sentence;
  for (let k = 0; k < n; k++) {
    const t = tokens[i + k]!;
    if (t.norm !== phrase.norms[k] || t.sentence !== sentence) return false;
    if (k < n - 1 && (t.possessive || !/^(?:\s+|-|\/)$/.test(t.post))) return false;
    if (phrase.anyCase) continue;
    if (phrase.upper ? !t.upper : !t.cap && !LOWER_INSIDE.has(t.norm)) return false;
  }
  return true;
}

/** Every gazetteer phrase starting at token i, longest first. */
export function phrasesAt(tokens: Token[], i: number): PhraseMatch[] {
  const list = INDEX.get(tokens[i]!.norm);
  if (!list) return [];
  const out: PhraseMatch[] = [];
  for (const p of list) if (fits(p, tokens, i)) out.push({ end: i + p.norms.length, value: p.value });
  return out;
}

/** The longest phrase of one kind starting at token i. */
export function phraseAt<K extends PhraseValue["kind"]>(
  tokens: Token[],
  i: number,
  kinds: readonly K[],
): (PhraseMatch & { value: Extract<PhraseValue, { kind: K }> }) | null {
  for (const m of phrasesAt(tokens, i)) {
    if ((kinds as readonly string[]).includes(m.value.kind)) return m as PhraseMatch & { value: Extract<PhraseValue, { kind: K }> };
  }
  return null;
}
