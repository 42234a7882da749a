import type { DocExtraction, EntityKey } from "../extract/types.js";
import type { Resolution } from "./types.js";

function unique(keys: EntityKey[]): EntityKey[] {
  return [...new Set(keys)];
}

/** The article's extraction with every key rewritten to its corpus key (the graph's node keys), as decided for this article. */
export function remapExtraction(doc: DocExtraction, remap: Resolution["remap"]): DocExtraction {
  const to = (key: EntityKey) => remap(key, doc.id);
  const seen = new Set<EntityKey>();
  return {
    ...doc,
    mentions: doc.mentions.map((mention) => ({ ...mention, entity: to(mention.entity) })),
    references: doc.references.map((reference) => ({ ...reference, entity: to(reference.entity) })),
    quotes: doc.quotes.map((quote) => ({
      ...quote,
      speaker: quote.speaker === null ? null : to(quote.speaker),
      reportedBy: quote.reportedBy === null ? null : to(quote.reportedBy),
      about: unique(quote.about.map(to)),
    })),
    entities: doc.entities
      .map((entity) => ({
        ...entity,
        key: to(entity.key),
        affiliation: entity.affiliation === null ? null : to(entity.affiliation),
      }))
      .filter((entity) => !seen.has(entity.key) && seen.add(entity.key) !== undefined),
  };
}
