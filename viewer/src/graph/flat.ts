import type { DataGraph, EdgeAttributes, ViewerNodeAttributes } from "./types.js";

/** The dataset as parallel arrays: what filters scan on every change. */
export interface FlatGraph {
  nodes: string[];
  nodeAttributes: ViewerNodeAttributes[];
  edges: string[];
  edgeAttributes: EdgeAttributes[];
  sources: string[];
  targets: string[];
}

const cache = new WeakMap<DataGraph, FlatGraph>();

/**
 * Iterating a mixed multi graph walks its adjacency structures, several times slower than an
 * array; the dataset's keys never change after loading, so they are listed once. Attribute
 * objects are shared, not copied, so a layout moving nodes is seen here too.
 */
export function flatten(graph: DataGraph): FlatGraph {
  let flat = cache.get(graph);
  if (flat && flat.nodes.length === graph.order && flat.edges.length === graph.size) return flat;
  flat = { nodes: [], nodeAttributes: [], edges: [], edgeAttributes: [], sources: [], targets: [] };
  const f = flat;
  graph.forEachNode((key, a) => {
    f.nodes.push(key);
    f.nodeAttributes.push(a);
  });
  graph.forEachEdge((key, a, source, target) => {
    f.edges.push(key);
    f.edgeAttributes.push(a);
    f.sources.push(source);
    f.targets.push(target);
  });
  cache.set(graph, flat);
  return flat;
}
