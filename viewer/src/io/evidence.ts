import { evidenceShardOf, evidenceShardPath } from "../../../src/export/evidence-shards.js";
import { evidenceList } from "../graph/dataset.js";
import type { Evidence } from "../graph/types.js";

/** Fetches a link's full evidence; null when the graph came without evidence files. */
export type EvidenceSource = (edgeKey: string) => Promise<Evidence[]> | null;

/**
 * Every link's evidence from the build's evidence/<n>.json files beside graph.json, fetched
 * when a link is first opened (one shard, a few hundred links) and kept: a large corpus opens
 * with graph.json's short previews and pays for the sentences only of the links one reads.
 * Records are checked as graph.json's are (graph/dataset.ts).
 */
export function createEvidenceSource(base: URL, shards: number): EvidenceSource {
  const loaded = new Map<number, Promise<Record<string, unknown>>>();
  const shard = (n: number) => {
    let p = loaded.get(n);
    if (!p) {
      const url = new URL(evidenceShardPath(n), base);
      p = fetch(url).then(async (response) => {
        if (!response.ok) throw new Error(`newsgraph/viewer/io: ${url.pathname} answered ${response.status}`);
        const data = (await response.json()) as unknown;
        if (!data || typeof data !== "object" || Array.isArray(data)) throw new Error(`newsgraph/viewer/io: ${url.pathname} is not an evidence file`);
        return data as Record<string, unknown>;
      });
      // A failed fetch is tried again the next time the link is opened.
      p.catch(() => loaded.delete(n));
      loaded.set(n, p);
    }
    return p;
  };
  return (edgeKey) => {
    if (shards <= 0) return null;
    return shard(evidenceShardOf(edgeKey, shards)).then((data) => evidenceList(Object.hasOwn(data, edgeKey) ? data[edgeKey] : []));
  };
}
