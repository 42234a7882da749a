import type { Article } from "../ingest/types.js";
import { resolveDocument, type Keyed } from "./coref/index.js";
import { withDefaults, type ExtractOptions } from "./defaults.js";
import { buildEntities, personFacts, referencedCountries } from "./entities.js";
import { COUNTRIES } from "./gazetteer/countries.js";
import { findQuotes } from "./quotes/index.js";
import { findMentions, type Model } from "./mentions/index.js";
import { roleReferences } from "./roles.js";
import { tokenize } from "./tokens.js";
import type { DocExtraction, Mention, Reference } from "./types.js";

export type { ExtractOptions } from "./defaults.js";
export { DEFAULTS } from "./defaults.js";
export { countryKey, entityKey, slugify } from "./keys.js";

/**
 * People, countries and organizations named in one article, with sentences, references and
 * quotations. A pure function of the article: safe to run in worker threads. `tagger` is the
 * mention tagger's model: the shipped weights unless an evaluation passes one it trained.
 */
export function extract(article: Article, options: Partial<ExtractOptions> = {}, tagger?: Model): DocExtraction {
  if (!article || typeof article.text !== "string") {
    throw new Error("newsgraph/extract: the article has no text (expected a string in article.text)");
  }
  const opts = withDefaults(options);
  const { text } = article;
  const { tokens, sentences } = tokenize(text);
  const spans = findMentions(tokens, opts.finders, opts, tagger).filter((s) => opts.nestedCountries || !s.nested);
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
    return { start, end, text: t, entityType: m.type, entity: m.key, sentence, rule: m.span.rule };
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
