/**
 * What one article may bring to the corpus. Every stage after extraction grows with the
 * entities and links an article names: a roster, a dump of a database table or a stream of
 * "X said Y Z" fragments can name a new "person" every 25 characters, and one such article of
 * 280 KB made a graph of 11,900 nodes, 61,700 links and 200 MB of output. Prose names far
 * fewer (one distinct entity per ~200 characters in a long run of news text), so the cap sits
 * well above it and binds only on such text; the article keeps its most mentioned entities
 * and says how many it named.
 */
import type { DocExtraction, EntityKey } from "./types.js";

export interface EntityCap {
  /** Distinct entities any article may keep… */
  maxEntities: number;
  /** …plus one per this many characters of its text. */
  charsPerEntity: number;
}

export const ENTITY_CAP_DEFAULTS: EntityCap = { maxEntities: 1_000, charsPerEntity: 100 };

export function entityLimit(textLength: number, cap: EntityCap = ENTITY_CAP_DEFAULTS): number {
  return cap.maxEntities + Math.floor(textLength / cap.charsPerEntity);
}

/**
 * The extraction with only its `limit` most mentioned entities (named mentions and
 * references; ties go to the one named first). The others' mentions and references go, a
 * quote keeps its words but not a dropped speaker, and `truncated` records the count.
 */
export function capEntities(doc: DocExtraction, limit: number): DocExtraction {
  if (doc.entities.length <= limit) return doc;
  const counts = new Map<EntityKey, { n: number; first: number }>();
  const occurrences = [...doc.mentions, ...doc.references];
  for (const { entity, start } of occurrences) {
    const c = counts.get(entity);
    if (c) {
      c.n++;
      c.first = Math.min(c.first, start);
    } else counts.set(entity, { n: 1, first: start });
  }
  const ranked = doc.entities
    .map((e) => ({ key: e.key, ...(counts.get(e.key) ?? { n: 0, first: Infinity }) }))
    .sort((a, b) => b.n - a.n || a.first - b.first);
  const kept = new Set(ranked.slice(0, limit).map((e) => e.key));
  const keep = (key: EntityKey | null) => (key !== null && kept.has(key) ? key : null);
  return {
    ...doc,
    mentions: doc.mentions.filter((m) => kept.has(m.entity)),
    references: doc.references.filter((r) => kept.has(r.entity)),
    quotes: doc.quotes.map((q) => ({
      ...q,
      speaker: keep(q.speaker),
      speakerRule: q.speaker !== null && !kept.has(q.speaker) ? null : q.speakerRule,
      about: q.about.filter((key) => kept.has(key)),
      reportedBy: keep(q.reportedBy),
    })),
    entities: doc.entities.filter((e) => kept.has(e.key)).map((e) => ({ ...e, affiliation: keep(e.affiliation) })),
    truncated: { entities: doc.entities.length, kept: kept.size },
  };
}
