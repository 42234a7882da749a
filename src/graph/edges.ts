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
  listSize: number;
  listActors: number;
  evidenceChars: number;
  remap: (key: EntityKey) => EntityKey;
  /** Hears every count (the timeline and the full evidence trail listen; see timeline.ts, trail.ts). */
  onCount?: (key: string, doc: DocExtraction, piece: () => Evidence) => void;
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
  const stats = { listSentences: 0 };

  // One evidence record per sentence or quote, shared by every edge it supports and by the full
  // trail: a sentence behind hundreds of edges is clipped once and held once.
  const shared = (doc: DocExtraction, text: string, quote: Quote | null = null) => {
    let evidence: Evidence | undefined;
    return () => (evidence ??= evidenceOf(doc, text, options.evidenceChars, quote));
  };

  function count(kind: EdgeKind, source: EntityKey, target: EntityKey, doc: DocExtraction, docOrdinal: number, piece: () => Evidence) {
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
      edge.evidence.push(piece());
    }
    options.onCount?.(key, doc, piece);
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
        const text = shared(doc, doc.sentences[sentence]?.text ?? "");
        if (keys.size > options.listSize) {
          // A list: each entity linked to the actors named first (in text order), pairs linear in its length.
          stats.listSentences++;
          const named = [...keys];
          const actors = named.slice(0, options.listActors);
          for (let i = 0; i < actors.length; i++) {
            for (let j = i + 1; j < named.length; j++) {
              const [a, b] = [actors[i]!, named[j]!].sort();
              count("cooccurrence", a!, b!, doc, current, text);
            }
          }
          continue;
        }
        const sorted = [...keys].sort();
        for (let i = 0; i < sorted.length; i++) {
          for (let j = i + 1; j < sorted.length; j++) count("cooccurrence", sorted[i]!, sorted[j]!, doc, current, text);
        }
      }
      for (const quote of doc.quotes) {
        if (quote.speaker === null) continue;
        const speaker = remap(quote.speaker);
        const text = shared(doc, quote.text, quote);
        for (const about of new Set(quote.about.map(remap))) {
          if (about !== speaker) count("quote", speaker, about, doc, current, text);
        }
        if (quote.reportedBy !== null) {
          const reporter = remap(quote.reportedBy);
          if (reporter !== speaker) count("cites", reporter, speaker, doc, current, text);
        }
      }
    },
    /** Sentences treated as lists so far. */
    stats,
    edges(): EdgeTally[] {
      return [...edges.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    },
  };
}

/** One article's share of the graph's edges, as counted by the collector: what the distributed store keeps per article. */
export interface EdgeContribution {
  kind: EdgeKind;
  source: EntityKey;
  target: EntityKey;
  weight: number;
}

/**
 * The edges one extraction adds, keys as they are in it (remap them first for corpus keys).
 * The collector's own counting, so the corpus's weights are the sums of these over its
 * articles, once the keys are resolved alike.
 */
export function articleEdges(doc: DocExtraction, options: Pick<EdgeCollectorOptions, "listSize" | "listActors">): EdgeContribution[] {
  const collector = createEdgeCollector({ ...options, evidenceLimit: 0, evidenceChars: 0, remap: (key) => key });
  collector.add(doc);
  return collector.edges().map(({ kind, source, target, weight }) => ({ kind, source, target, weight }));
}
