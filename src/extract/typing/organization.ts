import { COMMON_WORDS } from "../gazetteer/common-words.js";
import { phraseAt, phrasesAt } from "../gazetteer/phrases.js";
import { NOT_NAMES, ORG_FIRSTS, ORG_HEADS, ORG_LEADS } from "../gazetteer/words.js";
import { knownName, knownOrganization, knownPlace } from "../known.js";
import type { Token } from "../tokens.js";
import { nestedPlaces } from "./gazetteer.js";
import { looksLikePerson, person } from "./person.js";
import type { Piece } from "./piece.js";
import { isCommon, range } from "./shape.js";

// Organization decisions (rules org.*): the shape of the name, the words around it, compromise's lexicon.

const COLLECTIVES = new Set(["team", "group", "club", "squad"]);
// Endings of ordinary nouns, which no company name in "Saudi Aramco" position has.
const NOUN_ENDING = /(?:ism|ion|ment|ness|ity|ing|ed|al|ics|ure|ance|ence|ship|ry|ist|er|or|ers|ors)$/;

/** "X Ministry", "Ministry of X", "Instituto X": a head word last, a foreign lead word first, or a lead word before "of/for/on". */
export function isOrgShaped(tokens: Token[], first: number, last: number): boolean {
  if (last > first && (ORG_HEADS.has(tokens[last]!.norm) || ORG_FIRSTS.has(tokens[first]!.norm))) return true;
  for (let k = first; k < last; k++) {
    const norm = tokens[k]!.norm;
    if ((ORG_LEADS.has(norm) || ORG_HEADS.has(norm)) && /^(?:of|for|on)$/.test(tokens[k + 1]!.norm)) return true;
  }
  return false;
}

/** "NASA", "U.N.", "IBM": two to six capitals, not a Roman numeral or an ordinary word shouted. */
export function isAcronym(t: Token): boolean {
  const letters = t.word.replace(/[.&/-]/g, "");
  if (!/^[\p{Lu}\d]+$/u.test(letters) || /\d$/.test(letters) || /^[IVXLCDM]+$/.test(letters)) return false;
  return letters.length >= 2 && letters.length <= 6 && !NOT_NAMES.has(t.norm) && (!COMMON_WORDS.has(t.norm) || letters.length <= 3 && /\./.test(t.word));
}

function organization(p: Piece, last: number, rule: string): void {
  p.out.push({ first: p.first, last, type: "organization", strong: true, rule });
}

/** `org.cue-noun`: "the magazine Ragione", "the chipmaker Voltrix": a noun before the run says what it is. */
export function orgByCue(p: Piece): boolean {
  if (!p.context.orgCue || phrasesAt(p.tokens, p.first).some((m) => m.end === p.last + 1)) return false;
  organization(p, p.last, "org.cue-noun");
  nestedPlaces(p.tokens, p.first, p.last, p.out);
  return true;
}

/** `org.collective`: "Team Norway", "Group B", "Club Atlético": a collective noun before a name. */
export function orgCollective(p: Piece): boolean {
  const { tokens, first, last } = p;
  if (!COLLECTIVES.has(tokens[first]!.norm) || last <= first || last - first > 3 || phraseAt(tokens, first, ["org", "role"])) return false;
  organization(p, last, "org.collective");
  return true;
}

/** `org.state-branch`: "British Red Cross", "Russian Orthodox Church": a state's branch of a known body is its own body. */
export function orgStateBranch(p: Piece): boolean {
  const { tokens, first, last } = p;
  const lead = phraseAt(tokens, first, ["demonym", "country"]);
  if (!lead || lead.end > last || !(phraseAt(tokens, lead.end, ["org"])?.end === last + 1 || isOrgShaped(tokens, lead.end, last))) return false;
  organization(p, last, "org.state-branch");
  nestedPlaces(tokens, first, last, p.out);
  return true;
}

