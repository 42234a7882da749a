import { COMMON_WORDS } from "./gazetteer/common-words.js";
import { COUNTRIES } from "./gazetteer/countries.js";
import { ACTOR_PREPOSITIONS, ACTOR_VERBS, SIGNAL_NOUNS, HOME_NATIONS, LOCATIVES, NAME_PARTICLES, ORG_HEADS, PLACE_HEADS, SPEECH_VERBS, SPORTS_HINTS, SPORTS_WORDS } from "./gazetteer/words.js";
import { text } from "./classify.js";
import { phraseAt } from "./gazetteer/phrases.js";
import { countryKey, entityKey } from "./keys.js";
import type { Span } from "./spans.js";
import type { Token } from "./tokens.js";
import type { EntityType } from "./types.js";

/** A span with its entity decided. */
export interface Keyed {
  span: Span;
  type: EntityType;
  key: string;
  /** The name as the article writes it, title and possessive excluded. */
  surface: string;
  /** Canonical label when the key has one (gazetteer entries, countries, generic bodies). */
  label?: string;
  /** For an organization: the state it belongs to. */
  affiliation?: string;
}

export interface DocSpans {
  mentions: Keyed[];
  /** Demonyms, keyed to their country. */
  demonyms: { span: Span; key: string }[];
}

interface PersonName {
  norms: string[];
  key: string;
  first: number;
  /** Token indices where the full name is written. */
  at: number[];
}

/**
 * Decide every span's entity for the whole article: one key per person (a surname or part of a
 * name joins the full name it belongs to), countries by ISO code, capitals as their state only
 * when they act, organizations by canonical name.
 */
export function resolveDocument(tokens: Token[], spans: Span[], sportsTeams: boolean, sportsCues: number): DocSpans {
  const persons = personNames(tokens, spans);
  const sports = sportsTeams && isSportsReport(tokens, sportsCues);
  const mentions: Keyed[] = [];
  const demonyms: { span: Span; key: string }[] = [];
  const surfaceTypes = new Map<string, Keyed>();
  const pending: Span[] = [];
  for (const span of spans) {
    if (span.demonym && !(sports && decide(tokens, span, persons, sports))) {
      demonyms.push({ span, key: countryKey(span.code!) });
      continue;
    }
    const keyed = decide(tokens, span, persons, sports);
    if (keyed) {
      mentions.push(keyed);
      if (span.strong && !surfaceTypes.has(keyed.surface)) surfaceTypes.set(keyed.surface, keyed);
    } else if (span.type === null && !span.capital) pending.push(span);
  }
  // A bare word the run could not type takes the type it has elsewhere in the article.
  for (const span of pending) {
    const surface = text(tokens, span.first, span.last);
    // A head word with no body before it ("the Government") would merge every article's government: dropped.
    if (span.head) {
      const body = bodyNamedBefore(tokens, span, mentions);
      if (body) mentions.push({ ...body, span: { ...span, type: "organization", rule: "coref.head-of-body" }, surface });
      continue;
    }
    const same = span.common ? undefined : surfaceTypes.get(surface);
    if (same) mentions.push({ ...same, span: { ...span, rule: "coref.same-name" }, surface });
  }
  mentions.sort((a, b) => a.span.first - b.span.first);
  // "Ubisoft, Microsoft, and PlayStation": a bare name listed with typed ones is of their type.
  for (const span of pending) {
    if (span.common) continue;
    if (mentions.some((m) => m.span === span || (m.span.first <= span.first && m.span.last >= span.last))) continue;
    const sibling = listSibling(tokens, span, mentions);
    const word = tokens[span.first]!.norm;
    if (!sibling || sibling.type === "country" || (sibling.type === "person" && (ORG_HEADS.has(word) || PLACE_HEADS.has(word)))) continue;
    const surface = text(tokens, span.first, span.last);
    mentions.push({ span: { ...span, type: sibling.type, rule: "coref.list-sibling" }, type: sibling.type, key: entityKey(sibling.type, surface), surface });
  }
  mentions.sort((a, b) => a.span.first - b.span.first);
  mergeOrganizations(tokens, mentions);
  return { mentions, demonyms };
}

