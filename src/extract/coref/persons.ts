import { entityKey } from "../keys.js";
import { spanText, type Span } from "../spans.js";
import type { Token } from "../tokens.js";
import { contains, endsWith, nameNorms } from "./norms.js";

/** A full name the article gives a person. */
export interface PersonName {
  norms: string[];
  key: string;
  first: number;
  /** Token indices where the full name is written. */
  at: number[];
}

/** Full names (two words or more) the article gives people, each keyed by its longest form. */
export function personNames(tokens: Token[], spans: Span[]): PersonName[] {
  const names: PersonName[] = [];
  for (const span of spans) {
    if (span.type !== "person" || !span.strong || span.last === span.first) continue;
    const norms = nameNorms(tokens, span);
    const known = names.find((n) => n.norms.join(" ") === norms.join(" "));
    if (known) {
      known.at.push(span.first);
      continue;
    }
    names.push({ norms, key: entityKey("person", spanText(tokens, span.first, span.last)), first: span.first, at: [span.first] });
  }
  // "Yat Sen" after "Sun Yat Sen": a name inside a longer one is that person.
  for (const n of names) {
    const longer = names.filter((m) => m.norms.length > n.norms.length && contains(m.norms, n.norms));
    if (longer.length === 1) n.key = longer[0]!.key;
  }
  return names;
}

/** The full name written exactly so ("Ingrid Solberg" again). */
export function sameFullName(persons: PersonName[], norms: string[]): PersonName | undefined {
  return persons.find((p) => p.norms.length === norms.length && p.norms.every((n, i) => n === norms[i]));
}

/**
 * The person a partial name belongs to: the one whose surname (or name part) it is. Among
 * several, the one the article has named in full most often so far, then the nearest before it.
 */
export function ownerOf(persons: PersonName[], norms: string[], at: number, surnameOnly: boolean): PersonName | null {
  const byLast = persons.filter((p) => p.norms.length > norms.length && endsWith(p.norms, norms));
  const candidates = byLast.length || surnameOnly ? byLast : persons.filter((p) => p.norms.length > norms.length && contains(p.norms, norms));
  if (!candidates.length) return null;
  const before = candidates.filter((p) => p.first < at);
  if (!before.length) return candidates.reduce((best, p) => (p.first < best.first ? p : best));
  const weight = (p: PersonName) => p.at.filter((i) => i < at).length;
  const nearest = (p: PersonName) => Math.max(...p.at.filter((i) => i < at));
  return before.reduce((best, p) => (weight(p) > weight(best) || (weight(p) === weight(best) && nearest(p) > nearest(best)) ? p : best));
}

/** compromise reads the word as a first name only ("Brent"): alone, it names someone only when it speaks or carries a title. */
export function onlyFirstName(t: Token): boolean {
  return t.tags.has("FirstName") && !t.tags.has("LastName");
}
