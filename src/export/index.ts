import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { DocExtraction } from "../extract/types.js";
import type { NewsGraph } from "../graph/types.js";
import { openAtomic, type AtomicFile } from "./atomic.js";
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

/**
 * Writes graph.gexf, graph.json (graphology's serialization, what the viewer reads), nodes.csv
 * and edges.csv under temporary names. Nothing is in place until the caller commits them,
 * together with the rest of the build (src/pipeline/publish.ts); on a failure the files
 * written so far are removed.
 */
export async function exportGraph(graph: NewsGraph, dir: string): Promise<AtomicFile[]> {
  await mkdir(dir, { recursive: true });
  const files: Array<[string, () => string | Iterable<string>]> = [
    [OUTPUT_FILES.gexf, () => toGexf(graph)],
    [OUTPUT_FILES.json, () => JSON.stringify(graph.export())],
    [OUTPUT_FILES.nodes, () => nodesCsv(graph)],
    [OUTPUT_FILES.edges, () => edgesCsv(graph)],
  ];
  const staged: AtomicFile[] = [];
  try {
    for (const [name, produce] of files) {
      const file = openAtomic(join(dir, name));
      staged.push(file);
      const content = produce();
      for (const chunk of typeof content === "string" ? [content] : content) await file.write(chunk);
    }
  } catch (error) {
    await Promise.all(staged.map((file) => file.abort()));
    throw error;
  }
  return staged;
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