function decide(tokens: Token[], span: Span, persons: PersonName[], sports: boolean): Keyed | null {
  const surface = text(tokens, span.first, span.last);
  const prev = tokens[span.first - 1];
  // "putting the Belgians in the lead": in a sports report, a people stands for its team.
  if (span.demonym && sports && prev?.norm === "the" && /s$/.test(surface)) {
    const label = `${COUNTRIES.labels.get(span.code!)} national team`;
    return { span: { ...span, rule: "coref.sports-team" }, type: "organization", key: entityKey("organization", label), surface, label };
  }
  if (span.demonym) return null;
  if (span.type === "country" || (span.type === null && sports && HOME_NATIONS.has(normOf(tokens, span)))) {
    const code = span.code;
    const label = code ? COUNTRIES.labels.get(code)! : HOME_NATIONS.get(normOf(tokens, span))!;
    if (sports && !span.nested && !(prev && LOCATIVES.has(prev.norm))) {
      return { span: { ...span, rule: "coref.sports-team" }, type: "organization", key: entityKey("organization", `${label} national team`), surface, label: `${label} national team` };
    }
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
  const full = persons.find((p) => p.norms.length === norms.length && p.norms.every((n, i) => n === norms[i]));
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
  const speaks = next !== undefined && SPEECH_VERBS.has(next.norm) && /^[^\S\n]+$/.test(tokens[span.last]!.post);
  // "The Gazette reported": a publication, not a person.
  // "the Court": left for the body named before it (see bodyNamedBefore).
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

function normOf(tokens: Token[], span: Span): string {
  return tokens.slice(span.first, span.last + 1).map((t) => t.norm).join(" ");
}

function nameNorms(tokens: Token[], span: Span): string[] {
  return tokens.slice(span.first, span.last + 1).map((t) => t.norm).filter((n) => !NAME_PARTICLES.has(n));
}

/** Full names (two words or more) the article gives people, each keyed by its longest form. */
function personNames(tokens: Token[], spans: Span[]): PersonName[] {
  const names: PersonName[] = [];
  for (const span of spans) {
    if (span.type !== "person" || !span.strong || span.last === span.first) continue;
    const norms = nameNorms(tokens, span);
    const known = names.find((n) => n.norms.join(" ") === norms.join(" "));
    if (known) {
      known.at.push(span.first);
      continue;
    }
    names.push({ norms, key: entityKey("person", text(tokens, span.first, span.last)), first: span.first, at: [span.first] });
  }
  // "Yat Sen" after "Sun Yat Sen": a name inside a longer one is that person.
  for (const n of names) {
    const longer = names.filter((m) => m.norms.length > n.norms.length && contains(m.norms, n.norms));
    if (longer.length === 1) n.key = longer[0]!.key;
  }
  return names;
}

/**
 * The person a partial name belongs to: the one whose surname (or name part) it is. Among
 * several, the one the article has named in full most often so far, then the nearest before it.
 */
function ownerOf(persons: PersonName[], norms: string[], at: number, surnameOnly: boolean): PersonName | null {
  const byLast = persons.filter((p) => p.norms.length > norms.length && endsWith(p.norms, norms));
  const candidates = byLast.length || surnameOnly ? byLast : persons.filter((p) => p.norms.length > norms.length && contains(p.norms, norms));
  if (!candidates.length) return null;
  const before = candidates.filter((p) => p.first < at);
  if (!before.length) return candidates.reduce((best, p) => (p.first < best.first ? p : best));
  const weight = (p: PersonName) => p.at.filter((i) => i < at).length;
  const nearest = (p: PersonName) => Math.max(...p.at.filter((i) => i < at));
  return before.reduce((best, p) => (weight(p) > weight(best) || (weight(p) === weight(best) && nearest(p) > nearest(best)) ? p : best));
}

function contains(hay: string[], needle: string[]): boolean {
  for (let i = 0; i + needle.length <= hay.length; i++) if (needle.every((n, k) => hay[i + k] === n)) return true;
  return false;
}
function endsWith(hay: string[], needle: string[]): boolean {
  return needle.every((n, k) => hay[hay.length - needle.length + k] === n);
}

/** "Moscow said", "Moscow's demands", "warnings by Washington": the capital stands for its government. */
function actsAsState(tokens: Token[], span: Span): boolean {
  const last = tokens[span.last]!;
  if (last.possessive) return true;
  const next = tokens[span.last + 1];
  if (next && next.sentence === last.sentence && /^[^\S\n]+$/.test(last.post) && ACTOR_VERBS.has(next.norm)) return true;
  const prev = tokens[span.first - 1];
  if (prev === undefined || prev.sentence !== last.sentence) return false;
  return ACTOR_PREPOSITIONS.has(prev.norm) || (prev.norm === "from" && SIGNAL_NOUNS.has(tokens[span.first - 2]?.norm ?? ""));
}

/** Organizations: gazetteer ones by canonical name; a generic body ("Defense Ministry") by its state too. */
function organization(tokens: Token[], span: Span, surface: string): Keyed {
  if (span.org) {
    const label = span.org.names[0]!;
    const affiliation = span.org.country ? { affiliation: countryKey(span.org.country) } : {};
    return { span, type: "organization", key: entityKey("organization", label), surface, label, ...affiliation };
  }
  let first = span.first;
  let code: string | undefined;
  const lead = leadingCountry(tokens, span);
  if (lead) ({ code, first } = lead);
  const generic = tokens.slice(first, span.last + 1).every((t) => COMMON_WORDS.has(t.norm));
  const prev = tokens[span.first - 1];
  if (generic && !code && prev?.possessive) code = possessiveCountry(tokens, span.first - 1);
  if (generic && code) {
    const rest = text(tokens, first, span.last);
    const label = `${demonymOf(code)} ${rest}`;
    return { span, type: "organization", key: entityKey("organization", label), surface, label, affiliation: countryKey(code) };
  }
  const affiliation = code ? { affiliation: countryKey(code) } : {};
  return { span, type: "organization", key: entityKey("organization", surface), surface, ...affiliation };
}

function leadingCountry(tokens: Token[], span: Span): { code: string; first: number } | null {
  for (let k = span.first; k < span.last; k++) {
    const t = tokens[k]!;
    const code = COUNTRY_WORDS.get(t.norm);
    if (code) return { code, first: k + 1 };
    if (k > span.first) break;
  }
  return null;
}

function possessiveCountry(tokens: Token[], i: number): string | undefined {
  return COUNTRY_WORDS.get(tokens[i]!.norm) ?? COUNTRIES.capitals.get(tokens[i]!.norm);
}

// One-word country names and demonyms, for the state a generic body belongs to.
const COUNTRY_WORDS = new Map<string, string>([
  ...[...COUNTRIES.demonyms].filter(([k]) => !k.includes(" ")),
  ...[...COUNTRIES.names].filter(([k]) => !k.includes(" ")),
]);
const DEMONYM_OF = new Map<string, string>();
for (const [word, code] of COUNTRIES.demonyms) if (!DEMONYM_OF.has(code) && /^[a-z]/.test(word) && !word.endsWith("s")) DEMONYM_OF.set(code, word);
function demonymOf(code: string): string {
  const d = DEMONYM_OF.get(code);
  return d ? d.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase()) : COUNTRIES.labels.get(code)!;
}

/** A sports report: one sports-only word at least, and enough distinct sports words in all. */
function isSportsReport(tokens: Token[], cues: number): boolean {
  const words = new Set<string>();
  const hints = new Set<string>();
  for (const t of tokens) {
    if (SPORTS_WORDS.has(t.norm)) words.add(t.norm);
    else if (SPORTS_HINTS.has(t.norm)) hints.add(t.norm);
  }
  return words.size >= 1 && words.size + hints.size >= cues;
}


/**
 * One key per organization however the article shortens it: an acronym given in brackets beside
 * the full name ("Union of Rationalist Atheists (UAAR)", "CEI (Italian Episcopal Conference)"),
 * and a shorter name that only one longer name contains ("Home Office" in "United Kingdom Home
 * Office", "Film Board" in "Film Board of Canada").
 */
function mergeOrganizations(tokens: Token[], mentions: Keyed[]): void {
  const orgs = mentions.filter((m) => m.type === "organization");
  const alias = new Map<string, string>();
  for (let i = 0; i + 1 < orgs.length; i++) {
    const a = orgs[i]!;
    const b = orgs[i + 1]!;
    const gap = tokens[a.span.last]!;
    if (b.span.first !== a.span.last + 1 || !/\($/.test(gap.post.trim()) && !tokens[b.span.first]!.pre.startsWith("(")) continue;
    const [short, long] = isAcronymOf(b, a) ? [b, a] : isAcronymOf(a, b) ? [a, b] : [null, null];
    if (short && long && !alias.has(long.key)) alias.set(short.key, long.key);
  }
  const names = new Map<string, string[]>();
  for (const m of orgs) if (!names.has(m.key)) names.set(m.key, tokens.slice(m.span.first, m.span.last + 1).map((t) => t.norm));
  // "Scientology" beside "Church of Scientology": the body named after its lead word and "of".
  for (const [key, norms] of names) {
    if (alias.has(key) || norms.length !== 1) continue;
    const whole = [...names].filter(([k, n]) => k !== key && n.length >= 3 && n[n.length - 2] === "of" && n[n.length - 1] === norms[0]);
    if (whole.length === 1) alias.set(key, whole[0]![0]);
  }
  for (const [key, norms] of names) {
    if (alias.has(key) || norms.length < 2 || !ORG_HEADS.has(norms[norms.length - 1]!)) continue;
    const longer = [...names].filter(([k, n]) => k !== key && n.length > norms.length && contains(n, norms));
    if (longer.length === 1) alias.set(key, longer[0]![0]);
  }
  // Looked up before any key changes: with a chain (A → B, B → C) B's mentions are re-keyed in the
  // loop, and a search by key afterwards found nothing (the 2 MB article's "reading 'label'").
  const owners = new Map<string, Keyed>();
  for (const o of orgs) if (!owners.has(o.key)) owners.set(o.key, o);
  for (const m of mentions) {
    let target = alias.get(m.key);
    if (!target) continue;
    // "VFB" → "Vale Film Board" → "Northern Vale Film Board": to the end of the chain.
    for (let hops = 0; alias.has(target) && hops < alias.size; hops++) target = alias.get(target)!;
    const owner = owners.get(target)!;
    m.key = target;
    if (owner.label) m.label = owner.label;
    else delete m.label;
  }
}

function isAcronymOf(short: Keyed, long: Keyed): boolean {
  const s = short.surface.replace(/\./g, "");
  if (!/^[\p{Lu}\d]{2,8}$/u.test(s) || long.surface.split(/\s+/).length < 2) return false;
  const initials = long.surface.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
  return initials.includes(s[0]!) && [...s].filter((c) => initials.includes(c)).length >= Math.ceil(s.length / 2);
}

/** "the Court" after "the Supreme Court": the last organization whose name has that head word. */
function bodyNamedBefore(tokens: Token[], span: Span, mentions: Keyed[]): Keyed | undefined {
  const head = tokens[span.first]!.norm;
  if (span.first !== span.last || !ORG_HEADS.has(head)) return undefined;
  let found: Keyed | undefined;
  for (const m of mentions) {
    if (m.type !== "organization" || m.span.first >= span.first || m.span.last === m.span.first) continue;
    if (tokens.slice(m.span.first, m.span.last + 1).some((t) => t.norm === head)) found = m;
  }
  return found;
}

/** A typed name next to this one in a list ("A, B and C"): only commas and "and/or" between. */
function listSibling(tokens: Token[], span: Span, mentions: Keyed[]): Keyed | undefined {
  const link = (from: number, to: number): boolean => {
    for (let k = from; k < to; k++) {
      const t = tokens[k]!;
      if (k > from && !/^(?:and|or)$/.test(t.norm)) return false;
      if (!/^,?\s+$/.test(t.post)) return false;
    }
    return to - from <= 2;
  };
  for (const m of mentions) {
    if (m.span.last < span.first && link(m.span.last, span.first)) return m;
    if (m.span.first > span.last && link(span.last, m.span.first)) return m;
  }
  return undefined;
}

function onlyFirstName(t: Token): boolean {
  return t.tags.has("FirstName") && !t.tags.has("LastName");
}
