import type { Article } from "../ingest/types.js";
import { affiliationBefore, analyzeRun, docFacts, precedingRole, type RoleContext } from "./classify.js";
import { resolveDocument, type Keyed } from "./coref.js";
import { withDefaults, type ExtractOptions } from "./defaults.js";
import { buildEntities, personFacts, referencedCountries } from "./entities.js";
import { COUNTRIES } from "./gazetteer/countries.js";
import { findQuotes } from "./quotes/index.js";
import { roleReferences } from "./roles.js";
import { findRuns } from "./runs.js";
import { phraseAt } from "./gazetteer/phrases.js";
import { HONORIFICS } from "./gazetteer/words.js";
import type { Span } from "./spans.js";
import { tokenize, type Token } from "./tokens.js";
import type { DocExtraction, Mention, Reference } from "./types.js";

export type { ExtractOptions } from "./defaults.js";
export { DEFAULTS } from "./defaults.js";
export { countryKey, entityKey, slugify } from "./keys.js";

/**
 * People, countries and organizations named in one article, with sentences, references and
 * quotations. A pure function of the article: safe to run in worker threads.
 */
export function extract(article: Article, options: Partial<ExtractOptions> = {}): DocExtraction {
  if (!article || typeof article.text !== "string") {
    throw new Error("newsgraph/extract: the article has no text (expected a string in article.text)");
  }
  const opts = withDefaults(options);
  const { text } = article;
  const { tokens, sentences } = tokenize(text);
  const spans = findSpans(tokens).filter((s) => opts.nestedCountries || !s.nested);
  const doc = resolveDocument(tokens, spans, opts.sportsTeams, opts.sportsCues);
  const facts = personFacts(doc.mentions);
  const roleRefs = roleReferences(tokens, facts, doc.mentions);

  const at = (first: number, last: number) => {
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    return { start, end, text: text.slice(start, end), sentence: tokens[first]!.sentence };
  };
  const mentions: Mention[] = doc.mentions.map((m: Keyed) => {
    const { start, end, text: t, sentence } = at(m.span.first, m.span.last);
    return { start, end, text: t, entityType: m.type, entity: m.key, sentence };
  });
  const references: Reference[] = [
    ...doc.demonyms.map((d) => ({ ...at(d.span.first, d.span.last), entity: d.key, via: "demonym" as const })),
    ...roleRefs.map((r) => ({ ...at(r.first, r.last), entity: r.key, via: "role" as const })),
  ].sort((a, b) => a.start - b.start);
  const named = buildEntities(doc.mentions, facts);
  const entities = [...named, ...referencedCountries(named, references, (code) => COUNTRIES.labels.get(code) ?? code)];

  return {
    id: article.id,
    title: article.title,
    date: article.date,
    source: article.source,
    url: article.url,
    mentions,
    references,
    quotes: opts.quotes ? findQuotes({ text, sentences, mentions, references, entities }) : [],
    entities,
    sentences,
  };
}

/** Names in every run of capitalised words, a title left at the end of one run carried to the next. */
function findSpans(tokens: Token[]): Span[] {
  const spans: Span[] = [];
  let carry: RoleContext | null = null;
  let carryEnd = -1;
  const facts = docFacts(tokens);
  for (const run of findRuns(tokens)) {
    let context = precedingRole(tokens, run.first);
    if (context.role === undefined && !context.orgCue && carry && bridged(tokens, carryEnd, run.first)) context = { ...carry, bridged: true };
    // "Britain's Foreign Secretary Liz Truss": the possessive before the run owns its title.
    if (context.affiliation === undefined && tokens[run.first - 1]?.possessive) {
      const owner = affiliationBefore(tokens, run.first);
      if (owner) context = { ...context, affiliation: owner };
    }
    if (ownsTitle(tokens, run.last)) context = { ...context, owner: true };
    const analysis = analyzeRun(tokens, run, context, facts);
    spans.push(...analysis.spans);
    carry = analysis.trailing;
    carryEnd = run.last;
  }
  return spans;
}

/** "Ambassador to Kyiv …", "Minister for the …": only a preposition (and "the") between a title and a name. */
function bridged(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 3 || to - from < 2) return false;
  for (let k = from + 1; k < to; k++) if (!/^(?:to|of|for|the|at|in)$/.test(tokens[k]!.norm)) return false;
  for (let k = from; k < to; k++) if (!/^[^\S\n]+$/.test(tokens[k]!.post)) return false;
  return true;
}

/** "Acme analyst Jane Doe": a lower-case title, then a capitalised name, right after the run. */
function ownsTitle(tokens: Token[], last: number): boolean {
  const role = tokens[last + 1] && !tokens[last + 1]!.cap && /^[^\S\n]+$/.test(tokens[last]!.post) ? phraseAt(tokens, last + 1, ["role"]) : null;
  if (!role || HONORIFICS.has(role.value.role)) return false;
  const name = tokens[role.end];
  return name !== undefined && name.cap && name.sentence === tokens[last]!.sentence && /^[^\S\n]+$/.test(tokens[role.end - 1]!.post);
}
