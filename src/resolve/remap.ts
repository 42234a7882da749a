import type { DocExtraction, EntityKey } from "../extract/types.js";

function unique(keys: EntityKey[]): EntityKey[] {
  return [...new Set(keys)];
}

/** The article's extraction with every key rewritten to its corpus key (the graph's node keys). */
export function remapExtraction(doc: DocExtraction, remap: (key: EntityKey) => EntityKey): DocExtraction {
  const seen = new Set<EntityKey>();
  return {
    ...doc,
    mentions: doc.mentions.map((mention) => ({ ...mention, entity: remap(mention.entity) })),
    references: doc.references.map((reference) => ({ ...reference, entity: remap(reference.entity) })),
    quotes: doc.quotes.map((quote) => ({
      ...quote,
      speaker: quote.speaker === null ? null : remap(quote.speaker),
      reportedBy: quote.reportedBy === null ? null : remap(quote.reportedBy),
      about: unique(quote.about.map(remap)),
    })),
    entities: doc.entities
      .map((entity) => ({
        ...entity,
        key: remap(entity.key),
        affiliation: entity.affiliation === null ? null : remap(entity.affiliation),
      }))
      .filter((entity) => !seen.has(entity.key) && seen.add(entity.key) !== undefined),
  };
}