/** `org.head-before-person` and `person.after-org-name`: "Refugee Council Enver Solomon", a body's name runs straight into a person's. */
export function orgBeforePerson(p: Piece): boolean {
  const { tokens, first, last } = p;
  for (let h = first + 1; h <= last - 2; h++) {
    if (!ORG_HEADS.has(tokens[h]!.norm) || !looksLikePerson(tokens, h + 1, last)) continue;
    organization(p, h, "org.head-before-person");
    nestedPlaces(tokens, first, h, p.out);
    p.out.push(person(h + 1, last, p.context, true, "person.after-org-name"));
    return true;
  }
  return false;
}

/** `org.shape`: see isOrgShaped. */
export function orgByShape(p: Piece): boolean {
  if (!isOrgShaped(p.tokens, p.first, p.last)) return false;
  organization(p, p.last, "org.shape");
  nestedPlaces(p.tokens, p.first, p.last, p.out);
  return true;
}

/** `org.state-company`: "Saudi Aramco", "China Mobile": a state's name before one unknown word names a company. */
export function orgStateCompany(p: Piece): boolean {
  const { tokens, first, last } = p;
  const state = phraseAt(tokens, first, ["country", "demonym"]);
  const rest = tokens[last]!;
  if (!state || state.end !== last || isCommon(rest) || knownPlace(rest.norm) || knownName(rest.norm) || NOUN_ENDING.test(rest.norm)) return false;
  organization(p, last, "org.state-company");
  nestedPlaces(tokens, first, last, p.out);
  return true;
}

/** `org.acronym`: "NASA T-shirt", "Google Science Fair": an acronym (or a shouted word) leading a run is an organization used as a modifier. */
export function orgAcronym(p: Piece): boolean {
  const { tokens, first, last, facts } = p;
  const t = tokens[first]!;
  const shouted = t.upper && !t.first && first !== last && COMMON_WORDS.has(t.norm) && t.norm.length >= 3 && !NOT_NAMES.has(t.norm) && !tokens[first + 1]!.upper;
  if (!t.upper || !(isAcronym(t) || shouted) || facts.plainAcronyms.has(t.norm)) return false;
  organization(p, first, "org.acronym");
  return true;
}

/** `org.known-lead`: compromise knows the first word as an organization, and the run is no person's name. */
export function orgKnownLead(p: Piece): boolean {
  const { tokens, first, last } = p;
  if (first === last || !knownOrganization(tokens[first]!.norm) || looksLikePerson(tokens, first, last)) return false;
  organization(p, first, "org.known-lead");
  return true;
}

/** `org.known-word`: some word is a known organization and none is a person's name. */
export function orgKnownWord(p: Piece, personTagged: boolean): boolean {
  const { tokens, first, last } = p;
  if (!range(first, last).some((k) => knownOrganization(tokens[k]!.norm)) || personTagged) return false;
  p.out.push({ first, last, type: "organization", strong: first !== last || !isCommon(tokens[first]!), rule: "org.known-word" });
  return true;
}

/** `org.owns-title`: "Acme analyst Jane Doe": the run before a lower-case title and a name is their employer. */
export function orgOwnsTitle(p: Piece): boolean {
  const { tokens, first, last, context } = p;
  if (!context.owner || context.role !== undefined || first === last || !range(first, last).every((k) => !knownPlace(tokens[k]!.norm) && !tokens[k]!.tags.has("Demonym"))) return false;
  organization(p, last, "org.owns-title");
  return true;
}

/** `org.head-alone`: "the Court has ruled", "Senate Majority Leader": an organization's head word standing alone, for the document pass. */
export function orgHeadAlone({ tokens, first, last, out }: Piece): boolean {
  const t = tokens[first]!;
  if (!ORG_HEADS.has(t.norm) || t.first || t.upper) return false;
  out.push({ first, last, type: null, strong: false, head: true, rule: "org.head-alone" });
  return true;
}
