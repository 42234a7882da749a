import { COMMON_WORDS } from "../gazetteer/common-words.js";
import { phraseAt, phrasesAt } from "../gazetteer/phrases.js";
import { LOCATIVES, NAME_PARTICLES, NOT_NAMES, ORG_HEADS, PLACE_HEADS } from "../gazetteer/words.js";
import { knownName, knownOrganization, knownPlace } from "../known.js";
import type { Span } from "../spans.js";
import type { RoleContext } from "../titles/context.js";
import type { Token } from "../tokens.js";
import { pushPhrase } from "./gazetteer.js";
import type { Piece } from "./piece.js";
import { glued, initial, isCommon, nameWords, range } from "./shape.js";

// Person decisions (rules person.*): titles before the name, the name's shape, compromise's tags.

/** Name-shaped: one to four capitalised words (particles and initials allowed), none an ordinary word or a known place. */
export function looksLikePerson(tokens: Token[], first: number, last: number): boolean {
  let words = 0;
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!;
    if ((NAME_PARTICLES.has(t.norm) && k > first && k < last) || (glued(tokens, k) && k > first)) continue;
    if (!t.cap || t.upper && t.word.replace(/\./g, "").length > 1 || ORG_HEADS.has(t.norm) || PLACE_HEADS.has(t.norm) || NOT_NAMES.has(t.norm)) return false;
    if (isCommon(t) || knownPlace(t.norm) || knownOrganization(t.norm)) return false;
    if (phraseAt(tokens, k, ["country", "demonym", "org", "role"])) return false;
    words++;
  }
  if (last > first && knownPlace(tokens.slice(first, last + 1).map((t) => t.norm).join(" "))) return false;
  return words >= 1 && words <= 4;
}

/** A person's span, carrying the title and affiliation that stood before it. */
export function person(first: number, last: number, context: RoleContext, strong: boolean, rule: string): Span {
  return {
    first,
    last,
    type: "person",
    strong,
    rule,
    ...(context.role ? { role: context.role } : {}),
    ...(context.affiliation ? { affiliation: context.affiliation } : {}),
  };
}

/** `person.after-gazetteer-phrase`: "NATO Jens Stoltenberg", "Kenyan Amara Odhiambo": a gazetteer phrase, then a name. */
export function personAfterPhrase(p: Piece): boolean {
  const { tokens, first, last, out, context } = p;
  for (const m of phrasesAt(tokens, first)) {
    if (m.value.kind === "role" || m.end >= last || !looksLikePerson(tokens, m.end, last)) continue;
    pushPhrase(tokens, m, first, out);
    out.push(person(first === m.end ? first : m.end, last, context, true, "person.after-gazetteer-phrase"));
    return true;
  }
  return false;
}

/**
 * `person.titled`: a name after a title ("Minister Ingrid Solberg"). Decides the piece whether or
 * not it is a name: a bare ordinary word or body after a title is the title's complement.
 */
export function titledPerson(p: Piece, personTagged: boolean): boolean {
  const { tokens, first, last, out, context } = p;
  if (context.role === undefined || !range(first, last).every((k) => tokens[k]!.cap || NAME_PARTICLES.has(tokens[k]!.norm) || glued(tokens, k)) || last - first >= 5) return false;
  // "Minister of Education Stefania Giannini": the title's complement comes before the name.
  let from = first;
  while (from < last && COMMON_WORDS.has(tokens[from]!.norm) && !initial(tokens[from]!) && looksLikePerson(tokens, from + 1, last)) from++;
  const bare = from === last && (isCommon(tokens[from]!) || knownOrganization(tokens[from]!.norm) || (context.bridged && !personTagged));
  if (!bare) out.push(person(from, last, { role: context.role, ...(context.affiliation ? { affiliation: context.affiliation } : {}) }, true, "person.titled"));
  return true;
}

/** `person.descriptor-dropped`: "Policemen James Jones": an ordinary word before a full name is a description, not part of it. */
export function personAfterDescriptor(p: Piece): boolean {
  const { tokens, first, last, out, context } = p;
  const t = tokens[first]!;
  if (first === last || !COMMON_WORDS.has(t.norm) || initial(t) || nameWords(tokens, first + 1, last) < 2 || !looksLikePerson(tokens, first + 1, last)) return false;
  out.push(person(first + 1, last, context, true, "person.descriptor-dropped"));
  return true;
}

/** `person.name-shape`: two words or more shaped like a name, or led by a known first name, or tagged as one with no ordinary word or place. */
export function personByShape(p: Piece, personTagged: boolean): boolean {
  const { tokens, first, last, out, context } = p;
  if (first === last) return false;
  const t = tokens[first]!;
  const firstName = knownName(t.norm) && !knownPlace(t.norm) && !PLACE_HEADS.has(tokens[last]!.norm) && range(first + 1, last).every((k) => tokens[k]!.cap && !ORG_HEADS.has(tokens[k]!.norm) && !knownPlace(tokens[k]!.norm));
  if (!(looksLikePerson(tokens, first, last) || firstName || (personTagged && range(first, last).every((k) => !isCommon(tokens[k]!) && !knownPlace(tokens[k]!.norm))))) return false;
  out.push(person(first, last, context, true, "person.name-shape"));
  return true;
}

/**
 * `person.compromise-name`: a bare capitalised word is a person (a weak one) only if compromise
 * knows it as a name and no article or locative precedes it ("the Mombasa", "in Mombasa").
 */
export function personByTag(p: Piece, personTagged: boolean): boolean {
  const { tokens, first, last, out, context } = p;
  const determiner = tokens[first - 1]?.norm === "the" || LOCATIVES.has(tokens[first - 1]?.norm ?? "");
  if (!personTagged || determiner) return false;
  out.push(person(first, last, context, false, "person.compromise-name"));
  return true;
}
