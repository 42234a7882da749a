import { TYPE_COLORS } from "./defaults.js";
import type { GraphOptions, NewsGraph } from "./types.js";

/** Size by the square root of mentions (area grows with mentions), colour by entity type. */
export function assignStyle(graph: NewsGraph, options: Required<Pick<GraphOptions, "minSize" | "maxSize">>): void {
  let most = 1;
  graph.forEachNode((_node, attributes) => (most = Math.max(most, attributes.mentions)));
  const span = options.maxSize - options.minSize;
  graph.updateEachNodeAttributes((_node, attributes) => ({
    ...attributes,
    size: Number((options.minSize + (span * Math.sqrt(attributes.mentions)) / Math.sqrt(most)).toFixed(2)),
    color: TYPE_COLORS[attributes.entityType],
  }));
}
