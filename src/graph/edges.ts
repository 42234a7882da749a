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
  /** Distinct links one article may bring… */
  articleLinks: number;
  /** …plus one per this many characters of its text; beyond it the article keeps its most repeated. */
  articleLinkChars: number;
  remap: (key: EntityKey) => EntityKey;
  /** Hears every count (the timeline and the full evidence trail listen; see timeline.ts, trail.ts). */
  onCount?: (key: string, doc: DocExtraction, piece: () => Evidence) => void;
}

/** An article whose links went over its share: how many it made, how many were kept. */
export interface CappedArticle {
  id: string;
  links: number;
  kept: number;
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
  const stats = { listSentences: 0, cappedArticles: [] as CappedArticle[] };

  // One evidence record per sentence or quote, shared by every edge it supports and by the full
  // trail: a sentence behind hundreds of edges is clipped once and held once.
  const shared = (doc: DocExtraction, text: string, quote: Quote | null = null) => {
    let evidence: Evidence | undefined;
    return () => (evidence ??= evidenceOf(doc, text, options.evidenceChars, quote));
  };

  function tally(kind: EdgeKind, source: EntityKey, target: EntityKey, doc: DocExtraction, docOrdinal: number, piece: () => Evidence) {
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
      // The article's links are gathered first, so one article's share can be capped before
      // any of it is counted: a roster or a dump of names links thousands of pairs.
      const pending = new Map<string, Array<{ kind: EdgeKind; source: EntityKey; target: EntityKey; piece: () => Evidence }>>();
      const gather = (kind: EdgeKind, source: EntityKey, target: EntityKey, piece: () => Evidence) => {
        const key = edgeKey(kind, source, target);
        let seen = pending.get(key);
        if (!seen) pending.set(key, (seen = []));
        seen.push({ kind, source, target, piece });
      };
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
              gather("cooccurrence", a!, b!, text);
            }
          }
          continue;
        }
        const sorted = [...keys].sort();
        for (let i = 0; i < sorted.length; i++) {
          for (let j = i + 1; j < sorted.length; j++) gather("cooccurrence", sorted[i]!, sorted[j]!, text);
        }
      }
      for (const quote of doc.quotes) {
        if (quote.speaker === null) continue;
        const speaker = remap(quote.speaker);
        const text = shared(doc, quote.text, quote);
        for (const about of new Set(quote.about.map(remap))) {
          if (about !== speaker) gather("quote", speaker, about, text);
        }
        if (quote.reportedBy !== null) {
          const reporter = remap(quote.reportedBy);
          if (reporter !== speaker) gather("cites", reporter, speaker, text);
        }
      }
      const limit = options.articleLinks + Math.floor((doc.sentences.at(-1)?.end ?? 0) / options.articleLinkChars);
      let keys = [...pending.keys()];
      if (keys.length > limit) {
        // The most repeated links; among equals a quotation's before a co-occurrence (someone
        // speaking of someone says more than two names in one list), then the first made.
        const order = new Map(keys.map((key, i) => [key, i]));
        const rank = (key: string) => pending.get(key)!.length * 2 + (pending.get(key)![0]!.kind === "cooccurrence" ? 0 : 1);
        const kept = [...keys].sort((a, b) => rank(b) - rank(a) || order.get(a)! - order.get(b)!).slice(0, limit);
        keys = kept.sort((a, b) => order.get(a)! - order.get(b)!);
        stats.cappedArticles.push({ id: doc.id, links: pending.size, kept: limit });
      }
      for (const key of keys) for (const o of pending.get(key)!) tally(o.kind, o.source, o.target, doc, current, o.piece);
    },
    /** Sentences treated as lists, and articles whose links were capped, so far. */
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
export function articleEdges(
  doc: DocExtraction,
  options: Pick<EdgeCollectorOptions, "listSize" | "listActors" | "articleLinks" | "articleLinkChars">,
): EdgeContribution[] {
  const collector = createEdgeCollector({ ...options, evidenceLimit: 0, evidenceChars: 0, remap: (key) => key });
  collector.add(doc);
  return collector.edges().map(({ kind, source, target, weight }) => ({ kind, source, target, weight }));
}
