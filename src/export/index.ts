import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { DocExtraction } from "../extract/types.js";
import type { NewsGraph } from "../graph/types.js";
import { openAtomic, writeAtomic, type AtomicFile } from "./atomic.js";
import { edgesCsv, nodesCsv } from "./csv.js";
import { extractionLine } from "./extractions.js";
import { toGexf } from "./gexf.js";

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

/** Writes graph.gexf, graph.json (graphology's serialization, what the viewer reads), nodes.csv and edges.csv. */
export async function exportGraph(graph: NewsGraph, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: Array<[string, () => string | Iterable<string>]> = [
    [OUTPUT_FILES.gexf, () => toGexf(graph)],
    [OUTPUT_FILES.json, () => JSON.stringify(graph.export())],
    [OUTPUT_FILES.nodes, () => nodesCsv(graph)],
    [OUTPUT_FILES.edges, () => edgesCsv(graph)],
  ];
  const written: string[] = [];
  for (const [name, produce] of files) {
    const path = join(dir, name);
    await writeAtomic(path, produce);
    written.push(path);
  }
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
