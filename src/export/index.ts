import { mkdir, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { DocExtraction } from "../extract/types.js";
import type { Evidence, NewsGraph } from "../graph/types.js";
import { openAtomic, writeAtomic, type AtomicFile } from "./atomic.js";
import { edgesCsv, nodesCsv } from "./csv.js";
import { EVIDENCE_DIR, evidenceShardCount, evidenceShardOf, evidenceShardPath } from "./evidence-shards.js";
import { extractionLine } from "./extractions.js";
import { toGexf } from "./gexf.js";

export { EVIDENCE_DIR, evidenceShardCount, evidenceShardOf, evidenceShardPath } from "./evidence-shards.js";

export { csvCell } from "./csv.js";
export { extractionLine } from "./extractions.js";
export { toGexf } from "./gexf.js";
export { openAtomic, removeStaleTemps, writeAtomic, type AtomicFile } from "./atomic.js";

export const OUTPUT_FILES = {
  gexf: "graph.gexf",
  json: "graph.json",
  nodes: "nodes.csv",
  edges: "edges.csv",
  extractions: "extractions.jsonl",
} as const;

export interface ExportOptions {
  /** Every edge's full evidence (the graph builder's trail): written to evidence/<n>.json. */
  evidence?: { of(edgeKey: string): Evidence[] };
}

/**
 * Writes graph.gexf, graph.json (graphology's serialization, what the viewer reads), nodes.csv
 * and edges.csv; with `evidence`, first the evidence shards, so a graph.json never names
 * shards that are not there yet.
 */
export async function exportGraph(graph: NewsGraph, dir: string, options: ExportOptions = {}): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  if (options.evidence) written.push(...(await writeEvidenceShards(graph, dir, options.evidence)));
  const files: Array<[string, () => string | Iterable<string>]> = [
    [OUTPUT_FILES.gexf, () => toGexf(graph)],
    [OUTPUT_FILES.json, () => JSON.stringify(graph.export())],
    [OUTPUT_FILES.nodes, () => nodesCsv(graph)],
    [OUTPUT_FILES.edges, () => edgesCsv(graph)],
  ];
  for (const [name, produce] of files) {
    const path = join(dir, name);
    await writeAtomic(path, produce);
    written.push(path);
  }
  return written;
}

/**
 * evidence/<n>.json: `{ edgeKey: Evidence[] }` per shard, each file atomic; shards left by an
 * earlier build with more of them are removed. Records `evidenceShards` on the graph.
 */
async function writeEvidenceShards(graph: NewsGraph, dir: string, trail: { of(edgeKey: string): Evidence[] }): Promise<string[]> {
  const shards = evidenceShardCount(graph.size);
  const buckets: string[][] = Array.from({ length: shards }, () => []);
  graph.forEachEdge((key) => buckets[evidenceShardOf(key, shards)]!.push(key));
  await mkdir(join(dir, EVIDENCE_DIR), { recursive: true });
  const written: string[] = [];
  for (let shard = 0; shard < shards; shard++) {
    const path = join(dir, evidenceShardPath(shard));
    const keys = buckets[shard]!.sort();
    await writeAtomic(path, function* () {
      yield "{";
      for (let i = 0; i < keys.length; i++) yield `${i ? "," : ""}\n${JSON.stringify(keys[i])}:${JSON.stringify(trail.of(keys[i]!))}`;
      yield "\n}\n";
    });
    written.push(path);
  }
  for (const name of await readdir(join(dir, EVIDENCE_DIR))) {
    const n = /^(\d+)\.json$/.exec(name)?.[1];
    if (n !== undefined && Number(n) >= shards) await rm(join(dir, EVIDENCE_DIR, name), { force: true });
  }
  graph.setAttribute("evidenceShards", shards);
  return written;
}

export interface ExtractionsWriter {
  readonly path: string;
  write(doc: DocExtraction): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/** extractions.jsonl, streamed one article at a time and renamed into place on commit. */
export async function openExtractions(dir: string): Promise<ExtractionsWriter> {
  await mkdir(dir, { recursive: true });
  const file: AtomicFile = openAtomic(join(dir, OUTPUT_FILES.extractions));
  return {
    path: file.path,
    write: (doc) => file.write(extractionLine(doc)),
    commit: () => file.commit(),
    abort: () => file.abort(),
  };
}
