import type { Evidence } from "./types.js";

/**
 * Every piece of evidence behind every edge, up to `limit` per edge (graph.json keeps a
 * preview of the first few; the export writes all of this to the evidence files the viewer
 * loads on demand). The limit bounds memory on a hub pair of a very large corpus.
 */
export function createEvidenceTrail(options: { limit: number }) {
  const byEdge = new Map<string, Evidence[]>();
  return {
    /** `piece` is the edge collector's shared record of the sentence or quote, made only when kept. */
    add(key: string, piece: () => Evidence): void {
      let list = byEdge.get(key);
      if (!list) byEdge.set(key, (list = []));
      if (list.length < options.limit) list.push(piece());
    },
    of: (key: string): Evidence[] => byEdge.get(key) ?? [],
  };
}

export type EvidenceTrail = ReturnType<typeof createEvidenceTrail>;
