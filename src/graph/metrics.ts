import { UndirectedGraph } from "graphology";
import louvainModule from "graphology-communities-louvain";
import pagerankModule from "graphology-metrics/centrality/pagerank.js";
import { commonjs } from "./interop.js";
import { seededRandom } from "../common/rng.js";
import type { NewsGraph } from "./types.js";

const louvain = commonjs(louvainModule);
const pagerank = commonjs(pagerankModule);

/**
 * Louvain refuses mixed and multi graphs: it runs on the undirected projection where a pair's
 * weight is the sum of all its edges, whatever their kind or direction.
 */
function communities(graph: NewsGraph, seed: number): Record<string, number> {
  const projection = new UndirectedGraph();
  graph.forEachNode((node) => projection.addNode(node));
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    projection.updateEdge(source, target, (current) => ({ weight: ((current.weight as number) ?? 0) + attributes.weight }));
  });
  return louvain(projection, { getEdgeWeight: "weight", rng: seededRandom(seed) });
}

/** Writes degree (distinct neighbours), weightedDegree, pagerank and community onto every node. */
export function assignMetrics(graph: NewsGraph, seed: number): void {
  if (graph.order === 0) return;
  const ranks = pagerank(graph, { getEdgeWeight: "weight", maxIterations: 1000 });
  const community = communities(graph, seed);
  graph.updateEachNodeAttributes((node, attributes) => {
    let weightedDegree = 0;
    graph.forEachEdge(node, (_edge, edge) => (weightedDegree += edge.weight));
    return {
      ...attributes,
      degree: graph.neighbors(node).length,
      weightedDegree,
      pagerank: ranks[node] ?? 0,
      community: community[node] ?? 0,
    };
  });
}
