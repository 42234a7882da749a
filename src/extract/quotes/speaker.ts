import { DEMONYM_CODES } from "../../lexicon/countries.js";
import { capitalised, TITLE_ABBREVIATIONS } from "../../lexicon/titles.js";
import { countryKey, parseKey } from "../keys.js";
import type { DocEntity, EntityKey, Sentence } from "../types.js";
import { anchorsIn, type Anchor } from "./anchors.js";
import type { QuoteOptions } from "./defaults.js";
import { genderOf, type Gender } from "./gender.js";
import { firstStartingFrom, spanAt } from "./spans.js";

/** What speaker resolution may look at: the article and the speakers found so far. */
export interface SpeakerContext {
  text: string;
  anchors: Anchor[];
  entities: Map<EntityKey, DocEntity>;
  sentences: Sentence[];
  /** Quoted spans: names inside them are what is said, not who says it. */
  quoted: { start: number; end: number }[];
  /** Speakers already attributed, in text order. */
  spoken: { at: number; speaker: EntityKey }[];
  options: QuoteOptions;
}

/** A speaker found in the text: the entity and the words that name it there. */
export interface Found {
  key: EntityKey;
  start: number;
  end: number;
}

/** A way the words of a region may name a speaker, and where. */
interface Candidate {
  start: number;
  end: number;
  person: boolean;
  /** It speaks through a spokesperson, campaign or statement: named only when nobody else is. */
  voice?: boolean;
  resolve: () => EntityKey | null;
}

const PRONOUN = /\b(he|she|He|She)\b/g;
const POSSESSIVE = /^['’]s?\b|^['’]\s/;
/** A noun phrase between a name and its cue is another subject ("the department, the jury said") — not one behind a preposition ("Roe at the time said"). */
const OTHER_SUBJECT =
  /(?<!\b(?:at|in|on|of|for|with|by|from|during|after|before|to|into|over|about|since|until)\s+)\b(?:the|a|an|this|that|its|his|her|their)(?:\s+(?!(?:and|or|but|then)\b)\p{Ll}[\p{L}-]*){1,3}\s*$/u;
const FUNCTION_WORD =
  /^(?:has|have|had|was|were|is|are|also|later|then|further|again|once|still|too|who|which|that|would|will|can|could|may|might|must|not|never|on|in|at|of|the|and|\p{Ll}+ly)$/u;
/** A lowercase word that is not an auxiliary, adverb or small word: the head of a longer noun phrase. */
const headNounAfter = (between: string) =>
  !VOICE.test(between) && (between.match(/\p{Ll}{2,}/gu) ?? []).some((w) => !FUNCTION_WORD.test(w));
/** "A White House spokesman said": the body speaks through its spokespeople and statements. */
const VOICE_WORD = "spokes(?:man|woman|person|people)|officials?|representatives?|statement|sources?|campaign|office|aides?";
const VOICE = new RegExp(`^\\s*(?:\\p{Ll}+\\s+)?(?:${VOICE_WORD})\\b`, "u");
/** "Acme's spokeswoman", "a statement from the ministry", "a spokesman for Roe": whose voice it is. */
const VOICE_OWNED = new RegExp(`^['’]s?\\s+(?:\\p{Ll}+\\s+)?(?:${VOICE_WORD})\\b`, "u");
const VOICE_OF = new RegExp(`\\b(?:${VOICE_WORD})\\s+(?:for|from|of|at)\\s+(?:the\\s+)?$`, "iu");
/** What a speaker issues and speaks through: `Roe issued a statement saying "…"` is Roe's. */
const MEDIUM = /\b(?:statement|ad|advert|advertisement|video|e-?mail|letter|release|tweet|post|op-ed|column|memo|speech|message|note|piece|article|filing)s?(?:\s+(?:that|which))?\s*$/;
/**
 * What follows a name described by an apposition up to its cue: a party tag, then a comma and a description set off
 * by a closing comma — a relative clause, a noun phrase, an age ("Roe (R-Ky.), who…,", "Roe, 22, of Flint,").
 */
