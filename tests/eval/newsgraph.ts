/** newsgraph's extractor seen by the scorer: its mentions and quotes as predictions. */
import type { Article } from "../../src/ingest/types.js";
import type { DocExtraction, EntityType } from "../../src/extract/types.js";
import type { Prediction, ScoredType } from "./types.js";

const SCORED: Record<EntityType, ScoredType> = { person: "PERSON", organization: "ORG", country: "COUNTRY" };

export function articleOf(doc: { id: string; title: string; text: string }, file: string): Article {
  return { id: doc.id, title: doc.title, date: null, source: null, url: null, text: doc.text, origin: { file } };
}

/** Only named mentions are scored: references (demonyms, roles, pronouns) are not names in the gold. */
export function predictionOf(x: DocExtraction): Prediction {
  return {
    id: x.id,
    mentions: x.mentions.map((m) => ({
      start: m.start,
      end: m.end,
      text: m.text,
      type: SCORED[m.entityType],
      key: m.entity,
    })),
    quotes: x.quotes.map((q) => ({ start: q.start, end: q.end, text: q.text, speaker: q.speaker })),
  };
}
