import type { DataGraph, EdgeAttributes, EdgeKind, ViewerNodeAttributes } from "./types.js";
import { EDGE_KINDS } from "./types.js";

/**
 * The dataset as parallel arrays, indexed by position: what filters scan on every change, and
 * what lets a filter result be a byte per item instead of a set of string keys.
 */
export interface FlatGraph {
  nodes: string[];
  nodeAttributes: ViewerNodeAttributes[];
  edges: string[];
  edgeAttributes: EdgeAttributes[];
  /** Node keys → position in `nodes`; edge keys → position in `edges`. */
  nodeIndex: Map<string, number>;
  edgeIndex: Map<string, number>;
  /** Position of each edge's source and target in `nodes`. */
  sources: Int32Array;
  targets: Int32Array;
  /** Each edge's position in EDGE_KINDS. */
  kinds: Uint8Array;
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
  const nodes: string[] = [];
  const nodeAttributes: ViewerNodeAttributes[] = [];
  const nodeIndex = new Map<string, number>();
  graph.forEachNode((key, a) => {
    nodeIndex.set(key, nodes.length);
    nodes.push(key);
    nodeAttributes.push(a);
  });
  const edges: string[] = [];
  const edgeAttributes: EdgeAttributes[] = [];
  const edgeIndex = new Map<string, number>();
  const sources = new Int32Array(graph.size);
  const targets = new Int32Array(graph.size);
  const kinds = new Uint8Array(graph.size);
  graph.forEachEdge((key, a, source, target) => {
    const i = edges.length;
    edgeIndex.set(key, i);
    edges.push(key);
    edgeAttributes.push(a);
    sources[i] = nodeIndex.get(source)!;
    targets[i] = nodeIndex.get(target)!;
    kinds[i] = Math.max(0, EDGE_KINDS.indexOf(a.kind as EdgeKind));
  });
  flat = { nodes, nodeAttributes, edges, edgeAttributes, nodeIndex, edgeIndex, sources, targets, kinds };
  cache.set(graph, flat);
  return flat;
}