const APPOSITION_TO_CUE = /^(?:\s*\([^()]{1,20}\))?,\s*(?:who|whose|a|an|the|his|her|its|their|herself|himself|also|now|then|once|former|\d+|\p{Lu}[\p{L}.-]*['’]s)\b[^;:"“”]*,\s*$/u;
const NEW_CLAUSE = /(?:[,;]\s*(?:but|and|while|whereas)\b|;)[^,;]*\p{Ll}{3,}/u;
const NOT_SUBJECT_BEFORE = /\b(?:by|with|to|from|against|about|over|into|than|after|before)\b/i;
/**
 * Titles that may stand between a preposition and a name: "talks with President X", "for Gen. Y".
 * Abbreviations other than "St.", which before a capital is mostly a place ("in St. Louis").
 */
const TITLE = `(?:${[
  ...TITLE_ABBREVIATIONS.filter((t) => t !== "st"),
  ...["general", "senator", "governor", "president", "vice president", "prime minister", "premier", "chancellor", "minister"],
  ...["king", "queen", "prince", "princess", "pope", "mayor", "judge", "justice", "ambassador", "chairman", "sheikh", "emir", "sultan"],
]
  .map(capitalised)
  .join("|")})\\.?`;
const AFTER_PREPOSITION = new RegExp(
  `\\b(?:[Oo]f|[Tt]o|[Ff]or|[Aa]t|[Ii]n|[Ff]rom|[Ww]ith|[Bb]y|[Oo]n|[Aa]bout|[Aa]gainst|[Oo]ver|[Bb]etween|[Tt]owards?|[Ii]nto)\\s+(?:the\\s+)?(?:${TITLE}\\s+){0,2}$`,
);

const demonymToCountry: Map<string, EntityKey> = new Map([...DEMONYM_CODES].map(([demonym, code]) => [demonym, countryKey(code)]));

const isPerson = (ctx: SpeakerContext, key: EntityKey) =>
  (ctx.entities.get(key)?.entityType ?? parseKey(key)?.type) === "person";
const outsideQuotes = (ctx: SpeakerContext, a: { start: number }) => !spanAt(ctx.quoted, a.start);

/** How close (in characters) a name must be to a role word to be the person the role describes. */
const ROLE_NEAR = 24;
const CAPITALISED = /\b\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}]+)?\b/gu;
const namesOf = new WeakMap<SpeakerContext, Map<string, EntityKey>>();

/**
 * A person's names as single words ("Ramsey" for Gerald G. Ramsey), where only one person of
 * the article has that word: a name the extractor missed in one place still names its speaker.
 */
function byName(ctx: SpeakerContext): Map<string, EntityKey> {
  let out = namesOf.get(ctx);
  if (!out) {
    const owners = new Map<string, Set<EntityKey>>();
    for (const e of ctx.entities.values()) {
      if (e.entityType !== "person") continue;
      for (const name of [e.label, ...e.aliases]) {
        const last = name.split(/\s+/).pop();
        if (last && last.length > 2) owners.set(last, (owners.get(last) ?? new Set()).add(e.key));
      }
    }
    out = new Map([...owners].filter(([, keys]) => keys.size === 1).map(([name, keys]) => [name, [...keys][0]]));
    namesOf.set(ctx, out);
  }
  return out;
}

const subjectsOf = new WeakMap<SpeakerContext, Anchor[]>();

/** The first person each sentence names where a speaker could stand, in text order; computed once per article. */
function sentenceSubjects(ctx: SpeakerContext): Anchor[] {
  let out = subjectsOf.get(ctx);
  if (!out) {
    out = [];
    let k = 0;
    for (const s of ctx.sentences) {
      while (k < ctx.anchors.length && ctx.anchors[k].start < s.start) k++;
      for (let j = k; j < ctx.anchors.length && ctx.anchors[j].start < s.end; j++) {
        const a = ctx.anchors[j];
        // "(Meyer sent him to Reading.)" — an aside is not what the passage is about.
        const aside = /\([^)]*$/.test(ctx.text.slice(Math.max(0, s.start - 1), a.start));
        if (a.end <= s.end && a.via !== "pronoun" && isPerson(ctx, a.entity) && !aside && couldSpeak(ctx, a, s.start)) {
          out.push(a);
          break;
        }
      }
    }
    subjectsOf.set(ctx, out);
  }
  return out;
}

/**
 * "He" or "she" names the person the passage is about: whichever came last of the previous
 * quote's speaker and the last person who opened a sentence, of a compatible gender; failing
 * both, the most recent person named.
 */
