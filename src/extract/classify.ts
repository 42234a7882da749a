import { COMMON_WORDS } from "./gazetteer/common-words.js";
import { countryKey, entityKey } from "./keys.js";
import { phraseAt, phrasesAt, type PhraseMatch } from "./gazetteer/phrases.js";
import { COMPASS, DETERMINERS, LOCATIVES, ORG_CUES, HOME_NATIONS, NAME_PARTICLES, NOT_NAMES, ORG_FIRSTS, ORG_HEADS, ORG_LEADS, PLACE_HEADS } from "./gazetteer/words.js";
import type { Run } from "./runs.js";
import type { Span } from "./spans.js";
import { knownName, knownOrganization, knownPlace } from "./lexicon.js";
import { HONORIFICS } from "../lexicon/titles.js";
import type { Token } from "./tokens.js";

/** A title that stands before a run ("spokeswoman Karine Jean-Pierre") or was left by the previous run. */
export interface RoleContext {
  role?: string;
  affiliation?: string;
  /** The title was left by an earlier run across "of/to/for": what follows may be its complement, not a name. */
  bridged?: boolean;
  /** A lower-case noun before the run says it names an organization ("the magazine …"). */
  orgCue?: boolean;
  /** A lower-case title and a name follow the run: it is their owner ("Acme analyst Jane Doe"). */
  owner?: boolean;
}

export interface RunAnalysis {
  spans: Span[];
  /** A title that ends the run with no name after it ("U.K. Ambassador" in "U.K. Ambassador to Kyiv …"). */
  trailing: RoleContext | null;
}

const PERSON_TAGS = ["Person", "FirstName", "LastName", "MaleName", "FemaleName"];

