import { phraseAt } from "../gazetteer/phrases.js";
import { DETERMINERS } from "../gazetteer/words.js";
import { knownName } from "../known.js";
import type { Run } from "../runs.js";
import type { Span } from "../spans.js";
import { spanAffiliation } from "../titles/affiliation.js";
import { roleChain } from "../titles/chain.js";
import type { RoleContext } from "../titles/context.js";
import type { Token } from "../tokens.js";
import { containedPhrases, everyWordAPlace, wholePhrase } from "./gazetteer.js";
import { orgAcronym, orgBeforePerson, orgByCue, orgByShape, orgCollective, orgHeadAlone, orgKnownLead, orgKnownWord, orgOwnsTitle, orgStateBranch, orgStateCompany } from "./organization.js";
import { looksLikePerson, personAfterDescriptor, personAfterPhrase, personByShape, personByTag, titledPerson } from "./person.js";
import type { DocFacts, Piece } from "./piece.js";
import { placeAmongPlaces, placeBeforeRegion, placeByHead } from "./place.js";
import { personTagged, range } from "./shape.js";
import { commonWord, homeNation, untypedName } from "./untyped.js";

export type { DocFacts } from "./piece.js";

export interface RunAnalysis {
  spans: Span[];
  /** A title that ends the run with no name after it ("U.K. Ambassador" in "U.K. Ambassador to Kyiv …"). */
  trailing: RoleContext | null;
}

/** Acronyms introduced in brackets right after lower-case words. */
export function docFacts(tokens: Token[]): DocFacts {
  const plainAcronyms = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    if (t.upper && /\($/.test(prev.post) && !prev.cap && /^\)/.test(t.post)) plainAcronyms.add(t.norm);
  }
  return { plainAcronyms };
}

/** Split one run into names and say what each is. */
export function analyzeRun(tokens: Token[], run: Run, context: RoleContext, facts: DocFacts): RunAnalysis {
  const spans: Span[] = [];
  const trailing = segment(tokens, run.first, run.last, spans, context, facts);
  return { spans, trailing };
}

// "(D-Mass.)", "(R-Texas)": a US legislator's party and state.
const PARTY_STATE = /^[DRI]-\p{Lu}/u;

// The order of the rules is the order of precedence: the first that decides a piece wins.
function segment(tokens: Token[], first: number, last: number, out: Span[], context: RoleContext, facts: DocFacts): RoleContext | null {
  if (PARTY_STATE.test(tokens[first]!.word) && first === last && (tokens[first - 1]?.post.endsWith("(") || tokens[first]!.pre === "(")) return null;
  while (first <= last && (!tokens[first]!.cap || DETERMINERS.has(tokens[first]!.norm))) first++;
  while (last >= first && !tokens[last]!.cap && tokens[last - 1]?.post !== "-") last--;
  if (first > last) return null;
  const piece: Piece = { tokens, first, last, out, context, facts };
  if (wholePhrase(piece) || orgByCue(piece) || placeByHead(piece)) return null;
  if (orgCollective(piece) || orgStateBranch(piece) || orgBeforePerson(piece) || orgByShape(piece)) return null;
  for (let p = first; p <= last; p++) {
    const role = roleChain(tokens, p, last);
    if (!role) continue;
    // "Martin Luther King": a title word ending a person's name is a surname.
    if (role.end > last && p > first && (looksLikePerson(tokens, first, p - 1) || knownName(tokens[first]!.norm))) break;
    const affiliation = leftAffiliation(tokens, first, p - 1, out, facts) ?? context.affiliation;
    const title = { role: role.role, ...(affiliation ? { affiliation } : {}) };
    if (role.end > last) return title;
    segment(tokens, role.end, last, out, title, facts);
    return null;
  }
  if (personAfterPhrase(piece) || orgStateCompany(piece)) return null;
  name(piece);
  return null;
}

/** What stands left of a title in the run ("Britain's" in "Britain's Foreign Secretary …"), split like any piece: the key of the last span that gives one. */
function leftAffiliation(tokens: Token[], first: number, last: number, out: Span[], facts: DocFacts): string | undefined {
  if (first > last) return undefined;
  const before = out.length;
  segment(tokens, first, last, out, {}, facts);
  for (let k = out.length - 1; k >= before; k--) {
    const key = spanAffiliation(tokens, out[k]!);
    if (key) return key;
  }
  return undefined;
}

/** A piece no phrase, shape or title decided as a whole: one name, or the countries and bodies in it. */
function name(piece: Piece): void {
  const { tokens, first, last } = piece;
  const single = first === last;
  if (single && phraseAt(tokens, first, ["role"])?.end === first + 1) return; // "Mr." alone names no one
  if (single && tokens[first]!.word.replace(/\./g, "").length < 2) return;
  if (homeNation(piece)) return;
  const tagged = personTagged(tokens, first, last);
  if (titledPerson(piece, tagged)) return;
  if (placeBeforeRegion(piece) || placeAmongPlaces(piece) || everyWordAPlace(piece)) return;
  if (orgAcronym(piece) || orgKnownLead(piece) || orgKnownWord(piece, tagged) || orgOwnsTitle(piece)) return;
  if (personAfterDescriptor(piece)) return;
  // "D. C": initials alone name no one.
  if (range(first, last).every((k) => /^\p{Lu}$/u.test(tokens[k]!.word))) return;
  if (personByShape(piece, tagged)) return;
  if (single) {
    if (orgHeadAlone(piece) || commonWord(piece) || personByTag(piece, tagged)) return;
    untypedName(piece);
    return;
  }
  containedPhrases(piece);
}