export function resolvePronoun(ctx: SpeakerContext, pronoun: string, at: number): EntityKey | null {
  const wanted: Gender = pronoun.toLowerCase() === "she" ? "female" : "male";
  const gender = (key: EntityKey) => honorificGender(ctx, key) ?? (ctx.entities.has(key) ? genderOf(ctx.entities.get(key)!) : null);
  const fits = (key: EntityKey) => isPerson(ctx, key) && (gender(key) ?? wanted) === wanted;
  let best: { at: number; key: EntityKey } | null = null;
  // Every look-back stops a window before the pronoun: a text of thousands of quotes stays linear.
  const horizon = at - ctx.options.maxContextChars;
  for (let i = ctx.spoken.length - 1; i >= 0 && !best && ctx.spoken[i].at > horizon; i--) {
    const s = ctx.spoken[i];
    if (s.at < at && fits(s.speaker)) best = { at: s.at, key: s.speaker };
  }
  const subjects = sentenceSubjects(ctx);
  for (let i = firstStartingFrom(subjects, at) - 1; i >= 0 && subjects[i].start > horizon && (!best || subjects[i].start > best.at); i--) {
    if (fits(subjects[i].entity)) best = { at: subjects[i].start, key: subjects[i].entity };
  }
  // A person named since, whose gender is known to match, beats one whose gender is not known.
  const from = best && gender(best.key) === null ? best.at : best ? at : horizon;
  for (let i = firstStartingFrom(ctx.anchors, at) - 1; i >= 0 && ctx.anchors[i].start > from; i--) {
    const a = ctx.anchors[i];
    if (a.end > at || a.via === "pronoun" || !isPerson(ctx, a.entity) || !couldSpeak(ctx, a, a.start)) continue;
    if (best ? a.entity !== best.key && gender(a.entity) === wanted : fits(a.entity)) return a.entity;
  }
  return best?.key ?? null;
}

const honorificsOf = new WeakMap<SpeakerContext, Map<EntityKey, Gender>>();

/** "Mrs. Peck", "Mr. Harvey": the honorific the text puts before a person's name, when it says a gender. */
function honorificGender(ctx: SpeakerContext, key: EntityKey): Gender {
  let known = honorificsOf.get(ctx);
  if (!known) {
    known = new Map();
    for (const a of ctx.anchors) {
      if (a.via !== "name" || known.get(a.entity)) continue;
      const title = /\b(Mrs|Ms|Miss|Madam|Mme|Mr|Sir)\.?\s+$/.exec(ctx.text.slice(Math.max(0, a.start - 8), a.start))?.[1];
      known.set(a.entity, title ? (/^(?:Mr|Sir)$/.test(title) ? "male" : "female") : null);
    }
    honorificsOf.set(ctx, known);
  }
  return known.get(key) ?? null;
}

const rolesOf = new WeakMap<SpeakerContext, { role: string; pattern: RegExp }[]>();

/** Every role word the article gives someone, as patterns; built once per article. */
function rolePatterns(ctx: SpeakerContext): { role: string; pattern: RegExp }[] {
  let out = rolesOf.get(ctx);
  if (!out) {
    const roles = new Set<string>(ctx.options.leaderRoles);
    // "The minister" stands for a "foreign minister" as well: each role's head word is a role too.
    for (const e of ctx.entities.values()) for (const r of e.roles) roles.add(r).add(r.split(" ").pop() ?? r);
    out = [...roles].map((role) => ({ role, pattern: new RegExp(`\\b${role.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`) }));
    rolesOf.set(ctx, out);
  }
  return out;
}

/**
 * "The Russian leader", "the foreign minister", "Russia's envoy": the person the article gave
 * that role (a head-of-state word matches any head-of-state role) and, when the phrase names
 * a country, that affiliation; of several, the one named last before the quote.
 */
