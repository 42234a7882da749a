import forceAtlas2Module from "graphology-layout-forceatlas2";
import noverlapModule from "graphology-layout-noverlap";
import { commonjs } from "./interop.js";
import { seededRandom } from "./rng.js";
import type { GraphOptions, NewsGraph } from "./types.js";

const forceAtlas2 = commonjs(forceAtlas2Module);
const noverlap = commonjs(noverlapModule);

type LayoutOptions = Required<
  Pick<GraphOptions, "seed" | "layoutWork" | "minIterations" | "maxIterations" | "barnesHutThreshold">
>;

/**
 * Iterations follow from the graph's size and a fixed work budget rather than the clock, so a
 * large corpus stays fast and the same corpus always gets the same picture.
 */
export function layoutIterations(graph: NewsGraph, options: LayoutOptions): number {
  const perIteration = Math.max(1, graph.order + graph.size);
  const iterations = Math.floor(options.layoutWork / perIteration);
  return Math.min(options.maxIterations, Math.max(options.minIterations, iterations));
}

/** Seeded random start, ForceAtlas2 (Barnes–Hut when large), then noverlap on the node sizes. */
export function assignLayout(graph: NewsGraph, options: LayoutOptions): void {
  if (graph.order === 0) return;
  const random = seededRandom(options.seed);
  const spread = Math.sqrt(graph.order) * 10;
  graph.updateEachNodeAttributes((_node, attributes) => ({
    ...attributes,
    x: (random() - 0.5) * spread,
    y: (random() - 0.5) * spread,
  }));
  if (graph.size > 0) {
    const settings = {
      ...forceAtlas2.inferSettings(graph),
      barnesHutOptimize: graph.order > options.barnesHutThreshold,
      adjustSizes: false,
    };
    forceAtlas2.assign(graph, { iterations: layoutIterations(graph, options), settings, getEdgeWeight: "weight" });
  }
  noverlap.assign(graph, { maxIterations: 200, settings: { margin: 2, ratio: 1 } });
}
