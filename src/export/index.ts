import { mkdir, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { DocExtraction } from "../extract/types.js";
import type { Evidence, NewsGraph } from "../graph/types.js";
import { openAtomic, type AtomicFile } from "./atomic.js";
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
 * and edges.csv, and with `evidence` the evidence shards, under temporary names. Nothing is in
 * place until the caller commits them, together with the rest of the build
 * (src/pipeline/publish.ts); on a failure the files written so far are removed.
 */
export async function exportGraph(graph: NewsGraph, dir: string, options: ExportOptions = {}): Promise<AtomicFile[]> {
  await mkdir(dir, { recursive: true });
  const files: Array<[string, () => string | Iterable<string>]> = [
    [OUTPUT_FILES.gexf, () => toGexf(graph)],
    [OUTPUT_FILES.json, () => JSON.stringify(graph.export())],
    [OUTPUT_FILES.nodes, () => nodesCsv(graph)],
    [OUTPUT_FILES.edges, () => edgesCsv(graph)],
  ];
  const staged: AtomicFile[] = [];
  const shards: AtomicFile[] = [];
  try {
    // Shards are written first (they set graph.json's `evidenceShards`) and listed last.
    if (options.evidence) shards.push(...(await stageEvidenceShards(graph, dir, options.evidence)));
    for (const [name, produce] of files) {
      const file = openAtomic(join(dir, name));
      staged.push(file);
      const content = produce();
      for (const chunk of typeof content === "string" ? [content] : content) await file.write(chunk);
      await file.seal();
    }
  } catch (error) {
    await Promise.all([...staged, ...shards].map((file) => file.abort()));
    throw error;
  }
  return [...staged, ...shards];
}

/**
 * evidence/<n>.json: `{ edgeKey: Evidence[] }` per shard, staged like every other output.
 * Records `evidenceShards` on the graph, so the viewer knows which file holds an edge.
 */
async function stageEvidenceShards(graph: NewsGraph, dir: string, trail: { of(edgeKey: string): Evidence[] }): Promise<AtomicFile[]> {
  const shards = evidenceShardCount(graph.size);
  const buckets: string[][] = Array.from({ length: shards }, () => []);
  graph.forEachEdge((key) => buckets[evidenceShardOf(key, shards)]!.push(key));
  await mkdir(join(dir, EVIDENCE_DIR), { recursive: true });
  const staged: AtomicFile[] = [];
  for (let shard = 0; shard < shards; shard++) {
    const file = openAtomic(join(dir, evidenceShardPath(shard)));
    staged.push(file);
    const keys = buckets[shard]!.sort();
    await file.write("{");
    for (let i = 0; i < keys.length; i++) await file.write(`${i ? "," : ""}\n${JSON.stringify(keys[i])}:${JSON.stringify(trail.of(keys[i]!))}`);
    await file.write("\n}\n");
    await file.seal();
  }
  graph.setAttribute("evidenceShards", shards);
  return staged;
}

/** Shards an earlier, larger build left beyond this build's count: removed once this build is published. */
export async function removeExtraEvidenceShards(dir: string, shards: number): Promise<void> {
  for (const name of await readdir(join(dir, EVIDENCE_DIR)).catch(() => [])) {
    const n = /^(\d+)\.json$/.exec(name)?.[1];
    if (n !== undefined && Number(n) >= shards) await rm(join(dir, EVIDENCE_DIR, name), { force: true });
  }
}

export interface ExtractionsWriter {
  readonly file: AtomicFile;
  write(doc: DocExtraction): Promise<void>;
}

/** extractions.jsonl, streamed one article at a time; in place once its file is committed. */
export async function openExtractions(dir: string): Promise<ExtractionsWriter> {
  await mkdir(dir, { recursive: true });
  const file: AtomicFile = openAtomic(join(dir, OUTPUT_FILES.extractions));
  return { file, write: (doc) => file.write(extractionLine(doc)) };
}