function resolveRole(ctx: SpeakerContext, from: number, to: number, at: number): { start: number; end: number; key: EntityKey } | null {
  const region = ctx.text.slice(from, to).toLowerCase();
  const leaders = new Set(ctx.options.leaderRoles);
  let found: { start: number; role: string } | null = null;
  for (const { role, pattern } of rolePatterns(ctx)) {
    const i = region.search(pattern);
    if (i >= 0 && (!found || i < found.start || (i === found.start && role.length > found.role.length))) found = { start: i, role };
  }
  if (!found) return null;
  const role = found.role;
  const country =
    anchorsIn(ctx.anchors, from, from + found.start).find((a) => a.entityType === "country")?.entity ??
    region
      .slice(0, found.start)
      .split(/[^\p{L}]+/u)
      .map((w) => demonymToCountry.get(w))
      .find(Boolean) ??
    null;
  const matches = [...ctx.entities.values()].filter(
    (e) =>
      e.entityType === "person" &&
      e.roles.some((r) => r === role || r.endsWith(` ${role}`) || (leaders.has(role) && leaders.has(r))) &&
      (country === null || e.affiliation === null || e.affiliation === country),
  );
  if (!matches.length) return null;
  const upTo = firstStartingFrom(ctx.anchors, at);
  const lastSeen = (key: EntityKey) => {
    for (let i = upTo - 1; i >= 0 && ctx.anchors[i].start > at - ctx.options.maxContextChars; i--) {
      if (ctx.anchors[i].entity === key && ctx.anchors[i].end <= at) return ctx.anchors[i].end;
    }
    return -1;
  };
  matches.sort((a, b) => lastSeen(b.key) - lastSeen(a.key));
  return { start: from + found.start, end: from + found.start + role.length, key: matches[0].key };
}

function candidatesIn(ctx: SpeakerContext, from: number, to: number, at: number): Candidate[] {
  const out: Candidate[] = [];
  for (const a of anchorsIn(ctx.anchors, from, to)) {
    if (a.via === "pronoun") continue; // resolved here, by the rules above
    // "The American said" is one person, not the country; "the Ukrainians said" may be the country.
    if (a.via === "demonym" && !/s$/.test(ctx.text.slice(a.start, a.end))) continue;
    out.push({ start: a.start, end: a.end, person: isPerson(ctx, a.entity), resolve: () => a.entity });
  }
  for (const m of ctx.text.slice(from, to).matchAll(PRONOUN)) {
    const start = from + m.index;
    const given = anchorsIn(ctx.anchors, start, start + m[0].length).find((a) => a.via === "pronoun")?.entity ?? null;
    // An antecedent comes before its pronoun: in `She said, when she learned Jackie was…` not Jackie.
    out.push({ start, end: start + m[0].length, person: true, resolve: () => resolvePronoun(ctx, m[1], Math.min(at, start)) ?? given });
  }
  for (const m of ctx.text.slice(from, to).matchAll(CAPITALISED)) {
    const start = from + m.index;
    const key = byName(ctx).get(m[0]);
    // A demonym is no name of its own: "Cuban said" is Mark Cuban where the article has him.
    const covered = anchorsIn(ctx.anchors, Math.max(0, start - 40), start + m[0].length + 40).some(
      (a) => a.start <= start && a.end >= start + m[0].length && a.via !== "demonym",
    );
    if (key && !covered) out.push({ start, end: start + m[0].length, person: true, resolve: () => key });
  }
  const speakers = out.filter((c) => couldSpeak(ctx, c, from));
  // A named speaker beats the owner of a nominal voice: in "Roe's spokesman, John Doe, said" Doe speaks.
  for (const c of out) if (!speakers.includes(c) && ownsVoice(ctx, c, from)) speakers.push({ ...c, voice: true });
  // A role word beside a name is that name's: "Gomez, Panama coach, said" is Gomez, not another coach.
  const role = resolveRole(ctx, from, to, at);
  const beside = (c: Candidate) => role !== null && c.person && c.end > role.start - ROLE_NEAR && c.start < role.end + ROLE_NEAR;
  if (role && couldSpeak(ctx, role, from) && !out.some(beside)) {
    speakers.push({ start: role.start, end: role.end, person: true, resolve: () => role.key });
  }
  return speakers;
}

/**
 * Whether a name could be the one speaking: not inside a quote, not a possessor ("Russia's
 * envoy"), not the object of a preposition ("the envoy to the European Union") — looking
 * back no further than `from`.
 */
function couldSpeak(ctx: SpeakerContext, c: { start: number; end: number }, from: number): boolean {
  return outsideQuotes(ctx, c) && !POSSESSIVE.test(ctx.text.slice(c.end, c.end + 3)) && !AFTER_PREPOSITION.test(ctx.text.slice(from, c.start));
}

/** Whether a name owns the voice that speaks: "Acme's spokeswoman", "a statement from Acme", "a spokesman for Roe". */
function ownsVoice(ctx: SpeakerContext, c: { start: number; end: number }, from: number): boolean {
  return outsideQuotes(ctx, c) && (VOICE_OWNED.test(ctx.text.slice(c.end, c.end + 40)) || VOICE_OF.test(ctx.text.slice(Math.max(from, c.start - 40), c.start)));
}

