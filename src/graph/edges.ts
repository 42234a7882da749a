import type { DocExtraction, EntityKey, Quote } from "../extract/types.js";
import { evidenceOf } from "./evidence.js";
import type { EdgeKind, Evidence } from "./types.js";

/** An edge as it accumulates over the corpus; becomes EdgeAttributes once the stream ends. */
export interface EdgeTally {
  key: string;
  kind: EdgeKind;
  source: EntityKey;
  target: EntityKey;
  weight: number;
  documents: number;
  firstDate: string | null;
  lastDate: string | null;
  evidence: Evidence[];
  /** Ordinal of the last article counted, so `documents` needs no per-edge set. */
  lastDoc: number;
}

export interface EdgeCollectorOptions {
  evidenceLimit: number;
  evidenceChars: number;
  remap: (key: EntityKey) => EntityKey;
  /** Hears every count (the timeline and the full evidence trail listen; see timeline.ts, trail.ts). */
  onCount?: (key: string, doc: DocExtraction, text: string, quote: Quote | null) => void;
}

export function edgeKey(kind: EdgeKind, source: EntityKey, target: EntityKey): string {
  return `${kind}:${source}->${target}`;
}

/**
 * Collects co-occurrence, quote and cites edges article by article. Counts are exact; evidence
 * keeps only the first `evidenceLimit` pieces, so memory grows with edges, not with the corpus.
 */
export function createEdgeCollector(options: EdgeCollectorOptions) {
  const edges = new Map<string, EdgeTally>();
  let ordinal = 0;

  function count(kind: EdgeKind, source: EntityKey, target: EntityKey, doc: DocExtraction, docOrdinal: number, text: string, quote: Quote | null = null) {
    const key = edgeKey(kind, source, target);
    let edge = edges.get(key);
    if (!edge) {
      edge = { key, kind, source, target, weight: 0, documents: 0, firstDate: null, lastDate: null, evidence: [], lastDoc: -1 };
      edges.set(key, edge);
    }
    edge.weight += 1;
    if (edge.lastDoc !== docOrdinal) {
      edge.lastDoc = docOrdinal;
      edge.documents += 1;
      if (doc.date !== null) {
        if (edge.firstDate === null || doc.date < edge.firstDate) edge.firstDate = doc.date;
        if (edge.lastDate === null || doc.date > edge.lastDate) edge.lastDate = doc.date;
      }
    }
    if (edge.evidence.length < options.evidenceLimit) {
      edge.evidence.push(evidenceOf(doc, text, options.evidenceChars, quote));
    }
    options.onCount?.(key, doc, text, quote);
  }

  return {
    add(doc: DocExtraction): void {
      const current = ordinal++;
      const { remap } = options;
      const bySentence = new Map<number, Set<EntityKey>>();
      for (const occurrence of [...doc.mentions, ...doc.references]) {
        let keys = bySentence.get(occurrence.sentence);
        if (!keys) bySentence.set(occurrence.sentence, (keys = new Set()));
        keys.add(remap(occurrence.entity));
      }
      for (const [sentence, keys] of [...bySentence].sort(([a], [b]) => a - b)) {
        const sorted = [...keys].sort();
        const text = doc.sentences[sentence]?.text ?? "";
        for (let i = 0; i < sorted.length; i++) {
          for (let j = i + 1; j < sorted.length; j++) count("cooccurrence", sorted[i]!, sorted[j]!, doc, current, text);
        }
      }
      for (const quote of doc.quotes) {
        if (quote.speaker === null) continue;
        const speaker = remap(quote.speaker);
        for (const about of new Set(quote.about.map(remap))) {
          if (about !== speaker) count("quote", speaker, about, doc, current, quote.text, quote);
        }
        if (quote.reportedBy !== null) {
          const reporter = remap(quote.reportedBy);
          if (reporter !== speaker) count("cites", reporter, speaker, doc, current, quote.text, quote);
        }
      }
    },
    edges(): EdgeTally[] {
      return [...edges.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    },
  };
}
