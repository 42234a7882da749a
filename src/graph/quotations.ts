import type { DocExtraction, EntityKey } from "../extract/types.js";
import { evidenceOf } from "./evidence.js";
import type { Evidence } from "./types.js";

/** Each speaker's first `evidenceLimit` quotations, in corpus order. */
export function createQuotationCollector(options: {
  evidenceLimit: number;
  evidenceChars: number;
  remap: (key: EntityKey) => EntityKey;
}) {
  const bySpeaker = new Map<EntityKey, Evidence[]>();
  return {
    add(doc: DocExtraction): void {
      for (const quote of doc.quotes) {
        if (quote.speaker === null) continue;
        const speaker = options.remap(quote.speaker);
        let list = bySpeaker.get(speaker);
        if (!list) bySpeaker.set(speaker, (list = []));
        if (list.length < options.evidenceLimit) list.push(evidenceOf(doc, quote.text, options.evidenceChars, quote));
      }
    },
    of: (speaker: EntityKey): Evidence[] => bySpeaker.get(speaker) ?? [],
  };
}