/**
 * The speaker a region of words names. People (names, pronouns, roles) come before
 * organizations and countries (left out with `peopleOnly`); among them `pick` chooses the
 * first ("…," said X) or the nearest to the cue that follows (X, who said that "…").
 */
export function speakerIn(
  ctx: SpeakerContext,
  from: number,
  to: number,
  at: number,
  pick: "first" | "last",
  peopleOnly = false,
): Found | null {
  if (to <= from) return null;
  // In "The department, the jury said" the jury speaks: a name with a fresh noun phrase between
  // it and the cue is not the cue's subject. An apposition closed by a comma is no such phrase.
  // Likewise "the former Superior Court judge said": a body named before a noun is its modifier.
  const all = candidatesIn(ctx, from, to, at).filter((c) => {
    const between = ctx.text.slice(c.end, to);
    // "No, said he, but officials still called him": a new clause has its own subject.
    const otherSubject = (OTHER_SUBJECT.test(between) && !MEDIUM.test(between)) || NEW_CLAUSE.test(between);
    return (pick === "first" || !otherSubject) && (c.person || !headNounAfter(between));
  });
  // "Jane Roe, who leads the council, said": the name an apposition describes is the subject, not a name inside it.
  if (pick === "last") {
    const head = all.find((c) => c.person && !c.voice && APPOSITION_TO_CUE.test(ctx.text.slice(c.end, to)));
    const key = head?.resolve();
    if (head && key) return { key, start: head.start, end: head.end };
  }
  const own = all.filter((c) => !c.voice);
  const groups = peopleOnly
    ? [own.filter((c) => c.person)]
    : [own.filter((c) => c.person), own.filter((c) => !c.person), all.filter((c) => c.voice)];
  for (const group of groups) {
    group.sort((a, b) => (pick === "first" ? a.start - b.start : b.start - a.start));
    for (const c of group) {
      const key = c.resolve();
      if (key) return { key, start: c.start, end: c.end };
    }
  }
  return null;
}

/**
 * The person a sentence opens with ("Maria Lopez repeated…", "He characterized…"), when no
 * cue names a speaker: within the sentence's first words and not behind a preposition
 * ("charged by Judge X to investigate").
 */
export function sentenceSubject(ctx: SpeakerContext, from: number, to: number, at: number, maxWords: number): Found | null {
  const first = candidatesIn(ctx, from, to, at)
    .filter((c) => c.person)
    .sort((a, b) => a.start - b.start)[0];
  if (!first) return null;
  const before = ctx.text.slice(from, first.start);
  if (before.split(/\s+/).filter(Boolean).length > maxWords || NOT_SUBJECT_BEFORE.test(before)) return null;
  const key = first.resolve();
  return key ? { key, start: first.start, end: first.end } : null;
}

/**
 * A verb right after a name ("Roe referred", "Acme lists", "Roe has long called"), not a noun it modifies ("Roe
 * supporters", "Acme news", "Acme roads were"): a word in -s that an auxiliary follows is the noun of the subject.
 */
const VERB_AFTER =
  /^\s+(?:(?:has|had|have|also|then|later|again|recently|once|\p{Ll}+ly)\s+){0,2}(?:\p{Ll}+(?:ed|es)|(?!(?:\p{Ll}+ss|\p{Ll}+ics|news)\b)\p{Ll}{2,}s(?!\s+(?:is|are|was|were|have|has|had|will|would|can|could|may|might|must|should|do|does|did)\b)|said|told|wrote|spoke|took|made|gave|put|went|came|sent|saw|thought|knew|won|led|held|left)\b/u;

/**
 * The subject of the clause a quote stands in, where no cue and no sentence opening names one:
 * the last name before the quote that a verb follows ("…, in which Roe expressed confidence that
 * it would not be "…""), a body as well as a person ("As if to answer, Acme was blunt: "…"").
 */
export function clauseSubject(ctx: SpeakerContext, from: number, to: number, at: number): Found | null {
  const subjects = candidatesIn(ctx, from, to, at)
    .filter((c) => !c.voice && VERB_AFTER.test(ctx.text.slice(c.end, Math.min(to, c.end + 60))))
    .sort((a, b) => b.start - a.start);
  for (const c of subjects) {
    const key = c.resolve();
    if (key) return { key, start: c.start, end: c.end };
  }
  return null;
}