/** What the whole article says about words, before its runs are split. */
export interface DocFacts {
  /** Acronyms the article defines for a common phrase ("iodine deficiency disorder (IDD)"): not organizations. */
  plainAcronyms: Set<string>;
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

const COLLECTIVES = new Set(["team", "group", "club", "squad"]);

// "(D-Mass.)", "(R-Texas)": a US legislator's party and state.
const PARTY_STATE = /^[DRI]-\p{Lu}/u;
// Endings of ordinary nouns, which no company name in "Saudi Aramco" position has.
const NOUN_ENDING = /(?:ism|ion|ment|ness|ity|ing|ed|al|ics|ure|ance|ence|ship|ry|ist|er|or|ers|ors)$/;

function segment(tokens: Token[], first: number, last: number, out: Span[], context: RoleContext, facts: DocFacts): RoleContext | null {
  if (PARTY_STATE.test(tokens[first]!.word) && first === last && (tokens[first - 1]?.post.endsWith("(") || tokens[first]!.pre === "(")) return null;
  while (first <= last && (!tokens[first]!.cap || DETERMINERS.has(tokens[first]!.norm))) first++;
  while (last >= first && !tokens[last]!.cap && tokens[last - 1]?.post !== "-") last--;
  if (first > last) return null;
  const whole = phrasesAt(tokens, first).find((m) => m.end === last + 1 && m.value.kind !== "role");
  if (whole && !(context.role && whole.value.kind === "capital")) {
    pushPhrase(tokens, whole, first, out);
    return null;
  }
  if (context.orgCue && !phrasesAt(tokens, first).some((m) => m.end === last + 1)) {
    out.push({ first, last, type: "organization", strong: true, rule: "org.cue-noun" });
    nestedPlaces(tokens, first, last, out);
    return null;
  }
  if (PLACE_HEADS.has(tokens[last]!.norm) && last > first) return null;
  // "Team Norway", "Group B", "Club Atlético": a collective noun before a name.
  if (COLLECTIVES.has(tokens[first]!.norm) && last > first && last - first <= 3 && !phraseAt(tokens, first, ["org", "role"])) {
    out.push({ first, last, type: "organization", strong: true, rule: "org.collective" });
    return null;
  }
  // "British Red Cross", "Russian Orthodox Church": a state's branch of a known body is its own body.
  const lead = phraseAt(tokens, first, ["demonym", "country"]);
  if (lead && lead.end <= last && (phraseAt(tokens, lead.end, ["org"])?.end === last + 1 || isOrgShaped(tokens, lead.end, last))) {
    out.push({ first, last, type: "organization", strong: true, rule: "org.state-branch" });
    nestedPlaces(tokens, first, last, out);
    return null;
  }
  // "Refugee Council Enver Solomon": an organization's name runs straight into a person's.
  for (let h = first + 1; h <= last - 2; h++) {
    if (!ORG_HEADS.has(tokens[h]!.norm) || !looksLikePerson(tokens, h + 1, last)) continue;
    out.push({ first, last: h, type: "organization", strong: true, rule: "org.head-before-person" });
    nestedPlaces(tokens, first, h, out);
    out.push(person(h + 1, last, context, true, "person.after-org-name"));
    return null;
  }
  if (isOrgShaped(tokens, first, last)) {
    out.push({ first, last, type: "organization", strong: true, rule: "org.shape" });
    nestedPlaces(tokens, first, last, out);
    return null;
  }
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
  for (const m of phrasesAt(tokens, first)) {
    if (m.value.kind === "role" || m.end >= last || !looksLikePerson(tokens, m.end, last)) continue;
    pushPhrase(tokens, m, first, out);
    out.push(person(first === m.end ? first : m.end, last, context, true, "person.after-gazetteer-phrase"));
    return null;
  }
  // "Saudi Aramco", "China Mobile": a state's name before one unknown word names a company.
  const state = phraseAt(tokens, first, ["country", "demonym"]);
  const rest = tokens[last]!;
  if (state && state.end === last && !isCommon(rest) && !knownPlace(rest.norm) && !knownName(rest.norm) && !NOUN_ENDING.test(rest.norm)) {
    out.push({ first, last, type: "organization", strong: true, rule: "org.state-company" });
    nestedPlaces(tokens, first, last, out);
    return null;
  }
  name(tokens, first, last, out, context, facts);
  return null;
}

/** Titles in a row ("Deputy Foreign Minister", "Mr."): the last one is the role kept. */
function roleChain(tokens: Token[], i: number, last: number): { end: number; role: string } | null {
  let m = phraseAt(tokens, i, ["role"]);
  if (!m || m.end > last + 1) return null;
  let role = m.value.role;
  let end = m.end;
  while (end <= last && (m = phraseAt(tokens, end, ["role"])) && m.end <= last + 1) {
    if (!HONORIFICS.has(m.value.role)) role = m.value.role;
    end = m.end;
  }
  // A title that is part of an organization's or a place's name is not a title here.
  if (HONORIFICS.has(role) && end > last) return null;
  return { end, role: HONORIFICS.has(role) ? "" : role };
}

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

/** The key a span gives as an affiliation: its country, or the organization it names. */
export function spanAffiliation(tokens: Token[], span: Span): string | undefined {
  if (span.code) return countryKey(span.code);
  if (span.org) return span.org.country ? countryKey(span.org.country) : entityKey("organization", span.org.names[0]!);
  if (span.type === "organization") return entityKey("organization", text(tokens, span.first, span.last));
  return undefined;
}

function pushPhrase(tokens: Token[], m: PhraseMatch, first: number, out: Span[]): void {
  const last = m.end - 1;
  const v = m.value;
  if (v.kind === "country") out.push({ first, last, type: "country", code: v.code, strong: true, rule: "gazetteer.country" });
  else if (v.kind === "org") {
    out.push({ first, last, type: "organization", org: v.org, strong: true, rule: "gazetteer.org" });
    nestedPlaces(tokens, first, last, out);
  }
  else if (v.kind === "capital") out.push({ first, last, type: null, code: v.code, capital: true, strong: false, rule: "gazetteer.capital" });
  else if (v.kind === "demonym") out.push({ first, last, type: null, code: v.code, demonym: true, strong: false, rule: "gazetteer.demonym" });
}

function isOrgShaped(tokens: Token[], first: number, last: number): boolean {
  if (last > first && (ORG_HEADS.has(tokens[last]!.norm) || ORG_FIRSTS.has(tokens[first]!.norm))) return true;
  for (let k = first; k < last; k++) {
    const norm = tokens[k]!.norm;
    if ((ORG_LEADS.has(norm) || ORG_HEADS.has(norm)) && /^(?:of|for|on)$/.test(tokens[k + 1]!.norm)) return true;
  }
  return false;
}

/** Countries and demonyms named inside an organization's name. */
function nestedPlaces(tokens: Token[], first: number, last: number, out: Span[]): void {
  for (let k = first; k <= last; k++) {
    const m = phraseAt(tokens, k, ["country", "demonym"]);
    if (!m || m.end > last + 1 || (k === first && m.end === last + 1)) continue;
    const span: Span =
      m.value.kind === "country"
        ? { first: k, last: m.end - 1, type: "country", code: m.value.code, nested: true, strong: true, rule: "gazetteer.nested-country" }
        : { first: k, last: m.end - 1, type: null, code: m.value.code, demonym: true, nested: true, strong: false, rule: "gazetteer.nested-demonym" };
    out.push(span);
    k = m.end - 1;
  }
}

/** The lower-case half of a hyphenated name ("Suk-yeol"). */
function glued(tokens: Token[], k: number): boolean {
  return !tokens[k]!.cap && tokens[k - 1]?.post === "-";
}

/** An initial: "L." in "J. Edgar Hoover". */
function initial(t: Token): boolean {
  return /^\p{Lu}$/u.test(t.word) && t.post.startsWith(".");
}

/** Words of a name, a hyphenated pair counting once ("Joo-Ho"). */
function words(tokens: Token[], first: number, last: number): number {
  let n = 0;
  for (let k = first; k <= last; k++) if (k === first || tokens[k - 1]!.post !== "-") n++;
  return n;
}

function isCommon(t: Token): boolean {
  if (initial(t)) return false;
  return COMMON_WORDS.has(t.norm) && !PERSON_TAGS.some((tag) => t.tags.has(tag));
}

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

function person(first: number, last: number, context: RoleContext, strong: boolean, rule: string): Span {
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

function name(tokens: Token[], first: number, last: number, out: Span[], context: RoleContext, facts: DocFacts): void {
  const single = first === last;
  const t = tokens[first]!;
  if (single && phraseAt(tokens, first, ["role"])?.end === first + 1) return; // "Mr." alone names no one
  if (single && t.word.replace(/\./g, "").length < 2) return;
  if (single && HOME_NATIONS.has(t.norm)) {
    out.push({ first, last, type: null, strong: false, rule: "name.home-nation" });
    return;
  }
  const personTagged = range(first, last).some((k) => PERSON_TAGS.some((tag) => tokens[k]!.tags.has(tag)) || knownName(tokens[k]!.norm));
  if (context.role !== undefined && range(first, last).every((k) => tokens[k]!.cap || NAME_PARTICLES.has(tokens[k]!.norm) || glued(tokens, k)) && last - first < 5) {
    // "Minister of Education Stefania Giannini": the title's complement comes before the name.
    let from = first;
    while (from < last && COMMON_WORDS.has(tokens[from]!.norm) && !initial(tokens[from]!) && looksLikePerson(tokens, from + 1, last)) from++;
    const bare = from === last && (isCommon(tokens[from]!) || knownOrganization(tokens[from]!.norm) || (context.bridged && !personTagged));
    if (!bare) out.push(person(from, last, { role: context.role, ...(context.affiliation ? { affiliation: context.affiliation } : {}) }, true, "person.titled"));
    return;
  }
  // "Irving, Texas": a name followed by its region or country is a place.
  const after = tokens[last + 1];
  if (single && /^,\s+$/.test(t.post) && after && (knownPlace(after.norm) || phraseAt(tokens, last + 1, ["country"]))) return;
  // "New South Wales, Victoria, South Australia": a bare name listed among places is one.
  const before = tokens[first - 1];
  if (single && before && /^,\s+$/.test(before.post) && knownPlace(before.norm) && after && knownPlace(after.norm)) return;
  if (range(first, last).every((k) => phraseAt(tokens, k, ["demonym", "country"])?.end === k + 1)) {
    for (let k = first; k <= last; k++) pushPhrase(tokens, phraseAt(tokens, k, ["demonym", "country"])!, k, out);
    return;
  }
  const shouted = t.upper && !t.first && !single && COMMON_WORDS.has(t.norm) && t.norm.length >= 3 && !NOT_NAMES.has(t.norm) && !tokens[first + 1]!.upper;
  if (t.upper && (isAcronym(t) || shouted) && !facts.plainAcronyms.has(t.norm)) {
    // "NASA T-shirt", "Google Science Fair": an organization's name used as a modifier.
    out.push({ first, last: first, type: "organization", strong: true, rule: "org.acronym" });
    return;
  }
  if (!single && knownOrganization(t.norm) && !looksLikePerson(tokens, first, last)) {
    out.push({ first, last: first, type: "organization", strong: true, rule: "org.known-lead" });
    return;
  }
  if (range(first, last).some((k) => knownOrganization(tokens[k]!.norm)) && !personTagged) {
    out.push({ first, last, type: "organization", strong: !single || !isCommon(t), rule: "org.known-word" });
    return;
  }
  if (context.owner && context.role === undefined && !single && range(first, last).every((k) => !knownPlace(tokens[k]!.norm) && !tokens[k]!.tags.has("Demonym"))) {
    out.push({ first, last, type: "organization", strong: true, rule: "org.owns-title" });
    return;
  }
  // "Policemen James Jones": an ordinary word before a full name is a description, not part of it.
  if (!single && COMMON_WORDS.has(t.norm) && !initial(t) && words(tokens, first + 1, last) >= 2 && looksLikePerson(tokens, first + 1, last)) {
    out.push(person(first + 1, last, context, true, "person.descriptor-dropped"));
    return;
  }
  // "D. C": initials alone name no one.
  if (range(first, last).every((k) => /^\p{Lu}$/u.test(tokens[k]!.word))) return;
  const firstName = knownName(t.norm) && !knownPlace(t.norm) && !PLACE_HEADS.has(tokens[last]!.norm) && range(first + 1, last).every((k) => tokens[k]!.cap && !ORG_HEADS.has(tokens[k]!.norm) && !knownPlace(tokens[k]!.norm));
  if (!single && (looksLikePerson(tokens, first, last) || firstName || (personTagged && range(first, last).every((k) => !isCommon(tokens[k]!) && !knownPlace(tokens[k]!.norm))))) {
    out.push(person(first, last, context, true, "person.name-shape"));
    return;
  }
  if (single) {
    // "the Court has ruled", "Senate Majority Leader": an organization's head word standing alone.
    if (ORG_HEADS.has(t.norm) && !t.first && !t.upper) {
      out.push({ first, last, type: null, strong: false, head: true, rule: "org.head-alone" });
      return;
    }
    // An ordinary word, or a known place, is a name only if the article names someone by it ("Gates said").
    if (isCommon(t) || knownPlace(t.norm)) {
      if (!NOT_NAMES.has(t.norm) && !t.upper && !knownPlace(t.norm)) out.push({ first, last, type: null, strong: false, common: true, rule: "name.common-word" });
      return;
    }
    // A bare capitalised word: a person only if compromise knows it as a name and no article precedes it.
    // "in Mombasa": after a locative preposition a bare name is a place unless the article says otherwise.
    const determiner = tokens[first - 1]?.norm === "the" || LOCATIVES.has(tokens[first - 1]?.norm ?? "");
    out.push(personTagged && !determiner ? person(first, last, context, false, "person.compromise-name") : { first, last, type: null, strong: false, rule: "name.untyped" });
    return;
  }
  // A longer run that is no single name: keep the countries and organizations it contains.
  for (let k = first; k <= last; k++) {
    const m = phraseAt(tokens, k, ["country", "org"]);
    if (m && m.end <= last + 1 && !(k > first && COMPASS.has(tokens[k - 1]!.norm))) {
      pushPhrase(tokens, m, k, out);
      k = m.end - 1;
    }
  }
}

function isAcronym(t: Token): boolean {
  const letters = t.word.replace(/[.&/-]/g, "");
  if (!/^[\p{Lu}\d]+$/u.test(letters) || /\d$/.test(letters) || /^[IVXLCDM]+$/.test(letters)) return false;
  return letters.length >= 2 && letters.length <= 6 && !NOT_NAMES.has(t.norm) && (!COMMON_WORDS.has(t.norm) || letters.length <= 3 && /\./.test(t.word));
}

function range(first: number, last: number): number[] {
  const out: number[] = [];
  for (let k = first; k <= last; k++) out.push(k);
  return out;
}

/** The text of tokens first..last as written (offsets come from the tokens, so the slice is exact). */
export function text(tokens: Token[], first: number, last: number): string {
  return tokens[first]!.word + rest(tokens, first, last);
}
function rest(tokens: Token[], first: number, last: number): string {
  let s = "";
  for (let k = first + 1; k <= last; k++) s += tokens[k - 1]!.post.replace(/\s+/g, " ") + tokens[k]!.word;
  return s;
}

// "the chipmaker X", "automaker X", "the drugmaker's": a maker of something is a company.
const COMPANY_NOUN = /^[a-z]{2,}-?makers?$/;

/** The lower-case role just before a run, and what it is attached to: "NATO chief Jens Stoltenberg". */
export function precedingRole(tokens: Token[], first: number): RoleContext {
  const cue = tokens[first - 1];
  if (cue && !cue.cap && (ORG_CUES.has(cue.norm) || ORG_CUES.has(cue.norm.replace(/(?:ie)?s$/, (m) => (m === "ies" ? "y" : ""))) || COMPANY_NOUN.test(cue.norm)) && /^[^\S\n]+$/.test(cue.post) && cue.sentence === tokens[first]!.sentence) return { orgCue: true };
  for (let k = Math.max(0, first - 4); k < first; k++) {
    const m = phraseAt(tokens, k, ["role"]);
    if (!m || m.end !== first || tokens[k]!.cap || tokens[k]!.sentence !== tokens[first]!.sentence) continue;
    if (range(k, first - 1).some((j) => !/^[^\S\n]+$/.test(tokens[j]!.post))) continue;
    const context: RoleContext = HONORIFICS.has(m.value.role) ? { role: "" } : { role: m.value.role };
    const owner = affiliationBefore(tokens, k);
    if (owner) context.affiliation = owner;
    return context;
  }
  return {};
}

/** A country, demonym or organization that ends just before token i ("Britain's", "Russian", "NATO"). */
export function affiliationBefore(tokens: Token[], i: number): string | undefined {
  for (let k = Math.max(0, i - 5); k < i; k++) {
    for (const m of phrasesAt(tokens, k)) {
      if (m.end !== i || m.value.kind === "role") continue;
      if (m.value.kind === "org") return spanAffiliation(tokens, { first: k, last: i - 1, type: "organization", org: m.value.org, strong: true, rule: "gazetteer.org" });
      return countryKey(m.value.code);
    }
  }
  return undefined;
}
