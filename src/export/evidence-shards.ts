/**
 * Where an edge's full evidence is written and looked up: `evidence/<n>.json`, n a hash of the
 * edge key. Pure and free of Node imports, because the viewer computes the same shard to fetch.
 * Shards keep a large corpus fast to open: graph.json carries a preview, and opening one link
 * fetches one shard of a few hundred edges, not the whole corpus's sentences.
 */
export const EVIDENCE_DIR = "evidence";

/** Roughly this many edges per shard; at most MAX_SHARDS files. */
const EDGES_PER_SHARD = 400;
const MAX_SHARDS = 1024;

export function evidenceShardCount(edges: number): number {
  return Math.max(1, Math.min(MAX_SHARDS, Math.ceil(edges / EDGES_PER_SHARD)));
}

/** FNV-1a over the key's UTF-16 code units: the same number in Node and in the browser. */
export function evidenceShardOf(edgeKey: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < edgeKey.length; i++) {
    hash ^= edgeKey.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shards;
}

export function evidenceShardPath(shard: number): string {
  return `${EVIDENCE_DIR}/${shard}.json`;
}
