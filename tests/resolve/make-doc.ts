import { keyType } from "../../src/extract/keys.js";
import type { DocEntity, DocExtraction, Quote } from "../../src/extract/types.js";


/**
 * A hand-made DocExtraction, standing in for the extractor in resolve/graph/export tests.
 * Sentences mark names as `[surface|key]`, references as `[surface|key|ref]`.
 */
export function makeDoc(
  id: string,
  date: string | null,
  sentences: string[],
  quotes: Array<Partial<Quote> & { text: string; sentence: number }> = [],
): DocExtraction {
  const doc: DocExtraction = {
    id,
    title: `Title of ${id}`,
    date,
    source: null,
    url: null,
    mentions: [],
    references: [],
    quotes: [],
    entities: [],
    sentences: [],
  };
  const entities = new Map<string, DocEntity>();
  let text = "";
  sentences.forEach((marked, index) => {
    if (text) text += " ";
    const start = text.length;
    const parts = marked.split(/(\[[^\]]+\])/);
    for (const part of parts) {
      const match = /^\[([^|]+)\|([^|\]]+)(\|ref)?\]$/.exec(part);
      if (!match) {
        text += part;
        continue;
      }
      const [, surface, key, ref] = match as unknown as [string, string, string, string | undefined];
      const entityType = keyType(key);
      const span = { start: text.length, end: text.length + surface.length, text: surface, sentence: index };
      text += surface;
      if (ref) {
        doc.references.push({ ...span, entity: key, via: "demonym" });
        continue;
      }
      doc.mentions.push({ ...span, entityType, entity: key });
      const entity = entities.get(key);
      if (!entity) {
        entities.set(key, { key, entityType, label: surface, aliases: [surface], roles: [], affiliation: null });
      } else {
        if (!entity.aliases.includes(surface)) entity.aliases.push(surface);
        if (surface.length > entity.label.length) entity.label = surface;
      }
    }
    doc.sentences.push({ start, end: text.length, text: text.slice(start) });
  });
  doc.entities = [...entities.values()];
  doc.quotes = quotes.map((quote) => ({
    start: 0,
    end: quote.text.length,
    speaker: null,
    cue: "said",
    about: [],
    reportedBy: null,
    ...quote,
  }));
  return doc;
}
