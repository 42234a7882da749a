import { COUNTRIES } from "../gazetteer/countries.js";
import { phraseAt } from "../gazetteer/phrases.js";
import { HOME_NATIONS, ORG_HEADS, PLACE_HEADS, SPEECH_VERBS } from "../gazetteer/words.js";
import { countryKey, entityKey } from "../keys.js";
import { spanText, type Span } from "../spans.js";
import { countryAsTeam, nationalTeam, peopleAsTeam } from "../sports/team.js";
import { spaceAfter, type Token } from "../tokens.js";
import { actsAsState } from "./capitals.js";
import { nameNorms, normOf } from "./norms.js";
import { organization } from "./organizations.js";
import { onlyFirstName, ownerOf, sameFullName, type PersonName } from "./persons.js";
import type { Keyed } from "./types.js";

/** The entity one span names, given the article's full names and whether it is a sports report; null: no mention. */
export function decide(tokens: Token[], span: Span, persons: PersonName[], sports: boolean): Keyed | null {
  const surface = spanText(tokens, span.first, span.last);
  const prev = tokens[span.first - 1];
  if (sports && peopleAsTeam(tokens, span, surface)) return nationalTeam(span, surface, COUNTRIES.labels.get(span.code!)!);
  if (span.demonym) return null;
  if (span.type === "country" || (span.type === null && sports && HOME_NATIONS.has(normOf(tokens, span)))) {
    const code = span.code;
    const label = code ? COUNTRIES.labels.get(code)! : HOME_NATIONS.get(normOf(tokens, span))!;
    if (sports && countryAsTeam(tokens, span)) return nationalTeam(span, surface, label);
    if (!code) return null;
    return { span, type: "country", key: countryKey(code), surface, label };
  }
  if (span.capital) {
    if (!actsAsState(tokens, span)) return null;
    return { span: { ...span, rule: "coref.capital-acts" }, type: "country", key: countryKey(span.code!), surface, label: COUNTRIES.labels.get(span.code!)! };
  }
  if (span.type === "organization") {
    // "Dupont said" after "Emmanuel Dupont": the article's person beats the lexicon's company.
    const person = span.first === span.last && !span.org && !tokens[span.first]!.upper ? ownerOf(persons, nameNorms(tokens, span), span.first, true) : null;
    if (person) return { span: { ...span, type: "person", rule: "coref.surname" }, type: "person", key: person.key, surface };
    return organization(tokens, span, surface);
  }
  const norms = nameNorms(tokens, span);
  const full = sameFullName(persons, norms);
  if (span.type === "person" && full) return { span, type: "person", key: full.key, surface };
  const owner = ownerOf(persons, norms, span.first, span.common === true);
  if (owner) return { span: span.type === "person" ? span : { ...span, rule: "coref.surname" }, type: "person", key: owner.key, surface };
  const next = tokens[span.last + 1];
  // "Acme's chief executive", "Labour's Shadow Home Secretary": an untyped name that owns a title is an
  // organization; an ordinary word ("Labour") only when the title is capitalised, not "the nation's top doctor".
  const ownsTitle = tokens[span.last]!.possessive && [1, 2, 3].some((d) => tokens[span.last + d] && phraseAt(tokens, span.last + d, ["role"]));
  if (span.type === null && ownsTitle && (!span.common || next?.cap)) {
    return { span: { ...span, type: "organization", strong: true, rule: "coref.owns-title" }, type: "organization", key: entityKey("organization", surface), surface };
  }
  if (span.common) return null;
  const speaks = next !== undefined && SPEECH_VERBS.has(next.norm) && spaceAfter(tokens[span.last]!);
  // "The Gazette reported": a publication, not a person.
  // "the Court": left for the body named before it (see untyped.ts).
  if (span.head) return null;
  if (span.type === null && speaks && prev?.norm === "the") {
    return { span: { ...span, type: "organization", strong: true, rule: "coref.publication-speaks" }, type: "organization", key: entityKey("organization", surface), surface };
  }
  // A lone first name ("Brent crude") is a person only when it speaks or carries a title.
  const lone = span.type === "person" && !span.strong && span.role === undefined && onlyFirstName(tokens[span.first]!);
  const word = tokens[span.first]!.norm;
  if (span.first === span.last && (ORG_HEADS.has(word) || PLACE_HEADS.has(word))) return null;
  if ((span.type === "person" && (!lone || speaks)) || (span.type === null && speaks)) {
    return { span: { ...span, type: "person", ...(span.type === "person" ? {} : { rule: "coref.speaks" }) }, type: "person", key: entityKey("person", surface), surface };
  }
  return null;
}
