import { TYPE_COLORS } from "./defaults.js";
import type { GraphOptions, NewsGraph } from "./types.js";

/**
 * Colour by entity type; size by mentions, the least mentioned at `minSize` and the most at
 * `maxSize`, area growing with mentions. The viewer's canvas sizes by the same rule
 * (viewer/src/appearance/scale.ts), so graph.gexf opened in Gephi is sized like the picture.
 */
export function assignStyle(graph: NewsGraph, options: Required<Pick<GraphOptions, "minSize" | "maxSize">>): void {
  let least = Infinity;
  let most = -Infinity;
  graph.forEachNode((_node, attributes) => {
    least = Math.min(least, attributes.mentions);
    most = Math.max(most, attributes.mentions);
  });
  if (!(most > least)) {
    // One value for all: a middle size, not the smallest.
    least = 0;
    most = Math.max(most, 0) * 2 || 1;
  }
  const span = options.maxSize - options.minSize;
  graph.updateEachNodeAttributes((_node, attributes) => ({
    ...attributes,
    size: Number((options.minSize + span * Math.sqrt(Math.max(0, Math.min(1, (attributes.mentions - least) / (most - least))))).toFixed(2)),
    color: TYPE_COLORS[attributes.entityType],
  }));
}
