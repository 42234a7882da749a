import type { DocExtraction, EntityKey } from "../extract/types.js";
import type { DateCounts } from "./types.js";

/**
 * Per-date counts, so a time window can count what happened in it instead of testing a
 * first–last span (an entity seen on day 1 and day 30 is not in a window of days 10–12).
 * Node counts are mentions (named mentions and references, as resolve counts them); edge
 * counts are weight; the graph keeps articles per date for the timeline's histogram.
 * Undated articles count nowhere here (their totals are still in `mentions` and `weight`).
 */
export function createTimeline(remap: (key: EntityKey) => EntityKey) {
  const nodes = new Map<EntityKey, DateCounts>();
  const edges = new Map<string, DateCounts>();
  const articles: DateCounts = {};
  const bump = (counts: DateCounts, date: string) => (counts[date] = (counts[date] ?? 0) + 1);
  return {
    addDoc(doc: DocExtraction): void {
      if (doc.date === null) return;
      bump(articles, doc.date);
      for (const occurrence of [...doc.mentions, ...doc.references]) {
        const key = remap(occurrence.entity);
        let counts = nodes.get(key);
        if (!counts) nodes.set(key, (counts = {}));
        bump(counts, doc.date);
      }
    },
    /** One unit of an edge's weight, read in `doc`. */
    addEdgeCount(key: string, doc: DocExtraction): void {
      if (doc.date === null) return;
      let counts = edges.get(key);
      if (!counts) edges.set(key, (counts = {}));
      bump(counts, doc.date);
    },
    node: (key: EntityKey): DateCounts => sortedCounts(nodes.get(key)),
    edge: (key: string): DateCounts => sortedCounts(edges.get(key)),
    articles: (): DateCounts => sortedCounts(articles),
  };
}

/** Dates in order, so graph.json is the same byte for byte for the same corpus. */
function sortedCounts(counts: DateCounts | undefined): DateCounts {
  if (!counts) return {};
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
